"""Answer one element: statement, guidance, the 0–5 scale, rationale, target, evidence,
and its history (who changed what, when, old → new).

Format-2 packs add: the criteria to tick (the proposed level follows them; choosing
another level asks for a justification), the "to review" mark of answers carried across
pack versions, the automatic not-applicable note, and a collapsible section with the legal
duties, whom to ask, next steps and the DGPF/DGI mapping.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digigov_desktop.domain.evaluation import Answer
from ui.autosave import Autosaver
from ui.dialogs.confirm_dialog import ConfirmDialog
from ui.icons import icon
from ui.models.audit_model import AuditModel
from ui.session import Session
from ui.widgets.audit_table import AuditTable
from ui.widgets.criteria_checklist import CriteriaChecklist
from ui.widgets.element_details import ElementDetails
from ui.widgets.evidence_list import EvidenceList
from ui.widgets.level_picker import LevelPicker
from ui.widgets.page_parts import heading, scroll_body, wrapped


def _wrapped(parent: QWidget) -> QLabel:
    return wrapped("", parent, plain=True, selectable=True)


def _has_answer(answer: Answer) -> bool:
    """Anything stored that "Clear the answer" would forget."""
    return answer.answered or bool(answer.rationale) or answer.target is not None


class ElementPage(QWidget):
    """Shows one element; every change goes through the autosaver."""

    evidence_changed = Signal()
    failed = Signal(object)

    def __init__(self, session: Session, autosaver: Autosaver,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.autosaver = autosaver
        self.element_id = ""
        self._loading = False
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        body, layout = scroll_body(self, spacing=10)

        self.breadcrumb = _wrapped(body)
        self.title = heading("", body)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.carried = QLabel(body)
        self.carried.setWordWrap(True)
        carried_row = QHBoxLayout()
        self.carried_icon = QLabel(body)
        self.carried_icon.setPixmap(icon("carried").pixmap(20, 20))
        carried_row.addWidget(self.carried_icon, 0, Qt.AlignmentFlag.AlignTop)
        carried_row.addWidget(self.carried, 1)
        self.carried.setText(self.tr(
            "Carried forward from the previous cycle: review it and change anything that is "
            "no longer true. The mark disappears when you edit the answer."))
        review_row = QHBoxLayout()
        self.review_icon = QLabel(body)
        self.review_icon.setPixmap(icon("carried").pixmap(20, 20))
        self.review = _wrapped(body)
        self.review.setText(self.tr(
            "To review: this answer was carried from the previous version of the framework, "
            "where the element was different. Check it, tick the criteria, then mark it "
            "reviewed."))
        self.review_button = QPushButton(self.tr("Mark as &reviewed"), body)
        review_row.addWidget(self.review_icon, 0, Qt.AlignmentFlag.AlignTop)
        review_row.addWidget(self.review, 1)
        review_row.addWidget(self.review_button, 0, Qt.AlignmentFlag.AlignTop)
        self.na_note = _wrapped(body)
        self.statement = _wrapped(body)
        self.details = ElementDetails(body)
        self.criteria_box = QGroupBox(self.tr("Criteria"), body)
        criteria_layout = QVBoxLayout(self.criteria_box)
        self.criteria = CriteriaChecklist(self.criteria_box)
        criteria_layout.addWidget(self.criteria)
        self.guidance_box = QGroupBox(self.tr("Guidance"), body)
        guidance_layout = QVBoxLayout(self.guidance_box)
        self.guidance = _wrapped(self.guidance_box)
        self.evidence_hint = _wrapped(self.guidance_box)
        guidance_layout.addWidget(self.guidance)
        guidance_layout.addWidget(self.evidence_hint)

        self.level_box = QGroupBox(self.tr("Current level"), body)
        level_layout = QVBoxLayout(self.level_box)
        self.levels = LevelPicker(self.level_box)
        level_layout.addWidget(self.levels)
        self.override = _wrapped(self.level_box)
        level_layout.addWidget(self.override)
        self.clear_button = QPushButton(self.tr("C&lear the answer"), self.level_box)
        self.clear_button.setToolTip(self.tr(
            "Forget the level, rationale and target: the element is unanswered again. "
            "Its evidence stays; the history keeps what was there."))
        clear_row = QHBoxLayout()
        clear_row.addStretch(1)
        clear_row.addWidget(self.clear_button)
        level_layout.addLayout(clear_row)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.rationale = QPlainTextEdit(body)
        self.rationale.setTabChangesFocus(True)
        self.rationale.setAccessibleName(self.tr("Rationale"))
        self.rationale.setPlaceholderText(self.tr(
            "Why this level? Cite documents, decisions or data that support it."))
        self.rationale.setMinimumHeight(self.fontMetrics().height() * 6)
        rationale_label = QLabel(self.tr("&Rationale:"), body)
        rationale_label.setBuddy(self.rationale)
        self.target = QComboBox(body)
        self.target.setAccessibleName(self.tr("Target level"))
        target_label = QLabel(self.tr("&Target level:"), body)
        target_label.setBuddy(self.target)
        form.addRow(rationale_label, self.rationale)
        form.addRow(target_label, self.target)

        self.evidence_box = QGroupBox(self.tr("Evidence"), body)
        evidence_layout = QVBoxLayout(self.evidence_box)
        self.evidence = EvidenceList(self.session, self.evidence_box)
        evidence_layout.addWidget(self.evidence)

        layout.addWidget(self.breadcrumb)
        layout.addWidget(self.title)
        layout.addLayout(carried_row)
        layout.addLayout(review_row)
        layout.addWidget(self.na_note)
        layout.addWidget(self.statement)
        layout.addWidget(self.guidance_box)
        layout.addWidget(self.details)
        layout.addWidget(self.criteria_box)
        layout.addWidget(self.level_box)
        layout.addLayout(form)
        layout.addWidget(self.evidence_box)
        layout.addWidget(self._build_history(body))
        layout.addStretch(1)

    def _build_history(self, parent: QWidget) -> QGroupBox:
        self.history_box = QGroupBox(self.tr("History"), parent)
        box_layout = QVBoxLayout(self.history_box)
        self.history_model = AuditModel(self.history_box)
        self.history = AuditTable(self.history_model, self.tr("History of this element"),
                                  self.history_box, lines=8)
        self.history_empty = QLabel(self.tr("No change recorded yet."), self.history_box)
        box_layout.addWidget(self.history_empty)
        box_layout.addWidget(self.history)
        return self.history_box

    def _connect_signals(self) -> None:
        self.levels.chosen.connect(self._on_level_chosen)
        self.criteria.changed.connect(self._on_criteria_changed)
        self.review_button.clicked.connect(self._on_reviewed)
        self.rationale.textChanged.connect(self._on_rationale_changed)
        self.target.activated.connect(self._on_target_chosen)
        self.evidence.changed.connect(self.evidence_changed)
        self.evidence.failed.connect(self.failed)
        self.clear_button.clicked.connect(self._on_clear)

    # --- showing -----------------------------------------------------------------

    def show_element(self, element_id: str) -> None:
        s = self.session
        framework = s.framework
        element = framework.element(element_id)
        rec = framework.recommendation(element.recommendation_id)
        pillar = framework.pillar(rec.pillar_id)
        lang = s.lang
        answer = s.service.answer(s.cycle_id, element_id)
        self._loading = True
        try:
            self.element_id = element_id
            self.breadcrumb.setText(f"{pillar.title.get(lang)} › {rec.id}. {rec.title.get(lang)}")
            self.title.setText(f"{element.id} {element.title.get(lang)}")
            carried = element_id in s.service.carried_forward(s.cycle_id)
            self.carried.setVisible(carried)
            self.carried_icon.setVisible(carried)
            self.statement.setText(element.statement.get(lang))
            self.guidance.setText(element.guidance.get(lang))
            self.evidence_hint.setText(self.tr("Suggested evidence: %1").replace(
                "%1", element.evidence.get(lang)))
            self.levels.set_element(framework, element, lang)
            self.levels.set_value(answer.level, answer.not_applicable)
            with_criteria = element.has_criteria
            self.criteria_box.setVisible(with_criteria)
            self.details.setVisible(with_criteria)
            if with_criteria:
                self.criteria.set_element(framework, element, lang)
                self.criteria.set_ticked(answer.criteria, self._scale_names())
                self.details.set_element(framework, element, lang, answer.level)
            reason = s.service.not_applicable_reason(s.cycle_id, element_id)
            self.na_note.setVisible(reason is not None)
            if reason is not None:
                body_type = framework.body_type_name(str(s.service.evaluation(
                    s.cycle_id).agency.type))
                self.na_note.setText(self.tr("Not applicable to this kind of body (%1): %2")
                                     .replace("%1", body_type.get(lang) if body_type else "")
                                     .replace("%2", reason.get(lang)))
            self.levels.setEnabled(reason is None)
            self.criteria.set_enabled_criteria(reason is None)
            self._show_answer_marks(answer)
            if self.rationale.toPlainText() != answer.rationale:
                self.rationale.setPlainText(answer.rationale)
            self.target.clear()
            self.target.addItem(self.tr("No target"), None)
            for level in range(6):
                self.target.addItem(f"{level} · {framework.scale[level].name.get(lang)}", level)
            self.target.setCurrentIndex(self.target.findData(answer.target)
                                        if answer.target is not None else 0)
            self.evidence.set_element(element_id)
            self.evidence_box.setTitle(self.tr("Evidence (required from level %1)").replace(
                "%1", str(framework.evidence_required_from)))
            self.clear_button.setEnabled(_has_answer(answer))
            self.refresh_history()
        finally:
            self._loading = False

    def refresh(self) -> None:
        """After a save: the carried-forward mark, the clear button and the history."""
        s = self.session
        carried = self.element_id in s.service.carried_forward(s.cycle_id)
        self.carried.setVisible(carried)
        self.carried_icon.setVisible(carried)
        if self.element_id:
            answer = s.service.answer(s.cycle_id, self.element_id)
            self._show_answer_marks(answer)
            self.clear_button.setEnabled(_has_answer(answer))
        self.refresh_history()

    def refresh_history(self) -> None:
        """The element's changes, newest first (one indexed query: fast on the GUI thread)."""
        entries = self.session.service.history(self.session.cycle_id, self.element_id)
        self.history_model.set_rows(entries)
        self.history.setVisible(bool(entries))
        self.history_empty.setVisible(not entries)

    def _scale_names(self) -> list[str]:
        lang = self.session.lang
        return [lvl.name.get(lang) for lvl in self.session.framework.scale]

    def _show_answer_marks(self, answer) -> None:
        """The "to review" row and the override note of the stored answer."""
        self.review.setVisible(answer.to_review)
        self.review_icon.setVisible(answer.to_review)
        self.review_button.setVisible(answer.to_review)
        text = answer.override_justification
        proposed = self.criteria.proposed_level() if self.criteria.boxes else None
        unsupported = (proposed is not None and answer.level is not None
                       and answer.level != proposed and not text)
        self.override.setVisible(bool(text) or unsupported)
        if text:
            self.override.setText(self.tr(
                "Level chosen by the official instead of the proposed level %1. "
                "Justification: %2").replace("%1", str(proposed)).replace("%2", text))
        elif unsupported:
            self.override.setText(self.tr(
                "The ticked criteria reach level %1, not %2: tick the criteria the institution "
                "meets, or choose the level again to justify it.").replace(
                "%1", str(proposed)).replace("%2", str(answer.level)))

    def _refresh_answer(self) -> None:
        s = self.session
        answer = s.service.answer(s.cycle_id, self.element_id)
        self._loading = True
        try:
            self.levels.set_value(answer.level, answer.not_applicable)
            if self.criteria_box.isVisible() or self.criteria.boxes:
                self.criteria.set_ticked(answer.criteria, self._scale_names())
        finally:
            self._loading = False
        self._show_answer_marks(answer)
        self.refresh()

    def _on_criteria_changed(self, ticked: frozenset) -> None:
        if self._loading:
            return
        self._save_answer_now("criteria", criteria=set(ticked))
        self._refresh_answer()

    def _on_reviewed(self) -> None:
        s = self.session
        self.autosaver.save_now(("reviewed", s.cycle_id, self.element_id),
                                partial(s.service.mark_reviewed, s.cycle_id, self.element_id))
        self._refresh_answer()

    # --- saving ------------------------------------------------------------------

    def _save_answer_now(self, kind: str, **changes) -> None:
        """Save `changes` to this element's answer now (the autosaver's `kind` of write)."""
        s = self.session
        self.autosaver.save_now((kind, s.cycle_id, self.element_id),
                                partial(s.service.save_answer, s.cycle_id, self.element_id,
                                        **changes))

    def _on_level_chosen(self, level: int | None, not_applicable: bool) -> None:
        if self._loading:
            return
        s = self.session
        save = s.service.save_answer
        write = (partial(save, s.cycle_id, self.element_id, not_applicable=True)
                 if not_applicable else partial(save, s.cycle_id, self.element_id, level=level))
        element = s.framework.element(self.element_id)
        if element.has_criteria and not not_applicable and level is not None:
            proposed = self.criteria.proposed_level()
            if level != proposed:
                stored = s.service.answer(s.cycle_id, self.element_id)
                from ui.dialogs.override_dialog import OverrideDialog  # not at start-up

                why = OverrideDialog.ask(self, proposed, level, stored.override_justification)
                if why is None:  # cancelled: keep what was stored
                    self._refresh_answer()
                    return
                write = partial(save, s.cycle_id, self.element_id, level=level,
                                override_justification=why)
        self.autosaver.save_now(("choice", s.cycle_id, self.element_id), write)
        if element.has_criteria:
            self._refresh_answer()

    def _on_rationale_changed(self) -> None:
        if self._loading:
            return
        s = self.session
        self.autosaver.schedule(
            ("rationale", s.cycle_id, self.element_id),
            partial(s.service.save_answer, s.cycle_id, self.element_id,
                    rationale=self.rationale.toPlainText()))

    def _on_target_chosen(self, index: int) -> None:
        if self._loading:
            return
        self._save_answer_now("target", target=self.target.itemData(index))

    def _on_clear(self) -> None:
        s = self.session
        if not ConfirmDialog.ask(self, self.tr("Clear the answer"), self.tr(
                "Clear the answer of %1? The level, rationale and target are forgotten; the "
                "history keeps them.").replace("%1", self.element_id)):
            return
        # Queued behind any pending edit of this element, so that nothing re-creates it.
        if self.autosaver.save_now(("clear", s.cycle_id, self.element_id),
                                   partial(s.service.clear_answer, s.cycle_id, self.element_id)):
            self.show_element(self.element_id)
