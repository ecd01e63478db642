"""digigov_desktop.log: the rotating log file (its own small handler)."""

from __future__ import annotations

import logging

from digigov_desktop.log import LOG_FILE, RotatingFile, init_logging


def _records(handler: logging.Handler, count: int, size: int) -> None:
    for n in range(count):
        handler.handle(logging.makeLogRecord({"msg": f"{n:04d} " + "x" * size,
                                              "levelno": logging.INFO}))


def test_the_file_rotates_by_size_keeping_the_newest_backups(tmp_path):
    path = tmp_path / "app.log"
    handler = RotatingFile(path, max_bytes=1000, backups=2)
    try:
        _records(handler, 40, 95)  # 100 bytes a line: 9 lines a file, then it rolls over
    finally:
        handler.close()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["app.log", "app.log.1", "app.log.2"]  # no .3: two backups kept
    sizes = [(tmp_path / n).stat().st_size for n in names]
    assert all(size < 1000 for size in sizes)
    newest = path.read_text("utf-8").splitlines()
    assert newest[-1].startswith("0039 ")
    every = [line[:4] for n in reversed(names) for line in
             (tmp_path / n).read_text("utf-8").splitlines()]
    assert every == [f"{n:04d}" for n in range(int(every[0]), 40)]


def test_the_files_are_those_the_standard_library_handler_writes(tmp_path):
    import logging.handlers

    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir()
    theirs.mkdir()
    handlers = [RotatingFile(ours / "app.log", max_bytes=700, backups=3),
                logging.handlers.RotatingFileHandler(theirs / "app.log", maxBytes=700,
                                                     backupCount=3, encoding="utf-8")]
    try:
        for handler in handlers:
            _records(handler, 25, 37)
            _records(handler, 5, 700)  # a line longer than the limit gets a file of its own
    finally:
        for handler in handlers:
            handler.close()
    assert {p.name: p.read_bytes() for p in ours.iterdir()} == \
        {p.name: p.read_bytes() for p in theirs.iterdir()}


def test_a_log_under_the_limit_is_appended_to(tmp_path):
    path = tmp_path / "app.log"
    path.write_text("earlier\n", "utf-8")
    handler = RotatingFile(path, max_bytes=10_000, backups=5)
    try:
        _records(handler, 3, 10)
    finally:
        handler.close()
    assert path.read_text("utf-8").splitlines()[0] == "earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["app.log"]


def test_init_logging_writes_the_application_loggers_to_the_file(tmp_path):
    path = init_logging(tmp_path / "logs")
    assert path == tmp_path / "logs" / LOG_FILE
    logging.getLogger("digigov_desktop.test").info("hello from the test")
    for handler in logging.getLogger("digigov_desktop").handlers:
        handler.flush()
    assert "hello from the test" in path.read_text("utf-8")
    for name in ("digigov_desktop", "ui"):
        logger = logging.getLogger(name)
        for handler in list(logger.handlers):
            if getattr(handler, "baseFilename", None) == str(path):
                logger.removeHandler(handler)
                handler.close()
