"""DigiGov Desktop launcher: `python main.py` (also the PyInstaller entry point)."""

import multiprocessing

from ui.app import run

if __name__ == "__main__":
    # The coordinator's import can verify on several processes (spawned); a frozen
    # executable must hand those child processes over before anything else runs.
    multiprocessing.freeze_support()
    raise SystemExit(run())
