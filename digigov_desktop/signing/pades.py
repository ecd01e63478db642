"""Sign a submission PDF: attach the payload as an associated file and certify it.

One incremental revision adds, in this order of construction:

* the payload (``evaluation.json``) as an embedded file stream (``/Subtype
  /application#2Fjson``, ``/Params`` with ``/Size``, ``/CheckSum`` (MD5),
  ``/CreationDate``, ``/ModDate``), its file specification (``/AFRelationship
  /Data``) in the ``/EmbeddedFiles`` name tree and in the catalog ``/AF`` array
  (the Factur-X / PDF/A-3 associated-file pattern);
* one invisible PAdES B-B **certification** signature (DocMDP level 1: no changes),
  SHA-256 + RSA, created by pyHanko.

RSA keeps the file at PDF 1.7.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
from collections.abc import Awaitable, Callable, Iterator, Sequence
from datetime import UTC, datetime
from io import BytesIO
from typing import TypeVar

from pyhanko.pdf_utils import generic, misc
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.metadata import model as xmp
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.rw_common import PdfHandler
from pyhanko.sign.fields import MDPPerm, SigFieldSpec, SigSeedSubFilter, enumerate_sig_fields
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner

from digigov_desktop.errors import DigigovError
from digigov_desktop.signing.credentials import SignerMaterial

__all__ = [
    "PAYLOAD_MIME",
    "PAYLOAD_NAME",
    "SIGNATURE_FIELD",
    "SubmissionSigningError",
    "find_attachment",
    "read_payload",
    "sign_submission",
]

PAYLOAD_NAME = "evaluation.json"
PAYLOAD_MIME = "application/json"
SIGNATURE_FIELD = "DigiGovSubmission"
_NAME_TREE_MAX_DEPTH = 16
_NAME_TREE_MAX_ENTRIES = 10_000

T = TypeVar("T")


class SubmissionSigningError(DigigovError):
    """The PDF cannot be signed as a submission.

    Codes: ``PDF_UNREADABLE``, ``PDF_ENCRYPTED``, ``PDF_ALREADY_SIGNED``,
    ``PDF_UNSUPPORTED``, ``INVALID_ATTACHMENT``, ``SIGNING_FAILED``.
    """

    code = "SIGNING_FAILED"

    def __init__(self, code: str, message: str | None = None) -> None:
        super().__init__(message or code, code=code)


def run_sync(make_coro: Callable[[], Awaitable[T]]) -> T:
    """Run a pyHanko coroutine from sync code, even inside a running event loop.

    pyHanko's sync wrappers call ``asyncio.run``, which fails inside a running
    loop; in that case the coroutine runs on a short-lived worker thread.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make_coro())  # type: ignore[arg-type]
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(make_coro())).result()  # type: ignore[arg-type]


# --------------------------------------------------------------------------- signing


def sign_submission(
    pdf_bytes: bytes,
    payload: bytes,
    signer: SignerMaterial,
    *,
    payload_name: str = PAYLOAD_NAME,
    extra_files: Sequence[tuple[str, bytes, str]] = (),
    timestamp: datetime | None = None,
) -> bytes:
    """Attach ``payload`` and add the certification signature in one revision.

    Args:
        pdf_bytes: the unsigned report PDF (no signatures, not encrypted).
        payload: the canonical payload bytes (attached as ``application/json``).
        signer: the agency's key, certificate and chain.
        payload_name: attachment name of the payload.
        extra_files: further attachments ``(name, data, mime type)``, associated
            with ``/AFRelationship /Supplement``.
        timestamp: signing time to claim (timezone-aware); defaults to now (UTC).
            It is also used for the attachments' dates.

    Returns:
        The signed PDF bytes.

    Raises:
        SubmissionSigningError: see the class for codes.
        ValueError: ``timestamp`` is naive.
    """
    when = _signing_time(timestamp)
    writer = _open_for_signing(pdf_bytes)
    attachments = [(payload_name, payload, PAYLOAD_MIME, "/Data")]
    attachments += [(name, data, mime, "/Supplement") for name, data, mime in extra_files]
    _check_attachment_names([a[0] for a in attachments])
    specs = [
        _make_filespec(writer, name=n, data=d, mime=m, relationship=r, when=when)
        for n, d, m, r in attachments
    ]
    _register_associated_files(writer, specs)
    _identify_as_pdfa3b(writer)
    return _certify(writer, signer, when)


def _signing_time(timestamp: datetime | None) -> datetime:
    if timestamp is None:
        return datetime.now(UTC).replace(microsecond=0)
    if timestamp.tzinfo is None or timestamp.utcoffset() is None:
        raise ValueError("timestamp must be timezone-aware")
    return timestamp


def _open_for_signing(pdf_bytes: bytes) -> IncrementalPdfFileWriter:
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf_bytes), strict=True)
        if writer.prev.encrypted:
            raise SubmissionSigningError("PDF_ENCRYPTED", "encrypted PDFs cannot be submitted")
        if any(True for _ in enumerate_sig_fields(writer.prev, filled_status=True)):
            raise SubmissionSigningError("PDF_ALREADY_SIGNED", "the PDF is already signed")
    except SubmissionSigningError:
        raise
    except (misc.PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise SubmissionSigningError("PDF_UNREADABLE", f"cannot read PDF: {exc}") from exc
    return writer


def _check_attachment_names(names: list[str]) -> None:
    if any(not isinstance(n, str) or not n.strip() for n in names):
        raise SubmissionSigningError("INVALID_ATTACHMENT", "attachment names must be non-empty")
    if len(set(names)) != len(names):
        raise SubmissionSigningError("INVALID_ATTACHMENT", "attachment names must be unique")


def _make_filespec(
    writer: IncrementalPdfFileWriter,
    *,
    name: str,
    data: bytes,
    mime: str,
    relationship: str,
    when: datetime,
) -> tuple[str, generic.IndirectObject]:
    stream = EmbeddedFileObject.from_file_data(
        writer,
        data=bytes(data),
        compress=True,
        params=EmbeddedFileParams(
            embed_size=True, embed_checksum=True, creation_date=when, modification_date=when
        ),
        mime_type=mime,
    )
    spec = FileSpec(
        file_spec_string=name,
        file_name=name,
        embedded_data=stream,
        af_relationship=pdf_name(relationship),
    )
    return name, writer.add_object(spec.as_pdf_object())


def _register_associated_files(
    writer: IncrementalPdfFileWriter, specs: list[tuple[str, generic.IndirectObject]]
) -> None:
    """Add file specs to the /EmbeddedFiles name tree and the catalog /AF array.

    WORKAROUND for https://github.com/pdf-association/pdf-issues/issues/338 :
    /AF is core syntax only from PDF 2.0 (PDF/A-3 defines it for 1.7), so pyHanko's
    ``embed_file`` bumps the document to 2.0 when given an ``af_relationship``; it
    also appends to the name tree without keeping keys sorted. This does the same
    registration at PDF 1.7, sorted.
    """
    root = writer.root
    names_dict = _lookup(root, "/Names")
    if names_dict is None:
        names_dict = generic.DictionaryObject()
        root["/Names"] = writer.add_object(names_dict)
        writer.update_root()
    tree = _lookup(names_dict, "/EmbeddedFiles")
    if tree is None:
        tree = generic.DictionaryObject()
        names_dict["/EmbeddedFiles"] = writer.add_object(tree)
        writer.update_container(names_dict)
    if "/Kids" in tree:
        raise SubmissionSigningError("PDF_UNSUPPORTED", "nested attachment name trees")
    existing = _lookup(tree, "/Names") or generic.ArrayObject()
    pairs = [(str(existing[i]), existing.raw_get(i + 1)) for i in range(0, len(existing) - 1, 2)]
    clash = {n for n, _ in pairs} & {n for n, _ in specs}
    if clash:
        raise SubmissionSigningError("INVALID_ATTACHMENT", f"already attached: {sorted(clash)}")
    pairs = sorted(pairs + specs, key=lambda p: p[0].encode("utf-16-be"))
    tree["/Names"] = generic.ArrayObject(
        item for name, ref in pairs for item in (generic.pdf_string(name), ref)
    )
    writer.update_container(tree)
    af = _lookup(root, "/AF")
    new_af = generic.ArrayObject(list(af.raw_get(i) for i in range(len(af))) if af else [])
    new_af.extend(ref for _, ref in specs)
    root["/AF"] = writer.add_object(new_af)
    writer.update_root()


SRGB_CONDITION = "sRGB IEC61966-2.1"


@functools.cache
def _srgb_icc_profile() -> bytes:
    """An sRGB ICC profile made by LittleCMS (bundled with Pillow): no file to ship."""
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def _identify_as_pdfa3b(writer: IncrementalPdfFileWriter) -> None:
    """Aim for PDF/A-3b in the signing revision: an sRGB output intent and XMP metadata
    that identifies the file (pdfaid part 3, conformance B) and repeats the Info entries.

    The report already embeds every font and uses no transparency. Not checked by a
    PDF/A validator here (none is available offline); see the issue note.
    """
    info = _lookup(writer.prev.trailer_view, "/Info")
    meta = writer.document_meta
    extra: list[tuple[xmp.ExpandedName, xmp.XmpValue]] = [
        (xmp.ExpandedName(ns=xmp.NS["pdfaid"], local_name="part"), xmp.XmpValue("3")),
        (xmp.ExpandedName(ns=xmp.NS["pdfaid"], local_name="conformance"), xmp.XmpValue("B")),
    ]
    if isinstance(info, generic.DictionaryObject):
        for key, attr in (("/Title", "title"), ("/Author", "author"),
                          ("/Subject", "subject"), ("/Creator", "creator")):
            value = _lookup(info, key)
            if isinstance(value, (generic.TextStringObject, generic.ByteStringObject)):
                setattr(meta, attr, str(value))
        keywords = _lookup(info, "/Keywords")
        if isinstance(keywords, (generic.TextStringObject, generic.ByteStringObject)):
            # WORKAROUND: pyHanko 0.38 writes the XMP property as pdf:keywords, but the
            # XMP PDF schema (and PDF/A's Info/XMP equivalence) says pdf:Keywords; keep
            # the keywords in XMP only, under the right name.
            extra.append((xmp.ExpandedName(ns=xmp.NS["pdf"], local_name="Keywords"),
                          xmp.XmpValue(str(keywords))))
            del info["/Keywords"]
        # Info and XMP must agree: the producer of the final file is pyHanko.
        info_ref = writer.prev.trailer_view.raw_get("/Info")
        info["/Producer"] = generic.TextStringObject(xmp.VENDOR)
        if isinstance(info_ref, generic.IndirectObject):
            writer.mark_update(info_ref)
        created = _lookup(info, "/CreationDate")
        if created is not None:
            try:
                meta.created = generic.parse_pdf_date(str(created))
            except misc.PdfReadError:
                pass
    meta.xmp_extra = [xmp.XmpStructure.of(*extra)]
    profile = generic.StreamObject(
        generic.DictionaryObject({pdf_name("/N"): generic.NumberObject(3)}),
        stream_data=_srgb_icc_profile(),
    )
    profile.compress()
    intent = generic.DictionaryObject({
        pdf_name("/Type"): pdf_name("/OutputIntent"),
        pdf_name("/S"): pdf_name("/GTS_PDFA1"),
        pdf_name("/OutputConditionIdentifier"): generic.pdf_string(SRGB_CONDITION),
        pdf_name("/Info"): generic.pdf_string(SRGB_CONDITION),
        pdf_name("/DestOutputProfile"): writer.add_object(profile),
    })
    writer.root["/OutputIntents"] = generic.ArrayObject([writer.add_object(intent)])
    writer.update_root()


class _TimedPdfSigner(PdfSigner):
    """PdfSigner whose signing session claims a given signing time.

    WORKAROUND for pyHanko 0.38 ``PdfSigner.init_signing_session``, which offers no
    way to pass ``system_time``; it is set on the session right after creation.
    """

    def __init__(self, *args: object, system_time: datetime, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._system_time = system_time

    def init_signing_session(self, pdf_out, existing_fields_only=False):  # type: ignore[override]
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        session.system_time = self._system_time
        return session


def _certify(writer: IncrementalPdfFileWriter, signer: SignerMaterial, when: datetime) -> bytes:
    meta = PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        certify=True,
        docmdp_permissions=MDPPerm.NO_CHANGES,
        # no timestamp server: the dry-run CMS has the exact final size
        tight_size_estimates=True,
    )
    pdf_signer = _TimedPdfSigner(
        meta,
        signer.pyhanko_signer,
        new_field_spec=SigFieldSpec(sig_field_name=SIGNATURE_FIELD),
        system_time=when,
    )
    try:
        out = run_sync(lambda: pdf_signer.async_sign_pdf(writer))
    except (SigningError, misc.PdfError, ValueError) as exc:
        raise SubmissionSigningError("SIGNING_FAILED", f"signing failed: {exc}") from exc
    return out.getvalue()


# --------------------------------------------------------------------------- reading


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
        names = _lookup(node, "/Names")
        if isinstance(names, generic.ArrayObject):
            for i in range(0, len(names) - 1, 2):
                count += 1
                if count > _NAME_TREE_MAX_ENTRIES:
                    raise misc.PdfReadError("attachment name tree too large")
                key, spec = names[i], names[i + 1]
                if isinstance(key, generic.TextStringObject | generic.ByteStringObject):
                    if isinstance(spec, generic.DictionaryObject):
                        yield _key_text(key), spec
        kids = _lookup(node, "/Kids")
        if isinstance(kids, generic.ArrayObject) and depth < _NAME_TREE_MAX_DEPTH:
            stack.extend((kids[i], depth + 1) for i in reversed(range(len(kids))))


def _lookup(obj: generic.PdfObject, key: str) -> generic.PdfObject | None:
    """Dereferencing ``dict.get`` (pyHanko's ``DictionaryObject.get`` does not dereference)."""
    try:
        return obj[key]  # type: ignore[index]
    except (KeyError, TypeError):
        return None


def _key_text(key: generic.PdfObject) -> str:
    if isinstance(key, generic.TextStringObject):
        return str(key)
    return bytes(key).decode("latin-1")  # ByteStringObject: PDFDocEncoding ~ latin-1


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
        ef = _lookup(spec, "/EF")
        if not isinstance(ef, generic.DictionaryObject):
            continue
        stream = _lookup(ef, "/UF")
        if not isinstance(stream, generic.StreamObject):
            stream = _lookup(ef, "/F")
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
