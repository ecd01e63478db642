"""The 0–5 scale as six radio buttons, each with its level descriptor visible, plus N/A.

Keyboard: Tab enters the group, the arrow keys move and choose, Alt+0 … Alt+5 pick a level.
Clicking a descriptor chooses its level too.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from digigov_desktop.domain.framework import Element, Framework
from ui.widgets.click_label import ClickLabel

NOT_APPLICABLE_ID = 6


class LevelPicker(QWidget):
    """Emits `chosen(level, not_applicable)` when the person picks a choice (not on load)."""

    chosen = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: list[QRadioButton] = []
        self.descriptors: list[QLabel] = []
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        self.group = QButtonGroup(self)
        for choice in range(7):
            button = QRadioButton(self)
            label = ClickLabel("", button, self)  # a click on the descriptor chooses too
            label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(button, choice, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, choice, 1)
            self.group.addButton(button, choice)
            self.buttons.append(button)
            self.descriptors.append(label)

    def _connect_signals(self) -> None:
        self.group.idClicked.connect(self._on_clicked)

    def set_element(self, framework: Framework, element: Element, lang: str) -> None:
        """Show the scale names and this element's descriptors in `lang`."""
        for level in range(6):
            name = framework.scale[level].name.get(lang)
            descriptor = element.descriptor(level).get(lang)
            self.buttons[level].setText(f"&{level} · {name}")
            self.buttons[level].setAccessibleName(self.tr("Level %1: %2").replace(
                "%1", str(level)).replace("%2", name))
            self.buttons[level].setAccessibleDescription(descriptor)
            self.descriptors[level].setText(descriptor)
        na = self.buttons[NOT_APPLICABLE_ID]
        na.setText(self.tr("Not applicable"))
        na.setAccessibleName(self.tr("Not applicable"))
        hint = self.tr("This element does not apply to the agency; say why in the rationale.")
        na.setAccessibleDescription(hint)
        self.descriptors[NOT_APPLICABLE_ID].setText(hint)

    def set_value(self, level: int | None, not_applicable: bool) -> None:
        """Show a stored answer without emitting `chosen`."""
        wanted = NOT_APPLICABLE_ID if not_applicable else level
        self.group.setExclusive(False)
        for index, button in enumerate(self.buttons):
            button.setChecked(index == wanted)
        self.group.setExclusive(True)

    def value(self) -> tuple[int | None, bool]:
        checked = self.group.checkedId()
        if checked == NOT_APPLICABLE_ID:
            return None, True
        return (checked if checked >= 0 else None), False

    def _on_clicked(self, choice: int) -> None:
        if choice == NOT_APPLICABLE_ID:
            self.chosen.emit(None, True)
        else:
            self.chosen.emit(choice, False)
