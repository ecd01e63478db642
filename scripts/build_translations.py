#!/usr/bin/env python3
"""Compile every resources/i18n/*.ts into a .qm beside it with pyside6-lrelease.

Usage: python scripts/build_translations.py [--quiet]
Fails (exit 1) when pyside6-lrelease cannot be found or a file does not compile.
The .qm files are build products (ignored by git); the application starts in English
when one is missing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"


def find_lrelease() -> str | None:
    """pyside6-lrelease next to this interpreter (the venv), else on PATH."""
    here = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        candidate = here / name
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print nothing on success")
    args = parser.parse_args(argv)
    lrelease = find_lrelease()
    if lrelease is None:
        print("error: pyside6-lrelease not found; install PySide6 into this environment "
              "(scripts/dev.sh setup)", file=sys.stderr)
        return 1
    sources = sorted(I18N.glob("*.ts"))
    if not sources:
        print(f"error: no .ts files in {I18N}", file=sys.stderr)
        return 1
    for ts in sources:
        qm = ts.with_suffix(".qm")
        # Compile beside it, then rename: a running application (or test) memory-maps the
        # .qm it loaded, and rewriting that file in place would crash it (SIGBUS).
        tmp = qm.with_name(f".{qm.name}.{os.getpid()}.tmp")
        command = [lrelease, "-silent", str(ts), "-qm", str(tmp)]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0 or not tmp.is_file():
            tmp.unlink(missing_ok=True)
            print(f"error: {ts.name} did not compile:\n{result.stdout}{result.stderr}",
                  file=sys.stderr)
            return 1
        os.replace(tmp, qm)
        if not args.quiet:
            print(f"{ts.relative_to(ROOT)} -> {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
