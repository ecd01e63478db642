"""File ▸ Install a framework pack…: verify and install a signed `.dgpack` off the GUI
thread, then offer to move the current draft to the new version (carrying every answer)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal

from digigov_desktop.domain import framework as fw
from digigov_desktop.domain.evaluation import CycleState
from digigov_desktop.services.stores import open_agency
from ui.dialogs.confirm_dialog import ConfirmDialog
from ui.window_actions import WindowActions


def install_pack_job(db_path: Path, path: Path, actor: str):
    """Worker: verify and install a pack on a store of its own."""
    from digigov_desktop.services.packs import install_pack_file

    with open_agency(db_path, create=False) as store:
        return install_pack_file(store, path, actor=actor)


def migrate_job(db_path: Path, cycle_id: int, framework_id: str, version: str, actor: str):
    """Worker: move a draft cycle to another pack version on a store of its own."""
    from digigov_desktop.services.evaluations import EvaluationService
    from digigov_desktop.services.pack_migration import migrate_cycle

    with open_agency(db_path, create=False) as store:
        return migrate_cycle(EvaluationService(store, actor=actor), cycle_id, framework_id,
                             version)


class PackActions(WindowActions):
    """`migrated()` after the open cycle moved to another pack version (rebuild the view)."""

    migrated = Signal()

    def message_title(self) -> str:
        return self.tr("Framework pack")

    def install_pack(self) -> None:
        path = self.ask_file("pack", self.tr("Choose the framework pack the coordinator sent"),
                             self.tr("Framework pack (*.dgpack);;All files (*)"))
        if path is None:
            return
        self.run(install_pack_job, self.session.db_path, path, self.session.service.actor,
                 on_success=self._on_installed)

    def _on_installed(self, result) -> None:
        if result.already_installed:
            self.inform(self.tr("Pack %1 %2 was already installed.").replace(
                "%1", result.id).replace("%2", result.version))
            return
        self.offer_migration(result.id, result.version)

    def offer_migration(self, framework_id: str, version: str) -> None:
        """Offer to move the open draft to `version` when that pack maps from its version."""
        cycle = self.session.cycle
        new = fw.load_framework(framework_id, version)
        maps = new.previous == (cycle.framework_id, cycle.framework_version)
        installed = self.tr("Pack %1 %2 installed.").replace("%1", framework_id).replace(
            "%2", version)
        if not maps or cycle.state == CycleState.SUBMITTED:
            self.inform(installed)
            return
        question = self.tr(
            "%1 Move the %2 evaluation to this version now? Every answer, rationale and "
            "evidence file is carried along; answers of changed elements are marked to "
            "review.").replace("%1", installed).replace("%2", str(cycle.year))
        if not ConfirmDialog.ask(self.widget, self.message_title(), question):
            return
        self.run(migrate_job, self.session.db_path, cycle.id, framework_id, version,
                 self.session.service.actor, on_success=self._on_migrated)

    def _on_migrated(self, plan) -> None:
        self.migrated.emit()
        self.inform(self.tr(
            "The evaluation now uses version %1; %2 answers are marked to review.").replace(
            "%1", plan.to_version).replace("%2", str(len(plan.to_review))))
