"""The one way every PDF holds its fixed texts: a frozen dataclass per document, filled
from a per-language table (`texts()`), with one number format.

`for_language("es" | "en")` builds the built-in set (any other language is a
`ValueError`); `with_changes(...)` replaces some texts (e.g. by Qt translations).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any, Self

NO_VALUE = "—"


class LabelSet:
    """Base of `ReportLabels`, `ConsolidatedLabels` and `ReceiptLabels`."""

    lang: str

    def __init__(self, **texts: Any) -> None:  # pragma: no cover - dataclasses replace it
        raise TypeError("a LabelSet subclass is a dataclass")

    @classmethod
    def texts(cls) -> Mapping[str, Mapping[str, Any]]:
        """The built-in texts by language (without `lang`)."""
        raise NotImplementedError

    @classmethod
    def for_language(cls, lang: str) -> Self:
        """The built-in labels of `lang` ("es" or "en").

        Raises:
            ValueError: for any other language.
        """
        try:
            texts = cls.texts()[lang]
        except KeyError:
            raise ValueError(f"no {cls.__name__} for language {lang!r}") from None
        return cls(lang=lang, **texts)

    def with_changes(self, **changes: Any) -> Self:
        """A copy with some texts replaced."""
        return replace(self, **changes)  # type: ignore[type-var]


def format_decimal(value: float | None, digits: int, separator: str) -> str:
    """``1.8278`` → ``"1,83"`` with a comma separator; None → ``"—"``."""
    if value is None:
        return NO_VALUE
    return f"{value:.{digits}f}".replace(".", separator)
