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
            names.add(node.module)  # and `from pkg import sub` names pkg.sub too:
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
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


# --- the front ends see services only (DESIGN.md §10) -----------------------------------

FRONT_ENDS = (ROOT / "ui", CORE / "cli")
FRONT_END_FORBIDDEN = ("digigov_desktop.storage", "sqlite_utils")


def test_front_ends_never_reach_into_storage():
    """The GUI and the CLI call services; neither opens a store or reads a row itself."""
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            n for n in _imports(path) if _matches(n, FRONT_END_FORBIDDEN)
        )
        for folder in FRONT_ENDS
        for path in folder.rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


# What the GUI may import of the core (issue #13): the services and what their interfaces
# speak in; `log` because the GUI, like the CLI, sets up logging when it starts; `language`
# because both front ends start in the language the same rule picks; `code_cache` because
# the GUI installs it when it starts, before the modules with dataclasses are imported;
# `arguments` because both front ends answer `--help` and usage errors in that language.
GUI_MAY_IMPORT = tuple(f"digigov_desktop.{name}" for name in (
    "services", "domain", "errors", "config", "messages", "paths", "log", "language",
    "code_cache", "arguments"))


def test_the_gui_imports_only_services_and_what_they_speak_in():
    offenders = {
        str(path.relative_to(ROOT)): sorted(
            n for n in _imports(path)
            if _matches(n, ("digigov_desktop",))
            and n not in ("digigov_desktop", "digigov_desktop.__version__")
            and not _matches(n, GUI_MAY_IMPORT))
        for path in (ROOT / "ui").rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_sqlite_utils_lives_only_in_storage():
    offenders = sorted(
        str(path.relative_to(ROOT))
        for top in (CORE, ROOT / "ui")
        for path in top.rglob("*.py")
        if not path.is_relative_to(CORE / "storage") and any(
            _matches(n, ("sqlite_utils",)) for n in _imports(path))
    )
    assert offenders == []


def test_cms_is_imported_with_all_its_attribute_names():
    """asn1crypto's CMS name table is built once; `signing/asn1_cms.py` imports what adds
    names to it first. A module taking `cms` from asn1crypto directly could freeze the table
    before that, and break every later pyHanko signature in the process."""
    offenders = sorted(
        str(path.relative_to(ROOT))
        for top in (CORE, ROOT / "ui")
        for path in top.rglob("*.py")
        if path != CORE / "signing" / "asn1_cms.py"
        and "asn1crypto.cms" in _imports(path)
    )
    assert offenders == []


# --- no import cycle ---------------------------------------------------------------------
# The graph: one node per module of `digigov_desktop` and `ui`; an edge for every import
# statement naming another project module (`from pkg import sub` names the submodule
# `pkg.sub` when it is one, else `pkg`). Two graphs are checked:
#   * module-level imports (what runs when a module is imported): no cycle. Imports under
#     `if TYPE_CHECKING:` never run (annotations only, with `from __future__ import
#     annotations`) and are not edges.
#   * every import, function-local ones too. The code imports heavy things inside
#     functions on purpose (start-up time, see ui/launcher.py), which hides circles from
#     Python but not from the design: a circle through a function-local import is allowed
#     only when recorded in LAZY_EDGES_ALLOWED with the reason.
# The implicit import of a parent package when a submodule loads is not an edge: a package
# is always initialised before its submodules, and `__init__` re-exporting them is the
# normal way to give a package its API.
LAZY_EDGES_ALLOWED: dict[tuple[str, str], str] = {
    ("digigov_desktop.services.evaluations", "digigov_desktop.services.raters"):
        "readiness asks the team-rating rules, which build on EvaluationService (#15)",
    ("digigov_desktop.reports.team_annex", "digigov_desktop.reports.pdf_story_parts"):
        "the annex is drawn with the story's table helpers; report data builds the annex (#15)",
}


def _project_modules() -> dict[str, Path]:
    modules = {}
    for top in ("digigov_desktop", "ui"):
        for path in (ROOT / top).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def _import_graph(modules: dict[str, Path], *, local: bool) -> dict[str, set[str]]:
    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    def targets(node: ast.Import | ast.ImportFrom, module: str) -> set[str]:
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            base = node.module or ""
            if node.level:
                package = module if modules[module].name == "__init__.py" else module.rpartition(
                    ".")[0]
                for _ in range(node.level - 1):
                    package = package.rpartition(".")[0]
                base = f"{package}.{base}".strip(".")
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base
                     for a in node.names]
        return {r for n in names if (r := resolve(n)) is not None and r != module}

    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        edges: set[str] = set()

        def visit(node: ast.AST, in_function: bool, module: str = module,
                  edges: set[str] = edges) -> None:
            for child in ast.iter_child_nodes(node):
                if _type_checking_only(child):
                    continue
                inner = in_function or isinstance(
                    child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
                if isinstance(child, ast.Import | ast.ImportFrom) and (local or not inner):
                    edges |= targets(child, module)
                visit(child, inner)

        visit(ast.parse(path.read_text("utf-8"), filename=str(path)), False)
        graph[module] = edges
    return graph


def _type_checking_only(node: ast.AST) -> bool:
    """`if TYPE_CHECKING:` (or `typing.TYPE_CHECKING`) without an else branch."""
    if not isinstance(node, ast.If) or node.orelse:
        return False
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_no_import_cycle_at_module_level():
    assert _cycles(_import_graph(_project_modules(), local=False)) == []


def test_no_import_cycle_through_function_local_imports():
    graph = _import_graph(_project_modules(), local=True)
    for (source, target) in LAZY_EDGES_ALLOWED:
        graph[source].discard(target)
    assert _cycles(graph) == []


def test_the_cycle_check_sees_cycles(tmp_path):
    """Guard against a checker that can never fail: a known circle, module-level and lazy."""
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("from pkg import one\n")
    (package / "one.py").write_text("def f():\n    from pkg.two import g\n")
    (package / "two.py").write_text("from pkg import one\n")
    modules = {"pkg": package / "__init__.py", "pkg.one": package / "one.py",
               "pkg.two": package / "two.py"}
    assert _cycles(_import_graph(modules, local=False)) == []
    assert _cycles(_import_graph(modules, local=True)) == [["pkg.one", "pkg.two"]]
    (package / "two.py").write_text("from typing import TYPE_CHECKING\n"
                                    "if TYPE_CHECKING:\n    from pkg import one\n")
    assert _cycles(_import_graph(modules, local=True)) == []
