"""One recommendation: its summary, score and completion, and the three notes."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ui.autosave import Autosaver
from ui.i18n import number
from ui.session import Session
from ui.widgets.page_parts import heading, scroll_body

NOTE_FIELDS = ("strengths", "improvements", "actions")


class RecommendationPage(QWidget):
    element_requested = Signal(str)

    def __init__(self, session: Session, autosaver: Autosaver,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.autosaver = autosaver
        self.recommendation_id = ""
        self._loading = False
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        body, layout = scroll_body(self)
        self.breadcrumb = QLabel(body)
        self.title = heading("", body)
        self.title.setWordWrap(True)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.score = QLabel(body)
        self.completion = QProgressBar(body)
        self.completion.setAccessibleName(self.tr("Completion"))
        self.first_open = QPushButton(body)
        layout.addWidget(self.breadcrumb)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.score)
        layout.addWidget(self.completion)
        layout.addWidget(self.first_open, 0, Qt.AlignmentFlag.AlignLeft)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.notes: dict[str, QPlainTextEdit] = {}
        labels = {
            "strengths": (self.tr("&Strengths:"), self.tr("Strengths")),
            "improvements": (self.tr("&Areas to improve:"), self.tr("Areas to improve")),
            "actions": (self.tr("Planned a&ctions:"), self.tr("Planned actions")),
        }
        for name in NOTE_FIELDS:
            edit = QPlainTextEdit(body)
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(labels[name][1])
            edit.setMinimumHeight(self.fontMetrics().height() * 5)
            label = QLabel(labels[name][0], body)
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.notes[name] = edit
        layout.addLayout(form)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        for name, edit in self.notes.items():
            edit.textChanged.connect(partial(self._on_note_changed, name))
        self.first_open.clicked.connect(self._on_first_open)

    def show_recommendation(self, recommendation_id: str) -> None:
        s = self.session
        lang = s.lang
        rec = s.framework.recommendation(recommendation_id)
        pillar = s.framework.pillar(rec.pillar_id)
        notes = s.service.notes(s.cycle_id, recommendation_id)
        self._loading = True
        try:
            self.recommendation_id = recommendation_id
            self.breadcrumb.setText(pillar.title.get(lang))
            self.title.setText(f"{rec.id}. {rec.title.get(lang)}")
            self.summary.setText(rec.summary.get(lang))
            for name in NOTE_FIELDS:
                value = getattr(notes, name)
                if self.notes[name].toPlainText() != value:
                    self.notes[name].setPlainText(value)
        finally:
            self._loading = False
        self.refresh_score()

    def refresh_score(self) -> None:
        if not self.recommendation_id:
            return
        s = self.session
        status = s.status()
        rec = s.framework.recommendation(self.recommendation_id)
        score = status.scores.recommendations[self.recommendation_id]
        if score.score is not None:
            text = self.tr("Score: %1 of 5").replace("%1", number(score.score, 1))
        elif score.status == "not_applicable":
            text = self.tr("Score: not applicable")
        else:
            text = self.tr("Score: no answers yet")
        self.score.setText(text)
        done, total = score.completion.answered, score.completion.total
        self.completion.setRange(0, total)
        self.completion.setValue(done)
        self.completion.setFormat(self.tr("%1 of %2 elements answered").replace(
            "%1", str(done)).replace("%2", str(total)))
        answers = status.evaluation.answers
        first = next((e for e in rec.elements
                      if e.id not in answers or not answers[e.id].answered), None)
        if first is None:
            self._first_element = rec.elements[0].id
            text = self.tr("Review the elements from %1")
        else:
            self._first_element = first.id
            text = self.tr("Continue with %1")
        self.first_open.setText(text.replace("%1", self._first_element))

    def _on_first_open(self) -> None:
        self.element_requested.emit(self._first_element)

    def _on_note_changed(self, name: str) -> None:
        if self._loading:
            return
        s = self.session
        self.autosaver.schedule(
            ("notes", s.cycle_id, self.recommendation_id, name),
            partial(s.service.save_notes, s.cycle_id, self.recommendation_id,
                    **{name: self.notes[name].toPlainText()}))
