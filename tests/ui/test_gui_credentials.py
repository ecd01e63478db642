"""The agency's credentials page on real stores, keys and a real CA."""

from __future__ import annotations

import datetime as dt

from gui_helpers import AGENCY_PASS, CA_PASS, messages, wait_idle
from PySide6.QtCore import Qt

from digigov_desktop.services.credentials import CredentialService
from ui.dialogs.file_dialogs import OpenFileDialog, SaveFileDialog
from ui.dialogs.passphrase_dialog import PassphraseDialog, strength


def _answer_files(monkeypatch, answers: dict):
    monkeypatch.setattr(OpenFileDialog, "ask", classmethod(
        lambda cls, parent, purpose, *a, **k: answers.get(purpose)))
    monkeypatch.setattr(SaveFileDialog, "ask", classmethod(
        lambda cls, parent, purpose, *a, **k: answers.get(purpose)))


def test_request_then_install_certificate_and_bundle(qtbot, open_window, demo_db, reader,
                                                     authority, tmp_path, monkeypatch):
    window = open_window(demo_db)
    window.go_to("credentials")
    page = window.credentials_page
    assert page.status.text() == "No credential yet"
    assert not page.install_button.isEnabled()
    csr_path, cert_path, bundle_path = (tmp_path / "out" / "agency.csr", tmp_path / "a.crt",
                                        tmp_path / "bundle.pem")
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(
        lambda cls, parent, title, text, confirm=False: AGENCY_PASS))
    _answer_files(monkeypatch, {"csr": csr_path, "certificate": cert_path,
                                "bundle": bundle_path})
    qtbot.mouseClick(page.request_button, Qt.MouseButton.LeftButton)
    assert not page.request_button.isEnabled() and page.busy.isVisible()  # off the GUI thread
    wait_idle(qtbot, page)
    assert csr_path.read_bytes().startswith(b"-----BEGIN CERTIFICATE REQUEST-----")
    assert any(str(csr_path) in text for text in messages(page))
    assert page.status.text() == "Requested: waiting for the coordinator's certificate"
    assert page.install_button.isEnabled()

    code = reader(demo_db).evaluation(window.session.cycle_id).agency.code
    cert_path.write_bytes(authority.issue_from_csr(
        csr_path.read_bytes(), agency_code=code, agency_name="Servicio", passphrase=CA_PASS))
    bundle_path.write_bytes(authority.bundle_pem())
    qtbot.mouseClick(page.install_button, Qt.MouseButton.LeftButton)
    assert messages(page) == ["The credential is installed. You can now export signed "
                              "submissions."]
    state = CredentialService(reader(demo_db).store).state()
    assert state.status == "active" and state.agency_code == code and state.has_trust_bundle
    assert page.status.text() == "Active" and page.agency_code.text() == code
    assert page.serial.text() == state.serial
    # The holder by name and agency code, not as RFC 4514 writes it ("2.5.4.5=DIGIGOV-…").
    assert page.subject.text() == f"Servicio (DIGIGOV-{code})"
    assert state.subject.startswith("2.5.4.5=")  # what the page showed before
    assert f"({state.days_left()} day(s) left)" in page.expiry.text()
    assert not page.expiry_warning.isVisible()
    assert page.bundle_state.text() == "Installed"
    assert page.crl_next.text() == state.crl_next_update.astimezone().strftime("%Y-%m-%d")


def test_credential_errors_have_clear_messages(qtbot, open_window, demo_db, authority,
                                               tmp_path, monkeypatch):
    window = open_window(demo_db)
    window.go_to("credentials")
    page = window.credentials_page
    p12 = tmp_path / "agency.p12"
    p12.write_bytes(authority.issue_pkcs12(agency_code="OTRA-001", agency_name="Otra",
                                           passphrase=CA_PASS, p12_passphrase=AGENCY_PASS))
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes(authority.bundle_pem())
    _answer_files(monkeypatch, {"p12": p12, "bundle": bundle})
    answers = iter([b"wrong passphrase", AGENCY_PASS])
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(
        lambda cls, *a, **k: next(answers)))
    qtbot.mouseClick(page.p12_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert messages(page) == ["The passphrase is not correct."]
    qtbot.mouseClick(page.p12_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert messages(page) == ["The credential belongs to another agency."]
    bundle.write_text("not a bundle")
    qtbot.mouseClick(page.bundle_button, Qt.MouseButton.LeftButton)
    assert messages(page) == [
        "The trust bundle is not valid (it needs the root certificate and the CRL)."]
    assert page.status.text() == "No credential yet"


def test_expiry_warning_below_sixty_days(qtbot, open_window, demo_db, authority, reader):
    from digigov_desktop.storage.database import open_store

    with open_store(demo_db) as store:
        service = CredentialService(store)
        code = reader(demo_db).evaluation(1).agency.code
        csr = service.request(passphrase=AGENCY_PASS)
        cert = authority.issue_from_csr(csr, agency_code=code, agency_name="Servicio",
                                        passphrase=CA_PASS, validity_days=30)
        service.install_certificate(cert, trust_pem=authority.bundle_pem())
        left = service.state().days_left(dt.datetime.now(dt.UTC))
    window = open_window(demo_db)
    window.go_to("credentials")
    page = window.credentials_page
    assert page.expiry_warning.isVisible()
    assert page.expiry_warning.text() == (
        f"The credential expires in {left} day(s): request a new one now.")


def test_passphrase_dialog_twice_with_strength_hint(qtbot):
    dialog = PassphraseDialog("t", "x", confirm=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.keyClicks(dialog.passphrase, "short")
    assert not ok.isEnabled() and dialog.hint.text().startswith("Too short")
    dialog.passphrase.setText("three long words here")
    qtbot.keyClicks(dialog.repeat, "three long words")
    assert not ok.isEnabled() and "do not match" in dialog.hint.text()
    qtbot.keyClicks(dialog.repeat, " here")
    assert ok.isEnabled() and dialog.hint.text() == "Strong."
    assert dialog.value() == b"three long words here"
    # the services' rule: 12 characters at least, common passphrases refused
    assert strength("abcdefghij") == 0 and strength("abcdefghijkm") == 1
    assert strength("Abcdefghij1!") == 2 and strength("passwordpassword") == 0


def test_change_passphrase_button_re_encrypts_off_the_gui_thread(
        qtbot, open_window, enrolled_db, reader, monkeypatch):
    window = open_window(enrolled_db)
    window.go_to("credentials")
    page = window.credentials_page
    assert page.passphrase_button.isEnabled()
    new = b"a new and longer phrase"
    answers = iter([b"wrong passphrase", new, AGENCY_PASS, new])
    monkeypatch.setattr(PassphraseDialog, "ask", classmethod(
        lambda cls, *a, **k: next(answers)))
    qtbot.mouseClick(page.passphrase_button, Qt.MouseButton.LeftButton)
    assert page.busy.isVisible() and not page.passphrase_button.isEnabled()
    wait_idle(qtbot, page)
    assert messages(page) == ["The passphrase is not correct."]
    service = CredentialService(reader(enrolled_db).store)
    service.signer(AGENCY_PASS)  # unchanged
    qtbot.mouseClick(page.passphrase_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert messages(page) == ["The passphrase was changed. Use the new one from now on."]
    assert service.signer(new).agency_code


def test_passphrase_dialog_refuses_a_common_passphrase(qtbot):
    dialog = PassphraseDialog("t", "x", confirm=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.keyClicks(dialog.passphrase, "passwordpassword")
    qtbot.keyClicks(dialog.repeat, "passwordpassword")
    assert not ok.isEnabled() and dialog.hint.text().startswith("Too common")
