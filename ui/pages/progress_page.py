"""Progress: completion per recommendation, radar with targets, pillar bars, previous cycle.

The plots are built the first time the page is shown (pyqtgraph is imported lazily, which
keeps start-up fast). Every plot has a text summary beside it: no information is given
by colour or shape alone. Clicking a recommendation in a plot asks to jump to it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import number
from ui.progress_state import PlotData, plot_data
from ui.session import Session
from ui.widgets.page_parts import heading, scroll_body


def _fmt(value: float | None) -> str:
    return number(value, 1)


class ProgressPage(QWidget):
    recommendation_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.data: PlotData | None = None
        self.completion_chart = self.radar = self.pillar_chart = self.comparison_chart = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.body, self.layout_ = scroll_body(self)
        self.title = heading(self.tr("Progress"), self.body)
        self.overall = QLabel(self.body)
        self.overall.setWordWrap(True)
        self.hint = QLabel(self.tr("Click a recommendation in a chart to open it."), self.body)
        self.hint.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(12)
        self.layout_.addWidget(self.title)
        self.layout_.addWidget(self.overall)
        self.layout_.addWidget(self.hint)
        self.layout_.addLayout(self.grid)
        self.layout_.addStretch(1)

    def _section(self, row: int, column: int, title: str, chart: QWidget) -> QLabel:
        box = QVBoxLayout()
        label = heading(title, self.body, scale=1)
        summary = QLabel(self.body)
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        chart.setAccessibleName(title)
        box.addWidget(label)
        box.addWidget(chart)
        box.addWidget(summary)
        self.grid.addLayout(box, row, column)
        return summary

    def _build_charts(self) -> None:
        from ui.widgets.plots import BarChart, RadarChart  # lazy: pyqtgraph is heavy

        self.completion_chart = BarChart(y_max=100, y_label=self.tr("% answered"),
                                         parent=self.body)
        self.radar = RadarChart(parent=self.body)
        self.pillar_chart = BarChart(y_max=5, y_label=self.tr("Score (0–5)"), parent=self.body)
        self.comparison_chart = BarChart(y_max=5, y_label=self.tr("Score (0–5)"),
                                         parent=self.body)
        self.completion_summary = self._section(
            0, 0, self.tr("Completion per recommendation"), self.completion_chart)
        self.radar_summary = self._section(
            0, 1, self.tr("Scores and targets per recommendation"), self.radar)
        self.pillar_summary = self._section(1, 0, self.tr("Scores per pillar"), self.pillar_chart)
        self.comparison_summary = self._section(
            1, 1, self.tr("Comparison with the previous cycle"), self.comparison_chart)
        for chart in (self.completion_chart, self.radar, self.comparison_chart):
            chart.clicked.connect(self._on_recommendation_clicked)
        self.pillar_chart.clicked.connect(self._on_pillar_clicked)

    def refresh(self) -> None:
        if self.completion_chart is None:
            self._build_charts()
        from ui.widgets.plots import BLUE, GREY, ORANGE, Series

        s = self.session
        status = s.status()
        data = self.data = plot_data(status, s.previous_status())
        overall = status.scores.overall
        self.overall.setText(self.tr("Overall score: %1 of 5 · %2 of %3 elements answered").replace(
            "%1", _fmt(overall.score)).replace("%2", str(overall.completion.answered)).replace(
            "%3", str(overall.completion.total)))
        recs = data.recommendation_ids
        percent = [c * 100 for c in data.completion]
        self.completion_chart.set_data(recs, [Series(self.tr("Answered"), percent, BLUE)])
        self.completion_summary.setText(" · ".join(
            f"{r} {p:.0f} %" for r, p in zip(recs, percent, strict=True)))
        self.radar.set_data(recs, [
            Series(self.tr("Score"), data.scores, BLUE),
            Series(self.tr("Target (mean)"), data.targets, ORANGE, dashed=True),
        ])
        self.radar_summary.setText(" · ".join(
            self.tr("%1: %2 (target %3)").replace("%1", r).replace("%2", _fmt(v)).replace(
                "%3", _fmt(t))
            for r, v, t in zip(recs, data.scores, data.targets, strict=True)))
        self.pillar_chart.set_data(data.pillar_ids, [
            Series(self.tr("Score"), data.pillar_scores, BLUE)])
        self.pillar_summary.setText(" · ".join(
            f"{p.id} {p.title.get(s.lang)}: {_fmt(v)}"
            for p, v in zip(status.framework.pillars, data.pillar_scores, strict=True)))
        has_previous = data.previous_scores is not None
        self.comparison_chart.setVisible(has_previous)
        if has_previous:
            previous_name = str(data.previous_year)
            current_name = str(status.evaluation.cycle.year)
            self.comparison_chart.set_data(recs, [
                Series(previous_name, data.previous_scores, GREY, Qt.BrushStyle.BDiagPattern),
                Series(current_name, data.scores, BLUE),
            ])
            self.comparison_summary.setText(" · ".join(
                f"{r}: {_fmt(a)} → {_fmt(b)}"
                for r, a, b in zip(recs, data.previous_scores, data.scores, strict=True)))
        else:
            self.comparison_summary.setText(self.tr(
                "There is no previous cycle to compare with yet."))

    def _on_recommendation_clicked(self, index: int) -> None:
        if self.data is not None and 0 <= index < len(self.data.recommendation_ids):
            self.recommendation_requested.emit(self.data.recommendation_ids[index])

    def _on_pillar_clicked(self, index: int) -> None:
        pillars = self.session.framework.pillars
        if 0 <= index < len(pillars):
            self.recommendation_requested.emit(pillars[index].recommendations[0].id)
