"""One imported submission (the dashboard's drill-down): who, when, scores, the signed file.

"Open the signed PDF" writes the original bytes from the central database to a temporary
copy and hands it to the desktop's PDF viewer; the stored file itself is never touched.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from digigov_desktop.domain.evaluation import REGIONS
from digigov_desktop.services.coordinator import SubmissionDetails
from ui import desktop
from ui.coordinator_session import CoordinatorSession
from ui.dialogs.fitting import SCREEN_MARGIN, FittedDialog, ScrollingBody
from ui.i18n import agency_type_text, number
from ui.msgbox import show_message
from ui.widgets.code_field import CodeField


def _region_name(code: str | None) -> str:
    """"Biobío (CL-BI)": the name a person reads, with the code the exports carry."""
    if not code:
        return "–"
    return f"{REGIONS[code]} ({code})" if code in REGIONS else code


def _fmt(value: float | None) -> str:
    return number(value, 2)


class SubmissionDialog(FittedDialog):
    text_width_chars = 80

    def __init__(self, session: CoordinatorSession, row_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.row_id = row_id
        self.details = session.coordinator.submission(row_id)
        self.opened: Path | None = None
        self.hash_field: CodeField | None = None
        self._build_ui()
        self.buttons.rejected.connect(self.reject)
        self.open_button.clicked.connect(self.open_pdf)

    def _build_ui(self) -> None:
        d = self.details
        self.setWindowTitle(self.tr("Submission of %1").replace(
            "%1", d.agency_code if d else ""))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        rows_area = ScrollingBody(self)  # scrolls only where the screen is too short
        form = QFormLayout(rows_area.body)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows = self._rows(d) if d is not None else []
        for text, value in rows:
            if isinstance(value, QWidget):
                form.addRow(text, value)
                continue
            label = QLabel(value, self)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(text, label)
        layout.addWidget(rows_area, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(self.tr("&Open the signed PDF"), self)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(self.buttons)
        self.open_button.setFocus()  # not the hash field, the first that takes focus

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)  # sized for its text (FittedDialog)
        # The hash's width depends on its digits (0-9, b and d are wider than a, c, e and f
        # in the default font): a 640 px dialog left a hash with few letters up to 10 px
        # short, its end hidden. Where the screen has room, widen by what the field lacks.
        field = self.hash_field
        if field is None:
            return
        self.layout().activate()
        lacking = field.sizeHint().width() - field.width()
        screen = self.screen()
        room = (screen.availableGeometry().width() - SCREEN_MARGIN if screen is not None
                else self.width() + lacking)
        if lacking > 0 and self.width() < room:
            self.resize(min(self.width() + lacking, room), self.height())

    def _hash_field(self, value: str) -> QLineEdit:
        """The file's SHA-256 in a read-only field: a label cannot break 64 hex digits where
        the dialog is narrower than them (200 % font), and a field copies them exactly."""
        field = CodeField(value, self)
        field.setAccessibleName(self.tr("File SHA-256"))
        self.hash_field = field
        return field

    def _chain_text(self) -> str:
        """Who signed, in which role, when, with which certificate (the stored chain)."""
        from digigov_desktop.services.signing import stored_chain

        roles = {"preparer": self.tr("Prepared by"), "reviewer": self.tr("Reviewed by"),
                 "approver": self.tr("Approved by")}
        return "\n".join(
            self.tr("%1 %2 · %3 · certificate %4").replace("%1", roles.get(e.role, e.role))
            .replace("%2", e.name).replace(
                "%3", (e.signed_at or "–")[:19].replace("T", " ")).replace("%4", e.serial)
            for e in stored_chain(self.session.store, self.row_id)) or "–"

    def _rows(self, d: SubmissionDetails) -> list[tuple[str, str | QWidget]]:
        """The form's rows: a text for a label, or the field that shows the value."""
        try:
            from digigov_desktop.domain.evaluation import AgencyType

            kind = agency_type_text(AgencyType(d.agency_type))
        except ValueError:
            kind = d.agency_type or "–"
        scores = d.scores
        recs = " · ".join(f"{k} {_fmt(scores.get(k))}" for k in sorted(
            (k for k in scores if k.startswith("R") and "." not in k), key=lambda k: int(k[1:])))
        pillars = " · ".join(f"{k} {_fmt(scores.get(k))}" for k in sorted(
            k for k in scores if k.startswith("P")))
        rows = [
            (self.tr("Agency:"), f"{d.agency_code} — {d.agency_name}"),
            (self.tr("Type and region:"), f"{kind} · {_region_name(d.region)}"),
            (self.tr("Cycle:"), str(d.cycle)),
            (self.tr("Submission:"), self.tr("%1, revision %2").replace(
                "%1", d.submission_id).replace("%2", str(d.revision))),
            (self.tr("Status:"), self.tr("superseded by a newer revision") if d.superseded_by
             else self.tr("current")),
            (self.tr("Exported:"), d.created_at),
            (self.tr("Imported:"), self.tr("%1 by %2").replace(
                "%1", d.imported_at[:19]).replace("%2", d.imported_by or "–")),
            (self.tr("Signed by:"), d.signer),
            (self.tr("Signatures:"), self._chain_text()),
            (self.tr("File:"), d.file_name),
            (self.tr("File SHA-256:"), self._hash_field(d.file_sha256)),
            (self.tr("Overall score:"), _fmt(d.overall)),
            (self.tr("Pillars:"), pillars or "–"),
            (self.tr("Recommendations:"), recs or "–"),
        ]
        if d.declared_agency_name:  # the payload calls the agency otherwise: flag it, never
            rows.insert(1, (self.tr("Warning:"), self.tr(  # show it as its name
                "the submission names the agency differently from the registry (\"%1\")"
            ).replace("%1", d.declared_agency_name)))
        return rows

    def open_pdf(self) -> Path | None:
        """Copy the original signed file to a temporary folder and open it."""
        d = self.details
        content = self.session.coordinator.signed_file(d) if d is not None else None
        if d is None or content is None:
            show_message(self, self.tr("Submission"), self.tr(
                "The signed file is not in the central database."))
            return None
        folder = Path(tempfile.mkdtemp(prefix="digigov-submission-"))
        name = Path(d.file_name or f"{d.file_sha256}.pdf").name
        target = folder / name
        target.write_bytes(content)
        target.chmod(0o400)
        self.opened = target
        desktop.open_file(target)
        return target

    @classmethod
    def ask(cls, parent: QWidget | None, session: CoordinatorSession, row_id: int) -> None:
        dialog = cls(session, row_id, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
