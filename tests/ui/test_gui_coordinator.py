"""Coordinator mode on real folders and databases: CA page, inbox, dashboard, drill-down."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest
from cryptography import x509
from gui_helpers import AGENCY_PASS, CA_PASS, GatedEvent, messages, wait_idle
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLabel

from digigov_desktop.services import consolidation
from digigov_desktop.services.coordinator import CoordinatorService
from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.services.dashboard import dashboard_data
from digigov_desktop.signing.authority import CertificateAuthority
from digigov_desktop.storage import central
from digigov_desktop.storage.central import open_central
from digigov_desktop.storage.database import open_store
from ui import desktop
from ui.dialogs.ca_create_dialog import CaCreateDialog, CaCreateRequest
from ui.dialogs.file_dialogs import SaveFileDialog
from ui.dialogs.issue_dialog import CSR, P12, IssueDialog, IssueRequest
from ui.dialogs.passphrase_dialog import PassphraseDialog
from ui.dialogs.revoke_dialog import RevokeDialog, RevokeRequest
from ui.dialogs.submission_dialog import SubmissionDialog
from ui.models.import_log_model import ImportLogModel
from ui.models.import_results_model import COL_OUTCOME, ImportResultsModel
from ui.models.registry_model import COL_AGENCY_CODE, COL_STATUS, RegistryModel


def _save_to(monkeypatch, answers: dict):
    monkeypatch.setattr(SaveFileDialog, "ask", classmethod(
        lambda cls, parent, purpose, *a, **k: answers.get(purpose)))


def test_ca_page_create_issue_revoke_crl_bundle(qtbot, coordinator, demo_db, tmp_path,
                                                monkeypatch):
    window = coordinator()
    page = window.ca_page
    assert window.current == "ca" and page.panels.currentIndex() == 0
    folder = tmp_path / "my-ca"
    monkeypatch.setattr(CaCreateDialog, "ask", classmethod(
        lambda cls, parent, default: CaCreateRequest(folder, "Coordinación 2026", CA_PASS)))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page, timeout=60_000)
    assert (folder / "root-key.pem").is_file() and (folder / "README-BACKUP.txt").is_file()
    assert messages(page)[0].startswith(f"The certificate authority was created in {folder}.")
    assert page.panels.currentIndex() == 1 and page.folder.text() == str(folder)
    assert page.name.text() == "Coordinación 2026" and page.model.rowCount() == 0
    assert not page.crl_warning.isVisible()
    opened = []
    monkeypatch.setattr(desktop, "open_folder", opened.append)
    qtbot.mouseClick(page.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [folder]

    # Issue from the agency's CSR (made by the agency's own service).
    with open_store(demo_db) as agency_store:
        agency = CredentialService(agency_store)
        csr = agency.request(passphrase=AGENCY_PASS)
        code = agency.state().agency_code
    cert_path, p12_path, bundle_path = (tmp_path / "a.crt", tmp_path / "b.p12",
                                        tmp_path / "bundle.pem")
    _save_to(monkeypatch, {"certificate": cert_path, "p12": p12_path, "bundle": bundle_path})
    monkeypatch.setattr(IssueDialog, "ask", classmethod(lambda cls, parent, route, folder=None: (
        IssueRequest(CSR, code, "Servicio Demo", CA_PASS, csr_pem=csr) if route == CSR else
        IssueRequest(P12, "AG-P12", "Servicio P12", CA_PASS, p12_passphrase=AGENCY_PASS))))
    qtbot.mouseClick(page.issue_csr_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert cert_path.is_file() and messages(page)
    qtbot.mouseClick(page.issue_p12_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert p12_path.is_file() and messages(page)
    registry = CertificateAuthority(folder).registry()
    assert [page.model.index(r, COL_AGENCY_CODE).data() for r in range(2)] == [code, "AG-P12"]
    assert [e.agency_code for e in registry] == [code, "AG-P12"]
    assert x509.load_pem_x509_certificate(cert_path.read_bytes()).serial_number == int(
        registry[0].serial, 16)

    # Revoke the PKCS#12 one: the registry and the CRL say so.
    assert not page.revoke_button.isEnabled()
    page.table.selectRow(1)
    assert page.revoke_button.isEnabled()
    monkeypatch.setattr(RevokeDialog, "ask", classmethod(
        lambda cls, parent, description: RevokeRequest("key_compromise", CA_PASS)))
    qtbot.mouseClick(page.revoke_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    messages(page)
    ca = CertificateAuthority(folder)
    assert ca.registry()[1].status == "revoked"
    assert ca.crl().get_revoked_certificate_by_serial_number(int(registry[1].serial, 16))
    assert page.model.index(1, COL_STATUS).data().startswith("revoked on ")
    assert page.model.index(0, COL_STATUS).data() == "active"

    # A wrong passphrase is said clearly and changes nothing.
    number = ca._meta["crl_number"]
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: b"wrong"))
    qtbot.mouseClick(page.crl_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert messages(page) == ["The passphrase is not correct."]
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: CA_PASS))
    qtbot.mouseClick(page.crl_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert CertificateAuthority(folder)._meta["crl_number"] == number + 1
    qtbot.mouseClick(page.bundle_button, Qt.MouseButton.LeftButton)
    assert bundle_path.read_bytes() == CertificateAuthority(folder).bundle_pem()


def test_crl_warning_within_thirty_days(qtbot, coordinator, authority, tmp_path):
    folder = tmp_path / "ca"
    shutil.copytree(authority.folder, folder)
    meta = json.loads((folder / "ca.json").read_text())
    meta["crl_validity_days"] = 20
    (folder / "ca.json").write_text(json.dumps(meta))
    CertificateAuthority(folder).reissue_crl(passphrase=CA_PASS)
    window = coordinator(folder)
    window.go_to("ca")
    page = window.ca_page
    assert page.crl_warning.isVisible()
    assert page.crl_warning.text().startswith("The revocation list expires in 19 day(s)") or \
        page.crl_warning.text().startswith("The revocation list expires in 20 day(s)")


def _drop(widget, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)


def test_inbox_import_good_tampered_duplicate(qtbot, coordinator, campaign, authority,
                                              tmp_path, monkeypatch):
    window = coordinator(authority.folder)
    assert window.current == "inbox"
    page = window.inbox_page
    files = campaign["files"]
    page.add_paths([files["AG-001"]])
    _drop(page, [campaign["tampered"], files["AG-001"]])  # the same file again: listed once
    assert page.files.count() == 2
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    # Import the same good file once more: a duplicate.
    page.add_paths([files["AG-001"]])
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    model = page.results_model
    assert [r.outcome for r in model.rows()] == ["DUPLICATE"]
    assert model.index(0, COL_OUTCOME).data() == (
        "Already imported (the same file); nothing changed.")
    assert page.summary.text() == "0 accepted, 1 already imported, 0 rejected."
    with open_central(tmp_path / "central.sqlite") as check:
        log = central.import_log(check)
        stored = central.counting_submissions(check)
    assert [e["outcome"] for e in reversed(log)] == ["ACCEPTED", "MODIFIED", "DUPLICATE"]
    assert [s["agency_code"] for s in stored] == ["AG-001"]
    # The log tab shows the database's log, newest first, translated.
    log_model = page.log_model  # read in the background after the run
    qtbot.waitUntil(lambda: page.log_task is None and log_model.rowCount() == 3)
    assert [log_model.index(r, 3).data() for r in range(3)] == [
        "Already imported (the same file); nothing changed.",
        "The file was changed after it was signed.", "Accepted."]
    assert [log_model.index(r, 4).data() for r in range(3)] == [
        e["agency_code"] or "" for e in log]
    # CSV export of the log is the consolidation service's.
    target = tmp_path / "log.csv"
    _save_to(monkeypatch, {"csv": target})
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    text = target.read_bytes()
    assert text.startswith("\ufeff".encode()) and b"MODIFIED" in text
    assert text.count(b"\r\n") == 4
    with open_central(tmp_path / "central.sqlite") as check:  # the CLI's file, byte for byte
        expected = CoordinatorService(check).write_import_log_csv(tmp_path / "cli.csv")
    assert text == expected.read_bytes()


def test_inbox_results_table_against_the_database(qtbot, coordinator, campaign, authority,
                                                  tmp_path):
    window = coordinator(authority.folder)
    page = window.inbox_page
    page.add_paths([campaign["files"]["AG-001"].parent, campaign["tampered"]])
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    rows = page.results_model.rows()
    assert sorted(r.outcome for r in rows) == ["ACCEPTED"] * 3 + ["MODIFIED"]
    with open_central(tmp_path / "central.sqlite") as check:
        for result in rows:
            if result.accepted:
                stored = central.submission(check, result.submission_row)
                assert stored["agency_code"] == result.agency_code
                assert stored["submission_id"] == result.submission_id
                assert stored["revision"] == result.revision == 1
                assert stored["file_sha256"] == result.sha256
    assert page.summary.text() == "3 accepted, 0 already imported, 1 rejected."
    assert page.files.count() == 0


def test_the_log_is_read_off_the_gui_thread_and_a_rebuild_meanwhile_is_safe(
        qtbot, coordinator, campaign, authority, tmp_path):
    """The inbox reads the import log (thousands of rows, maybe over the network) on the
    thread pool. Switching the language rebuilds the pages while that read, or the
    dashboard's, is under way: the old pages' callbacks are cancelled with them, so no
    result lands on a deleted widget."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from digigov_desktop.services.import_ import Importer
    from ui import tasks

    with open_central(tmp_path / "central.sqlite") as store:
        list(Importer(store, authority).run([campaign["files"]["AG-002"]]))
    window = coordinator(authority.folder, lang="es")
    window.go_to("inbox")
    page = window.inbox_page
    assert page.log_task is not None  # refresh() returned before the log was read
    qtbot.waitUntil(lambda: page.log_task is None and page.log_model.rowCount() == 1)
    for key in ("inbox", "dashboard"):
        window.go_to(key)
        old = window.inbox_page if key == "inbox" else window.dashboard_page
        assert (old.log_task if key == "inbox" else old.task) is not None
        window.set_language("en" if window.session.lang == "es" else "es")
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the old pages
        qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=20_000)
    page = window.inbox_page
    window.go_to("inbox")
    qtbot.waitUntil(lambda: page.log_task is None and page.log_model.rowCount() == 1)
    # An import under way is not stopped by a language switch: the switch waits.
    lang = window.session.lang
    page.add_paths(list(campaign["files"].values()))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert page.task is not None
    window.set_language("en" if lang == "es" else "es")
    assert window.session.lang == lang and window.inbox_page is page
    assert [a.data() for a in window.language_group.actions() if a.isChecked()] == [lang]
    assert len(messages(window)) == 1
    wait_idle(qtbot, page)
    assert "accepted" in page.summary.text() or "aceptad" in page.summary.text()


def test_inbox_cancel_stops_between_files(qtbot, coordinator, campaign, authority, tmp_path):
    window = coordinator(authority.folder)
    page = window.inbox_page
    page.add_paths(list(campaign["files"].values()))
    page.cancel_event = GatedEvent(wait_at_call=2)  # the worker waits before the 2nd file

    def on_row(*_args):
        page.cancel_button.click()
        page.cancel_event.release()

    page.results_model.rowsInserted.connect(on_row)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    done = page.results_model.rowCount()
    assert done == 1
    assert page.summary.text().startswith(f"Cancelled after {done} file(s).")
    assert page.files.count() == 3  # still listed: the rest can be imported later
    with open_central(tmp_path / "central.sqlite") as check:
        assert central.count(check, "submission") == done


@pytest.fixture
def imported_central(campaign, authority, tmp_path):
    """A central database holding the campaign's three submissions."""
    from digigov_desktop.services.import_ import Importer

    path = tmp_path / "central.sqlite"
    with open_central(path) as store:
        for progress in Importer(store, authority, actor="tests").run(
                list(campaign["files"].values())):
            assert progress.result.accepted
    return path


def test_dashboard_equals_the_consolidation_and_drills_down(qtbot, coordinator, authority,
                                                            imported_central, monkeypatch,
                                                            tmp_path):
    window = coordinator(authority.folder)
    window.go_to("dashboard")
    page = window.dashboard_page
    wait_idle(qtbot, page)
    with open_central(imported_central) as check:
        expected = dashboard_data(check, cycle=page.cycle.currentData(),
                                  registry=authority.registry())
        table = consolidation.consolidated_table(check, cycle=page.cycle.currentData())
    data = page.data
    assert data.agency_codes == expected.agency_codes == ("AG-001", "AG-002", "AG-003")
    np.testing.assert_array_equal(data.values, expected.values)
    np.testing.assert_array_equal(data.row_ids, expected.row_ids)
    np.testing.assert_array_equal(page.heatmap.values, expected.heatmap)
    assert page.heatmap.row_labels == list(expected.agency_codes)
    overall = table.columns.index("overall")
    assert [r[overall] for r in table.rows] == pytest.approx(list(expected.column("overall")))
    bars = [i for i in page.pillar_chart.plot.getPlotItem().items if hasattr(i, "opts")
            and "height" in i.opts]
    averages = expected.pillar_averages
    assert list(bars[0].opts["height"]) == pytest.approx(
        [averages[k] for k in ("overall", *expected.pillar_ids)])
    assert data.completion.registered >= 3
    assert {r.agency_code for r in data.completion.submitted} == {"AG-001", "AG-002", "AG-003"}
    # Filters: one region.
    page.region.setCurrentIndex(page.region.findData("CL-BI"))
    page.region.activated.emit(page.region.currentIndex())
    wait_idle(qtbot, page)
    assert page.data.agency_codes == ("AG-002",)
    # A heatmap cell opens that submission; its dialog opens the original signed bytes.
    asked = []
    monkeypatch.setattr(SubmissionDialog, "ask", classmethod(
        lambda cls, parent, session, row_id: asked.append(row_id)))
    plot = page.heatmap.plot
    page.heatmap.show()
    pos = plot.mapFromScene(page.heatmap.scene_pos_of(0, 3))
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.waitUntil(lambda: bool(asked), timeout=2000)
    assert asked == [int(page.data.row_ids[0])]
    dialog = SubmissionDialog(window.session, asked[0], window)
    qtbot.addWidget(dialog)
    opened = []
    monkeypatch.setattr(desktop, "open_file", opened.append)
    copy = dialog.open_pdf()
    with open_central(imported_central) as check:
        row = central.submission(check, asked[0])
        assert copy.read_bytes() == central.file_content(check, row["file_sha256"])
    assert opened == [copy] and row["agency_code"] == "AG-002"
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Municipality · Biobío (CL-BI)" in texts  # the region by name, with its code
    # Exports go through the consolidation service.
    answers = {k: tmp_path / f"out.{k}" for k in ("csv", "xlsx", "pdf")}
    _save_to(monkeypatch, answers)
    for kind in ("csv", "xlsx", "pdf"):
        page.export(kind)
        wait_idle(qtbot, page, "export_task")
        messages(page)
    with open_central(imported_central) as check:  # the region filter is still on: CL-BI
        consolidation.write_csv(consolidation.consolidated_table(
            check, cycle=page.cycle.currentData(), regions=["CL-BI"]), tmp_path / "expected.csv")
    assert answers["csv"].read_bytes() == (tmp_path / "expected.csv").read_bytes()
    lines = answers["csv"].read_text("utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].startswith("AG-002,")
    assert answers["xlsx"].read_bytes()[:2] == b"PK"
    assert answers["pdf"].read_bytes()[:5] == b"%PDF-"


def test_models_pass_the_model_tester(qtmodeltester, campaign, authority, imported_central):
    from digigov_desktop.services.import_ import FileResult

    registry = RegistryModel()
    registry.set_rows(authority.registry())
    qtmodeltester.check(registry)
    results = ImportResultsModel()
    results.set_rows([FileResult(campaign["tampered"], "MODIFIED"),
                      FileResult(campaign["files"]["AG-001"], "DUPLICATE", sha256="ab",
                                 agency_code="AG-001", submission_id="x", revision=1)])
    qtmodeltester.check(results)
    log = ImportLogModel()
    with open_central(imported_central) as check:
        log.set_rows(CoordinatorService(check).import_log())
    qtmodeltester.check(log)


def test_ca_change_passphrase_button(qtbot, coordinator, authority, tmp_path, monkeypatch):
    from digigov_desktop.signing.credentials import CredentialError

    folder = tmp_path / "ca"
    shutil.copytree(authority.folder, folder)
    window = coordinator(folder)
    window.go_to("ca")
    page = window.ca_page
    new = b"the new coordinator phrase"
    answers = iter([CA_PASS, b"short", CA_PASS, new])
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(lambda cls, *a, **k: next(answers)))
    qtbot.mouseClick(page.passphrase_button, Qt.MouseButton.LeftButton)
    assert page.busy.isVisible()  # off the GUI thread
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert messages(page) == [
        "The passphrase is too short: use at least 12 characters, for example a few words."]
    CertificateAuthority(folder).unlock(CA_PASS)
    qtbot.mouseClick(page.passphrase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert messages(page)[0].startswith("The passphrase was changed.")
    with pytest.raises(CredentialError):
        CertificateAuthority(folder).unlock(CA_PASS)
    CertificateAuthority(folder).unlock(new)
