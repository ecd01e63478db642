#!/usr/bin/env python3
"""Regenerate PNG screenshots of every page and dialog, in Spanish and English.

Usage: python scripts/screenshots.py [OUT_DIR] [--lang es --lang en] [--scale 1.0]
Runs offscreen on a temporary demo database (two cycles, so the comparison plot and the
carried-forward marks show). OUT_DIR defaults to docs/screenshots/.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _prepare(folder: Path) -> Path:
    from digigov_desktop.domain.evaluation import Agency, Person
    from digigov_desktop.services.demo import create_demo
    from digigov_desktop.services.evaluations import EvaluationService

    year = dt.date.today().year
    path = folder / "screens.sqlite"
    store = create_demo(path, year=year - 1)
    service = EvaluationService(store, actor="screenshots")
    cycle = service.start_new_cycle(from_cycle_id=service.current_cycle().id, year=year)
    service.save_answer(cycle.id, "R1.2", level=4, rationale="Plan aprobado y con metas.",
                        override_justification="El plan vigente cubre lo que piden los criterios.")
    service.save_answer(cycle.id, "R2.1", level=None, rationale="")
    service.save_answer(cycle.id, "R3.1", level=5, target=3,
                        override_justification="Estrategia de datos evaluada en 2025.")
    service.put_setting("ui_last_location", "element:R1.1")
    store.close()
    fresh = folder / "fresh.sqlite"
    from digigov_desktop.storage.database import open_store

    with open_store(fresh) as other:
        EvaluationService(other).setup(
            agency=Agency("AB-001", "Servicio de Ejemplo"), year=year,
            preparers=[Person("Ana Pérez", "Jefa de TI")])
    return path


CA_PASS = b"screenshots coordinator"
AGENCY_PASS = b"screenshots agency"


def _enrol(path: Path, ca) -> None:
    """Give the demo agency at `path` a credential from `ca` (CSR route)."""
    from digigov_desktop.services.credentials import CredentialService
    from digigov_desktop.storage.database import open_store

    with open_store(path) as store:
        service = CredentialService(store, actor="screenshots")
        csr = service.request(passphrase=AGENCY_PASS)
        code = service.state().agency_code
        cert = ca.issue_from_csr(csr, agency_code=code, agency_name=f"Servicio {code}",
                                 passphrase=CA_PASS)
        service.install_certificate(cert, trust_pem=ca.bundle_pem())


def _campaign(folder: Path):
    """A CA, six agencies' signed submissions over two cycles, a tampered copy, a central db."""
    from digigov_desktop.domain.evaluation import Agency, AgencyType
    from digigov_desktop.services.demo import create_demo
    from digigov_desktop.services.evaluations import EvaluationService
    from digigov_desktop.services.export import export_submission
    from digigov_desktop.services.import_ import Importer
    from digigov_desktop.signing.authority import CertificateAuthority
    from digigov_desktop.storage.central import open_central

    year = dt.date.today().year
    ca = CertificateAuthority.init(folder / "ca", name="Coordinación de Gobierno Digital",
                                   passphrase=CA_PASS)
    kinds = [AgencyType.MINISTRY, AgencyType.SERVICE, AgencyType.MUNICIPALITY]
    regions = ["CL-RM", "CL-BI", "CL-VS"]
    inbox = folder / "inbox"
    older = []
    for seed in range(1, 7):
        code = f"AG-{seed:03d}"
        path = folder / f"{code}.sqlite"
        store = create_demo(path, agency_code=code, agency_name=f"Servicio {code}", seed=seed,
                            year=year - 1)
        service = EvaluationService(store, actor="screenshots")
        service.update_agency(Agency(code, f"Servicio {code}", kinds[seed % 3],
                                     regions[seed % 3]))
        store.close()
        _enrol(path, ca)
        from digigov_desktop.storage.database import open_store

        with open_store(path) as store:
            service = EvaluationService(store, actor="screenshots")
            older.append(export_submission(store, out=folder / "older" / f"{code}.pdf",
                                           passphrase=AGENCY_PASS).path)
            if seed <= 5:
                cycle = service.start_new_cycle(from_cycle_id=service.current_cycle().id,
                                                year=year)
                service.save_answer(cycle.id, "R1.1", level=seed % 3, rationale="Revisado.",
                                    override_justification="Revisado en la reunión anual.")
                export_submission(store, out=inbox / f"{code}.pdf", passphrase=AGENCY_PASS)
    data = bytearray((inbox / "AG-001.pdf").read_bytes())
    spot = data.find(b"stream\n") + 40
    data[spot] ^= 0x01
    (inbox / "AG-001-copia-alterada.pdf").write_bytes(bytes(data))
    central = folder / "central.sqlite"
    with open_central(central) as store:
        list(Importer(store, ca, actor="Coordinación").run(older))
    return ca, central, inbox


def _wait(app) -> None:
    import time

    from ui import tasks

    deadline = time.monotonic() + 60
    while tasks.pending() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--lang", action="append", choices=("es", "en"))
    parser.add_argument("--scale", type=float, default=1.0, help="font scale, e.g. 2 for 200 %%")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtWidgets import QApplication, QMessageBox

    from digigov_desktop.storage.database import open_store
    from ui.app import _application
    from ui.dialogs.crash_dialog import CrashDialog
    from ui.dialogs.new_cycle_dialog import NewCycleDialog
    from ui.dialogs.setup_dialog import SetupDialog
    from ui.i18n import Translators
    from ui.launcher import build_window

    app = _application()
    if args.scale != 1.0:
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * args.scale)
        app.setFont(font)
    suffix = "" if args.scale == 1.0 else f"-x{args.scale:g}"
    written: list[Path] = []

    def save(widget, name: str) -> None:
        app.processEvents()
        target = out / f"{name}{suffix}.png"
        image = widget.grab().toImage()
        # 256 colours are plenty for a UI and keep the committed PNGs small. An adaptive
        # palette (Pillow, which reportlab already needs) keeps the heatmap's pale colours
        # true; Qt's own Indexed8 conversion shifts them to its fixed colour cube.
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        from PIL import Image

        picture = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
        picture.quantize(colors=256, method=Image.Quantize.MEDIANCUT,
                         dither=Image.Dither.NONE).save(target, "PNG", optimize=True)
        written.append(target)

    with tempfile.TemporaryDirectory(prefix="digigov-shots-") as tmp:
        path = _prepare(Path(tmp))
        campaign = _campaign(Path(tmp) / "campaign")
        for lang in args.lang or ["es", "en"]:
            translators = Translators()
            store = open_store(path)
            window = build_window(store, translators, lang=lang)
            window.resize(1280, 860)
            window.show()
            window.restore_location()
            save(window, f"{lang}-element")
            window.go_to("element:R3.1")
            save(window, f"{lang}-element-issue")
            window.go_to("recommendation:R1")
            save(window, f"{lang}-recommendation")
            window.go_to("progress")
            save(window, f"{lang}-progress")
            window.go_to("readiness")
            save(window, f"{lang}-readiness")
            for dialog, name in (
                (SetupDialog(window), "dialog-setup"),
                (NewCycleDialog(window.session.cycle.year, window), "dialog-new-cycle"),
                (CrashDialog("Traceback (most recent call last):\n  ...\nValueError: example",
                             "/home/user/.local/state/DigiGovDesktop/log/digigov.log", window),
                 "dialog-crash"),
            ):
                dialog.show()
                save(dialog, f"{lang}-{name}")
                dialog.close()
            box = QMessageBox(QMessageBox.Icon.Question, window.tr("Remove evidence"),
                              "¿…?", QMessageBox.StandardButton.Yes
                              | QMessageBox.StandardButton.No, window)
            box.show()
            box.close()
            window.close()
            store.close()
            fresh_store = open_store(Path(tmp) / "fresh.sqlite")
            window = build_window(fresh_store, translators, lang=lang)
            window.resize(1280, 860)
            window.show()
            window.restore_location()
            save(window, f"{lang}-element-first-run")
            window.close()
            fresh_store.close()
            QApplication.processEvents()
            _agency_signing_shots(app, save, Path(tmp), lang, translators, campaign)
            _coordinator_shots(app, save, Path(tmp), lang, translators, campaign)
            translators.install("en")  # remove this language's translators before the next
    for target in written:
        print(target)
    return 0


def _agency_signing_shots(app, save, folder: Path, lang: str, translators, campaign) -> None:
    """The credentials page, the export dialog (ready and not ready, and its result)."""
    import shutil

    from digigov_desktop.storage.database import open_store
    from ui.dialogs.export_dialog import ExportDialog
    from ui.dialogs.passphrase_dialog import PassphraseDialog
    from ui.launcher import build_window

    db = folder / f"signing-{lang}.sqlite"
    shutil.copy(folder / "campaign" / "AG-006.sqlite", db)
    store = open_store(db)
    window = build_window(store, translators, lang=lang)
    window.resize(1280, 860)
    window.show()
    window.go_to("credentials")
    save(window, f"{lang}-credentials")
    dialog = ExportDialog(window.session, folder / "exports", window)
    dialog.show()
    dialog.passphrase.setText(AGENCY_PASS.decode())
    save(dialog, f"{lang}-dialog-export")
    dialog.start()
    _wait(app)
    save(dialog, f"{lang}-dialog-export-done")
    dialog.close()
    window.refresh_status()
    save(window, f"{lang}-credentials-submitted")
    s = window.session
    s.service.save_answer(s.cycle_id, "R2.3", level=3, rationale="")
    dialog = ExportDialog(window.session, folder / "exports", window)
    dialog.show()
    save(dialog, f"{lang}-dialog-export-not-ready")
    dialog.close()
    passphrase = PassphraseDialog(window.tr("Choose the key's passphrase"), "…", confirm=True,
                                  parent=window)
    passphrase.show()
    passphrase.passphrase.setText("dos palabras")
    save(passphrase, f"{lang}-dialog-passphrase")
    passphrase.close()
    window.close()
    store.close()


def _coordinator_shots(app, save, folder: Path, lang: str, translators, campaign) -> None:
    """The coordinator's CA page, inbox (after an import), dashboard and dialogs."""
    import shutil

    from digigov_desktop.storage.central import open_central
    from ui.coordinator_session import CA_FOLDER_PREFERENCE
    from ui.dialogs.ca_create_dialog import CaCreateDialog
    from ui.dialogs.issue_dialog import CSR, P12, IssueDialog
    from ui.dialogs.revoke_dialog import RevokeDialog
    from ui.dialogs.submission_dialog import SubmissionDialog
    from ui.launcher import build_coordinator_window
    from ui.preferences import Preferences

    ca, central_template, inbox = campaign
    central = folder / f"central-{lang}.sqlite"
    shutil.copy(central_template, central)
    prefs = Preferences.in_folder(folder / f"prefs-{lang}")
    prefs.set(CA_FOLDER_PREFERENCE, str(ca.folder))
    store = open_central(central)
    window = build_coordinator_window(store, translators, prefs, lang=lang)
    window.resize(1280, 860)
    window.show()
    window.go_to("ca")
    window.ca_page.table.selectRow(1)
    save(window, f"{lang}-coordinator-ca")
    window.go_to("inbox")
    window.inbox_page.add_paths([inbox])
    window.inbox_page.start_import()
    _wait(app)
    save(window, f"{lang}-coordinator-inbox")
    window.inbox_page.tabs.setCurrentIndex(1)
    save(window, f"{lang}-coordinator-import-log")
    window.go_to("dashboard")
    _wait(app)
    save(window, f"{lang}-coordinator-dashboard")
    page = window.dashboard_page
    page.compare.setCurrentIndex(1)
    page.reload()
    _wait(app)
    scroll = page.body.parentWidget().parentWidget()
    scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
    save(window, f"{lang}-coordinator-dashboard-charts")
    for dialog, name in (
        (CaCreateDialog(folder / "nueva-ca", window), "dialog-ca-create"),
        (IssueDialog(CSR, parent=window), "dialog-issue-csr"),
        (IssueDialog(P12, parent=window), "dialog-issue-p12"),
        (RevokeDialog("AG-002", window), "dialog-revoke"),
        (SubmissionDialog(window.session, int(page.data.row_ids[0]), window),
         "dialog-submission"),
    ):
        dialog.show()
        save(dialog, f"{lang}-{name}")
        dialog.close()
    window.close()
    store.close()


if __name__ == "__main__":
    raise SystemExit(main())
