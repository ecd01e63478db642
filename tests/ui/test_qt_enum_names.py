"""Every Qt enum our GUI names exists under its full, scoped name.

PySide6 still finds some members by their old unscoped names (QLibraryInfo.TranslationsPath
for QLibraryInfo.LibraryPath.TranslationsPath) in its "forgiveness mode", which a later
PySide may drop. tests/conftest.py turns that mode off, so the paths the tests run catch
an old name; this reads every file, so the paths they do not run are covered too.
"""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _qt_names(tree: ast.AST) -> dict[str, object]:
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            module = importlib.import_module(node.module)
            for alias in node.names:
                names[alias.asname or alias.name] = getattr(module, alias.name)
    return names


def _unknown_paths(path: Path, root_dir: Path = ROOT) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = _qt_names(tree)
    unknown = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute):
            continue
        chain, root = [], node
        while isinstance(root, ast.Attribute):
            chain.append(root.attr)
            root = root.value
        if not (isinstance(root, ast.Name) and root.id in names):
            continue
        obj = names[root.id]
        for depth, part in enumerate(reversed(chain), 1):
            if not part[:1].isupper():  # a method or a value's attribute: not a name path
                break
            if not hasattr(obj, part):
                parts = ".".join(list(reversed(chain))[:depth])
                unknown.append(f"{path.relative_to(root_dir)}:{node.lineno}: {root.id}.{parts}")
                break
            obj = getattr(obj, part)
    return unknown


def test_forgiveness_mode_is_off_in_the_tests():
    from PySide6.QtCore import QLibraryInfo

    assert not hasattr(QLibraryInfo, "TranslationsPath")


def test_every_qt_enum_path_in_the_gui_exists():
    files = sorted((ROOT / "ui").rglob("*.py")) + [ROOT / "main.py"]
    assert len(files) > 50
    unknown = [line for path in files for line in _unknown_paths(path)]
    assert unknown == []


def test_an_old_unscoped_name_is_found(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QLibraryInfo, Qt\n"
                      "a = Qt.AlignmentFlag.AlignLeft\n"
                      "b = QLibraryInfo.path(QLibraryInfo.TranslationsPath)\n", encoding="utf-8")
    assert _unknown_paths(sample, tmp_path) == ["sample.py:3: QLibraryInfo.TranslationsPath"]
