"""First run: the agency, the person filling in the evaluation, and the cycle year."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from digigov_desktop.domain.evaluation import REGIONS, Agency, AgencyType, Person
from ui.i18n import agency_type_text


@dataclass(frozen=True)
class SetupResult:
    agency: Agency
    person: Person
    year: int


class SetupDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        self._connect_signals()
        self._on_changed()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Set up the evaluation"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Tell us who is evaluating. The year identifies this evaluation cycle."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("e.g. AB-001"))
        self.name = QLineEdit(self)
        self.type = QComboBox(self)
        for value in AgencyType:
            self.type.addItem(agency_type_text(value), value)
        self.type.setCurrentIndex(self.type.findData(AgencyType.SERVICE))
        self.region = QComboBox(self)
        self.region.addItem(self.tr("(none)"), "")
        for code, name in REGIONS.items():
            self.region.addItem(name, code)
        self.person = QLineEdit(self)
        self.role = QLineEdit(self)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        rows = [
            (self.tr("Agency &code:"), self.code),
            (self.tr("Agency &name:"), self.name),
            (self.tr("Agency &type:"), self.type),
            (self.tr("&Region:"), self.region),
            (self.tr("Your na&me:"), self.person),
            (self.tr("Your r&ole:"), self.role),
            (self.tr("Cycle &year:"), self.year),
        ]
        for text, widget in rows:
            label = QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.code, self.name, self.person):
            edit.textChanged.connect(self._on_changed)

    def _on_changed(self) -> None:
        ok = all(e.text().strip() for e in (self.code, self.name, self.person))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def result_value(self) -> SetupResult:
        return SetupResult(
            agency=Agency(
                code=self.code.text().strip(),
                name=self.name.text().strip(),
                type=self.type.currentData(),
                region=self.region.currentData(),
            ),
            person=Person(self.person.text().strip(), self.role.text().strip()),
            year=self.year.value(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> SetupResult | None:
        dialog = cls(parent)
        try:
            return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
