"""Make a store's installed packs resolvable (`register_installed`), at every store opening.

Kept apart from services.packs (install, list, sign; re-exported there) so that opening a
window does not import the install code and its types (~2.5 ms of the GUI start-up).
"""

from __future__ import annotations

import logging

from digigov_desktop.domain import framework as fw
from digigov_desktop.errors import FrameworkError
from digigov_desktop.storage import evaluations as repo
from digigov_desktop.storage.database import Store

log = logging.getLogger("digigov_desktop.services.packs")


def register_installed(store: Store) -> list[fw.Framework]:
    """Register every pack stored in this database with the domain's resolver."""
    fw.unregister_packs()
    found = []
    for row in repo.installed_packs(store):
        try:
            framework = fw.framework_from_bytes(
                bytes(row["framework_json"]), source=f"{row['framework_id']}@{row['version']}",
                cache_dir=fw._validation_cache())
        except FrameworkError as exc:  # stored by an older app with other rules: skip it
            log.warning("installed pack %s %s unusable: %s", row["framework_id"],
                        row["version"], exc)
            continue
        fw.register_pack(framework)
        found.append(framework)
    return found
