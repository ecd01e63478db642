"""Helpers shared by the pack tests (imported by name: tests/packs is on sys.path)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

CA_PASS = b"pack-ca-passphrase"
PACK = Path(__file__).parent.parent / "fixtures" / "packs" / "oecd-dgs-2014-1.5.0.json"


def dump(path) -> list[str]:
    """A full SQL dump of a database file (what "nothing changed" is compared on)."""
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
