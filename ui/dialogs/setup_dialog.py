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
    QDialogButtonBox,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from digigov_desktop.domain.evaluation import REGIONS, Agency, AgencyType, Person
from ui.dialogs.form_dialog import FormDialog, answer_or_none
from ui.i18n import agency_type_text


@dataclass(frozen=True)
class SetupResult:
    agency: Agency
    person: Person
    year: int
    mode: str = "agency"  # or "coordinator"


class SetupDialog(FormDialog):
    text_width_chars = 64

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_ui()
        for edit in (self.code, self.name, self.person):
            edit.textChanged.connect(self._on_changed)
        self.coordinator_mode.toggled.connect(self._on_changed)
        self._on_changed()

    def _build_ui(self) -> None:
        from digigov_desktop.services.policy import mode_switch_allowed

        self.begin_form(self.tr("Set up the evaluation"), wrap_rows=True)
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
            self.layout_.addWidget(button)
        self.add_text(self.tr(
            "Tell us who is evaluating. The year identifies this evaluation cycle."))
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
        self.add_rows([
            (self.tr("Agency &code:"), self.code),
            (self.tr("Agency &name:"), self.name),
            (self.tr("Agency &type:"), self.type),
            (self.tr("&Region:"), self.region),
            (self.tr("Your na&me:"), self.person),
            (self.tr("Your r&ole:"), self.role),
            (self.tr("Cycle &year:"), self.year),
        ])
        notes = []
        if self.locked_widgets:
            notes.append(self.wrapped_label(self.tr(
                "The greyed-out fields were set by your IT department.")))
        # "Start" is our own accept button, not the standard OK renamed: a first run
        # installs the language just before this dialog exists, and the late
        # LanguageChange would make the button box put Qt's "OK" (Aceptar) text back.
        self.end_form(after=notes, buttons=QDialogButtonBox.StandardButton.Cancel)
        self.start_button = self.buttons.addButton(self.tr("Start"),
                                                   QDialogButtonBox.ButtonRole.AcceptRole)
        self.start_button.setDefault(True)

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
        return answer_or_none(dialog, dialog.result_value)
