"""The code follows the ruff rules of pyproject.toml [tool.ruff], checked with the tests."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHECKED = ["digigov_desktop", "ui", "tests", "benchmarks", "scripts", "packaging", "main.py"]


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is in the test extra: pip install -e '.[test]'"
    done = subprocess.run([ruff, "check", "--no-cache", *CHECKED], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
