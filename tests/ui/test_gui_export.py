"""The export dialog end to end: real signing off the GUI thread, cancel, refusals, receipt."""

from __future__ import annotations

import hashlib

from gui_helpers import AGENCY_PASS, CA_PASS, GatedEvent, messages, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from digigov_desktop.domain import submission as payloads
from digigov_desktop.domain.framework import framework_known
from digigov_desktop.signing.verify import verify_submission
from digigov_desktop.storage import submissions as submission_rows
from ui import desktop
from ui.dialogs.export_dialog import ExportDialog
from ui.dialogs.file_dialogs import OpenFileDialog


def _dialog(qtbot, window, tmp_path) -> ExportDialog:
    dialog = ExportDialog(window.session, tmp_path / "exports", window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_export_signs_writes_and_reports_the_fingerprint(qtbot, open_window, enrolled_db,
                                                         authority, reader, tmp_path,
                                                         monkeypatch):
    window = open_window(enrolled_db)
    assert window.submission_label.text() == "Not submitted yet"
    dialog = _dialog(qtbot, window, tmp_path)
    assert dialog.ready and dialog.credential_ok and not dialog.issues.isVisible()
    code = window.session.service.evaluation(window.session.cycle_id).agency.code
    year = window.session.cycle.year
    assert dialog.destination.text() == str(
        tmp_path / "exports" / f"digigov-{code}-{year}-r1.pdf")
    assert not dialog.export_button.isEnabled()  # no passphrase yet
    qtbot.keyClicks(dialog.passphrase, AGENCY_PASS.decode())
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    steps = []
    dialog.progressed.connect(lambda p: steps.append(p.step))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.task is not None and not dialog.export_button.isEnabled()
    wait_idle(qtbot, dialog)
    assert steps == ["check", "payload", "report", "sign", "verify", "write", "done"]
    result = dialog.result_value
    data = result.path.read_bytes()
    assert result.path.name == f"digigov-{code}-{year}-r1.pdf"
    assert dialog.fingerprint.text() == hashlib.sha256(data).hexdigest() == result.file_sha256
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == result.file_sha256
    opened = []
    monkeypatch.setattr(desktop, "open_folder", opened.append)
    qtbot.mouseClick(dialog.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [result.path.parent]
    verdict = verify_submission(data, authority.bundle(), parse_payload=payloads.parse_payload,
                                framework_known=framework_known)
    assert verdict.accepted and verdict.payload_data["revision"] == 1
    dialog.close_button.click()
    window.refresh_status()
    assert window.submission_label.text() == "Submitted · revision 1 · no receipt yet"
    # The next export is revision 2, and its default name says so.
    again = _dialog(qtbot, window, tmp_path)
    assert again.destination.text().endswith(f"-{year}-r2.pdf")


def test_cancel_writes_nothing(qtbot, open_window, enrolled_db, reader, tmp_path):
    window = open_window(enrolled_db)
    dialog = _dialog(qtbot, window, tmp_path)
    qtbot.keyClicks(dialog.passphrase, AGENCY_PASS.decode())
    dialog.cancel_event = GatedEvent(wait_at_call=2)  # the worker waits after "check"

    def on_progress(progress):
        if progress.step == "check":
            dialog.cancel_button.click()
            dialog.cancel_event.release()

    dialog.progressed.connect(on_progress)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.result_value is None and dialog.isVisible()
    assert dialog.step.text() == "Cancelled: no file was written."
    assert not list((tmp_path / "exports").glob("*")) if (tmp_path / "exports").exists() else True
    check = reader(enrolled_db)
    assert submission_rows.of_cycle(check.store, window.session.cycle_id) == []
    assert dialog.export_button.isEnabled()  # another try is possible


def test_wrong_passphrase_is_said_and_nothing_written(qtbot, open_window, enrolled_db,
                                                      tmp_path):
    window = open_window(enrolled_db)
    dialog = _dialog(qtbot, window, tmp_path)
    qtbot.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.outcome.text() == "The passphrase is not correct."
    assert dialog.step.text() == "The export failed: no file was written."
    assert not (tmp_path / "exports").exists() or not list((tmp_path / "exports").iterdir())


def test_not_ready_lists_problems_and_jumps_to_them(qtbot, open_window, enrolled_db, tmp_path,
                                                    monkeypatch):
    window = open_window(enrolled_db)
    s = window.session
    s.service.save_answer(s.cycle_id, "R2.3", level=3, rationale="")
    dialog = _dialog(qtbot, window, tmp_path)
    assert not dialog.ready and dialog.issues.isVisible()
    assert not dialog.options_box.isEnabled() and not dialog.export_button.isEnabled()
    texts = [dialog.issues.item(i).text() for i in range(dialog.issues.count())]
    assert any(t.startswith("R2.3 ") and t.endswith("The rationale is missing") for t in texts)
    assert dialog.readiness_summary.text().endswith("must be solved before the evaluation can "
                                                    "be exported:")
    row = next(i for i, t in enumerate(texts) if t.startswith("R2.3 "))
    dialog.issues.itemActivated.emit(dialog.issues.item(row))
    assert dialog.outcome_value().go_to == "element:R2.3"
    # Through the menu: the dialog's answer navigates the window.
    from ui.dialogs.export_dialog import ExportOutcome

    monkeypatch.setattr(ExportDialog, "ask", classmethod(
        lambda cls, parent, session, exports: ExportOutcome(None, "element:R2.3")))
    window.export_action.trigger()
    assert window.current == "element:R2.3"


def test_export_refused_by_the_service_when_it_became_not_ready(qtbot, open_window,
                                                                enrolled_db, tmp_path):
    window = open_window(enrolled_db)
    dialog = _dialog(qtbot, window, tmp_path)
    qtbot.keyClicks(dialog.passphrase, AGENCY_PASS.decode())
    s = window.session
    s.service.save_answer(s.cycle_id, "R1.1", rationale="")  # after the check
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    assert dialog.outcome.text() == (
        "The evaluation is not ready to submit: 1 problem(s) must be solved first.")
    assert dialog.issues.isVisible() and not dialog.export_button.isEnabled()


def test_receipt_marks_the_submission_received(qtbot, open_window, enrolled_db, authority,
                                               tmp_path, monkeypatch):
    from digigov_desktop.services.export import export_submission
    from digigov_desktop.services.import_ import Importer
    from digigov_desktop.services.receipts import issue_receipt
    from digigov_desktop.storage.central import open_central
    from digigov_desktop.storage.database import open_store

    with open_store(enrolled_db) as store:
        result = export_submission(store, out=tmp_path / "s.pdf", passphrase=AGENCY_PASS)
    with open_central(tmp_path / "central.sqlite") as central_store:
        outcome = list(Importer(central_store, authority).run([result.path]))[0].result
        assert outcome.accepted
        issue_receipt(central_store, authority, submission_id=result.submission_id,
                      passphrase=CA_PASS, out=tmp_path / "receipt.pdf")
    window = open_window(enrolled_db)
    assert window.submission_label.text() == "Submitted · revision 1 · no receipt yet"
    answers = iter([tmp_path / "s.pdf", tmp_path / "receipt.pdf"])
    monkeypatch.setattr(OpenFileDialog, "ask", classmethod(lambda cls, *a, **k: next(answers)))
    window.receipt_action.trigger()  # the submission itself is not a receipt
    wait_idle(qtbot, window.submission)
    assert messages(window) == ["The receipt is not signed by the coordinator of this "
                                "installation."]
    window.receipt_action.trigger()
    wait_idle(qtbot, window.submission)
    assert messages(window)[0].startswith("Receipt installed: the coordinator accepted "
                                          "revision 1 of the submission on ")
    assert window.submission_label.text() == "Submitted · revision 1 · receipt received"


def test_sealed_export_by_policy_and_the_inbox_opens_it(qtbot, open_window, enrolled_db,
                                                        authority, coordinator, tmp_path,
                                                        monkeypatch):
    from digigov_desktop import config
    from digigov_desktop.signing.seal import is_sealed
    from ui.dialogs.passphrase_dialog import PassphraseDialog

    monkeypatch.setattr(config, "_active", config.Policy(values={"seal_submissions": True}))
    window = open_window(enrolled_db)
    dialog = _dialog(qtbot, window, tmp_path)
    assert dialog.seal.isChecked() and dialog.seal.isEnabled()
    assert dialog.destination.text().endswith("-r1.p7m")
    dialog.seal.setChecked(False)
    assert dialog.destination.text().endswith("-r1.pdf")
    dialog.seal.click()
    assert dialog.seal.isChecked() and dialog.destination.text().endswith("-r1.p7m")
    qtbot.keyClicks(dialog.passphrase, AGENCY_PASS.decode())
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    result = dialog.result_value
    assert result.sealed and is_sealed(result.path.read_bytes())
    dialog.close_button.click()
    # The coordinator's inbox asks for the CA passphrase once, then imports it.
    asked = []
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(
        lambda cls, *a, **k: asked.append(a) or CA_PASS))
    coord = coordinator(authority.folder)
    coord.go_to("inbox")
    page = coord.inbox_page
    page.add_paths([result.path.parent])
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None and page.results_model.rowCount() == 1,
                    timeout=30_000)
    assert len(asked) == 1
    assert page.results_model.row_of(page.results_model.index(0, 0)).outcome == "ACCEPTED"


def test_the_check_boxes_set_the_plan_signed_into_the_file(qtbot, open_window, enrolled_db,
                                                            authority, tmp_path, monkeypatch):
    from digigov_desktop import config

    monkeypatch.setattr(config, "_active", config.Policy(
        values={"required_signature_roles": ["approver"]}))
    window = open_window(enrolled_db)
    dialog = _dialog(qtbot, window, tmp_path)
    # preset from the policy: the approver it requires
    assert dialog.then_approver.isChecked() and not dialog.then_reviewer.isChecked()
    assert dialog.then_reviewer.text() == "To be reviewed by the &reviewer"
    dialog.then_reviewer.click()  # (below the fold of the dialog's scroll area)
    assert dialog.signers_planned() == ["reviewer", "approver"]
    qtbot.keyClicks(dialog.passphrase, AGENCY_PASS.decode())
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, dialog)
    data = dialog.result_value.path.read_bytes()
    verdict = verify_submission(data, authority.bundle(), parse_payload=payloads.parse_payload,
                                framework_known=framework_known)
    assert verdict.reason.value == "CHAIN_INCOMPLETE"  # the coordinator waits for them
    assert verdict.payload_data["signers_planned"] == ["reviewer", "approver"]
    assert verdict.missing == ("reviewer", "approver")
    dialog.close_button.click()
    again = _dialog(qtbot, window, tmp_path)  # a re-export keeps the plan chosen
    assert again.then_reviewer.isChecked() and again.then_approver.isChecked()
    again.then_approver.click()
    again.then_reviewer.click()
    assert again.signers_planned() == []
