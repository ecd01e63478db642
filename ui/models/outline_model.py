"""The sidebar tree: progress, readiness, credential, then pillars → recommendations → elements.

Each node carries a location key (`element:R1.2`, `recommendation:R1`, `pillar:P1`,
`progress`, `readiness`, `credentials`) and shows its state as an icon whose shape differs
per state, plus the state in words in the tooltip and accessible text (never by colour alone).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from digigov_desktop.domain.framework import Framework
from ui.icons import icon
from ui.progress_state import State, element_states, recommendation_states

KeyRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2

STATE_TEXT = {
    State.NOT_STARTED: QT_TRANSLATE_NOOP("OutlineModel", "not started"),
    State.IN_PROGRESS: QT_TRANSLATE_NOOP("OutlineModel", "in progress"),
    State.COMPLETE: QT_TRANSLATE_NOOP("OutlineModel", "complete"),
    State.ISSUES: QT_TRANSLATE_NOOP("OutlineModel", "has readiness issues"),
}


def state_text(state: State) -> str:
    return QCoreApplication.translate("OutlineModel", STATE_TEXT[state])


class OutlineModel(QStandardItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: dict[str, QStandardItem] = {}
        self.titles: dict[str, str] = {}

    def _item(self, key: str, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(key, KeyRole)
        self.items[key] = item
        self.titles[key] = text
        return item

    def set_framework(self, framework: Framework, lang: str) -> None:
        self.clear()
        self.items.clear()
        self.titles.clear()
        root = self.invisibleRootItem()
        progress = self._item("progress", self.tr("Progress"))
        progress.setIcon(icon("progress"))
        readiness = self._item("readiness", self.tr("Readiness"))
        readiness.setIcon(icon("readiness"))
        credentials = self._item("credentials", self.tr("Signing credential"))
        credentials.setIcon(icon("credential"))
        root.appendRow(progress)
        root.appendRow(readiness)
        root.appendRow(credentials)
        for pillar in framework.pillars:
            p_item = self._item(f"pillar:{pillar.id}", pillar.title.get(lang))
            root.appendRow(p_item)
            for rec in pillar.recommendations:
                r_item = self._item(f"recommendation:{rec.id}",
                                    f"{rec.id}. {rec.title.get(lang)}")
                p_item.appendRow(r_item)
                for element in rec.elements:
                    r_item.appendRow(self._item(f"element:{element.id}",
                                                f"{element.id} {element.title.get(lang)}"))

    def set_status(self, status, carried: set[str]) -> None:
        """Update marks and counts from a `services.evaluations.Status`."""
        elements = element_states(status)
        recs = recommendation_states(status, elements)
        scores = status.scores
        for element_id, state in elements.items():
            key = f"element:{element_id}"
            extra = ""
            if element_id in carried:
                extra = " · " + self.tr("carried forward, not reviewed")
            self._mark(key, state, self.titles[key], extra,
                       "carried" if element_id in carried else None)
        for rec_id, state in recs.items():
            key = f"recommendation:{rec_id}"
            c = scores.recommendations[rec_id].completion
            self._mark(key, state, f"{self.titles[key]} ({c.answered}/{c.total})")
        for pillar in status.framework.pillars:
            key = f"pillar:{pillar.id}"
            c = scores.pillars[pillar.id].completion
            self._mark(key, None, f"{self.titles[key]} ({c.answered}/{c.total})")
        blocking = sum(1 for i in status.issues if i.blocking)
        ready = self.items["readiness"]
        ready.setText(self.tr("Readiness (%1)").replace("%1", str(blocking)))
        ready.setToolTip(self.tr("%n problem(s) block submission", "", blocking))
        overall = scores.overall.completion
        self.items["progress"].setText(self.tr("Progress (%1/%2)").replace(
            "%1", str(overall.answered)).replace("%2", str(overall.total)))

    def _mark(self, key: str, state: State | None, text: str, extra: str = "",
              icon_name: str | None = None) -> None:
        item = self.items[key]
        if item.text() != text:
            item.setText(text)
        item.setData(state, StateRole)
        if state is None:  # a pillar: the full title and its count, even when cut off
            item.setToolTip(text)
        else:
            words = f"{text} — {state_text(state)}{extra}"
            item.setIcon(icon(icon_name or f"state-{state}"))
            item.setToolTip(words)
            item.setData(words, Qt.ItemDataRole.AccessibleTextRole)

    def key_of(self, index) -> str:
        return index.data(KeyRole) if index.isValid() else ""

    def index_of(self, key: str):
        item = self.items.get(key)
        return item.index() if item is not None else None
