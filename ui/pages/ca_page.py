"""The coordinator's certificate authority: create or open it, issue, revoke, CRL, bundle.

Everything that signs (create, issue, revoke, reissue the CRL) runs off the GUI thread;
each worker opens the CA folder itself. The folder's path is always shown with "Open
folder", and the CRL warning appears 30 days before the list expires.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from digigov_desktop.errors import DigigovError
from digigov_desktop.services.authority import (
    CertificateAuthority,
    change_ca_passphrase,
    create_authority,
    issue_pkcs12,
)
from ui import desktop, tasks
from ui.coordinator_session import CoordinatorSession
from ui.dialogs.ca_create_dialog import CaCreateDialog
from ui.dialogs.file_dialogs import FolderDialog, SaveFileDialog
from ui.dialogs.issue_dialog import CSR, P12, IssueDialog, IssueRequest
from ui.dialogs.passphrase_dialog import PassphraseDialog
from ui.dialogs.revoke_dialog import RevokeDialog
from ui.i18n import error_message
from ui.models.registry_model import (
    COL_AGENCY_NAME,
    RegistryModel,
)
from ui.msgbox import show_message
from ui.widgets.code_field import CodeField
from ui.widgets.flow_layout import FlowLayout
from ui.widgets.page_parts import (
    BackgroundPage,
    heading,
    page_column,
    row_table,
    warning_label,
    wrapped,
)


def create_job(folder: Path, name: str, passphrase: bytes) -> Path:
    create_authority(folder, name=name, passphrase=passphrase)
    return folder


def change_passphrase_job(folder: Path, old: bytes, new: bytes) -> None:
    change_ca_passphrase(folder, old=old, new=new)


def issue_job(folder: Path, request: IssueRequest) -> bytes:
    ca = CertificateAuthority(folder)
    if request.route == CSR:
        return ca.issue_from_csr(request.csr_pem or b"", agency_code=request.agency_code,
                                 agency_name=request.agency_name,
                                 passphrase=request.ca_passphrase,
                                 person=request.person, role=request.role)
    return issue_pkcs12(ca, agency_code=request.agency_code, agency_name=request.agency_name,
                        passphrase=request.ca_passphrase,
                        p12_passphrase=request.p12_passphrase or b"",
                        person=request.person, role=request.role)


def revoke_job(folder: Path, serial: str, reason: str, passphrase: bytes):
    return CertificateAuthority(folder).revoke(passphrase=passphrase, serial=serial,
                                               reason=reason)


def crl_job(folder: Path, passphrase: bytes):
    CertificateAuthority(folder).reissue_crl(passphrase=passphrase)


class CaPage(BackgroundPage, QWidget):
    """Emits `changed()` after the CA folder or its registry changed."""

    changed = Signal()

    def __init__(self, session: CoordinatorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.authority: CertificateAuthority | None = None
        self.task: tasks.Task | None = None
        self._build_ui()
        self._connect_signals()

    # --- construction ----------------------------------------------------------------

    def _build_ui(self) -> None:
        layout = page_column(self)
        layout.addWidget(heading(self.tr("Certificate authority"), self))
        self.panels = QStackedWidget(self)
        layout.addWidget(self.panels, 1)
        self.busy = wrapped("", self)
        layout.addWidget(self.busy)

        # No CA yet.
        empty = QWidget(self.panels)
        empty_layout = QVBoxLayout(empty)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.addWidget(wrapped(self.tr(
            "The certificate authority issues the agencies' signing credentials and revokes "
            "them. It is one folder on this computer; the import checks every submission "
            "against it. Create one for the campaign, or open the folder of an existing one."),
            empty))
        row = QHBoxLayout()
        self.create_button = QPushButton(self.tr("&Create a certificate authority…"), empty)
        self.open_button = QPushButton(self.tr("&Open an existing authority folder…"), empty)
        row.addWidget(self.create_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        empty_layout.addLayout(row)
        self.problem = wrapped("", empty)
        empty_layout.addWidget(self.problem)
        empty_layout.addStretch(1)
        self.panels.addWidget(empty)

        # A CA is open.
        main = QWidget(self.panels)
        main_layout = QVBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        about = QGroupBox(self.tr("Authority"), main)
        grid = QGridLayout(about)
        grid.setColumnStretch(1, 1)
        self.name = wrapped("", about)
        self.folder = CodeField("", about)  # a long path scrolls, never widens the window
        self.folder.setAccessibleName(self.tr("Folder of the certificate authority"))
        self.open_folder_button = QPushButton(self.tr("Open &folder"), about)
        self.switch_button = QPushButton(self.tr("Use &another folder…"), about)
        self.crl = wrapped("", about)
        grid.addWidget(QLabel(self.tr("Name:"), about), 0, 0)
        grid.addWidget(self.name, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Folder:"), about), 1, 0)
        grid.addWidget(self.folder, 1, 1)
        grid.addWidget(self.open_folder_button, 1, 2)
        grid.addWidget(self.switch_button, 1, 3)
        grid.addWidget(QLabel(self.tr("Revocation list:"), about), 2, 0)
        grid.addWidget(self.crl, 2, 1, 1, 3)
        self.backup = wrapped(self.tr(
            "Back up this whole folder to two separate places after every change, and keep "
            "the passphrase apart from the backups: a lost passphrase cannot be recovered."),
            about)
        grid.addWidget(self.backup, 3, 0, 1, 4)
        self.crl_warning = warning_label(about)
        grid.addWidget(self.crl_warning, 4, 0, 1, 4)
        main_layout.addWidget(about)

        actions = FlowLayout()  # six buttons: onto two lines where the window is narrow
        self.issue_csr_button = QPushButton(self.tr("Issue from a &request…"), main)
        self.issue_p12_button = QPushButton(self.tr("Issue as &PKCS#12…"), main)
        self.revoke_button = QPushButton(self.tr("&Revoke…"), main)
        self.crl_button = QPushButton(self.tr("Reissue the revocation &list…"), main)
        self.bundle_button = QPushButton(self.tr("Export the trust &bundle…"), main)
        self.passphrase_button = QPushButton(self.tr("C&hange the passphrase…"), main)
        for button in (self.issue_csr_button, self.issue_p12_button, self.revoke_button,
                       self.crl_button, self.bundle_button, self.passphrase_button):
            actions.addWidget(button)
        main_layout.addLayout(actions)

        self.model = RegistryModel(self)
        self.table = row_table(self.model, main, self.tr("Issued credentials"))
        self.table.setFrameShape(QFrame.Shape.StyledPanel)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_AGENCY_NAME, QHeaderView.ResizeMode.Stretch)
        # A narrow window elides a long agency name (its tooltip has it whole): rows that
        # grew with wrapped names would be measured again on every resize (~0.2 s for 400).
        self.table.setWordWrap(False)
        main_layout.addWidget(QLabel(self.tr("Issued credentials:"), main))
        main_layout.addWidget(self.table, 1)
        self.panels.addWidget(main)

    def _connect_signals(self) -> None:
        self.create_button.clicked.connect(self._on_create)
        self.open_button.clicked.connect(self._on_open)
        self.switch_button.clicked.connect(self._on_open)
        self.open_folder_button.clicked.connect(self._on_open_folder)
        self.issue_csr_button.clicked.connect(lambda: self._on_issue(CSR))
        self.issue_p12_button.clicked.connect(lambda: self._on_issue(P12))
        self.revoke_button.clicked.connect(self._on_revoke)
        self.crl_button.clicked.connect(self._on_reissue_crl)
        self.bundle_button.clicked.connect(self._on_export_bundle)
        self.passphrase_button.clicked.connect(self._on_change_passphrase)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    # --- state -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.authority = self.session.authority()
        ca = self.authority
        if ca is None:
            folder = self.session.ca_folder
            self.problem.setText("" if folder is None else self.tr(
                "%1 is not a certificate authority folder (any more). Create one or open "
                "the right folder.").replace("%1", str(folder)))
            self.panels.setCurrentIndex(0)
            self.model.set_rows([])
            self._update_buttons()
            return
        self.panels.setCurrentIndex(1)
        self.name.setText(ca.name)
        self.folder.set_code(str(ca.folder))
        try:
            crl = ca.crl()
            registry = ca.registry()
        except DigigovError as exc:
            self.crl.setText(error_message(exc))
            self.crl_warning.hide()
            self.model.set_rows([])
            self._update_buttons()
            return
        left = (crl.next_update_utc - dt.datetime.now(dt.UTC)).days
        self.crl.setText(self.tr("valid until %1 (%n day(s) left)", "", max(left, 0)).replace(
            "%1", crl.next_update_utc.strftime("%Y-%m-%d")))
        warning = ""
        if left < 0:
            warning = self.tr("The revocation list has expired: every import is rejected until "
                              "you reissue it.")
        elif ca.crl_needs_reissue():
            warning = self.tr("The revocation list expires in %n day(s): reissue it now and "
                              "send the new trust bundle to the agencies.", "", left)
        self.crl_warning.setText(warning)
        self.crl_warning.setVisible(bool(warning))
        self.model.set_rows(registry)
        self._update_buttons()

    def _selected_entry(self):
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return self.model.row_at(index.row())

    def _update_buttons(self) -> None:
        idle = self.task is None
        for button in (self.create_button, self.open_button, self.switch_button,
                       self.issue_csr_button, self.issue_p12_button, self.crl_button,
                       self.bundle_button, self.passphrase_button):
            button.setEnabled(idle)
        entry = self._selected_entry()
        self.revoke_button.setEnabled(idle and entry is not None and entry.status == "active")
        self.busy.setVisible(not idle)

    # --- background ----------------------------------------------------------------------

    def message_title(self) -> str:
        return self.tr("Certificate authority")

    def finished(self) -> None:
        super().finished()
        self.changed.emit()

    def _write(self, target: Path, data: bytes) -> bool:
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        except OSError as exc:
            show_message(self, self.message_title(), self.tr(
                "%1 cannot be written: %2").replace("%1", str(target)).replace(
                "%2", exc.strerror or str(exc)))
            return False
        return True

    # --- actions ---------------------------------------------------------------------------

    def _on_create(self) -> None:
        request = CaCreateDialog.ask(self, self.session.ca_folder or self.session.default_ca_folder)
        if request is None:
            return

        def done(folder: Path) -> None:
            self.session.ca_folder = folder
            self.finished()
            self.inform(self.tr(
                "The certificate authority was created in %1. Back up this folder now, and "
                "export the trust bundle for the agencies.").replace("%1", str(folder)))

        self._start(self.tr("Creating the root key… this takes a few seconds."), create_job,
                    request.folder, request.name, request.passphrase, on_success=done)

    def _on_open(self) -> None:
        folder = FolderDialog.ask(self, "ca_folder", self.tr(
            "Choose the certificate authority folder"), self.session.ca_folder)
        if folder is None:
            return
        try:
            CertificateAuthority(folder)
        except DigigovError as exc:
            self.show_error(exc)
            return
        self.session.ca_folder = folder
        self.refresh()
        self.changed.emit()

    def _on_open_folder(self) -> None:
        if self.authority is not None:
            desktop.open_folder(self.authority.folder)

    def _on_issue(self, route: str) -> None:
        request = IssueDialog.ask(self, route, self.session.central_path.parent)
        if request is None:
            return
        if route == CSR:
            suggested = self.session.central_path.parent / f"{request.agency_code}.crt"
            target = SaveFileDialog.ask(self, "certificate", self.tr("Save the certificate"),
                                        suggested, self.tr("Certificate (*.crt)"))
        else:
            suggested = self.session.central_path.parent / f"{request.agency_code}.p12"
            target = SaveFileDialog.ask(self, "p12", self.tr("Save the PKCS#12 file"),
                                        suggested, self.tr("PKCS#12 (*.p12)"))
        if target is None:
            return
        folder = self.authority.folder

        def done(data: bytes) -> None:
            self.finished()
            if not self._write(target, data):
                return
            self.inform(self.tr(
                "The credential for %1 was saved to %2. Send it to the agency together with "
                "the trust bundle.").replace("%1", request.agency_code).replace(
                "%2", str(target)))

        self._start(self.tr("Issuing the credential…"), issue_job, folder, request,
                    on_success=done)

    def _on_revoke(self) -> None:
        entry = self._selected_entry()
        if entry is None:
            return
        description = self.tr("the credential %1 of %2 (%3)").replace(
            "%1", entry.serial).replace("%2", entry.agency_name).replace("%3", entry.agency_code)
        request = RevokeDialog.ask(self, description)
        if request is None:
            return

        self._start(self.tr("Revoking…"), revoke_job, self.authority.folder, entry.serial,
                    request.reason, request.passphrase, on_success=self.informing(self.tr(
                        "The credential was revoked and the revocation list reissued. Export "
                        "the trust bundle and send it to the agencies.")))

    def _on_reissue_crl(self) -> None:
        passphrase = PassphraseDialog.ask(self, self.tr("Reissue the revocation list"), self.tr(
            "Enter the passphrase of the certificate authority."))
        if passphrase is None:
            return
        self._start(self.tr("Signing the revocation list…"), crl_job, self.authority.folder,
                    passphrase, on_success=self.informing(self.tr(
                        "The revocation list was reissued. Export the trust bundle and send it "
                        "to the agencies.")))

    def _on_change_passphrase(self) -> None:
        passphrases = PassphraseDialog.ask_change(
            self, self.tr("Change the passphrase"),
            self.tr("Enter the current passphrase of the certificate authority."),
            self.tr("Choose the new passphrase of the certificate authority. Nobody can recover "
                    "it: write it down and keep it apart from the backups."))
        if passphrases is None:
            return
        self._start(self.tr("Re-encrypting the keys…"), change_passphrase_job,
                    self.authority.folder, *passphrases, on_success=self.informing(self.tr(
                        "The passphrase was changed. Back up the folder again: older backups "
                        "still open with the old passphrase.")))

    def _on_export_bundle(self) -> None:
        suggested = self.session.central_path.parent / "digigov-trust-bundle.pem"
        target = SaveFileDialog.ask(self, "bundle", self.tr("Save the trust bundle"), suggested,
                                    self.tr("Trust bundle (*.pem)"))
        if target is None:
            return
        try:
            data = self.authority.bundle_pem()
        except DigigovError as exc:
            self.show_error(exc)
            return
        if self._write(target, data):
            self.inform(self.tr("The trust bundle was saved to %1. Agencies install it with "
                                 "their credential.").replace("%1", str(target)))
