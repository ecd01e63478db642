#!/usr/bin/env python3
"""Fail when a test-only Wine stand-in DLL (packaging/windows/wine/) is inside a bundle,
an installed program folder or an installer.

Usage: check_no_standins.py STANDINS_DIR PATH...  (folders are searched; files are searched
for the stand-ins' bytes, so an installer that packed one uncompressed is caught too, and
compressed installers are checked through what they install.)
"""

import hashlib
import sys
from pathlib import Path

NAMES = {"icuuc.dll", "ucrtbase_wine.dll"}


def main() -> int:
    standins = Path(sys.argv[1])
    digests = {hashlib.sha256(p.read_bytes()).hexdigest(): p.name
               for p in standins.glob("*.dll")}
    found = []
    for target in map(Path, sys.argv[2:]):
        files = [target] if target.is_file() else [p for p in target.rglob("*") if p.is_file()]
        for path in files:
            if path.name.lower() in NAMES:
                found.append(f"{path} (name of a stand-in)")
            data = path.read_bytes()
            if hashlib.sha256(data).hexdigest() in digests:
                found.append(f"{path} (is {digests[hashlib.sha256(data).hexdigest()]})")
            elif path.suffix.lower() in {".exe", ".msi"} and target.is_file():
                for p in standins.glob("*.dll"):
                    if p.read_bytes()[:4096] in data:
                        found.append(f"{path} (contains {p.name})")
    if found:
        print("TEST-ONLY WINE STAND-IN FOUND:\n  " + "\n  ".join(found), file=sys.stderr)
        return 1
    print(f"no stand-in DLL in {len(sys.argv) - 2} checked location(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
