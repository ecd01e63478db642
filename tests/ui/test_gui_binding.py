"""The Qt binding must not corrupt Python's singletons (PySide6 6.12.0 on Python 3.11 does)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox


class _Emitter(QObject):
    flag = Signal(object, bool)


def test_signals_and_variants_keep_singleton_refcounts(qapp):
    emitter = _Emitter()
    emitter.flag.connect(lambda value, checked: None)
    combo = QComboBox()
    combo.addItem("x", None)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        emitter.flag.emit(None, True)
        combo.itemData(0)
    after = sys.getrefcount(None), sys.getrefcount(True)
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5, (
        "this PySide6 build over-releases None/True: pin another version (constraints.txt)")
