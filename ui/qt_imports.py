"""PySide6's per-import source check, made cheap (start-up time).

WORKAROUND: once PySide6 is loaded, its `__feature__` support (shibokensupport.feature)
looks at every module named by an `import` statement, the first time each name is seen,
to decide whether the module "uses PySide6": `inspect.getsource(module)` searched for the
string "PySide6". inspect reads and decodes the whole file through linecache, some 0.1 ms
per module: ~9 ms of every start-up for the ~90 modules the agency window imports after Qt.

`speed_up_feature_check()` swaps that test for the same question asked of the file's raw
bytes (a .py file; anything else still goes to PySide6's own test). Only the speed
changes: the answer is the same, so the `from __feature__ import ...` switching PySide6
offers (which we do not use) would still see the same modules. When a PySide6 release
changes that internal function, nothing is replaced and start-up is as before.
"""

from __future__ import annotations

import sys
from types import ModuleType

_MARK = "_digigov_fast"


def _raw_source_check(original):
    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    setattr(mod_uses_pyside, _MARK, True)
    return mod_uses_pyside


def speed_up_feature_check() -> bool:
    """Install the raw-bytes check (after PySide6 is imported); True when it is in place."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if not getattr(original, _MARK, False):
        feature._mod_uses_pyside = _raw_source_check(original)  # type: ignore[attr-defined]
    return True
