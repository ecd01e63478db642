"""The dependency rule of DESIGN.md §1, checked by walking the AST of every module."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "digigov_desktop"
QT_OR_UI = ("PySide6", "shiboken6", "pyqtgraph", "ui")
# domain is pure: it may not reach into the layers that do I/O.
DOMAIN_FORBIDDEN = (
    "digigov_desktop.storage",
    "digigov_desktop.services",
    "digigov_desktop.reports",
    "digigov_desktop.signing",
    "sqlite_utils",
    "sqlite3",
    "reportlab",
    "pyhanko",
)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _matches(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def test_core_never_imports_qt_or_ui():
    offenders = {
        str(path.relative_to(ROOT)): sorted(n for n in _imports(path) if _matches(n, QT_OR_UI))
        for path in CORE.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_domain_is_pure():
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            n for n in _imports(path) if _matches(n, DOMAIN_FORBIDDEN)
        )
        for path in (CORE / "domain").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_walk_sees_imports(tmp_path):
    """Guard against a checker that can never fail."""
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom PySide6.QtWidgets import QLabel\nimport ui.app\n")
    found = _imports(sample)
    assert _matches("PySide6.QtWidgets", QT_OR_UI) and "PySide6.QtWidgets" in found
    assert "ui.app" in found


def test_folders_that_must_not_be_packages():
    # packaging/__init__.py would shadow the `packaging` library pip and PyInstaller import.
    assert not (ROOT / "packaging" / "__init__.py").exists()
    assert not (ROOT / "resources" / "__init__.py").exists()


def test_every_code_package_is_shipped():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"
    ])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts)
        for top in ("digigov_desktop", "ui")
        for p in (ROOT / top).rglob("__init__.py")
    }
    assert on_disk <= listed, f"add to pyproject [tool.setuptools] packages: {on_disk - listed}"
