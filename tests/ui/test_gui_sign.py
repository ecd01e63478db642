"""File → Sign a submission: a reviewer on their own installation checks and signs a real
submission exported by the agency's preparer; everything slow runs off the GUI thread."""

from __future__ import annotations

import shutil

from gui_helpers import AGENCY_PASS, CA_PASS, wait_idle
from PySide6.QtCore import Qt

from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.services.evaluations import EvaluationService
from digigov_desktop.services.export import export_submission
from digigov_desktop.signing.verify import verify_submission
from digigov_desktop.storage.database import open_store
from ui.dialogs.file_dialogs import OpenFileDialog, SaveFileDialog
from ui.dialogs.sign_dialog import SignDialog


def _reviewer_db(enrolled_db, authority, tmp_path):
    """The same agency's database on the reviewer's PC, with the reviewer's credential."""
    path = tmp_path / "reviewer.sqlite"
    shutil.copy(enrolled_db, path)
    with open_store(path) as store:
        service = CredentialService(store, actor="reviewer")
        code = EvaluationService(store).evaluation(EvaluationService(
            store).current_cycle().id).agency.code
        csr = service.request(passphrase=AGENCY_PASS)
        cert = authority.issue_from_csr(csr, agency_code=code, agency_name="Servicio",
                                        passphrase=CA_PASS, person="Rita Revisora",
                                        role="reviewer")
        service.install_certificate(cert, trust_pem=authority.bundle_pem())
    return path


def test_sign_dialog_previews_then_signs(qtbot, enrolled_db, authority, tmp_path,
                                         monkeypatch):
    prepared, signed = tmp_path / "prepared.pdf", tmp_path / "out" / "reviewed.pdf"
    with open_store(enrolled_db) as store:
        export_submission(store, out=prepared, passphrase=AGENCY_PASS, lang="en",
                          signers_planned=["reviewer", "approver"])
    reviewer = _reviewer_db(enrolled_db, authority, tmp_path)
    monkeypatch.setattr(OpenFileDialog, "ask", classmethod(lambda cls, *a, **k: prepared))
    monkeypatch.setattr(SaveFileDialog, "ask", classmethod(lambda cls, *a, **k: signed))
    dialog = SignDialog(reviewer, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.sign_button.isEnabled()
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.state_label.text() == "Checking…"  # off the GUI thread
    wait_idle(qtbot, dialog)
    assert dialog.state_label.text() == "Valid: every signature verifies."
    assert "cycle" in dialog.content_label.text() and "overall score" in dialog.content_label.text()
    assert len(dialog.hash_label.text()) == 64
    assert dialog.chain_label.text().startswith("Prepared by ")
    assert dialog.planned_label.text() == "Reviewer, Approver"  # the preparer's plan
    assert dialog.role.currentData() == "reviewer"  # the next planned signer
    qtbot.keyClicks(dialog.passphrase, AGENCY_PASS.decode())
    assert dialog.sign_button.isEnabled()
    dialog.grab().save(str(tmp_path / "sign-dialog.png"))
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert not dialog.sign_button.isEnabled()
    wait_idle(qtbot, dialog)
    assert dialog.outcome.text().startswith("Signed and saved to ")
    verdict = verify_submission(signed.read_bytes(), authority.bundle(), in_progress=True)
    assert verdict.accepted, verdict.detail
    assert [(link.role, link.person) for link in verdict.chain] == [
        ("preparer", None), ("reviewer", "Rita Revisora")]
    # the coordinator waits for the approver the preparer planned
    verdict = verify_submission(signed.read_bytes(), authority.bundle())
    assert verdict.reason.value == "CHAIN_INCOMPLETE" and verdict.missing == ("approver",)


def test_sign_dialog_refuses_a_damaged_file(qtbot, enrolled_db, authority, tmp_path,
                                            monkeypatch):
    prepared = tmp_path / "prepared.pdf"
    with open_store(enrolled_db) as store:
        export_submission(store, out=prepared, passphrase=AGENCY_PASS, lang="en")
    data = bytearray(prepared.read_bytes())
    data[len(data) // 2] ^= 1
    prepared.write_bytes(bytes(data))
    monkeypatch.setattr(OpenFileDialog, "ask", classmethod(lambda cls, *a, **k: prepared))
    dialog = SignDialog(enrolled_db, tmp_path)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.state_label.text().startswith("Not valid, cannot be signed: ")
    qtbot.keyClicks(dialog.passphrase, "anything")
    assert not dialog.sign_button.isEnabled()


def test_file_menu_has_sign_a_submission(qtbot, open_window, enrolled_db, monkeypatch):
    window = open_window(enrolled_db)
    calls = []
    monkeypatch.setattr(SignDialog, "ask", classmethod(lambda cls, *a: calls.append(a)))
    assert window.sign_action.text() == "&Sign a submission…"
    window.sign_action.trigger()
    assert calls and calls[0][1] == window.session.db_path


def test_inbox_and_submission_details_show_the_chain(qtbot, coordinator, enrolled_db,
                                                     authority, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from digigov_desktop.services.signing import countersign_submission
    from ui.dialogs.submission_dialog import SubmissionDialog
    from ui.models.import_results_model import COL_SIGNED_BY

    prepared = tmp_path / "prepared.pdf"
    with open_store(enrolled_db) as store:
        export_submission(store, out=prepared, passphrase=AGENCY_PASS, lang="en")
    reviewer = _reviewer_db(enrolled_db, authority, tmp_path)
    inbox_dir = tmp_path / "inbox"
    with open_store(reviewer) as store:
        for _ in countersign_submission(store, prepared.read_bytes(), role="reviewer",
                                        passphrase=AGENCY_PASS, out=inbox_dir / "r.pdf"):
            pass
    window = coordinator(authority.folder)
    window.go_to("inbox")
    page = window.inbox_page
    page.add_paths([inbox_dir])
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    model = page.results_model
    qtbot.waitUntil(lambda: page.task is None and model.rowCount() == 1, timeout=30_000)
    assert model.data(model.index(0, COL_SIGNED_BY)) == "Preparer → Reviewer: Rita Revisora"
    row_id = model.row_of(model.index(0, 0)).submission_row
    dialog = SubmissionDialog(window.session, row_id, window)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    chain = next(t for t in texts if t.startswith("Prepared by "))
    assert "\nReviewed by Rita Revisora · " in chain and "certificate " in chain


def test_issue_dialog_issues_a_persons_credential(qtbot, authority, tmp_path):
    from cryptography import x509

    from digigov_desktop.services.demo import create_demo
    from digigov_desktop.signing.credentials import person_of, role_of
    from ui.dialogs.issue_dialog import CSR, IssueDialog
    from ui.models.registry_model import COL_AGENCY_NAME, RegistryModel
    from ui.pages.ca_page import issue_job

    store = create_demo(tmp_path / "approver.sqlite", agency_code="AG-9")
    csr = tmp_path / "approver.csr"
    csr.write_bytes(CredentialService(store).request(passphrase=AGENCY_PASS))
    store.close()
    dialog = IssueDialog(CSR)
    qtbot.addWidget(dialog)
    dialog.load_csr(csr)
    qtbot.keyClicks(dialog.ca_passphrase, CA_PASS.decode())
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert ok.isEnabled() and not dialog.person.isEnabled()
    dialog.role.setCurrentIndex(dialog.role.findData("approver"))
    assert dialog.person.isEnabled() and not ok.isEnabled()  # a person needs a name
    qtbot.keyClicks(dialog.person, "Ana Aprobadora")
    assert ok.isEnabled()
    request = dialog.value()
    assert (request.person, request.role) == ("Ana Aprobadora", "approver")
    cert = x509.load_pem_x509_certificate(issue_job(authority.folder, request))
    assert (person_of(cert), role_of(cert)) == ("Ana Aprobadora", "approver")
    model = RegistryModel()
    model.set_rows(authority.registry())
    names = [model.data(model.index(r, COL_AGENCY_NAME)) for r in range(model.rowCount())]
    assert any(n.endswith("— Ana Aprobadora (approver)") for n in names)
