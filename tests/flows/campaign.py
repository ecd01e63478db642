"""Helpers for flow tests: enrol demo agencies with credentials from a real CA, build a whole
campaign, fill a central store with synthetic rows."""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import multiprocessing
import random
import uuid
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import rsa
from enrolment import install_credential

from digigov_desktop.domain.evaluation import REGIONS, AgencyType
from digigov_desktop.domain.framework import Framework, load_framework
from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.services.demo import create_demo
from digigov_desktop.signing.authority import CertificateAuthority
from digigov_desktop.storage.database import Store

CA_PASS = b"coordinator secret"
AGENCY_PASS = b"agency secret"


@dataclass
class Agency:
    code: str
    store: Store
    path: Path


def enrol(authority: CertificateAuthority, folder: Path, code: str, *, seed: int = 1,
          route: str = "csr", name: str | None = None, year: int | None = None,
          framework: Framework | None = None) -> Agency:
    """A demo agency with a credential issued by `authority` (CSR or PKCS#12 route); its
    cycle is `year` (default: this year) on `framework` (default: the newest pack)."""
    name = name or f"Servicio {code}"
    path = folder / f"{code}.sqlite"
    store = create_demo(path, agency_code=code, agency_name=name, seed=seed, year=year,
                        framework=framework)
    install_credential(CredentialService(store, actor="test"), authority, code=code, name=name,
                       route=route, ca_pass=CA_PASS, agency_pass=AGENCY_PASS)
    return Agency(code, store, path)


@contextlib.contextmanager
def reused_agency_keys(count: int = 4) -> Iterator[None]:
    """Make RSA-3072 key generation hand out a small pool of real keys, round robin.

    Key generation is the slowest step of enrolment (0.1-0.5 s a key); agencies may share
    a key in tests since every check is about certificates (serial, issuer, registry).
    Create certificate authorities OUTSIDE this block: a CA must have its own key.
    """
    real = rsa.generate_private_key
    pool = [real(public_exponent=65537, key_size=3072) for _ in range(count)]
    turn = itertools.cycle(pool)

    def generate(public_exponent: int, key_size: int, backend: object = None):
        return next(turn) if key_size == 3072 else real(public_exponent, key_size)

    rsa.generate_private_key = generate
    try:
        yield
    finally:
        rsa.generate_private_key = real


# Agencies of the campaign: code, name (accents on purpose), enrolment route.
CAMPAIGN_SIZE = 30
_NAMES = [
    "Ministerio de Economía", "Servicio de Impuestos Internos", "Municipalidad de Ñuñoa",
    "Gobierno Regional de Aysén", "Dirección de Compras Públicas", "Registro Civil e "
    "Identificación", "Superintendencia de Pensiones", "Instituto de Previsión Social",
    "Servicio Nacional de Turismo", "Municipalidad de Concepción",
]


def campaign_agency(index: int) -> tuple[str, str, str]:
    """(code, name, route) of campaign agency number `index` (1-based)."""
    name = f"{_NAMES[(index - 1) % len(_NAMES)]} — sede {index:02d}"
    return f"AG-{index:02d}", name, "csr" if index % 2 == 0 else "p12"


@dataclass
class Campaign:
    """A whole campaign on disk: CA, agencies, and an inbox with every kind of file.

    `expected` maps each inbox file (relative path, in import order) to its outcome.
    """

    folder: Path
    authority: CertificateAuthority
    foreign: CertificateAuthority
    agencies: dict[str, Agency]
    inbox: Path
    expected: dict[str, str]
    extra_stores: list[Store]

    def close(self) -> None:
        for agency in self.agencies.values():
            agency.store.close()
        for store in self.extra_stores:
            store.close()

    def accepted_files(self) -> list[Path]:
        return [self.inbox / rel for rel, outcome in self.expected.items()
                if outcome == "ACCEPTED"]


def _export_job(db: Path, out: Path) -> str:
    from digigov_desktop.services.export import export_submission
    from digigov_desktop.storage.database import open_store

    with open_store(db, create=False) as store:
        return export_submission(store, out=out, passphrase=AGENCY_PASS).file_sha256


def export_in_parallel(jobs: Sequence[tuple[Path, Path]], *, workers: int = 2) -> list[str]:
    """Export each (agency database, output file) on `workers` processes (real exports)."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        return list(pool.map(_export_job, *zip(*jobs, strict=True)))


def build_campaign(folder: Path) -> Campaign:
    """CA → 30 agencies (both routes) → each exports → an inbox with the hard cases:
    duplicates, a newer revision, a late older revision, a second installation of the same
    agency, a revoked agency's file, a forgery from another CA with identical names, an
    appended incremental update, a truncated copy and a non-PDF. Independent exports run
    on two processes."""
    from digigov_desktop.services.evaluations import EvaluationService
    from digigov_desktop.services.export import export_submission

    folder.mkdir(parents=True, exist_ok=True)
    authority = CertificateAuthority.init(folder / "ca", name="Coordinación Nacional Digital",
                                          passphrase=CA_PASS)
    foreign = CertificateAuthority.init(folder / "foreign-ca", name=authority.name,
                                        passphrase=CA_PASS)
    inbox = folder / "inbox"
    inbox.mkdir()
    (folder / "agencies").mkdir()
    agencies: dict[str, Agency] = {}
    extra: list[Store] = []
    expected: dict[str, str] = {}

    def export(store: Store, rel: str) -> Path:
        target = inbox / rel
        export_submission(store, out=target, passphrase=AGENCY_PASS)
        return target

    with reused_agency_keys():
        for index in range(1, CAMPAIGN_SIZE + 1):
            code, name, route = campaign_agency(index)
            agencies[code] = enrol(authority, folder / "agencies", code, seed=index,
                                   route=route, name=name)
        (folder / "second").mkdir()
        second = enrol(authority, folder / "second", "AG-04", seed=404, route="csr",
                       name=campaign_agency(4)[1])
        (folder / "forger").mkdir()
        forged = enrol(foreign, folder / "forger", "AG-08", seed=808, route="p12",
                       name=campaign_agency(8)[1])
    extra += [second.store, forged.store]
    jobs = [(agency.path, inbox / f"{code}.pdf") for code, agency in agencies.items()]
    jobs += [(second.path, inbox / "second-install" / "AG-04.pdf"),
             (forged.path, inbox / "forged" / "AG-08.pdf")]
    export_in_parallel(jobs)
    expected.update({f"{code}.pdf": "ACCEPTED" for code in agencies})
    # revisions of AG-02: r3 supersedes r1, then r2 arrives late
    service = EvaluationService(agencies["AG-02"].store, actor="test")
    # demo cycles are on the newest pack: a level above the ticked criteria needs a reason
    service.save_answer(1, "R4.1", level=5, rationale="Plan aprobado por resolución", target=5,
                        override_justification="Acta del comité que lo respalda")
    service.add_evidence(1, "R4.1", content=b"resolucion", file_name="resolucion.txt")
    export(agencies["AG-02"].store, "zz-late/AG-02-r2.pdf")
    service.save_answer(1, "R5.1", level=4, rationale="Comité sesiona cada mes", target=5,
                        override_justification="Actas mensuales del comité")
    service.add_evidence(1, "R5.1", content=b"actas", file_name="actas.txt")
    export(agencies["AG-02"].store, "m-update/AG-02-r3.pdf")
    # AG-07 is revoked after exporting
    authority.revoke(passphrase=CA_PASS, agency_code="AG-07", reason="key_compromise")
    # tampering: an appended incremental update, a truncated copy, a non-PDF
    appended = with_new_title((inbox / "AG-09.pdf").read_bytes(), "Versión corregida")
    (inbox / "tampered").mkdir()
    (inbox / "tampered" / "AG-09-appended.pdf").write_bytes(appended)
    truncated = (inbox / "AG-10.pdf").read_bytes()
    (inbox / "tampered" / "AG-10-truncated.pdf").write_bytes(truncated[: len(truncated) * 3 // 5])
    (inbox / "notas.pdf").write_text("Notas de la reunión: revisar envíos pendientes.\n",
                                     encoding="utf-8")
    (inbox / "readme.txt").write_text("not a submission; not even collected", encoding="utf-8")
    (inbox / "dups").mkdir()
    (inbox / "dups" / "copia AG-05.pdf").write_bytes((inbox / "AG-05.pdf").read_bytes())
    (inbox / "dups" / "AG-06 (1).pdf").write_bytes((inbox / "AG-06.pdf").read_bytes())
    expected.update({
        "AG-07.pdf": "REVOKED",
        "dups/AG-06 (1).pdf": "DUPLICATE",
        "dups/copia AG-05.pdf": "DUPLICATE",
        "forged/AG-08.pdf": "UNTRUSTED",
        "m-update/AG-02-r3.pdf": "ACCEPTED",
        "notas.pdf": "NOT_PDF",
        "second-install/AG-04.pdf": "ACCEPTED",
        "tampered/AG-09-appended.pdf": "NOT_WHOLE_FILE",
        "tampered/AG-10-truncated.pdf": "DAMAGED",
        "zz-late/AG-02-r2.pdf": "STALE_REVISION",
    })
    order = sorted(expected, key=lambda rel: str(inbox / rel))
    return Campaign(folder, authority, foreign, agencies, inbox,
                    {rel: expected[rel] for rel in order}, extra)


def fill_synthetic_central(
    store: Store, *, agencies: int, cycles: Sequence[int], seed: int = 1,
    framework: Framework | None = None, agency_prefix: str = "SYN",
) -> int:
    """Insert `agencies × cycles` accepted submissions straight into a central store.

    For the dashboard benchmark and tests: no files, no signatures, but rows shaped exactly
    as the importer writes them (submission, stored_file, long-format scores). Returns the
    number of submissions inserted.
    """
    framework = framework or load_framework()
    rng = random.Random(seed)
    regions = list(REGIONS)
    kinds = [str(k) for k in AgencyType]
    profiles = [(rng.choice(regions), rng.choice(kinds), rng.uniform(0.5, 4.5))
                for _ in range(agencies)]
    submissions, files, scores = [], [], []
    row_id = (store.query_one("SELECT max(id) AS m FROM submission")["m"] or 0)
    for cycle in cycles:
        for index, (region, kind, base) in enumerate(profiles):
            row_id += 1
            code = f"{agency_prefix}-{index + 1:05d}"
            levels = {}
            for element in framework.iter_elements():
                level = round(base + rng.gauss(0, 0.9) + (cycle - cycles[0]) * 0.15)
                levels[element.id] = None if rng.random() < 0.03 else max(0, min(5, level))
            recs = {}
            for rec in framework.recommendations:
                got = [levels[e.id] for e in rec.elements if levels[e.id] is not None]
                recs[rec.id] = round(sum(got) / len(got), 4) if got else None
            pillars = {}
            for pillar in framework.pillars:
                got = [recs[r.id] for r in pillar.recommendations if recs[r.id] is not None]
                pillars[pillar.id] = round(sum(got) / len(got), 4) if got else None
            overall = round(sum(v for v in pillars.values() if v is not None) / 3, 4)
            content = f"%PDF-synthetic {code} {cycle} {row_id}".encode()
            sha = hashlib.sha256(content).hexdigest()
            files.append((sha, len(content), content))
            submissions.append((
                row_id, str(uuid.UUID(int=rng.getrandbits(128))), 1, code,
                f"Institución sintética {index + 1}", kind, region, cycle, framework.id,
                framework.version, f"{cycle}-06-30T12:00:00Z", f"{cycle}-07-01T12:00:00.000Z",
                f"{code}-{cycle}.pdf", sha, "0" * 64, f"{index + 1:x}", overall, 1.0,
            ))
            flat = {"overall": overall, **pillars, **recs, **levels}
            scores.extend((row_id, key, value) for key, value in flat.items())
    with store.transaction() as db:
        db.conn.executemany(
            "INSERT INTO stored_file (sha256, size, content) VALUES (?, ?, ?)", files)
        db.conn.executemany(
            "INSERT INTO submission (id, submission_id, revision, agency_code, agency_name, "
            "agency_type, region, cycle, framework_id, framework_version, created_at, "
            "imported_at, file_name, file_sha256, payload_sha256, signer_serial, overall, "
            "completion, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "'{}')", submissions)
        db.conn.executemany(
            "INSERT INTO score (submission, key, value) VALUES (?, ?, ?)", scores)
    return len(submissions)


_SHARED: dict[str, object] = {}


def shared_campaign(tmp_path_factory) -> Campaign:
    """The campaign, built once per test session (several modules use it)."""
    if "campaign" not in _SHARED:
        _SHARED["campaign"] = build_campaign(tmp_path_factory.mktemp("campaign") / "c")
    return _SHARED["campaign"]  # type: ignore[return-value]


def shared_import(tmp_path_factory) -> tuple[Store, list]:
    """The campaign's inbox imported once, in process: (central store, FileResults)."""
    if "import" not in _SHARED:
        from digigov_desktop.services.import_ import Importer
        from digigov_desktop.storage.central import open_central

        campaign = shared_campaign(tmp_path_factory)
        store = open_central(tmp_path_factory.mktemp("central") / "central.sqlite")
        results = [p.result for p in
                   Importer(store, campaign.authority, actor="coord").run([campaign.inbox])]
        _SHARED["import"] = (store, results)
    return _SHARED["import"]  # type: ignore[return-value]


def with_new_title(pdf: bytes, title: str) -> bytes:
    """`pdf` with an incremental update appended after its signature: a new /Title."""
    from io import BytesIO

    from pyhanko.pdf_utils.generic import NameObject, TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=True)
    info = writer.trailer["/Info"].get_object()
    info[NameObject("/Title")] = TextStringObject(title)
    writer.update_container(info)
    appended = BytesIO()
    writer.write(appended)
    return appended.getvalue()


@contextlib.contextmanager
def imported_central(tmp_path_factory, backend: str, request) -> Iterator[Store]:
    """The campaign imported into a central store on `backend`: SQLite's is the one shared
    by the session (`shared_import`), PostgreSQL's a fresh one (`imported_on_postgresql`)."""
    if backend == "sqlite":
        yield shared_import(tmp_path_factory)[0]
        return
    with imported_on_postgresql(tmp_path_factory, request) as store:
        yield store


@contextlib.contextmanager
def imported_on_postgresql(tmp_path_factory, request) -> Iterator[Store]:
    """The campaign's inbox imported into a fresh PostgreSQL central store."""
    from pg_cluster import new_central_target

    from digigov_desktop.services.import_ import Importer
    from digigov_desktop.storage.central import open_central

    campaign = shared_campaign(tmp_path_factory)
    with open_central(new_central_target(request, "postgresql", None, "campaign")) as store:
        list(Importer(store, campaign.authority, actor="coord").run([campaign.inbox]))
        yield store
