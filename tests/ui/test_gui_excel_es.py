"""The dashboard's CSV export offers 'CSV for Excel in Spanish' (; and decimal comma)."""

from __future__ import annotations

import csv
import io

from gui_helpers import wait_idle
from PySide6.QtCore import Qt

from digigov_desktop.services.import_ import Importer
from digigov_desktop.storage.central import open_central
from ui.dialogs.file_dialogs import SaveFileDialog


def test_dashboard_csv_for_excel_in_spanish(qtbot, coordinator, authority, campaign, tmp_path,
                                            monkeypatch):
    path = tmp_path / "central.sqlite"
    with open_central(path) as store:
        for progress in Importer(store, authority).run(list(campaign["files"].values())):
            assert progress.result.accepted
    window = coordinator(authority.folder, lang="es", central_path=path)
    window.go_to("dashboard")
    page = window.dashboard_page
    wait_idle(qtbot, page)
    assert page.excel_es.isVisible() and not page.excel_es.isChecked()
    assert page.excel_es.text() == "CSV para Excel en español (; y coma decimal)"
    targets = iter([tmp_path / "plain.csv", tmp_path / "excel.csv"])
    monkeypatch.setattr(SaveFileDialog, "ask", classmethod(lambda cls, *a, **k: next(targets)))
    page.export("csv")
    wait_idle(qtbot, page, "export_task")
    qtbot.mouseClick(page.excel_es, Qt.MouseButton.LeftButton)
    assert page.excel_es.isChecked()
    page.export("csv")
    wait_idle(qtbot, page, "export_task")
    plain = list(csv.reader(io.StringIO((tmp_path / "plain.csv").read_text("utf-8-sig"))))
    excel = list(csv.reader(io.StringIO((tmp_path / "excel.csv").read_text("utf-8-sig")),
                            delimiter=";"))
    assert (tmp_path / "excel.csv").read_bytes().startswith(b"\xef\xbb\xbfagency_code;")
    assert plain[0] == excel[0] and len(plain) == len(excel) == 4
    overall = plain[0].index("overall")
    for a, b in zip(plain[1:], excel[1:], strict=True):
        assert a[overall].replace(".", ",") == b[overall]


def test_submission_dialog_flags_a_self_declared_name(qtbot, coordinator, authority,
                                                      enrolled_db, tmp_path):
    """The registry's name is the agency's name; the payload's own is only a warning."""
    import dataclasses

    from gui_helpers import AGENCY_PASS
    from PySide6.QtWidgets import QLabel

    from digigov_desktop.services.evaluations import EvaluationService
    from digigov_desktop.services.export import export_submission
    from digigov_desktop.storage.database import open_store
    from ui.dialogs.submission_dialog import SubmissionDialog

    with open_store(enrolled_db) as store:
        service = EvaluationService(store)
        agency = service.evaluation(service.current_cycle().id).agency
        service.update_agency(dataclasses.replace(agency, name="=HYPERLINK(\"x\")"))
        pdf = export_submission(store, out=tmp_path / "s.pdf", passphrase=AGENCY_PASS).path
    with open_central(tmp_path / "central.sqlite") as store:
        [row] = [p.result for p in Importer(store, authority).run([pdf])]
    assert row.accepted
    window = coordinator(authority.folder, lang="es")
    dialog = SubmissionDialog(window.session, row.submission_row, window)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert f"{agency.code} — Servicio {agency.code}" in texts
    assert "Advertencia:" in texts
    assert ('el envío nombra a la institución de otra forma que el registro '
            '(«=HYPERLINK("x")»)') in texts
    dialog.grab().save(str(tmp_path / "dialog.png"))
