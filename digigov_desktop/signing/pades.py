"""Sign a submission PDF: attach the payload as an associated file and certify it.

One incremental revision adds, in this order of construction:

* the payload (``evaluation.json``) as an embedded file stream (``/Subtype
  /application#2Fjson``, ``/Params`` with ``/Size``, ``/CheckSum`` (MD5),
  ``/CreationDate``, ``/ModDate``), its file specification (``/AFRelationship
  /Data``) in the ``/EmbeddedFiles`` name tree and in the catalog ``/AF`` array
  (the Factur-X / PDF/A-3 associated-file pattern);
* one invisible PAdES B-B **certification** signature in ``DigiGovSubmission`` (the
  preparer's), SHA-256 + RSA, created by pyHanko, with DocMDP level 2 (fill forms: later
  signers may add and sign their signature fields) and a field lock (FieldMDP) on every
  field but ``DigiGovReview`` and ``DigiGovApproval``.

:func:`countersign` adds a reviewer's (``DigiGovReview``, locking all but
``DigiGovApproval``) or an approver's (``DigiGovApproval``, locking all) invisible approval
signature in a further incremental revision (pyHanko's incremental writer), so each signer
signs on their own computer and the file travels between them. The later fields are not
made empty in advance: empty fields cost every verification of a single-signature file
~0.5 ms of parsing for nothing. Nothing else may change: the
verifier (``verify.py``) checks with pyHanko's difference analysis that each later
revision only filled a signature field. RSA keeps the file at PDF 1.7.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from io import BytesIO
from typing import Any, TypeVar

from pyhanko.pdf_utils import generic, misc
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.metadata import model as xmp
from pyhanko.sign.fields import (
    FieldMDPAction,
    FieldMDPSpec,
    MDPPerm,
    SigFieldSpec,
    SigSeedSubFilter,
    enumerate_sig_fields,
)
from pyhanko.sign.general import SigningError
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner

from digigov_desktop.errors import DigigovError
from digigov_desktop.signing.attachments import (  # the reading side; names kept importable
    find_attachment,
    iter_attachments,
    lookup,
    lookup_array,
    lookup_dict,
    read_payload,
)
from digigov_desktop.signing.credentials import SignerMaterial

__all__ = [
    "PAYLOAD_MIME",
    "PAYLOAD_NAME",
    "APPROVAL_FIELD",
    "CHAIN_FIELDS",
    "REVIEW_FIELD",
    "SIGNATURE_FIELD",
    "SubmissionSigningError",
    "countersign",
    "find_attachment",
    "iter_attachments",
    "read_payload",
    "sign_submission",
]

PAYLOAD_NAME = "evaluation.json"
PAYLOAD_MIME = "application/json"
SIGNATURE_FIELD = "DigiGovSubmission"
REVIEW_FIELD = "DigiGovReview"
APPROVAL_FIELD = "DigiGovApproval"
# The signature chain, in order: role -> the field its signature fills.
CHAIN_FIELDS = {"preparer": SIGNATURE_FIELD, "reviewer": REVIEW_FIELD,
                "approver": APPROVAL_FIELD}

T = TypeVar("T")


class SubmissionSigningError(DigigovError):
    """The PDF cannot be signed as a submission.

    Codes: ``PDF_UNREADABLE``, ``PDF_ENCRYPTED``, ``PDF_ALREADY_SIGNED``,
    ``PDF_UNSUPPORTED``, ``INVALID_ATTACHMENT``, ``SIGNING_FAILED``,
    ``NO_SIGNATURE_FIELD`` (countersign: not a submission, or the role's field exists),
    ``INVALID_ROLE``.
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
    names_dict = lookup_dict(root, "/Names")
    if names_dict is None:
        names_dict = generic.DictionaryObject()
        root["/Names"] = writer.add_object(names_dict)
        writer.update_root()
    tree = lookup_dict(names_dict, "/EmbeddedFiles")
    if tree is None:
        tree = generic.DictionaryObject()
        names_dict["/EmbeddedFiles"] = writer.add_object(tree)
        writer.update_container(names_dict)
    if "/Kids" in tree:
        raise SubmissionSigningError("PDF_UNSUPPORTED", "nested attachment name trees")
    existing = lookup_array(tree, "/Names") or generic.ArrayObject()
    pairs = [(str(existing[i]), existing.raw_get(i + 1)) for i in range(0, len(existing) - 1, 2)]
    clash = {n for n, _ in pairs} & {n for n, _ in specs}
    if clash:
        raise SubmissionSigningError("INVALID_ATTACHMENT", f"already attached: {sorted(clash)}")
    pairs = sorted(pairs + specs, key=lambda p: p[0].encode("utf-16-be"))
    tree["/Names"] = generic.ArrayObject(
        item for name, ref in pairs for item in (generic.pdf_string(name), ref)
    )
    writer.update_container(tree)
    af = lookup_array(root, "/AF")
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
    info = lookup(writer.prev.trailer_view, "/Info")
    meta = writer.document_meta
    extra: list[tuple[xmp.ExpandedName, xmp.XmpValue]] = [
        (xmp.ExpandedName(ns=xmp.NS["pdfaid"], local_name="part"), xmp.XmpValue("3")),
        (xmp.ExpandedName(ns=xmp.NS["pdfaid"], local_name="conformance"), xmp.XmpValue("B")),
    ]
    if isinstance(info, generic.DictionaryObject):
        for key, attr in (("/Title", "title"), ("/Author", "author"),
                          ("/Subject", "subject"), ("/Creator", "creator")):
            value = lookup(info, key)
            if isinstance(value, (generic.TextStringObject, generic.ByteStringObject)):
                setattr(meta, attr, str(value))
        keywords = lookup(info, "/Keywords")
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
        created = lookup(info, "/CreationDate")
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

    def __init__(self, *args: Any, system_time: datetime, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._system_time = system_time

    def init_signing_session(self, pdf_out, existing_fields_only=False):
        session = super().init_signing_session(pdf_out, existing_fields_only=existing_fields_only)
        session.system_time = self._system_time
        return session


# The lock each link's signature field carries: after the preparer only the reviewer's and
# the approver's fields may be added and signed, after the reviewer only the approver's,
# after the approver nothing.
_FIELD_LOCKS = {
    SIGNATURE_FIELD: FieldMDPSpec(FieldMDPAction.EXCLUDE, fields=[REVIEW_FIELD, APPROVAL_FIELD]),
    REVIEW_FIELD: FieldMDPSpec(FieldMDPAction.EXCLUDE, fields=[APPROVAL_FIELD]),
    APPROVAL_FIELD: FieldMDPSpec(FieldMDPAction.ALL),
}


def _certify(writer: IncrementalPdfFileWriter, signer: SignerMaterial, when: datetime) -> bytes:
    meta = PdfSignatureMetadata(
        field_name=SIGNATURE_FIELD,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        certify=True,
        # level 2: the reviewer and approver may fill (sign) their fields, nothing more
        docmdp_permissions=MDPPerm.FILL_FORMS,
        # no timestamp server: the dry-run CMS has the exact final size
        tight_size_estimates=True,
    )
    spec = SigFieldSpec(sig_field_name=SIGNATURE_FIELD,
                        field_mdp_spec=_FIELD_LOCKS[SIGNATURE_FIELD])
    return _sign(writer, meta, signer, spec, when)


def _sign(writer: IncrementalPdfFileWriter, meta: PdfSignatureMetadata, signer: SignerMaterial,
          spec: SigFieldSpec | None, when: datetime) -> bytes:
    pdf_signer = _TimedPdfSigner(meta, signer.pyhanko_signer, new_field_spec=spec,
                                 system_time=when)
    try:
        out = run_sync(lambda: pdf_signer.async_sign_pdf(writer))
    except (SigningError, misc.PdfError, ValueError) as exc:
        raise SubmissionSigningError("SIGNING_FAILED", f"signing failed: {exc}") from exc
    return out.getvalue()


def countersign(pdf_bytes: bytes, signer: SignerMaterial, *, role: str,
                timestamp: datetime | None = None) -> bytes:
    """Add and sign the field for ``role`` in a new incremental revision.

    Only signs: checking that the earlier signatures verify, and that ``role`` may sign
    now, is the caller's business (``services.signing`` runs ``verify_submission``).

    Args:
        pdf_bytes: a submission exported by this app (signed in ``DigiGovSubmission``).
        signer: the reviewer's or approver's credential.
        role: ``reviewer`` or ``approver``.
        timestamp: the signing time to claim (timezone-aware); default now.

    Raises:
        SubmissionSigningError: ``INVALID_ROLE``, ``PDF_UNREADABLE``, ``PDF_ENCRYPTED``,
            ``NO_SIGNATURE_FIELD``, ``SIGNING_FAILED``.
    """
    if role not in ("reviewer", "approver"):
        raise SubmissionSigningError("INVALID_ROLE", f"cannot countersign as {role!r}")
    field = CHAIN_FIELDS[role]
    when = _signing_time(timestamp)
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf_bytes), strict=True)
        if writer.prev.encrypted:
            raise SubmissionSigningError("PDF_ENCRYPTED", "encrypted PDFs cannot be signed")
        names = {name for name, _v, _r in enumerate_sig_fields(writer.prev)}
    except SubmissionSigningError:
        raise
    except (misc.PdfError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise SubmissionSigningError("PDF_UNREADABLE", f"cannot read PDF: {exc}") from exc
    if SIGNATURE_FIELD not in names or field in names:
        raise SubmissionSigningError("NO_SIGNATURE_FIELD", f"{field} cannot be added here")
    meta = PdfSignatureMetadata(field_name=field, md_algorithm="sha256",
                                subfilter=SigSeedSubFilter.PADES, tight_size_estimates=True)
    spec = SigFieldSpec(sig_field_name=field, field_mdp_spec=_FIELD_LOCKS[field])
    return _sign(writer, meta, signer, spec, when)
