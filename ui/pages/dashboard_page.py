"""Coordinator dashboard over `services.dashboard.dashboard_data` (pyqtgraph, built lazily).

Campaign completion from the CA registry, an agencies × recommendations heatmap, the
distribution of each recommendation (box + strip), pillar averages and a comparison
between two cycles; filters by cycle, region and agency type. Every number drills down
to its submission and the signed file. Loading and exporting run off the GUI thread,
each on a central store of its own; the exports are `services.consolidation`'s.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from digigov_desktop.domain.evaluation import REGIONS, AgencyType
from digigov_desktop.errors import DigigovError
from digigov_desktop.services.authority import CertificateAuthority, CredentialError
from digigov_desktop.services.coordinator import export_consolidated, load_dashboard
from digigov_desktop.services.dashboard import DashboardData
from digigov_desktop.services.stores import StoreRef
from ui import tasks
from ui.coordinator_session import CoordinatorSession
from ui.dialogs.file_dialogs import SaveFileDialog
from ui.dialogs.submission_dialog import SubmissionDialog
from ui.i18n import agency_type_text, error_message, number
from ui.msgbox import show_message
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.page_parts import heading

RowRole = Qt.ItemDataRole.UserRole + 1


def _authority(ca_folder: Path | None) -> CertificateAuthority | None:
    if ca_folder is None:
        return None
    try:
        return CertificateAuthority(ca_folder)
    except CredentialError:
        return None


def dashboard_job(central: StoreRef, ca_folder: Path | None, **filters) -> DashboardData:
    """Worker: the dashboard's arrays, from a central store of its own."""
    registry = None
    if ca_folder is not None:
        try:
            registry = CertificateAuthority(ca_folder).registry()
        except CredentialError:
            registry = None
    return load_dashboard(central, registry=registry, **filters)


def export_job(central: StoreRef, ca_folder: Path | None, kind: str, path: Path,
               lang: str, *, cycle: int | None, regions: tuple[str, ...] = (),
               agency_types: tuple[str, ...] = (), excel_es: bool = False) -> Path:
    """Worker: one consolidated export (CSV, XLSX or PDF) of the dashboard's selection."""
    return export_consolidated(central, kind, path, lang=lang,
                               authority=_authority(ca_folder) if kind == "pdf" else None,
                               cycle=cycle, regions=regions, agency_types=agency_types,
                               excel_es=excel_es)


def _fmt(value: float | None) -> str:
    return number(value, 2)


class DashboardPage(QWidget):
    def __init__(self, session: CoordinatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data: DashboardData | None = None
        self.task: tasks.Task | None = None
        self.export_task: tasks.Task | None = None
        self._stale = True
        self._reload_again = False
        self.heatmap = self.distribution = self.pillar_chart = self.comparison_chart = None
        self._build_ui()
        self._connect_signals()

    # --- construction ----------------------------------------------------------------

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 4)
        outer.addWidget(heading(self.tr("Dashboard"), self))
        filters = FlowLayout()  # each label with its list; onto more lines where narrow
        self.cycle = QComboBox(self)
        self.compare = QComboBox(self)
        self.region = QComboBox(self)
        self.agency_type = QComboBox(self)
        for text, combo in ((self.tr("C&ycle:"), self.cycle),
                            (self.tr("Compare &with:"), self.compare),
                            (self.tr("Re&gion:"), self.region),
                            (self.tr("Agency &type:"), self.agency_type)):
            pair = QWidget(self)
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            label = QLabel(text, pair)
            label.setBuddy(combo)
            combo.setParent(pair)
            combo.setAccessibleName(text.replace("&", "").rstrip(":"))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            pair_layout.addWidget(label)
            pair_layout.addWidget(combo)
            filters.addWidget(pair)
        outer.addLayout(filters)
        exports = FlowLayout()  # onto more lines where the window is narrow
        self.csv_button = QPushButton(self.tr("Export &CSV…"), self)
        self.xlsx_button = QPushButton(self.tr("Export &XLSX…"), self)
        self.pdf_button = QPushButton(self.tr("Consolidated &PDF report…"), self)
        self.excel_es = QCheckBox(self.tr("CSV for Excel in Spanish (; and decimal comma)"), self)
        self.excel_es.setToolTip(self.tr("The CSV export uses ';' between columns and a "
                                         "decimal comma, as Excel expects in Spanish."))
        for widget in (self.csv_button, self.excel_es, self.xlsx_button, self.pdf_button):
            exports.addWidget(widget)
        self.export_note = QLabel(self.tr("(exports follow the cycle, region and type filters)"),
                                  self)
        self.export_note.setWordWrap(True)
        outer.addLayout(exports)
        outer.addWidget(self.export_note)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        # Submissions on different pack versions: say what the scores are computed on.
        self.versions_note = QLabel(self)
        self.versions_note.setObjectName("versionsNote")
        self.versions_note.setWordWrap(True)
        self.versions_note.setStyleSheet("QLabel#versionsNote { font-weight: bold; }")
        self.versions_note.hide()
        outer.addWidget(self.versions_note)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll, 1)
        self.body = QWidget(scroll)
        scroll.setWidget(self.body)
        self.layout_ = QVBoxLayout(self.body)
        self.layout_.setContentsMargins(0, 0, 0, 0)

        self.completion_heading = heading(self.tr("Campaign completion"), self.body, scale=1)
        self.completion_text = QLabel(self.body)
        self.completion_text.setWordWrap(True)
        self.completion_bar = QProgressBar(self.body)
        self.completion_bar.setAccessibleName(self.tr("Campaign completion"))
        lists = QGridLayout()
        self.submitted = QListWidget(self.body)
        self.submitted.setAccessibleName(self.tr("Agencies that submitted"))
        self.missing = QListWidget(self.body)
        self.missing.setAccessibleName(self.tr("Agencies that have not submitted"))
        for widget in (self.submitted, self.missing):
            widget.setMaximumHeight(self.fontMetrics().height() * 9)
        lists.addWidget(QLabel(self.tr("Submitted (double-click to open):"), self.body), 0, 0)
        lists.addWidget(QLabel(self.tr("Not submitted yet:"), self.body), 0, 1)
        lists.addWidget(self.submitted, 1, 0)
        lists.addWidget(self.missing, 1, 1)
        for widget in (self.completion_heading, self.completion_text, self.completion_bar):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(lists)
        self.charts = QVBoxLayout()
        self.layout_.addLayout(self.charts)
        self.layout_.addStretch(1)

    def _section(self, title: str, chart: QWidget, hint: str = "") -> QLabel:
        self.charts.addWidget(heading(title, self.body, scale=1))
        if hint:
            label = QLabel(hint, self.body)
            label.setWordWrap(True)
            self.charts.addWidget(label)
        chart.setAccessibleName(title)
        self.charts.addWidget(chart)
        summary = QLabel(self.body)
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.charts.addWidget(summary)
        return summary

    def _build_charts(self) -> None:
        from ui.widgets.distribution_plot import DistributionPlot  # lazy: pyqtgraph
        from ui.widgets.heatmap import Heatmap
        from ui.widgets.plots import BarChart

        self.heatmap = Heatmap(self.body)
        self.heatmap_summary = self._section(
            self.tr("Scores per agency and recommendation (0–5)"), self.heatmap,
            self.tr("Grey: no score. Click a cell to open that submission and its signed file."))
        self.distribution = DistributionPlot(y_label=self.tr("Score (0–5)"), parent=self.body)
        self.distribution_summary = self._section(
            self.tr("Distribution of each recommendation across agencies"), self.distribution,
            self.tr("Box: middle half of the agencies, line inside: median, whiskers: lowest "
                    "and highest. Each dot is an agency: click it to open its submission."))
        self.pillar_chart = BarChart(y_max=5, y_label=self.tr("Score (0–5)"), parent=self.body)
        self.pillar_summary = self._section(self.tr("Average per pillar"), self.pillar_chart)
        self.comparison_chart = BarChart(y_max=5, y_label=self.tr("Score (0–5)"),
                                         parent=self.body)
        self.comparison_summary = self._section(
            self.tr("Comparison between cycles (agencies present in both)"),
            self.comparison_chart)
        self.heatmap.clicked.connect(self._on_cell_clicked)
        self.distribution.point_clicked.connect(self._on_row_clicked)

    def _connect_signals(self) -> None:
        for combo in (self.cycle, self.compare, self.region, self.agency_type):
            combo.activated.connect(self._on_filter_changed)
        self.submitted.itemActivated.connect(self._on_completion_activated)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))

    # --- filters -----------------------------------------------------------------------

    def _fill(self, combo: QComboBox, entries: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for text, value in entries:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _type_name(self, value: str) -> str:
        try:
            return agency_type_text(AgencyType(value))
        except ValueError:
            return value or self.tr("(none)")

    def _populate_filters(self) -> None:
        choices = self.session.coordinator.filter_choices()
        cycles = choices.cycles
        first_time = self.cycle.count() == 0
        self._fill(self.cycle, [(self.tr("All cycles"), None)]
                   + [(str(c), c) for c in reversed(cycles)])
        if first_time and cycles:
            self.cycle.setCurrentIndex(1)  # the latest cycle
        chosen = self.cycle.currentData()
        self._fill(self.compare, [(self.tr("(no comparison)"), None)]
                   + [(str(c), c) for c in reversed(cycles) if c != chosen])
        self.compare.setEnabled(chosen is not None and len(cycles) > 1)
        self._fill(self.region, [(self.tr("All regions"), None)]
                   + [(REGIONS.get(r, r) if r else self.tr("(none)"), r)
                      for r in choices.regions])
        self._fill(self.agency_type, [(self.tr("All types"), None)]
                   + [(self._type_name(t), t) for t in choices.agency_types])

    def filters(self) -> dict:
        cycle = self.cycle.currentData()
        compare = self.compare.currentData() if cycle is not None else None
        region, kind = self.region.currentData(), self.agency_type.currentData()
        return {"cycle": cycle, "compare_with": compare,
                "regions": () if region is None else (region,),
                "agency_types": () if kind is None else (kind,)}

    def _on_filter_changed(self, *_args) -> None:
        if self.sender() is self.cycle:
            self._populate_filters()
        self.reload()

    # --- loading -----------------------------------------------------------------------------

    def invalidate(self) -> None:
        """The data changed (an import, another CA): reload when shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        if self.heatmap is None:
            self._build_charts()
        self._populate_filters()
        if self._stale or self.data is None:
            self.reload()

    def reload(self) -> None:
        if self.task is not None:
            self._reload_again = True
            return
        self._stale = False
        self.summary.setText(self.tr("Loading…"))
        self.task = tasks.run_in_background(
            dashboard_job, self.session.central_ref, self.session.ca_folder, **self.filters(),
            owner=self, on_success=self._on_loaded, on_error=self._on_failed)

    def _on_failed(self, exc: BaseException) -> None:
        self.task = None
        self._reload_again = False  # as the inbox's log: the next load would be thrown away
        self.summary.clear()
        if not isinstance(exc, DigigovError):
            raise exc
        show_message(self, self.tr("Dashboard"), error_message(exc))

    def _on_loaded(self, data: DashboardData) -> None:
        self.task = None
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        self.data = data
        self._show(data)

    def _show(self, data: DashboardData) -> None:
        n = len(data)
        if n:
            self.summary.setText(self.tr("%n submission(s) count for this selection.", "", n)
                                 + " " + self.tr("Average overall score: %1 of 5.").replace(
                "%1", _fmt(data.pillar_averages.get("overall"))))
        else:
            self.summary.setText(self.tr(
                "No submission counts for this selection yet: import files in the Inbox."))
        self._show_versions(data)
        self._show_completion(data)
        several = len(set(data.cycles.tolist())) > 1
        labels = [f"{code} · {cycle}" if several else code
                  for code, cycle in zip(data.agency_codes, data.cycles.tolist(), strict=True)]
        recs = list(data.recommendation_ids)
        self.heatmap.set_data(labels, recs, data.heatmap)
        self.heatmap_summary.setText(self.tr(
            "%1 agencies × %2 recommendations.").replace("%1", str(n)).replace(
            "%2", str(len(recs))))
        dist = data.distribution
        cols = [data.columns.index(r) for r in recs]
        self.distribution.set_data(
            recs, data.heatmap, q1=dist.q1[cols], median=dist.median[cols], q3=dist.q3[cols],
            minimum=dist.minimum[cols], maximum=dist.maximum[cols])
        self.distribution_summary.setText(" · ".join(
            self.tr("%1: median %2 (%3 agencies)").replace("%1", r).replace(
                "%2", _fmt(dist.median[j])).replace("%3", str(int(dist.count[j])))
            for r, j in zip(recs, cols, strict=True)))
        self._show_pillars(data)
        self._show_comparison(data, cols)

    def _show_versions(self, data: DashboardData) -> None:
        if data.mapped_elements is None:
            self.versions_note.hide()
            return
        versions = [v for v in data.pack_versions if v not in data.unmapped_versions]
        joined = (self.tr("%1 and %2").replace("%1", ", ".join(versions[:-1])).replace(
            "%2", versions[-1]) if len(versions) > 1 else ", ".join(versions))
        text = self.tr(
            "Compared on %1 mapped elements: these submissions use framework versions %2. "
            "Every score here counts only the elements that mean the same in each version."
        ).replace("%1", str(len(data.mapped_elements))).replace("%2", joined)
        if data.unmapped_versions:
            text += " " + self.tr("Submissions on %1 cannot be mapped and have no score "
                                  "here.").replace("%1", ", ".join(data.unmapped_versions))
        self.versions_note.setText(text)
        self.versions_note.show()

    def _show_completion(self, data: DashboardData) -> None:
        completion = data.completion
        self.submitted.clear()
        self.missing.clear()
        if completion is None:
            self.completion_text.setText(self.tr(
                "Open the certificate authority to see which registered agencies have "
                "submitted."))
            self.completion_bar.hide()
            return
        self.completion_bar.show()
        registered = completion.registered
        self.completion_bar.setRange(0, max(registered, 1))
        self.completion_bar.setValue(len(completion.submitted))
        self.completion_text.setText(self.tr(
            "Cycle %1: %2 of %3 registered agencies have submitted.").replace(
            "%1", str(completion.cycle or "–")).replace(
            "%2", str(len(completion.submitted))).replace("%3", str(registered)))
        for row in completion.submitted:
            item = QListWidgetItem(self.tr("%1 — %2 (overall %3)").replace(
                "%1", row.agency_code).replace("%2", row.agency_name).replace(
                "%3", _fmt(row.overall)))
            item.setData(RowRole, row.submission_row)
            self.submitted.addItem(item)
        for row in completion.missing:
            status = "" if row.status == "active" else " " + {
                "revoked": self.tr("(credential revoked)"),
                "expired": self.tr("(credential expired)")}.get(row.status, row.status)
            self.missing.addItem(f"{row.agency_code} — {row.agency_name}{status}")

    def _show_pillars(self, data: DashboardData) -> None:
        from ui.widgets.plots import BLUE, Series

        averages = data.pillar_averages
        keys = ["overall", *data.pillar_ids]
        labels = [self.tr("Overall"), *data.pillar_ids]
        self.pillar_chart.set_data(labels, [Series(self.tr("Average"),
                                                   [averages.get(k) for k in keys], BLUE)])
        self.pillar_summary.setText(" · ".join(
            f"{label}: {_fmt(averages.get(k))}" for label, k in zip(labels, keys, strict=True)))

    def _show_comparison(self, data: DashboardData, cols: list[int]) -> None:
        from ui.widgets.plots import BLUE, GREY, Series

        comparison = data.comparison
        recs = list(data.recommendation_ids)
        if comparison is None or not len(comparison.agency_codes):
            self.comparison_chart.set_data(recs, [])
            self.comparison_chart.setVisible(False)
            self.comparison_summary.setText(
                self.tr("No agency submitted in both cycles.") if comparison is not None else
                self.tr("Choose a cycle and another cycle to compare with."))
            return
        self.comparison_chart.setVisible(True)
        with np.errstate(all="ignore"):
            base = [_none(np.nanmean(comparison.base[:, j])) for j in cols]
            current = [_none(np.nanmean(comparison.current[:, j])) for j in cols]
        self.comparison_chart.set_data(recs, [
            Series(str(comparison.base_cycle), base, GREY, Qt.BrushStyle.BDiagPattern),
            Series(str(comparison.cycle), current, BLUE),
        ])
        self.comparison_summary.setText(
            self.tr("%n agency(ies) in both cycles.", "", len(comparison.agency_codes)) + " "
            + " · ".join(f"{r}: {_fmt(a)} → {_fmt(b)}"
                         for r, a, b in zip(recs, base, current, strict=True)))

    # --- drill-down -------------------------------------------------------------------------

    def open_row(self, index: int) -> None:
        if self.data is not None and 0 <= index < len(self.data):
            SubmissionDialog.ask(self, self.session, int(self.data.row_ids[index]))

    def _on_cell_clicked(self, row: int, _column: int) -> None:
        self.open_row(row)

    def _on_row_clicked(self, row: int) -> None:
        self.open_row(row)

    def _on_completion_activated(self, item: QListWidgetItem) -> None:
        row_id = item.data(RowRole)
        if row_id is not None:
            SubmissionDialog.ask(self, self.session, int(row_id))

    # --- exports -------------------------------------------------------------------------------

    def export(self, kind: str) -> None:
        if self.export_task is not None:
            return
        cycle = self.cycle.currentData()
        chosen = self.filters()
        stem = "-".join(["digigov-consolidated", str(cycle or "all"), *chosen["regions"],
                         *chosen["agency_types"]])
        captions = {"csv": (self.tr("Export CSV"), self.tr("CSV (*.csv)")),
                    "xlsx": (self.tr("Export XLSX"), self.tr("Excel workbook (*.xlsx)")),
                    "pdf": (self.tr("Consolidated PDF report"), self.tr("PDF (*.pdf)"))}
        caption, filters = captions[kind]
        target = SaveFileDialog.ask(self, kind, caption,
                                    self.session.central_path.parent / f"{stem}.{kind}", filters)
        if target is None:
            return

        def done(path: Path) -> None:
            self.export_task = None
            self._update_export_buttons()
            show_message(self, self.tr("Dashboard"), self.tr("Saved %1.").replace(
                "%1", str(path)), icon=QMessageBox.Icon.Information)

        def failed(exc: BaseException) -> None:
            self.export_task = None
            self._update_export_buttons()
            self._on_failed(exc)

        self.export_task = tasks.run_in_background(
            export_job, self.session.central_ref, self.session.ca_folder, kind, target,
            self.session.lang, cycle=cycle, regions=chosen["regions"],
            agency_types=chosen["agency_types"],
            excel_es=kind == "csv" and self.excel_es.isChecked(),
            owner=self, on_success=done, on_error=failed)
        self._update_export_buttons()

    def _update_export_buttons(self) -> None:
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            button.setEnabled(self.export_task is None)


def _none(value) -> float | None:
    return None if value != value else float(value)
