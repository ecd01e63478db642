"""Agency commands around the signed submission: export, install a receipt, say the state.

Kept out of the main window so that it stays navigation only. Receipt verification runs
off the GUI thread on a store of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from digigov_desktop.domain.evaluation import ExportedSubmission
from digigov_desktop.services.stores import StoreRef
from ui.msgbox import show_message
from ui.window_actions import WindowActions


def install_receipt_job(db: StoreRef, data: bytes, actor: str):
    """Worker: verify a receipt and record it, on a store of its own."""
    from digigov_desktop.services.receipts import install_receipt

    with db.open() as store:
        return install_receipt(store, data, actor=actor)


class SubmissionActions(WindowActions):
    """`navigate(key)` asks the window to show a location; `changed()` after a write."""

    navigate = Signal(str)
    changed = Signal()

    def message_title(self) -> str:
        return self.tr("Receipt")

    def state(self) -> ExportedSubmission | None:
        """The newest exported revision of the current cycle (with its receipt), or None."""
        return self.session.service.latest_submission(self.session.cycle_id)

    def status_text(self) -> str:
        latest = self.state()
        if latest is None:
            return self.tr("Not submitted yet")
        if latest.receipt:
            return self.tr("Submitted · revision %1 · receipt received").replace(
                "%1", str(latest.revision))
        return self.tr("Submitted · revision %1 · no receipt yet").replace(
            "%1", str(latest.revision))

    def export(self) -> None:
        # imported on use: the export stack (reportlab, pyHanko) costs ~0.4 s at start-up
        from ui.dialogs.export_dialog import ExportDialog

        outcome = ExportDialog.ask(self.widget, self.session, self.exports_dir)
        if outcome.result is not None:
            self.changed.emit()
        if outcome.go_to:
            self.navigate.emit(outcome.go_to)

    def install_receipt(self) -> None:
        path = self.ask_file("receipt", self.tr("Choose the receipt the coordinator sent"),
                             self.tr("Receipt (*.pdf);;All files (*)"))
        if path is None:
            return
        try:
            data = path.read_bytes()
        except OSError as exc:
            show_message(self.widget, self.message_title(), self.tr("%1 cannot be read: %2")
                         .replace("%1", str(path)).replace("%2", exc.strerror or str(exc)))
            return
        self.run(install_receipt_job, self.session.store_ref, data, self.session.service.actor,
                 on_success=self._on_installed)

    def _on_installed(self, installed) -> None:
        if installed.already_installed:
            text = self.tr("This receipt was already installed.")
        else:
            text = self.tr(
                "Receipt installed: the coordinator accepted revision %1 of the submission "
                "on %2.").replace("%1", str(installed.revision)).replace(
                "%2", installed.accepted_at[:10])
        self.changed.emit()
        self.inform(text)
