"""Atomic file writes: the target changes whole or not at all, and no .part is left."""

from __future__ import annotations

import pytest

from digigov_desktop import fileio
from digigov_desktop.fileio import staged_file, write_atomic


def test_write_atomic_replaces_whole(tmp_path):
    target = tmp_path / "sub" / "f.pdf"
    write_atomic(target, b"one")
    write_atomic(target, b"two", private=True)
    assert target.read_bytes() == b"two"
    if fileio.POSIX_PERMISSIONS:
        assert (target.stat().st_mode & 0o777) == 0o600
    assert sorted(p.name for p in target.parent.iterdir()) == ["f.pdf"]


def test_staged_file_appears_only_when_the_block_succeeds(tmp_path):
    target = tmp_path / "f.pdf"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), staged_file(target, b"new") as tmp:
        assert tmp.read_bytes() == b"new" and target.read_bytes() == b"old"
        raise RuntimeError("the database commit failed")
    assert target.read_bytes() == b"old"
    assert list(tmp_path.iterdir()) == [target]
    with staged_file(target, b"new"):
        pass
    assert target.read_bytes() == b"new"


def _in_use(winerror):
    exc = PermissionError(13, "The process cannot access the file")
    exc.winerror = winerror
    return exc


def test_replace_waits_for_a_scanner_to_let_go_on_windows(tmp_path, monkeypatch):
    from digigov_desktop import fileio

    calls = []
    real_replace = fileio.os.replace

    def flaky(src, dst):
        calls.append(dst)
        if len(calls) < 3:
            raise _in_use(32)
        real_replace(src, dst)

    monkeypatch.setattr(fileio, "WINDOWS", True)
    monkeypatch.setattr(fileio.os, "replace", flaky)
    write_atomic(tmp_path / "f.pdf", b"new")
    assert (tmp_path / "f.pdf").read_bytes() == b"new" and len(calls) == 3


def test_replace_onto_a_file_held_open_says_so_and_leaves_no_part(tmp_path, monkeypatch):
    from digigov_desktop import fileio

    def held_open(src, dst):
        raise _in_use(32)

    monkeypatch.setattr(fileio, "WINDOWS", True)
    monkeypatch.setattr(fileio, "REPLACE_WAIT_S", 0.2)
    monkeypatch.setattr(fileio.os, "replace", held_open)
    (tmp_path / "f.pdf").write_bytes(b"old")
    with pytest.raises(fileio.FileInUseError, match="open in another program"):
        write_atomic(tmp_path / "f.pdf", b"new")
    assert [p.name for p in tmp_path.iterdir()] == ["f.pdf"]


def test_replace_other_permission_errors_are_not_retried(tmp_path, monkeypatch):
    from digigov_desktop import fileio

    calls = []

    def denied(src, dst):
        calls.append(dst)
        raise PermissionError(13, "read-only folder")

    monkeypatch.setattr(fileio, "WINDOWS", True)
    monkeypatch.setattr(fileio.os, "replace", denied)
    with pytest.raises(PermissionError) as info:
        write_atomic(tmp_path / "f.pdf", b"new")
    assert not isinstance(info.value, fileio.FileInUseError) and len(calls) == 1


@pytest.mark.parametrize(("code_page", "expected"), [(850, "cp850"), (1252, "cp1252"),
                                                    (0, "utf-8")])
def test_console_output_follows_the_console_code_page_on_windows(monkeypatch, code_page,
                                                                  expected):
    import io
    import sys

    from digigov_desktop import fileio

    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252")
    monkeypatch.setattr(fileio, "WINDOWS", True)
    monkeypatch.delenv("PYTHONIOENCODING", raising=False)
    monkeypatch.setattr(fileio, "_console_output_cp", lambda: code_page)
    monkeypatch.setattr(sys, "stdout", stream)
    monkeypatch.setattr(sys, "stderr", io.TextIOWrapper(io.BytesIO(), encoding="cp1252"))
    fileio.configure_console()
    print("Apertura y participación ✓", file=stream)
    stream.flush()
    assert stream.encoding.replace("_", "-") == expected
    text = raw.getvalue().decode(expected)
    assert "participación" in text


def test_console_is_left_alone_off_windows(monkeypatch):
    import sys

    from digigov_desktop import fileio

    before = sys.stdout
    monkeypatch.setattr(fileio, "WINDOWS", False)
    fileio.configure_console()
    assert sys.stdout is before
