"""Reading attachments (the payload) from a submission PDF, bounded against hostile files."""

from __future__ import annotations

from collections.abc import Iterator
from io import BytesIO

from pyhanko.pdf_utils import generic, misc
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.rw_common import PdfHandler

__all__ = ["find_attachment", "iter_attachments", "lookup", "read_payload"]

PAYLOAD_NAME = "evaluation.json"
_NAME_TREE_MAX_DEPTH = 16
_NAME_TREE_MAX_ENTRIES = 10_000


def iter_attachments(handler: PdfHandler) -> Iterator[tuple[str, generic.DictionaryObject]]:
    """Yield ``(name, file spec)`` pairs of the /EmbeddedFiles name tree.

    Bounded in depth and size; cycles are not followed.
    """
    try:
        tree = handler.root["/Names"]["/EmbeddedFiles"]
    except (KeyError, TypeError):
        return
    count = 0
    stack: list[tuple[generic.PdfObject, int]] = [(tree, 0)]
    seen: set[int] = set()
    while stack:
        node, depth = stack.pop()
        if not isinstance(node, generic.DictionaryObject) or id(node) in seen:
            continue
        seen.add(id(node))
        names = lookup(node, "/Names")
        if isinstance(names, generic.ArrayObject):
            for i in range(0, len(names) - 1, 2):
                count += 1
                if count > _NAME_TREE_MAX_ENTRIES:
                    raise misc.PdfReadError("attachment name tree too large")
                key, spec = names[i], names[i + 1]
                if isinstance(key, generic.TextStringObject | generic.ByteStringObject):
                    if isinstance(spec, generic.DictionaryObject):
                        yield _key_text(key), spec
        kids = lookup(node, "/Kids")
        if isinstance(kids, generic.ArrayObject) and depth < _NAME_TREE_MAX_DEPTH:
            stack.extend((kids[i], depth + 1) for i in reversed(range(len(kids))))


def lookup(obj: generic.PdfObject, key: str) -> generic.PdfObject | None:
    """Dereferencing ``dict.get`` (pyHanko's ``DictionaryObject.get`` does not dereference)."""
    try:
        return obj[key]  # type: ignore[index]
    except (KeyError, TypeError):
        return None


def lookup_dict(obj: generic.PdfObject, key: str) -> generic.DictionaryObject | None:
    """`lookup`, when the value must be a dictionary (None when it is not)."""
    value = lookup(obj, key)
    return value if isinstance(value, generic.DictionaryObject) else None


def lookup_array(obj: generic.PdfObject, key: str) -> generic.ArrayObject | None:
    """`lookup`, when the value must be an array (None when it is not)."""
    value = lookup(obj, key)
    return value if isinstance(value, generic.ArrayObject) else None


def _key_text(key: generic.PdfObject) -> str:
    if isinstance(key, generic.TextStringObject):
        return str(key)
    if isinstance(key, generic.ByteStringObject):
        return bytes(key).decode("latin-1")  # PDFDocEncoding ~ latin-1
    return str(key)


def find_attachment(handler: PdfHandler, name: str) -> list[bytes]:
    """Return the decoded contents of every attachment called ``name``.

    Args:
        handler: a reader, or a historical resolver for one revision.
        name: the attachment's name in the /EmbeddedFiles name tree.

    Returns:
        One entry per matching file spec (normally zero or one).
    """
    found: list[bytes] = []
    for key, spec in iter_attachments(handler):
        if key != name:
            continue
        ef = lookup(spec, "/EF")
        if not isinstance(ef, generic.DictionaryObject):
            continue
        stream = lookup(ef, "/UF")
        if not isinstance(stream, generic.StreamObject):
            stream = lookup(ef, "/F")
        if isinstance(stream, generic.StreamObject):
            found.append(bytes(stream.data))
    return found


def read_payload(data: bytes, name: str = PAYLOAD_NAME) -> bytes | None:
    """Read an attachment (by default the payload) from a PDF's latest revision.

    This does not verify anything; use ``verify.verify_submission`` for files
    from elsewhere.

    Returns:
        The attachment bytes, or None when the PDF cannot be read or holds no
        single attachment of that name.
    """
    try:
        reader = PdfFileReader(BytesIO(data), strict=True)
        found = find_attachment(reader, name)
    except (misc.PdfError, ValueError, KeyError, TypeError, IndexError, RecursionError):
        return None
    return found[0] if len(found) == 1 else None
