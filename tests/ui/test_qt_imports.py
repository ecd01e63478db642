"""ui/qt_imports.py: PySide6's per-import check, asked of the raw file, answers the same."""

from __future__ import annotations

import sys

import pytest

from ui import qt_imports


def _feature():
    import PySide6.QtCore  # noqa: F401 - loads shibokensupport.feature

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        pytest.skip("this PySide6 has no per-import source check")
    return feature


def test_the_raw_check_answers_as_pysides_own_for_every_loaded_module(qapp):
    feature = _feature()
    assert qt_imports.speed_up_feature_check()
    fast = feature._mod_uses_pyside
    assert getattr(fast, "_digigov_fast", False)
    original = fast.__closure__[0].cell_contents  # what PySide6 had
    import inspect

    import ui.launcher  # noqa: F401 - a module of ours that uses Qt

    modules = [m for m in list(sys.modules.values()) if m is not None]
    answers = {m.__name__: fast(m) for m in modules}
    assert answers == {m.__name__: original(m) for m in modules}
    assert answers["ui.launcher"] is True and answers["digigov_desktop.paths"] is False
    assert answers["json"] is False and answers["PySide6.QtCore"] is False  # no .py file
    assert inspect.getsource(qt_imports).count("PySide6") > 0 and answers["ui.qt_imports"]


def test_installing_twice_keeps_one_wrapper(qapp):
    feature = _feature()
    qt_imports.speed_up_feature_check()
    first = feature._mod_uses_pyside
    assert qt_imports.speed_up_feature_check()
    assert feature._mod_uses_pyside is first


def test_without_pysides_check_nothing_is_replaced(monkeypatch):
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", None)
    assert qt_imports.speed_up_feature_check() is False
