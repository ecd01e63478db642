"""Format-2 packs: the checkable criteria of levels 1–5, and the level they propose.

The cumulative rule (the pack's `scale.rule`): a level is reached when all its criteria
and all criteria of every level below it are met; level 0 is the floor.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from digigov_desktop.domain.framework import Element, Framework
from ui.widgets.click_label import ClickLabel, wrapping_check_box


class CriteriaChecklist(QWidget):
    """Emits `changed(frozenset)` with the ticked criterion ids when the person ticks one."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.boxes: dict[str, QCheckBox] = {}
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
        # per level 1-5: its title and its rows (row, check box, text), shown or not
        self._levels: list[tuple[QLabel, list[tuple[QWidget, QCheckBox, ClickLabel]]]] = []

    def set_element(self, framework: Framework, element: Element, lang: str) -> None:
        """Show the element's criteria, level by level, in `lang` (nothing ticked).

        The rows are kept from element to element (Next/Previous): each level has its
        title and its rows, whose texts change; rows an element does not need are hidden,
        and new ones are made only when a level has more criteria than ever shown.
        """
        if not self._levels:
            self._build_levels()
        self.boxes = {}
        self._element = element
        self.rule.setText(framework.rule.get(lang) if framework.rule else "")
        self._loading = True
        made = False
        try:
            for level in range(1, 6):
                title, rows = self._levels[level - 1]
                title.setText(self.tr("Level %1 · %2").replace("%1", str(level)).replace(
                    "%2", framework.scale[level].name.get(lang)))
                criteria = element.criteria_at(level)
                while len(rows) < len(criteria):
                    rows.append(self._new_row(self._layout.indexOf(title) + len(rows) + 1))
                    made = True
                for (row, box, text), criterion in zip(rows, criteria, strict=False):
                    box.setObjectName(f"criterion-{criterion.id}")
                    box.setAccessibleName(self.tr("Criterion %1").replace("%1", criterion.id))
                    box.setAccessibleDescription(criterion.text.get(lang))
                    box.setChecked(False)
                    text.setText(criterion.text.get(lang))
                    row.setVisible(True)
                    self.boxes[criterion.id] = box
                for row, box, _text in rows[len(criteria):]:
                    row.setVisible(False)
                    box.setObjectName("")
        finally:
            self._loading = False
        if made:  # Tab goes through the boxes in the order they stand, as when made anew
            boxes = [box for _title, rows in self._levels for _row, box, _text in rows]
            for previous, box in zip(boxes, boxes[1:], strict=False):
                QWidget.setTabOrder(previous, box)

    def _build_levels(self) -> None:
        """The rule, then each level's bold title (its rows follow it), then the proposal."""
        self._layout.addWidget(self.rule)
        for _level in range(1, 6):
            title = QLabel(self)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            self._layout.addWidget(title)
            title.show()  # now: the checklist may be on screen already
            self._levels.append((title, []))
        self._layout.addWidget(self.proposed)

    def _new_row(self, index: int) -> tuple[QWidget, QCheckBox, ClickLabel]:
        """A criterion row (a check box and its wrapping text) at `index` of the layout."""
        row, box, text = wrapping_check_box("", self)  # named and worded by `show`
        box.toggled.connect(self._on_toggled)
        self._layout.insertWidget(index, row)
        return row, box, text

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
