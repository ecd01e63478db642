"""The code `@dataclass` compiles, kept from one start to the next (start-up time).

WORKAROUND (CPython 3.11 and 3.12): `@dataclass` writes each class's `__init__`,
`__repr__`, `__eq__`, `__hash__`, ... as source text and compiles every method on its own
with `exec(text, globals, namespace)`: some 230 compilations for the ~40 dataclasses the
agency window imports, about 13 ms of every start on the 2-core reference machine
(Python 3.13 compiles once per class, and is cheaper).

`install(folder)` gives the `dataclasses` module its own `exec`: it runs the same text
compiled by an earlier start (a `code.marshal` file, like the `.pyc` files Python keeps of
our modules), and compiles what it has not seen. Only the compiling is skipped: the code
object is the one `compile(text)` gives, run with the same globals and namespace, so each
class gets exactly the methods it would get without the cache. The key is the whole text,
so a changed class or another Python release only misses (and compiles); the file is
stamped with the interpreter's bytecode magic number and -O level, and read only when both
match and the CRC-32 of its contents is the one it records. A missing, unreadable,
damaged or oversized file is the same as none.

`save()` writes the texts this process used (after the window is ready): the file holds
the start path, and entries of older versions drop out. It is written to a temporary
file and renamed into place, so another instance never reads half a file.

Where: only the per-user cache folder of the platform, which only that user can write
(the GUI does not install it when the data lives in a portable, environment- or IT-set
folder: such a folder may be shared, and a file others can write would run as code in
every user's start). Only the start-up time changes there.
"""

from __future__ import annotations

import builtins
import dataclasses
import importlib.util
import logging
import marshal
import os
import sys
import tempfile
import zlib
from pathlib import Path
from types import CodeType
from typing import Any

log = logging.getLogger(__name__)

FILE_NAME = "code.marshal"
MAX_BYTES = 8 * 1024 * 1024  # the start path needs ~0.25 MB
# The interpreter's bytecode format, and its -O level (compile() follows it); after the
# header, the CRC-32 of the body (a damaged byte inside a code object would otherwise load,
# and could crash every start before a save replaced the file; zlib is loaded already, where
# hashlib would load OpenSSL before the window shows), then the body.
_HEADER = (b"digigov-code-cache-2\n" + importlib.util.MAGIC_NUMBER
           + bytes([sys.flags.optimize & 0xFF]))
_CHECK = 4


def _check(body: bytes) -> bytes:
    return zlib.crc32(body).to_bytes(_CHECK, "big")


class CodeCache:
    """Compiled code by source text; `exec` is what `dataclasses` calls."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.codes: dict[str, CodeType] = {}
        self.used: set[str] = set()
        self.hits = 0
        self.misses = 0  # texts compiled by this process
        self._unsaved = False

    def load(self) -> int:
        """Read the file (when there is a usable one); the number of texts it held."""
        try:
            with open(self.path, "rb") as stream:
                raw = stream.read(MAX_BYTES + 1)
        except OSError:
            return 0
        if len(raw) > MAX_BYTES or not raw.startswith(_HEADER):
            return 0
        check, body = raw[len(_HEADER):len(_HEADER) + _CHECK], raw[len(_HEADER) + _CHECK:]
        if _check(body) != check:
            log.info("ignoring a damaged code cache: %s", self.path)
            return 0
        try:
            codes = marshal.loads(body)
        except (EOFError, ValueError, TypeError):
            log.info("ignoring a damaged code cache: %s", self.path)
            return 0
        if not isinstance(codes, dict) or not all(
                type(k) is str and type(v) is CodeType for k, v in codes.items()):
            return 0
        self.codes.update(codes)
        return len(codes)

    def exec(self, source: Any, globals: dict | None = None,  # noqa: A002 - exec's own names
             locals: Any = None, /) -> None:
        """`builtins.exec`, with source text compiled once across starts."""
        if type(source) is not str or type(globals) is not dict:
            if globals is None:  # exec's default: the caller's globals (the dataclasses module)
                globals = vars(dataclasses)  # noqa: A001
            builtins.exec(source, globals, locals)
            return
        code = self.codes.get(source)
        if code is None:
            # As exec(text) compiles it: file name "<string>", no `from __future__` of
            # ours (dataclasses.py has none to pass on).
            code = self.codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
            self.misses += 1
            self._unsaved = True
        else:
            self.hits += 1
        self.used.add(source)
        builtins.exec(code, globals, locals)

    def save(self) -> bool:
        """Write the texts used so far, when any had to be compiled; True when written."""
        if not self._unsaved:
            return False
        # Another thread may be importing (defining dataclasses) meanwhile: work on a copy of
        # the set (one call, so it cannot change halfway), and let a text compiled during the
        # write mark the cache unsaved again. A text is in `codes` before it is in `used`.
        self._unsaved = False
        used = self.used.copy()
        body = marshal.dumps({text: self.codes[text] for text in used})
        data = _HEADER + _check(body) + body
        if len(data) > MAX_BYTES:  # load() would refuse it: keep the file there is
            log.info("not keeping a code cache of %d bytes (over %d)", len(data), MAX_BYTES)
            return False
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".code-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as stream:
                    stream.write(data)
                os.replace(tmp, self.path)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:  # a read-only profile only costs start-up time
            log.info("cannot keep the code cache: %s", exc)
            self._unsaved = True
            return False
        return True


_installed: CodeCache | None = None


def install(folder: Path) -> CodeCache:
    """Use (and later `save()`) the code cache in `folder` for every `@dataclass` from now on.

    Installing again in the same process keeps the first cache.
    """
    global _installed
    if _installed is None:
        cache = CodeCache(Path(folder) / FILE_NAME)
        cache.load()
        dataclasses.exec = cache.exec  # type: ignore[attr-defined]  # shadows the builtin
        _installed = cache
    return _installed


def uninstall() -> None:
    """`dataclasses` compiles with the builtin `exec` again."""
    global _installed
    if _installed is not None and getattr(dataclasses, "exec", None) == _installed.exec:
        del dataclasses.exec  # type: ignore[attr-defined]
    _installed = None


def save() -> bool:
    """Write the installed cache when this start compiled something new."""
    return _installed.save() if _installed is not None else False
