"""A rater on the facilitator's computer scores here, under their own name (#15).

One element at a time: rater, element, level (or N/A) and rationale; "Save rating" stores it
at once (one transaction with its audit row) as that rater's own rating — never as the
evaluation's answer. Raters whose workbook was merged cannot score here.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from digigov_desktop.domain.framework import Framework
from digigov_desktop.errors import DigigovError
from digigov_desktop.services.raters import RaterService

NA = "na"


class LocalRatingBox(QGroupBox):
    """`rated(element_id)` after a rating was saved; `failed(exc)` for a refused one."""

    rated = Signal(str)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Rate on this computer"))
        self.service: RaterService | None = None
        self.cycle_id = 0
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.hint = QLabel(self.tr(
            "A rater sitting at this computer can score here under their own name instead of "
            "in a workbook. The rating is theirs; the evaluation's answer is only set by the "
            "consensus."), self)
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        self.rater = QComboBox(self)
        self.element = QComboBox(self)
        self.level = QComboBox(self)
        self.rationale = QPlainTextEdit(self)
        self.rationale.setTabChangesFocus(True)
        self.rationale.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        for combo in (self.rater, self.element, self.level):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(24)
        for text, field, accessible in (
                (self.tr("R&ater:"), self.rater, self.tr("Rater who scores")),
                (self.tr("E&lement:"), self.element, self.tr("Element to rate")),
                (self.tr("Le&vel:"), self.level, self.tr("Level given by the rater")),
                (self.tr("Ra&tionale:"), self.rationale, self.tr("Rationale of the rating"))):
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(accessible)
            form.addRow(label, field)
        self.save_button = QPushButton(self.tr("&Save rating"), self)
        self.saved = QLabel(self)
        form.addRow(self.save_button)
        form.addRow(self.saved)
        self.level.addItem(self.tr("Choose a level"), None)
        for value in range(6):
            self.level.addItem(str(value), value)
        self.level.addItem(self.tr("N/A — not applicable"), NA)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self._on_save)
        self.rater.currentIndexChanged.connect(self._show_current)
        self.element.currentIndexChanged.connect(self._show_current)

    def set_data(self, service: RaterService, cycle_id: int, framework: Framework,
                 lang: str) -> None:
        """Offer the raters who have not returned a workbook, and every element."""
        self.service, self.cycle_id = service, cycle_id
        keep_rater, keep_element = self.rater.currentText(), self.element.currentData()
        self.rater.blockSignals(True)
        self.rater.clear()
        self.rater.addItems([r.name for r in service.raters(cycle_id) if r.merged_at is None])
        if keep_rater:
            self.rater.setCurrentText(keep_rater)
        self.rater.blockSignals(False)
        if self.element.count() == 0:
            self.element.blockSignals(True)
            for e in framework.iter_elements():
                self.element.addItem(f"{e.id} {e.title.get(lang)}", e.id)
            self.element.blockSignals(False)
        if keep_element:
            self.element.setCurrentIndex(self.element.findData(keep_element))
        self.setEnabled(self.rater.count() > 0)
        self._show_current()

    def _show_current(self) -> None:
        """Show the chosen rater's stored rating of the chosen element (or a blank form)."""
        self.saved.clear()
        if self.service is None or not self.rater.currentText():
            return
        element = self.element.currentData()
        found = next((r for r in self.service.view(self.cycle_id).element(element).ratings
                      if r.rater == self.rater.currentText()), None)
        if found is None:
            self.level.setCurrentIndex(0)
            self.rationale.clear()
        else:
            self.level.setCurrentIndex(self.level.findData(
                NA if found.not_applicable else found.level))
            self.rationale.setPlainText(found.rationale)

    def _on_save(self) -> None:
        choice = self.level.currentData()
        if self.service is None or choice is None or not self.rater.currentText():
            self.saved.setText(self.tr("Choose the rater and a level first."))
            return
        element = self.element.currentData()
        try:
            self.service.rate(element, rater=self.rater.currentText(),
                              level=None if choice == NA else choice,
                              not_applicable=choice == NA,
                              rationale=self.rationale.toPlainText(), cycle_id=self.cycle_id)
        except DigigovError as exc:
            self.failed.emit(exc)
            return
        self.rated.emit(element)
        self.saved.setText(self.tr("Rating of %1 by %2 saved.").replace("%1", element)
                           .replace("%2", self.rater.currentText()))
