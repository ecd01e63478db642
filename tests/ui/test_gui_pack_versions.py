"""The dashboard says when the agencies it compares used different framework pack versions."""

from __future__ import annotations

from conftest import YEAR
from gui_helpers import AGENCY_PASS, enrol_store, wait_idle

from digigov_desktop.domain.framework import load_framework
from digigov_desktop.services.demo import create_demo
from digigov_desktop.services.export import export_submission
from digigov_desktop.services.import_ import Importer
from digigov_desktop.storage.central import open_central


def _central(campaign, authority, tmp_path, *, with_old: bool):
    """The campaign's three 2.0.0 submissions, and (with_old) one of AG-004 on 1.0.0."""
    files = list(campaign["files"].values())
    if with_old:
        store = create_demo(tmp_path / "old.sqlite", agency_code="AG-004",
                            agency_name="Servicio AG-004", seed=4, year=YEAR,
                            framework=load_framework(version="1.0.0"))
        try:
            enrol_store(store, authority)
            files.append(export_submission(store, out=tmp_path / "AG-004.pdf",
                                           passphrase=AGENCY_PASS).path)
        finally:
            store.close()
    path = tmp_path / "central.sqlite"
    with open_central(path) as store:
        for progress in Importer(store, authority, actor="tests").run(files):
            assert progress.result.accepted
    return path


def test_the_dashboard_notes_mixed_pack_versions(qtbot, coordinator, campaign, authority,
                                                 tmp_path):
    window = coordinator(central_path=_central(campaign, authority, tmp_path, with_old=True))
    window.go_to("dashboard")
    page = window.dashboard_page
    wait_idle(qtbot, page)
    assert page.data.mixed_versions and page.data.agency_codes[-1] == "AG-004"
    assert page.versions_note.isVisible()
    assert page.versions_note.text().startswith(
        "Compared on 46 mapped elements: these submissions use framework versions "
        "1.0.0 and 2.0.0.")


def test_the_note_in_spanish_and_not_on_one_version(qtbot, coordinator, campaign, authority,
                                                    tmp_path):
    mixed = _central(campaign, authority, tmp_path / "mixed", with_old=True)
    window = coordinator(central_path=mixed, lang="es")
    window.go_to("dashboard")
    page = window.dashboard_page
    wait_idle(qtbot, page)
    assert page.versions_note.isVisible()
    assert page.versions_note.text().startswith(
        "Comparación sobre 46 elementos equivalentes: estos envíos usan las versiones "
        "1.0.0 y 2.0.0 del marco.")
    one = _central(campaign, authority, tmp_path / "one", with_old=False)
    other = coordinator(central_path=one)
    other.go_to("dashboard")
    wait_idle(qtbot, other.dashboard_page)
    assert not other.dashboard_page.data.mixed_versions
    assert not other.dashboard_page.versions_note.isVisible()
