"""Format-2 packs: the checkable criteria of levels 1–5, and the level they propose.

The cumulative rule (the pack's `scale.rule`): a level is reached when all its criteria
and all criteria of every level below it are met; level 0 is the floor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from digigov_desktop.domain.framework import Element, Framework
from ui.widgets.click_label import ClickLabel


class CriteriaChecklist(QWidget):
    """Emits `changed(frozenset)` with the ticked criterion ids when the person ticks one."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
        self.texts: dict[QLabel, QCheckBox] = {}
        self._element: Element | None = None
        self._loading = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        self.rule.setTextFormat(Qt.TextFormat.PlainText)
        self.proposed = QLabel(self)
        self.proposed.setWordWrap(True)
        self.proposed.setTextFormat(Qt.TextFormat.PlainText)
        self._rows: list[QWidget] = []

    def set_element(self, framework: Framework, element: Element, lang: str) -> None:
        """Show the element's criteria, level by level, in `lang` (nothing ticked)."""
        for row in self._rows:
            self._layout.removeWidget(row)
            row.deleteLater()
        self._rows = []
        self.boxes = {}
        self.texts = {}
        self._element = element
        self._layout.removeWidget(self.rule)
        self._layout.removeWidget(self.proposed)
        self.rule.setText(framework.rule.get(lang) if framework.rule else "")
        self._layout.addWidget(self.rule)
        for level in range(1, 6):
            title = QLabel(self.tr("Level %1 · %2").replace("%1", str(level)).replace(
                "%2", framework.scale[level].name.get(lang)), self)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            self._layout.addWidget(title)
            self._rows.append(title)
            for criterion in element.criteria_at(level):
                # A check box does not wrap its text: a wrapping label beside it does.
                row = QWidget(self)
                row_layout = QHBoxLayout(row)
                row_layout.setContentsMargins(0, 0, 0, 0)
                box = QCheckBox(row)
                box.setObjectName(f"criterion-{criterion.id}")
                box.setAccessibleName(self.tr("Criterion %1").replace("%1", criterion.id))
                box.setAccessibleDescription(criterion.text.get(lang))
                box.toggled.connect(self._on_toggled)
                text = ClickLabel(criterion.text.get(lang), box, row)  # clicking it ticks
                row_layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
                row_layout.addWidget(text, 1)
                self._layout.addWidget(row)
                self._rows.append(row)
                self.boxes[criterion.id] = box
                self.texts[text] = box
        self._layout.addWidget(self.proposed)
        for row in self._rows:  # shown now: a layout would show them on a later event turn
            row.show()

    def set_ticked(self, ticked: frozenset[str], scale_names: list[str]) -> None:
        """Show stored ticks without emitting `changed`."""
        self._loading = True
        try:
            for cid, box in self.boxes.items():
                box.setChecked(cid in ticked)
        finally:
            self._loading = False
        self._show_proposed(scale_names)

    def ticked(self) -> frozenset[str]:
        return frozenset(cid for cid, box in self.boxes.items() if box.isChecked())

    def proposed_level(self) -> int:
        assert self._element is not None
        return self._element.proposed_level(self.ticked()) or 0

    def set_enabled_criteria(self, enabled: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(enabled)

    def _show_proposed(self, scale_names: list[str]) -> None:
        level = self.proposed_level()
        self.proposed.setText(self.tr("Proposed level from the ticked criteria: %1 · %2").replace(
            "%1", str(level)).replace("%2", scale_names[level]))
        self._scale_names = scale_names

    def _on_toggled(self, _checked: bool) -> None:
        if self._loading:
            return
        self._show_proposed(getattr(self, "_scale_names", [str(n) for n in range(6)]))
        self.changed.emit(self.ticked())
