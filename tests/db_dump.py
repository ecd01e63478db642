"""A full SQL dump of a database file: what the tests compare "nothing changed" on.

Imported by name (tests/ is on sys.path, as for pg_cluster).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def dump(path: Path | str) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()
