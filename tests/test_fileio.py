"""Atomic file writes: the target changes whole or not at all, and no .part is left."""

from __future__ import annotations

import pytest

from digigov_desktop.fileio import staged_file, write_atomic


def test_write_atomic_replaces_whole(tmp_path):
    target = tmp_path / "sub" / "f.pdf"
    write_atomic(target, b"one")
    write_atomic(target, b"two", private=True)
    assert target.read_bytes() == b"two"
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
