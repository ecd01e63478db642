"""digigov_desktop.code_cache: @dataclass's generated code, compiled once across starts."""

from __future__ import annotations

import dataclasses
import marshal
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from digigov_desktop import code_cache
from digigov_desktop.code_cache import CodeCache

ROOT = Path(__file__).resolve().parent.parent

CLASSES = '''
from dataclasses import dataclass, field

@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0
    tags: tuple[str, ...] = ()

@dataclass
class Bag:
    name: str
    items: list[int] = field(default_factory=list)
    note: str = field(default="", repr=False, compare=False)
'''

METHODS = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__",
           "__lt__", "__ge__")


def _define(cache: CodeCache | None, monkeypatch) -> dict:
    """Run CLASSES with `cache` answering dataclasses' exec (None: the builtin one)."""
    with monkeypatch.context() as patch:
        if cache is None:
            patch.delattr(dataclasses, "exec", raising=False)
        else:
            patch.setattr(dataclasses, "exec", cache.exec, raising=False)
        namespace: dict = {"__name__": "probe"}
        exec(compile(CLASSES, "probe.py", "exec", dont_inherit=True), namespace)
    return namespace


def _codes(cls: type) -> dict[str, tuple]:
    out = {}
    for name in METHODS:
        function = cls.__dict__.get(name)
        if function is not None and hasattr(function, "__code__"):
            code = function.__code__
            out[name] = (code.co_code, code.co_consts, code.co_names, code.co_varnames,
                         code.co_freevars, function.__defaults__, function.__kwdefaults__)
    return out


def _behaviour(ns: dict) -> list:
    point, bag = ns["Point"], ns["Bag"]
    p = point(1, 2, ("a",))
    try:
        p.x = 5  # frozen
        frozen = False
    except dataclasses.FrozenInstanceError:
        frozen = True
    b1, b2 = bag("b"), bag("b")
    b1.items.append(1)
    return [repr(p), p == point(1, 2, ("a",)), hash(p) == hash(point(1, 2, ("a",))),
            point(1) < point(2), frozen, repr(b1), b2.items, bag("x", note="n") == bag("x"),
            point.__doc__, bag.__match_args__]


def test_a_warm_cache_builds_the_classes_python_builds_without_compiling(tmp_path,
                                                                         monkeypatch):
    plain = _define(None, monkeypatch)
    cold = CodeCache(tmp_path / "code.marshal")
    first = _define(cold, monkeypatch)
    assert cold.misses > 0 and cold.hits == 0
    assert cold.save()
    warm = CodeCache(tmp_path / "code.marshal")
    assert warm.load() == cold.misses
    second = _define(warm, monkeypatch)
    assert warm.misses == 0 and warm.hits == cold.misses  # nothing compiled again
    for ns in (first, second):
        for name in ("Point", "Bag"):
            assert _codes(ns[name]) == _codes(plain[name])
        assert _behaviour(ns) == _behaviour(plain)
    assert not warm.save()  # nothing new: the file is left as it is


def test_a_changed_class_only_misses(tmp_path, monkeypatch):
    cache = CodeCache(tmp_path / "code.marshal")
    _define(cache, monkeypatch)
    cache.save()
    again = CodeCache(tmp_path / "code.marshal")
    again.load()
    with monkeypatch.context() as patch:
        patch.setattr(dataclasses, "exec", again.exec, raising=False)
        namespace: dict = {"__name__": "probe"}
        exec(compile("from dataclasses import dataclass\n"
                     "@dataclass\nclass Point:\n    x: int\n    z: str = 'z'\n",
                     "probe.py", "exec", dont_inherit=True), namespace)
    assert again.misses >= 1
    assert repr(namespace["Point"](3)) == "Point(x=3, z='z')"


def _file(body: bytes, header: bytes = code_cache._HEADER) -> bytes:
    """A cache file as `save` writes it: header, CRC-32 of the body, body."""
    return header + zlib.crc32(body).to_bytes(4, "big") + body


GOOD_BODY = marshal.dumps({"x = 1": compile("x = 1", "<string>", "exec")})


@pytest.mark.parametrize("content", [
    b"",
    b"not a cache at all",
    _file(GOOD_BODY, b"digigov-code-cache-2\n\0\0\0\0\0"),  # another interpreter
    _file(GOOD_BODY, code_cache._HEADER[:-1] + bytes([sys.flags.optimize + 1])),  # other -O
    _file(GOOD_BODY)[:-1] + b"!",  # a damaged byte: the check no longer matches
    _file(GOOD_BODY).replace(b"x = 1", b"x = 2"),
    _file(b"\xff\x00garbage"),
    _file(marshal.dumps({"x": 1})[:-1]),  # cut short
    _file(marshal.dumps(["a", "list"])),
    _file(marshal.dumps({"def f(): pass": "not code"})),
    _file(b"\0" * (code_cache.MAX_BYTES + 1)),
], ids=["empty", "text", "other-magic", "other-O", "damaged-end", "damaged-text", "garbage",
        "truncated", "list", "non-code", "huge"])
def test_a_damaged_or_foreign_file_is_the_same_as_none(tmp_path, monkeypatch, content):
    path = tmp_path / "code.marshal"
    path.write_bytes(content)
    cache = CodeCache(path)
    assert cache.load() == 0
    ns = _define(cache, monkeypatch)
    assert _behaviour(ns) == _behaviour(_define(None, monkeypatch))
    assert cache.save()  # and a good file replaces it
    assert CodeCache(path).load() == cache.misses


def test_a_folder_that_cannot_be_written_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    cache = CodeCache(blocker / "cache" / "code.marshal")  # its parent cannot be made
    _define(cache, monkeypatch)
    assert cache.save() is False
    assert not list(tmp_path.glob("**/.code-*"))


def test_a_cache_over_the_size_limit_is_not_written(tmp_path, monkeypatch):
    """`load` refuses a file over MAX_BYTES, so `save` does not write one: the file there
    is stays (it still holds a start path)."""
    path = tmp_path / "code.marshal"
    cache = CodeCache(path)
    _define(cache, monkeypatch)
    assert cache.save()
    kept = path.read_bytes()
    monkeypatch.setattr(code_cache, "MAX_BYTES", len(kept) + 100)
    for n in range(50):
        cache.exec(f"y{n} = {n}", {}, {})
    assert cache.save() is False
    assert path.read_bytes() == kept
    assert not list(tmp_path.glob(".code-*"))
    assert CodeCache(path).load() == len(marshal.loads(kept[len(_file(b"")):]))


def test_exec_without_globals_runs_in_the_dataclasses_module(tmp_path):
    cache = CodeCache(tmp_path / "code.marshal")
    ns: dict = {}
    cache.exec("found = MISSING", None, ns)  # a name of the dataclasses module
    assert ns["found"] is dataclasses.MISSING
    assert cache.misses == 0  # not a text dataclasses hands over: not cached


def test_the_start_path_compiles_nothing_on_the_second_start(tmp_path):
    """Two processes import what the agency window imports: the first fills the cache,
    the second finds every method of every dataclass in it."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from digigov_desktop import code_cache\n"
        "cache = code_cache.install(Path(sys.argv[1]))\n"
        "import ui.session, ui.main_window, ui.pages.element_page\n"
        "print(cache.hits, cache.misses, code_cache.save())\n"
        "code_cache.uninstall()\n"
        "import dataclasses\n"
        "print(hasattr(dataclasses, 'exec'))\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def start() -> list[str]:
        return subprocess.run([sys.executable, "-c", script, str(tmp_path)], cwd=ROOT,
                              env=env, capture_output=True, text=True, check=True,
                              timeout=120).stdout.split()

    hits, misses, saved, patched = start()
    assert int(hits) == 0 and int(misses) > 100 and saved == "True" and patched == "False"
    hits2, misses2, saved2, _ = start()
    assert int(misses2) == 0 and int(hits2) == int(misses) and saved2 == "False"


def test_saving_while_another_thread_defines_dataclasses(tmp_path, monkeypatch):
    """The window saves the cache on the GUI thread while a background task may be
    importing modules (defining dataclasses): the save must not trip over the growing set."""
    import threading

    # The other thread compiles as fast as it is let (on Windows, tens of thousands of texts
    # in the time the saves take): the size limit is not what this test is about.
    monkeypatch.setattr(code_cache, "MAX_BYTES", 1 << 30)
    cache = CodeCache(tmp_path / "code.marshal")
    for n in range(3000):  # a set long enough to be walked while the other thread adds
        cache.exec(f"x{n} = {n}", {}, {})
    stop = threading.Event()
    errors: list[BaseException] = []
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # the threads take turns often

    def define() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            namespace: dict = {"__name__": "probe"}
            try:
                cache.exec(f"def __create_fn__():\n def f(self): return {n}\n return f", {},
                           namespace)
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)
                return

    worker = threading.Thread(target=define)
    worker.start()
    try:
        for _ in range(40):
            cache.save()
    except RuntimeError as exc:  # "Set changed size during iteration"
        errors.append(exc)
    finally:
        stop.set()
        worker.join()
        sys.setswitchinterval(switch)
    assert errors == []
    cache.save()
    assert CodeCache(tmp_path / "code.marshal").load() == len(cache.used)  # nothing dropped
