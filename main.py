"""DigiGov Desktop launcher: `python main.py` (also the PyInstaller entry point)."""

from ui.app import run

if __name__ == "__main__":
    raise SystemExit(run())
