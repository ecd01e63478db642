"""The facilitator's team page: raters, workbooks, merged ratings, spread and consensus.

Per element: every rater's level and rationale, the spread (a strip plot), a flag when the
ratings differ by 2 levels or more, and the form that records the consensus (it becomes the
evaluation's answer). Per recommendation (the filter): each rater's mean level and their
spread. Exporting workbooks and merging return files run off the GUI thread.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from digigov_desktop.domain.ratings import ElementSpread
from digigov_desktop.errors import DigigovError
from digigov_desktop.services.raters import ConsensusView, RaterService, merge_files
from digigov_desktop.services.workbooks import export_workbook_file
from ui.dialogs.file_dialogs import OpenFilesDialog, SaveFileDialog
from ui.dialogs.rater_dialog import RaterDialog
from ui.i18n import number
from ui.models.consensus_model import (
    COL_CONSENSUS,
    COL_ELEMENT,
    COL_RATINGS,
    COL_SPREAD,
    ConsensusModel,
    ConsensusRow,
    level_text,
)
from ui.msgbox import show_message
from ui.session import Session
from ui.team_text import team_error_message
from ui.widgets.local_rating_box import LocalRatingBox
from ui.widgets.page_parts import BackgroundPage, heading, row_table, scroll_body, wrapped
from ui.widgets.rating_strip import RatingStrip, StripData

NA = "na"


def _fit_combo(combo: QComboBox) -> None:
    """Long items (recommendation titles, level descriptors) must not widen the page."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(24)


class ConsensusPage(BackgroundPage, QWidget):
    """`changed()` after a consensus changed an answer; `element_requested(id)`."""

    changed = Signal()
    element_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 exports_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.exports_dir = exports_dir or Path.home()
        self.view: ConsensusView | None = None
        self.element_id = ""
        self.task = None
        self._build_ui()
        self._connect_signals()

    @property
    def service(self) -> RaterService:
        return RaterService(self.session.service.store, actor=self.session.service.actor)

    def message_title(self) -> str:
        return self.tr("Team evaluation")

    def error_text(self, exc: DigigovError) -> str:
        return team_error_message(exc)

    # --- construction -------------------------------------------------------------------

    def _build_ui(self) -> None:
        body, layout = scroll_body(self, spacing=10)
        self.title = heading(self.tr("Team ratings and consensus"), body)
        self.intro = wrapped(self.tr(
            "Each rater scores on their own. Compare their levels, discuss the elements they "
            "disagree on (marked when they differ by 2 levels or more) and record the level "
            "the group agrees on: it becomes the evaluation's answer. The individual ratings "
            "are kept."), body)

        self.raters_box = QGroupBox(self.tr("Raters"), body)
        raters_layout = QFormLayout(self.raters_box)
        self.raters_label = wrapped("", self.raters_box, plain=True, selectable=True)
        raters_layout.addRow(self.raters_label)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add rater…"), self.raters_box)
        self.rater_combo = QComboBox(self.raters_box)
        self.rater_combo.setAccessibleName(self.tr("Rater whose workbook to export"))
        self.export_button = QPushButton(self.tr("E&xport workbook…"), self.raters_box)
        self.merge_button = QPushButton(self.tr("&Merge rater files…"), self.raters_box)
        for widget in (self.add_button, self.rater_combo, self.export_button,
                       self.merge_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        raters_layout.addRow(buttons)
        self.busy = QLabel(self.raters_box)
        raters_layout.addRow(self.busy)

        self.summary = wrapped("", body)
        filter_row = QHBoxLayout()
        self.filter_label = QLabel(self.tr("&Show:"), body)
        self.filter = QComboBox(body)
        self.filter.setAccessibleName(self.tr("Which recommendation to show"))
        _fit_combo(self.filter)
        self.filter_label.setBuddy(self.filter)
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter, 1)
        self.recommendation_summary = wrapped("", body, plain=True)

        self.model = ConsensusModel(self)
        self.table = row_table(self.model, body, self.tr("Ratings per element"))
        self.table.setMinimumHeight(180)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_ELEMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_RATINGS, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SPREAD, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CONSENSUS, QHeaderView.ResizeMode.ResizeToContents)
        self.strip = RatingStrip(consensus_name=self.tr("Consensus"), parent=body)
        self.strip.setAccessibleName(self.tr("Spread of the ratings"))

        self.detail_box = QGroupBox(self.tr("Selected element"), body)
        detail = QFormLayout(self.detail_box)
        detail.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.detail_title = wrapped("", self.detail_box, plain=True, selectable=True)
        self.flag_label = wrapped("", self.detail_box)
        self.ratings_text = wrapped("", self.detail_box, plain=True, selectable=True)
        detail.addRow(self.detail_title)
        detail.addRow(self.flag_label)
        detail.addRow(self.ratings_text)
        self.level = QComboBox(self.detail_box)
        self.level.setAccessibleName(self.tr("Consensus level"))
        _fit_combo(self.level)
        level_label = QLabel(self.tr("Consensus &level:"), self.detail_box)
        level_label.setBuddy(self.level)
        detail.addRow(level_label, self.level)
        self.justification = QPlainTextEdit(self.detail_box)
        self.justification.setAccessibleName(self.tr("Justification of the consensus"))
        self.justification.setTabChangesFocus(True)
        self.justification.setFixedHeight(self.fontMetrics().lineSpacing() * 5)
        justification_label = QLabel(self.tr("&Justification (why the group chose it):"),
                                     self.detail_box)
        justification_label.setBuddy(self.justification)
        detail.addRow(justification_label, self.justification)
        record_row = QHBoxLayout()
        self.record_button = QPushButton(self.tr("&Record consensus"), self.detail_box)
        self.open_button = QPushButton(self.tr("&Open the element"), self.detail_box)
        self.recorded = QLabel(self.detail_box)
        record_row.addWidget(self.record_button)
        record_row.addWidget(self.open_button)
        record_row.addWidget(self.recorded, 1)
        detail.addRow(record_row)
        self.local = LocalRatingBox(body)

        for widget in (self.title, self.intro, self.raters_box, self.summary):
            layout.addWidget(widget)
        layout.addLayout(filter_row)
        layout.addWidget(self.recommendation_summary)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.strip, 2)
        layout.addWidget(self.detail_box)
        layout.addWidget(self.local)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add)
        self.export_button.clicked.connect(self._on_export)
        self.merge_button.clicked.connect(self._on_merge)
        self.filter.currentIndexChanged.connect(self._on_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.strip.clicked.connect(self._select_row)
        self.record_button.clicked.connect(self._on_record)
        self.local.rated.connect(lambda _element: self.refresh())
        self.local.failed.connect(self.show_error)
        self.open_button.clicked.connect(
            lambda: self.element_id and self.element_requested.emit(self.element_id))

    # --- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        s = self.session
        self.view = self.service.view(s.cycle_id)
        view, framework = self.view, s.framework
        raters = view.raters
        if raters:
            parts = []
            for r in raters:
                who = ", ".join(x for x in (r.role, r.unit) if x)
                state = (self.tr("ratings merged") if r.merged_at
                         else self.tr("not merged yet"))
                parts.append(f"{r.name} ({who}) — {state}" if who else f"{r.name} — {state}")
            self.raters_label.setText("\n".join(parts))
        else:
            self.raters_label.setText(self.tr(
                "No raters yet. Add the members of the self-assessment group, then export a "
                "workbook for each of them."))
        current_rater = self.rater_combo.currentText()
        self.rater_combo.clear()
        self.rater_combo.addItems([r.name for r in raters])
        if current_rater:
            self.rater_combo.setCurrentText(current_rater)
        rated = view.rated
        flagged = sum(1 for e in rated if e.flagged)
        self.summary.setText(self.tr(
            "%1 element(s) rated · %2 with a spread of 2 levels or more · %3 without "
            "consensus.").replace("%1", str(len(rated))).replace("%2", str(flagged))
            .replace("%3", str(len(view.pending))))
        if self.filter.count() == 0:
            self.filter.blockSignals(True)
            self.filter.addItem(self.tr("Every recommendation"), "")
            for rec in framework.recommendations:
                self.filter.addItem(f"{rec.id} {rec.title.get(s.lang)}", rec.id)
            self.filter.blockSignals(False)
        self._show_rows()
        self.local.set_data(self.service, s.cycle_id, framework, s.lang)
        self._update_buttons()

    def _show_rows(self) -> None:
        view, s = self.view, self.session
        framework = s.framework
        wanted = self.filter.currentData() or ""
        rows = []
        for e in view.rated:
            element = framework.element(e.element_id)
            if not wanted or element.recommendation_id == wanted:
                rows.append(ConsensusRow(e, f"{element.id} {element.title.get(s.lang)}"))
        keep = self.element_id
        self.model.set_rows(rows)
        names = [r.name for r in view.raters]
        self.strip.set_data(StripData(
            labels=[r.spread.element_id for r in rows],
            raters=names,
            levels=[[next((g.level for g in r.spread.ratings if g.rater == name), None)
                     for r in rows] for name in names],
            consensus=[None if r.spread.pending or r.spread.consensus is None
                       else r.spread.consensus.level for r in rows],
            flagged=[r.spread.flagged for r in rows],
        ))
        if wanted:
            rec = next(r for r in view.recommendations if r.recommendation_id == wanted)
            means = " · ".join(f"{name} {number(value, 1)}"
                               for name, value in sorted(rec.means.items()))
            self.recommendation_summary.setText(self.tr(
                "%1: mean level per rater %2; spread %3; %4 element(s) flagged.")
                .replace("%1", wanted).replace("%2", means or "–")
                .replace("%3", number(rec.spread, 1))
                .replace("%4", str(len(rec.flagged_elements))))
            self.recommendation_summary.show()
        else:
            self.recommendation_summary.hide()
        ids = [r.spread.element_id for r in rows]
        self._select_row(ids.index(keep) if keep in ids else 0)
        if not rows:
            self._show_element(None)

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _on_current(self, current, _previous) -> None:
        row = self.model.row_of(current)
        self._show_element(None if row is None else row.spread)

    def _show_element(self, spread: ElementSpread | None) -> None:
        self.recorded.clear()
        self.detail_box.setEnabled(spread is not None)
        if spread is None:
            self.element_id = ""
            self.detail_title.clear()
            self.ratings_text.clear()
            self.flag_label.clear()
            return
        s = self.session
        element = s.framework.element(spread.element_id)
        self.element_id = spread.element_id
        self.detail_title.setText(f"{element.id} {element.title.get(s.lang)}")
        roles = {r.name: r.role for r in self.view.raters}
        na = self.tr("N/A")
        lines = []
        for r in spread.ratings:
            who = f"{r.rater} ({roles[r.rater]})" if roles.get(r.rater) else r.rater
            lines.append(self.tr("%1: level %2").replace("%1", who).replace(
                "%2", level_text(r.level, r.not_applicable, na)))
            if r.rationale.strip():
                lines.append(f"    {r.rationale.strip()}")
        self.ratings_text.setText("\n".join(lines))
        if spread.flagged:
            self.flag_label.setText("⚠ " + self.tr(
                "The ratings differ by %1 levels (%2 to %3): discuss this element before "
                "deciding.").replace("%1", str(spread.spread)).replace(
                "%2", str(spread.low)).replace("%3", str(spread.high)))
        else:
            self.flag_label.setText(self.tr("Spread: %1 level(s).").replace(
                "%1", "–" if spread.spread is None else str(spread.spread)))
        self.level.clear()
        self.level.addItem(self.tr("Choose a level"), None)
        for level in range(6):
            self.level.addItem(f"{level} — {element.descriptor(level).get(s.lang)}", level)
        self.level.addItem(self.tr("N/A — not applicable"), NA)
        c = spread.consensus
        if c is not None:
            self.level.setCurrentIndex(self.level.findData(NA if c.not_applicable else c.level))
            self.justification.setPlainText(c.justification)
        else:
            self.level.setCurrentIndex(0)
            self.justification.clear()

    def _update_buttons(self) -> None:
        idle = self.task is None
        has_raters = self.rater_combo.count() > 0
        self.add_button.setEnabled(idle)
        self.export_button.setEnabled(idle and has_raters)
        self.merge_button.setEnabled(idle and has_raters)
        self.rater_combo.setEnabled(idle and has_raters)
        if idle:
            self.busy.clear()

    # --- commands -----------------------------------------------------------------------

    def _on_filter(self) -> None:
        self._show_rows()

    def _on_record(self) -> None:
        if not self.element_id:
            return
        choice = self.level.currentData()
        if choice is None:
            show_message(self, self.message_title(), self.tr("Choose the consensus level."))
            return
        try:
            self.service.record_consensus(
                self.element_id, level=None if choice == NA else choice,
                not_applicable=choice == NA,
                justification=self.justification.toPlainText(),
                cycle_id=self.session.cycle_id)
        except DigigovError as exc:
            self.show_error(exc)
            return
        element = self.element_id
        self.refresh()
        self.recorded.setText(self.tr("Consensus for %1 recorded.").replace("%1", element))
        self.changed.emit()

    def _on_add(self) -> None:
        answer = RaterDialog.ask(self)
        if answer is None:
            return
        try:
            self.service.add_rater(name=answer.name, role=answer.role, unit=answer.unit,
                                   cycle_id=self.session.cycle_id)
        except DigigovError as exc:
            self.show_error(exc)
            return
        self.refresh()
        self.rater_combo.setCurrentText(answer.name)

    def _on_export(self) -> None:
        rater = self.rater_combo.currentText()
        if not rater or self.task is not None:
            return
        slug = "".join(c if c.isalnum() else "-" for c in rater).strip("-").lower()
        out = SaveFileDialog.ask(
            self, "workbook", self.tr("Save the rater workbook"),
            self.exports_dir / f"workbook-{slug}-{self.session.cycle.year}.dgw",
            self.tr("Rater workbook (*.dgw);;All files (*)"))
        if out is None:
            return
        job = partial(export_workbook_file, rater=rater, out=out,
                      actor=self.session.service.actor)
        self._start(self.tr("Writing the workbook…"), job, self.session.db_path,
                    on_success=self._on_exported)

    def _on_exported(self, path: Path) -> None:
        self.task = None
        self.refresh()
        self.inform(self.tr(
            "Workbook written to %1. Give it to the rater (it holds their personal seal "
            "key: hand it over in person or on a shared folder only they can read).")
            .replace("%1", str(path)))

    def _on_merge(self) -> None:
        if self.task is not None:
            return
        files = OpenFilesDialog.ask(self, "ratings", self.tr("Choose the raters' files"),
                                    self.exports_dir,
                                    self.tr("Rater files (*.dgrating);;All files (*)"))
        if not files:
            return
        job = partial(merge_files, actor=self.session.service.actor)
        self._start(self.tr("Checking and merging %n file(s)…", "", len(files)), job,
                    self.session.db_path, files, on_success=self._on_merged)

    def _on_merged(self, merged) -> None:
        self.task = None
        self.refresh()
        lines = [self.tr("%1: %2 rating(s) of %3 merged.").replace("%1", m.file)
                 .replace("%2", str(m.ratings)).replace("%3", m.rater) for m in merged]
        self.inform("\n".join(lines))
