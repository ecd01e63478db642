"""DigiGov Desktop launcher: `python main.py` (also the PyInstaller entry point)."""

import sys

from ui.app import run

if __name__ == "__main__":
    if getattr(sys, "frozen", False):
        # The coordinator's import can verify on several processes (spawned); a frozen
        # executable must hand those child processes over before anything else runs.
        # (From source this is a no-op, and importing multiprocessing costs ~15 ms.)
        import multiprocessing

        multiprocessing.freeze_support()
    raise SystemExit(run())
