"""Helpers shared by the pack tests (imported by name: tests/packs is on sys.path)."""

from __future__ import annotations

from pathlib import Path

CA_PASS = b"pack-ca-passphrase"
PACK = Path(__file__).parent.parent / "fixtures" / "packs" / "oecd-dgs-2014-1.5.0.json"
