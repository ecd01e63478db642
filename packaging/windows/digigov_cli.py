"""Entry point of digigov-cli.exe, the console front end in the Windows bundle.

The GUI executable (digigov.exe) is built without a console, so Windows would show nothing it
prints; this one shares the bundle's libraries and runs `digigov_desktop.cli.main`.
"""

import sys

from digigov_desktop.cli import main

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        import multiprocessing

        multiprocessing.freeze_support()
    raise SystemExit(main())
