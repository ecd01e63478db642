"""Readable reports (reportlab lives only here): the submission PDF and its charts.

Public API: `report_data()` builds a `ReportData` from domain objects, `ReportLabels`
holds every fixed text (`ReportLabels.for_language("es" | "en")`), and
`render_report(data, labels)` returns the PDF bytes. No Qt imports.
"""

from digigov_desktop.reports.data import ReportData, report_data
from digigov_desktop.reports.labels import ReportLabels
from digigov_desktop.reports.pdf_report import render_report

__all__ = ["ReportData", "ReportLabels", "render_report", "report_data"]
