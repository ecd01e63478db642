"""Every CSV and XLSX the project writes goes through here, so that text stays text.

Agency-controlled text (names, file names, messages) reaches spreadsheets the coordinator's
analysts open. A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return is evaluated as a formula by Excel and LibreOffice (CSV/formula injection,
CWE-1236). Following OWASP's "CSV Injection" guidance, such a CSV cell is prefixed with a
single quote (``'``); the csv module quotes any cell holding the separator, a quote or a
line break and doubles embedded quotes (RFC 4180). Numbers are not text and stay numbers.
In XLSX, text is always stored as a string cell (``data_type`` ``'s'``, never a formula);
risky text also gets Excel's "quote prefix" style so that editing the cell keeps it text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digigov_desktop.fileio import write_atomic

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

# First characters a spreadsheet evaluates (OWASP CSV Injection; ASVS 1.2.10 adds NUL).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")


def risky(text: str) -> bool:
    """True when a spreadsheet could read `text` as a formula."""
    return text.startswith(FORMULA_TRIGGERS)


def csv_text(text: str) -> str:
    """`text` neutralised for a CSV cell: prefixed with ``'`` when it starts a formula."""
    return "'" + text if risky(text) else text


def format_number(value: float, *, decimal: str = ".") -> str:
    """A score as CSV text: whole numbers without a decimal part, others to 4 places."""
    text = str(int(value)) if value.is_integer() else repr(round(value, 4))
    return text.replace(".", decimal) if decimal != "." else text


def csv_cell(value: Any, *, decimal: str = ".") -> str:
    """One CSV cell: empty for None, numbers as numbers, anything else as neutralised text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_number(value, decimal=decimal)
    return csv_text(str(value))


def csv_bytes(
    header: Sequence[str], rows: Iterable[Sequence[Any]], *, excel_es: bool = False,
) -> bytes:
    """A whole CSV file: UTF-8 with BOM, CRLF line ends.

    Args:
        header: column names (neutralised like any text).
        rows: values (str, int, float or None).
        excel_es: for Excel in a Spanish locale: ``;`` separator and decimal comma.
    """
    delimiter, decimal = (";", ",") if excel_es else (",", ".")
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(csv_cell(h) for h in header)
    for row in rows:
        writer.writerow(csv_cell(v, decimal=decimal) for v in row)
    return buffer.getvalue().encode("utf-8-sig")


def xlsx_value(value: Any) -> Any:
    """A value for `xlsx_append`: whole floats as int, the rest unchanged."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def xlsx_append(sheet: Worksheet, values: Sequence[Any]) -> None:
    """Append a row; every text cell is a string cell (never a formula)."""
    sheet.append([xlsx_value(v) for v in values])
    row = sheet.max_row
    for column, value in enumerate(values, 1):
        if isinstance(value, str):
            xlsx_text(sheet.cell(row=row, column=column), value)


def xlsx_text(cell: Any, text: str) -> None:
    """Store `text` in an openpyxl cell as a string (openpyxl makes ``=…`` a formula)."""
    cell.value = text
    cell.data_type = "s"
    if risky(text):
        cell.quotePrefix = True


def write_csv(
    path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]], *,
    excel_es: bool = False,
) -> Path:
    """Write `csv_bytes(...)` to `path` atomically. Raises OSError."""
    return write_atomic(Path(path), csv_bytes(header, rows, excel_es=excel_es))
