#!/usr/bin/env python3
"""WORKAROUND for Wine 10.0, TEST-ONLY: build the stand-in DLLs for the Wine prefixes of
build-on-linux.sh and test-under-wine.sh (never for the bundle or the installers).

Usage: make-standins.py WINE_UCRTBASE_DLL OUTDIR
Writes OUTDIR/icuuc.dll (icuuc-stub.c), OUTDIR/ucrtbase_wine.dll (a copy of Wine's own
ucrtbase) and OUTDIR/ucrtbase.dll: every export of Wine's ucrtbase forwarded to
ucrtbase_wine.dll, plus creal/cimag/crealf/cimagf/creall/cimagl (ucrtbase-extra.c).
Needs x86_64-w64-mingw32-gcc (Debian: gcc-mingw-w64-x86-64-win32) and pefile (python3-pefile).
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pefile

HERE = Path(__file__).resolve().parent
ADDED = ("creal", "cimag", "crealf", "cimagf", "creall", "cimagl")
GCC = "x86_64-w64-mingw32-gcc"
FLAGS = ["-O2", "-fno-builtin", "-shared", "-nostdlib", "-nostartfiles",
         "-Wl,--entry,DllMainCRTStartup",
         "-Wl,--no-insert-timestamp", "-s"]


def main() -> int:
    wine_ucrt, out = Path(sys.argv[1]), Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    pe = pefile.PE(str(wine_ucrt), fast_load=True)
    export_dir = pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_EXPORT"]
    pe.parse_data_directories(directories=[export_dir])
    names = [e.name.decode() for e in pe.DIRECTORY_ENTRY_EXPORT.symbols if e.name]
    missing = [n for n in ADDED if n in names]
    if missing:
        print(f"note: Wine exports {missing} as unimplemented stubs; the proxy's own win",
              file=sys.stderr)
    lines = ["LIBRARY ucrtbase.dll", "EXPORTS"]
    lines += [f"    {n} = ucrtbase_wine.{n}" for n in names if n not in ADDED]
    lines += [f"    {n}" for n in ADDED]
    (out / "ucrtbase.def").write_text("\n".join(lines) + "\n", encoding="ascii")
    shutil.copyfile(wine_ucrt, out / "ucrtbase_wine.dll")
    subprocess.run([GCC, *FLAGS, "-o", str(out / "ucrtbase.dll"), str(HERE / "ucrtbase-extra.c"),
                    str(out / "ucrtbase.def")], check=True)
    subprocess.run([GCC, *FLAGS, "-o", str(out / "icuuc.dll"), str(HERE / "icuuc-stub.c")],
                   check=True)
    print(f"stand-ins: {len(names)} ucrtbase exports forwarded, {len(ADDED)} added; icuuc stub")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
