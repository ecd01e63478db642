"""digigov_desktop/ type-checks with mypy ([tool.mypy] in pyproject.toml: strict for the
domain and the services), checked with the tests like ruff in test_lint.py."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_mypy_finds_nothing(tmp_path):
    mypy = shutil.which("mypy", path=str(Path(sys.executable).parent)) or shutil.which("mypy")
    assert mypy, "mypy is in the test extra: pip install -e '.[test]'"
    done = subprocess.run([mypy, "--cache-dir", str(tmp_path / "cache")], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "note: unused section" not in done.stdout + done.stderr


def test_the_domain_and_services_are_checked_strictly():
    """The strict override covers them: an untyped function there fails the check."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["mypy"]
    strict = [o for o in config["overrides"] if o.get("disallow_untyped_defs")]
    assert strict and set(strict[0]["module"]) == {"digigov_desktop.domain.*",
                                                   "digigov_desktop.services.*"}
    assert all(strict[0].get(flag) for flag in (
        "disallow_any_generics", "disallow_untyped_calls", "disallow_incomplete_defs",
        "warn_return_any", "disallow_untyped_decorators", "disallow_subclassing_any"))
    assert strict[0].get("implicit_reexport") is False
