"""What blocks submission: one row per readiness issue; Enter or double-click opens it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QWidget,
)

from ui.models.readiness_model import (
    COL_PROBLEM,
    COL_SEVERITY,
    COL_WHERE,
    ElementRole,
    ReadinessModel,
    ReadinessRow,
)
from ui.session import Session
from ui.widgets.page_parts import heading, page_column, row_table, wrapped


class ReadinessPage(QWidget):
    element_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = page_column(self)
        self.title = heading(self.tr("Readiness to submit"), self)
        self.summary = wrapped("", self)
        self.model = ReadinessModel(self)
        self.table = row_table(self.model, self, self.tr("Readiness issues"))
        self.table.setWordWrap(True)
        # Rows as tall as their wrapped text at the current widths (200 % font included).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_WHERE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PROBLEM, QHeaderView.ResizeMode.Stretch)
        self.hint = wrapped(self.tr("Press Enter or double-click a row to open that element."),
                            self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    def _connect_signals(self) -> None:
        self.table.activated.connect(self._on_activated)

    def refresh(self) -> None:
        s = self.session
        status = s.status()
        framework, lang = status.framework, s.lang
        rows = []
        for issue in status.issues:
            if issue.element is None:
                where = self.tr("The evaluation as a whole")
            else:
                where = f"{issue.element} {framework.element(issue.element).title.get(lang)}"
            rows.append(ReadinessRow(issue, where))
        self.model.set_rows(rows)
        self.table.setColumnWidth(COL_WHERE, max(self.width() // 3, 200))
        blocking = sum(1 for i in status.issues if i.blocking)
        if blocking:
            self.summary.setText(self.tr("%n problem(s) block submission.", "", blocking))
        elif status.issues:
            self.summary.setText(self.tr(
                "Ready to submit. The warnings below do not block submission."))
        else:
            self.summary.setText(self.tr("Ready to submit: nothing is missing."))
        if rows:
            self.table.selectRow(0)

    def _on_activated(self, index: QModelIndex) -> None:
        element = self.model.data(self.model.index(index.row(), COL_PROBLEM), ElementRole)
        if element:
            self.element_requested.emit(element)
