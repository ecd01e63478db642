"""First run: agency or coordinator mode; the agency, the person and the cycle year.

The mode choice is shown only when the deployment policy allows coordinator mode. A
coordinator needs no agency: only their name (recorded with every import).
The agency fields the deployment policy presets are filled in; those it locks are shown
but cannot be changed (ui.app applies the locked values again, whatever the dialog says).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from digigov_desktop.domain.evaluation import REGIONS, Agency, AgencyType, Person
from ui.dialogs.fitting import FittedDialog
from ui.i18n import agency_type_text


@dataclass(frozen=True)
class SetupResult:
    agency: Agency
    person: Person
    year: int
    mode: str = "agency"  # or "coordinator"


class SetupDialog(FittedDialog):
    text_width_chars = 64

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
        from digigov_desktop.services.policy import mode_switch_allowed

        self.agency_mode = QRadioButton(self.tr(
            "I fill in my &agency's self-evaluation"), self)
        self.coordinator_mode = QRadioButton(self.tr(
            "I coor&dinate the campaign: I receive, verify and consolidate the agencies' "
            "submissions"), self)
        self.agency_mode.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.agency_mode)
        self.mode_group.addButton(self.coordinator_mode)
        allowed = mode_switch_allowed()
        for button in (self.agency_mode, self.coordinator_mode):
            button.setVisible(allowed)
            layout.addWidget(button)
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
        self.agency_widgets = [self.code, self.name, self.type, self.region, self.role, self.year]
        self.locked_widgets = self._apply_policy_preset()
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
        if self.locked_widgets:
            note = QLabel(self.tr("The greyed-out fields were set by your IT department."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        # "Start" is our own accept button, not the standard OK renamed: a first run
        # installs the language just before this dialog exists, and the late
        # LanguageChange would make the button box put Qt's "OK" (Aceptar) text back.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.start_button = self.buttons.addButton(self.tr("Start"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)
        layout.addWidget(self.buttons)

    def _apply_policy_preset(self) -> list[QWidget]:
        """Fill in the policy's agency fields; returns the widgets of the locked ones."""
        from digigov_desktop.config import active_policy

        policy = active_policy()
        preset = policy.agency_preset()
        fields = {"code": self.code, "name": self.name, "type": self.type,
                  "region": self.region}
        for key, value in preset.items():
            widget = fields[key]
            if isinstance(widget, QLineEdit):
                widget.setText(str(value))
            else:
                data = AgencyType(value) if key == "type" else value
                if widget.findData(data) >= 0:
                    widget.setCurrentIndex(widget.findData(data))
        locked = [fields[key] for key in sorted(policy.locked_agency_fields())]
        for widget in locked:
            widget.setToolTip(self.tr("Set by your IT department"))
        return locked

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for edit in (self.code, self.name, self.person):
            edit.textChanged.connect(self._on_changed)
        self.coordinator_mode.toggled.connect(self._on_changed)

    @property
    def mode(self) -> str:
        return "coordinator" if self.coordinator_mode.isChecked() else "agency"

    def _on_changed(self) -> None:
        coordinator = self.mode == "coordinator"
        for widget in self.agency_widgets:
            widget.setEnabled(not coordinator and widget not in self.locked_widgets)
        needed = (self.person,) if coordinator else (self.code, self.name, self.person)
        ok = all(e.text().strip() for e in needed)
        self.start_button.setEnabled(ok)

    def result_value(self) -> SetupResult:
        return SetupResult(
            agency=Agency(
                code=self.code.text().strip(),
                name=self.name.text().strip(),
                type=AgencyType(self.type.currentData()),
                region=self.region.currentData(),
            ),
            person=Person(self.person.text().strip(), self.role.text().strip()),
            year=self.year.value(),
            mode=self.mode,
        )

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> SetupResult | None:
        dialog = cls(parent)
        try:
            return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
