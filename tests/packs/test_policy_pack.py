"""The IT policy may preload a signed pack: installed at start when newer, else ignored."""

from __future__ import annotations

import json

from db_dump import dump
from pack_helpers import CA_PASS, PACK

from digigov_desktop.config import load_policy, set_active_policy
from digigov_desktop.services import packs
from digigov_desktop.storage.database import open_store


def test_policy_pack_is_installed_at_start_once(tmp_path, our_ca, agency_db):
    data, _ = packs.sign_pack_folder(our_ca.folder, PACK, passphrase=CA_PASS)
    (tmp_path / "it").mkdir()
    (tmp_path / "it" / "oecd.dgpack").write_bytes(data)
    policy_file = tmp_path / "it" / "policy.json"
    policy_file.write_text(json.dumps({"version": 1, "framework_pack": "oecd.dgpack"}), "utf-8")
    policy = load_policy(policy_file)
    assert policy.framework_pack_path() == tmp_path / "it" / "oecd.dgpack"
    from digigov_desktop.services.policy import apply_to_agency_store

    set_active_policy(policy)
    try:
        with open_store(agency_db) as store:
            apply_to_agency_store(store)
            listed = {(p.id, p.version): p for p in packs.list_packs(store)}
        assert listed[("oecd-dgs-2014", "1.5.0")].source == "installed"
        before = dump(agency_db)
        with open_store(agency_db) as store:  # next start: already there, nothing changes
            apply_to_agency_store(store)
        assert dump(agency_db) == before
        tampered = bytearray(data)
        tampered[tampered.index(b"Test pack 1.5.0") + 2] ^= 0x01
        (tmp_path / "it" / "oecd.dgpack").write_bytes(bytes(tampered))
        with open_store(agency_db) as store:  # a bad file is logged, start goes on
            apply_to_agency_store(store)
        assert dump(agency_db) == before
    finally:
        set_active_policy(None)
