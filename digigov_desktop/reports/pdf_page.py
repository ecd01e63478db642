"""Page furniture every PDF of the project shares: "page X of Y" and a date from the data.

`NumberedCanvas` defers each page until the document is complete, so that a footer can
print the total; `date_document` dates the file from the data rather than the wall clock
(with reportlab's invariant mode, identical data give identical bytes).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

# footer(canvas, page number, page count): draws on the page being finished
Footer = Callable[[Canvas, int, int], None]


def parse_utc(stamp: str) -> dt.datetime | None:
    """`2026-03-05T14:03:07.123Z` → an aware UTC datetime (naive: taken as UTC; None when
    it is not ISO 8601)."""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC)


def date_document(canvas: Canvas, stamp: str) -> None:
    """Give the document of `canvas` the creation date `stamp` (unparseable: unchanged)."""
    moment = parse_utc(stamp)
    if moment is None:
        return
    timestamp = canvas._doc._timeStamp
    timestamp.t = moment.timestamp()
    timestamp.lt = moment.timetuple()
    timestamp.YMDhms = tuple(timestamp.lt)[:6]


def dated(stamp: str) -> Callable[[Canvas, Any], None]:
    """An onPage hook that dates the document from `stamp` (for one-page documents)."""

    def hook(canvas: Canvas, _doc: Any) -> None:
        date_document(canvas, stamp)

    return hook


class NumberedCanvas(Canvas):
    """A canvas that draws `footer(canvas, page, total)` on every page once all are known,
    dated from `stamp`; `signature` (optional) seeds the document id instead of the
    content's digest."""

    def __init__(self, *args: Any, footer: Footer, stamp: str,
                 signature: bytes | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._pages: list[dict[str, Any]] = []
        date_document(self, stamp)
        if signature is not None:
            import hashlib

            self._doc.signature = hashlib.md5(usedforsecurity=False)
            self._doc.signature.update(signature)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._footer(self, self._pageNumber, total)
            super().showPage()
        super().save()


def clip(text: str, font: str, size: float, width: float) -> str:
    """`text`, shortened with "…" to fit `width` points in `font` at `size`."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"
