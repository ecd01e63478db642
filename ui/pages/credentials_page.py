"""The agency's signing credential: its state, the trust bundle, request / install / import.

Key generation and PKCS#12 decryption run off the GUI thread; each background call opens
its own `Store` on the same database file. Every `CredentialError` code has a sentence
(`ui.code_text`).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QWidget,
)

from digigov_desktop.errors import DigigovError
from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.services.stores import StoreRef
from ui import tasks
from ui.dialogs.file_dialogs import OpenFileDialog, SaveFileDialog
from ui.dialogs.form_dialog import add_value_rows
from ui.dialogs.passphrase_dialog import PassphraseDialog
from ui.msgbox import show_message
from ui.session import Session
from ui.widgets.page_parts import BackgroundPage, heading, scroll_body, warning_label, wrapped

CRL_WARNING_DAYS = 30


def request_job(db: StoreRef, passphrase: bytes, actor: str) -> bytes:
    """Worker: generate the key and CSR in a store of its own; returns the CSR PEM."""
    with db.open() as store:
        return CredentialService(store, actor=actor).request(passphrase=passphrase)


def import_p12_job(db: StoreRef, data: bytes, passphrase: bytes, trust: bytes | None,
                   actor: str) -> None:
    """Worker: decrypt and install a PKCS#12 in a store of its own."""
    with db.open() as store:
        CredentialService(store, actor=actor).import_pkcs12(data, passphrase=passphrase,
                                                            trust_pem=trust)


def change_passphrase_job(db: StoreRef, old: bytes, new: bytes, actor: str) -> None:
    """Worker: check the old passphrase and re-encrypt the key (two KDF runs, ~0.5 s)."""
    with db.open() as store:
        CredentialService(store, actor=actor).change_passphrase(old=old, new=new)


def _date(moment: dt.datetime | None) -> str:
    return "–" if moment is None else moment.astimezone().strftime("%Y-%m-%d")



class CredentialsPage(BackgroundPage, QWidget):
    """Emits `changed()` after a credential or bundle was installed."""

    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 exports_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.exports_dir = exports_dir
        self.task: tasks.Task | None = None
        self._build_ui()
        self._connect_signals()

    # --- construction ----------------------------------------------------------------

    def _value(self, parent: QWidget) -> QLabel:
        return wrapped("", parent, plain=True, selectable=True)

    def _build_ui(self) -> None:
        body, layout = scroll_body(self, spacing=10)
        layout.addWidget(heading(self.tr("Signing credential"), body))
        intro = QLabel(self.tr(
            "Your submission is signed with the agency's credential, so that the coordinator "
            "can prove it comes from your agency and was not changed. The private key never "
            "leaves this computer: it is stored encrypted with a passphrase only you know."),
            body)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        state_box = QGroupBox(self.tr("Credential"), body)
        form = QFormLayout(state_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.status = self._value(state_box)
        self.agency_code = self._value(state_box)
        self.subject = self._value(state_box)
        self.serial = self._value(state_box)
        self.expiry = self._value(state_box)
        add_value_rows(form, ((self.tr("State:"), self.status),
                              (self.tr("Agency code:"), self.agency_code),
                              (self.tr("Subject:"), self.subject),
                              (self.tr("Serial number:"), self.serial),
                              (self.tr("Valid until:"), self.expiry)))
        self.expiry_warning = warning_label(state_box)
        form.addRow(self.expiry_warning)
        layout.addWidget(state_box)

        trust_box = QGroupBox(self.tr("Coordinator's trust bundle"), body)
        trust_form = QFormLayout(trust_box)
        trust_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.bundle_state = self._value(trust_box)
        self.crl_next = self._value(trust_box)
        trust_form.addRow(self.tr("Trust bundle:"), self.bundle_state)
        trust_form.addRow(self.tr("Revocation list valid until:"), self.crl_next)
        self.crl_warning = warning_label(trust_box)
        trust_form.addRow(self.crl_warning)
        layout.addWidget(trust_box)

        actions = QGroupBox(self.tr("Actions"), body)
        grid = QGridLayout(actions)
        grid.setColumnStretch(1, 1)
        self.request_button = QPushButton(self.tr("&Request a credential…"), actions)
        self.install_button = QPushButton(self.tr("&Install the certificate…"), actions)
        self.p12_button = QPushButton(self.tr("Import a &PKCS#12 file…"), actions)
        self.bundle_button = QPushButton(self.tr("Install or replace the trust &bundle…"),
                                         actions)
        self.passphrase_button = QPushButton(self.tr("C&hange the passphrase…"), actions)
        rows = (
            (self.request_button, self.tr(
                "Step 1 (preferred): create the agency's key, protected by a passphrase you "
                "choose, and a request file (.csr) to send to the coordinator.")),
            (self.install_button, self.tr(
                "Step 2: when the coordinator sends back the certificate (.crt) and the trust "
                "bundle (.pem), install them here.")),
            (self.p12_button, self.tr(
                "Or: install a PKCS#12 file (.p12) issued by the coordinator; its passphrase "
                "is sent to you separately.")),
            (self.bundle_button, self.tr(
                "Install a newer trust bundle (root certificate and revocation list) when the "
                "coordinator publishes one.")),
            (self.passphrase_button, self.tr(
                "Protect the stored key with a new passphrase (you need the current one).")),
        )
        for row, (button, text) in enumerate(rows):
            label = QLabel(text, actions)
            label.setWordWrap(True)
            grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label, row, 1)
        layout.addWidget(actions)
        self.busy = QLabel(body)
        self.busy.setWordWrap(True)
        layout.addWidget(self.busy)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.request_button.clicked.connect(self._on_request)
        self.install_button.clicked.connect(self._on_install)
        self.p12_button.clicked.connect(self._on_import_p12)
        self.bundle_button.clicked.connect(self._on_install_bundle)
        self.passphrase_button.clicked.connect(self._on_change_passphrase)

    # --- state -----------------------------------------------------------------------

    def _service(self) -> CredentialService:
        return CredentialService(self.session.service.store, actor=self.session.service.actor)

    def refresh(self) -> None:
        state = self._service().state()
        self.state = state
        names = {
            "none": self.tr("No credential yet"),
            "pending": self.tr("Requested: waiting for the coordinator's certificate"),
            "active": self.tr("Active"),
            "expired": self.tr("Expired"),
        }
        self.status.setText(names.get(state.status, state.status))
        self.agency_code.setText(state.agency_code or "–")
        self.subject.setText(state.holder or "–")
        self.serial.setText(state.serial or "–")
        days = state.days_left()
        if state.not_after is None:
            self.expiry.setText("–")
        else:
            self.expiry.setText(self.tr("%1 (%n day(s) left)", "", max(days, 0)).replace(
                "%1", _date(state.not_after)))
        warning = ""
        if state.status == "expired":
            warning = self.tr("The credential has expired: request a new one before exporting.")
        elif state.status == "active" and state.expires_soon():
            warning = self.tr(
                "The credential expires in %n day(s): request a new one now.", "", days)
        self.expiry_warning.setText(warning)
        self.expiry_warning.setVisible(bool(warning))
        self.bundle_state.setText(self.tr("Installed") if state.has_trust_bundle
                                  else self.tr("Not installed"))
        self.crl_next.setText(_date(state.crl_next_update))
        crl_warning = ""
        if state.crl_next_update is not None:
            left = (state.crl_next_update - dt.datetime.now(dt.UTC)).days
            if left < 0:
                crl_warning = self.tr(
                    "The revocation list is out of date: exports will be refused until you "
                    "install the coordinator's current trust bundle.")
            elif left < CRL_WARNING_DAYS:
                crl_warning = self.tr(
                    "The revocation list expires in %n day(s): ask the coordinator for a "
                    "current trust bundle.", "", left)
        self.crl_warning.setText(crl_warning)
        self.crl_warning.setVisible(bool(crl_warning))
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.task is None
        pending = getattr(self, "state", None) is not None and self.state.status == "pending"
        self.request_button.setEnabled(idle)
        self.install_button.setEnabled(idle and pending)
        self.p12_button.setEnabled(idle)
        self.bundle_button.setEnabled(idle)
        has_key = getattr(self, "state", None) is not None and self.state.status != "none"
        self.passphrase_button.setEnabled(idle and has_key)
        self.busy.setVisible(not idle)

    # --- actions -------------------------------------------------------------------------

    def message_title(self) -> str:
        return self.tr("Signing credential")

    def _read(self, path: Path) -> bytes | None:
        try:
            return path.read_bytes()
        except OSError as exc:
            show_message(self, self.message_title(), self.tr(
                "%1 cannot be read: %2").replace("%1", str(path)).replace(
                "%2", exc.strerror or str(exc)))
            return None

    def _ask_bundle(self, *, required: bool) -> tuple[bool, bytes | None]:
        """(go on?, bundle bytes or None to keep the installed one)."""
        caption = (self.tr("Choose the coordinator's trust bundle (.pem)") if required else
                   self.tr("Choose the coordinator's trust bundle (.pem), or cancel to keep "
                           "the installed one"))
        path = OpenFileDialog.ask(self, "bundle", caption, self.exports_dir,
                                  self.tr("Trust bundle (*.pem);;All files (*)"))
        if path is None:
            return (not required), None
        data = self._read(path)
        return data is not None, data

    def _on_request(self) -> None:
        if self.state.status == "active" and not self._confirm_replace():
            return
        passphrase = PassphraseDialog.ask(self, self.tr("Choose the key's passphrase"), self.tr(
            "The agency's key will be encrypted with this passphrase. You need it every time "
            "you export a submission. Nobody can recover it: write it down and keep it in a "
            "safe place."), confirm=True)
        if passphrase is None:
            return
        code = self.state.agency_code or self.session.service.evaluation(
            self.session.cycle_id).agency.code
        suggested = (self.exports_dir or Path.home()) / f"digigov-{code}.csr"
        target = SaveFileDialog.ask(self, "csr", self.tr("Save the credential request"),
                                    suggested, self.tr("Certificate request (*.csr)"))
        if target is None:
            return

        def done(csr: bytes) -> None:
            self.finished()
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(csr)
            except OSError as exc:
                show_message(self, self.tr("Signing credential"), self.tr(
                    "%1 cannot be written: %2").replace("%1", str(target)).replace(
                    "%2", exc.strerror or str(exc)))
                return
            self.changed.emit()
            self.inform(self.tr(
                "The request was saved to %1. Send this file to the coordinator; when the "
                "certificate comes back, choose \"Install the certificate\".").replace(
                "%1", str(target)))

        self._start(self.tr("Creating the key… this takes a few seconds."), request_job,
                    self.session.store_ref, passphrase, self.session.service.actor,
                    on_success=done)

    def _confirm_replace(self) -> bool:
        from ui.dialogs.confirm_dialog import ConfirmDialog

        return ConfirmDialog.ask(self, self.tr("Signing credential"), self.tr(
            "A credential is active. Request a new one? The active credential stays in use "
            "until the new certificate is installed."))

    def _on_install(self) -> None:
        path = OpenFileDialog.ask(self, "certificate", self.tr(
            "Choose the certificate the coordinator sent"), self.exports_dir,
            self.tr("Certificate (*.crt *.pem *.cer);;All files (*)"))
        if path is None:
            return
        cert = self._read(path)
        if cert is None:
            return
        go_on, bundle = self._ask_bundle(required=not self.state.has_trust_bundle)
        if not go_on:
            return
        try:
            self._service().install_certificate(cert, trust_pem=bundle)
        except DigigovError as exc:
            self.show_error(exc)
            return
        self.refresh()
        self.changed.emit()
        self.inform(self.tr("The credential is installed. You can now export signed "
                             "submissions."))

    def _on_import_p12(self) -> None:
        path = OpenFileDialog.ask(self, "p12", self.tr("Choose the PKCS#12 file"),
                                  self.exports_dir, self.tr("PKCS#12 (*.p12 *.pfx);;All files (*)"))
        if path is None:
            return
        data = self._read(path)
        if data is None:
            return
        passphrase = PassphraseDialog.ask(self, self.tr("Passphrase of the PKCS#12 file"), self.tr(
            "Enter the passphrase the coordinator sent you separately. It will also protect "
            "the key stored on this computer."))
        if passphrase is None:
            return
        go_on, bundle = self._ask_bundle(required=not self.state.has_trust_bundle)
        if not go_on:
            return

        def done(_result) -> None:
            self.finished()
            self.changed.emit()
            self.inform(self.tr("The credential is installed. You can now export signed "
                                 "submissions."))

        self._start(self.tr("Installing the credential…"), import_p12_job, self.session.store_ref,
                    data, passphrase, bundle, self.session.service.actor, on_success=done)

    def _on_install_bundle(self) -> None:
        go_on, bundle = self._ask_bundle(required=True)
        if not go_on or bundle is None:
            return
        try:
            self._service().install_trust_bundle(bundle)
        except DigigovError as exc:
            self.show_error(exc)
            return
        self.refresh()
        self.changed.emit()
        self.inform(self.tr("The trust bundle is installed."))

    def _on_change_passphrase(self) -> None:
        passphrases = PassphraseDialog.ask_change(
            self, self.tr("Change the passphrase"),
            self.tr("Enter the current passphrase of the agency's key."),
            self.tr("Choose the new passphrase. Nobody can recover it: write it down and keep it "
                    "in a safe place."))
        if passphrases is None:
            return
        self._start(self.tr("Re-encrypting the key…"), change_passphrase_job,
                    self.session.store_ref, *passphrases, self.session.service.actor,
                    on_success=self.informing(self.tr(
                        "The passphrase was changed. Use the new one from now on.")))
