"""Import figures: verified import of 1,000 generated submission files into a central store.

Generates the files once (a few agencies with real credentials from a real CA; each
agency's report is rendered once and signed many times with distinct payloads: other
cycles, revisions and submission ids), then, on a fresh central database each run,
imports them all with `Importer`. Prints `name: value unit` lines (medians of the runs):

  import_per_s       files/s, single process (read, hash, verify, registry, store: batches
                     of files in one transaction each, a savepoint per file,
                     synchronous=FULL)
  verify_per_s       files/s, `verify_submission` alone over the same files, in one
                     `VerifyContext` as the importer runs it (each distinct signer
                     certificate validated once per run)
  raw_per_s          files/s, bare pyHanko over the same files: strict parse, the one
                     embedded signature, `validate_pdf_signature` against the bundle root
                     and CRL, a new context per file (the naive baseline of issue #16;
                     pyHanko as shipped: our accelerations work only inside a VerifyContext)
  import_vs_raw      our whole import's cost per file / bare pyHanko's (same run, medians)
  import_pool_per_s  files/s with `workers=2` (verification in a process pool, the parent
                     stores in order); only with --pool
  files, file_kb     how many files, and their median size

Usage: python benchmarks/bench_import.py [--files 1000] [--runs 3] [--pool] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "flows"))

from io import BytesIO  # noqa: E402

from campaign import AGENCY_PASS, CA_PASS, enrol  # noqa: E402
from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: E402
from pyhanko.sign.validation import validate_pdf_signature  # noqa: E402
from pyhanko_certvalidator import ValidationContext  # noqa: E402

from digigov_desktop import __version__  # noqa: E402
from digigov_desktop.domain import submission as payloads  # noqa: E402
from digigov_desktop.domain.framework import framework_known  # noqa: E402
from digigov_desktop.reports.data import report_data  # noqa: E402
from digigov_desktop.reports.labels import ReportLabels  # noqa: E402
from digigov_desktop.reports.pdf_report import render_report  # noqa: E402
from digigov_desktop.services.credentials import CredentialService  # noqa: E402
from digigov_desktop.services.evaluations import EvaluationService  # noqa: E402
from digigov_desktop.services.import_ import Importer  # noqa: E402
from digigov_desktop.signing.authority import CertificateAuthority  # noqa: E402
from digigov_desktop.signing.pades import sign_submission  # noqa: E402
from digigov_desktop.signing.verify import VerifyContext, verify_submission  # noqa: E402
from digigov_desktop.storage.central import open_central  # noqa: E402

AGENCIES = 4
REVISIONS = 5


def generate(folder: Path, files: int) -> CertificateAuthority:
    """A CA and `files` distinct signed submissions in `folder/inbox` (reused when there)."""
    inbox = folder / "inbox"
    if (folder / "ca").is_dir() and len(list(inbox.glob("*.pdf"))) >= files:
        return CertificateAuthority(folder / "ca")
    ca = CertificateAuthority.init(folder / "ca", name="Benchmark CA", passphrase=CA_PASS)
    inbox.mkdir(parents=True, exist_ok=True)
    per_agency = -(-files // AGENCIES)
    made = 0
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    for a in range(AGENCIES):
        agency = enrol(ca, folder, f"BENCH-{a + 1}", seed=a + 1,
                       route="csr" if a % 2 else "p12")
        status = EvaluationService(agency.store).status(1)
        signer = CredentialService(agency.store).signer(AGENCY_PASS)
        data = report_data(
            status.evaluation, status.framework, status.scores, lang="es",
            payload_sha256="0" * 64, signer=signer.certificate.subject.rfc4514_string(),
            previous_scores=None, submission_id=str(uuid.uuid4()), revision=1,
            generated_at=now.isoformat().replace("+00:00", "Z"),
        )
        pdf = render_report(data, ReportLabels.for_language("es"))
        cycle = 2000
        while made < files and made < (a + 1) * per_agency:
            submission_id, previous = str(uuid.uuid4()), None
            for revision in range(1, REVISIONS + 1):
                if made >= files or made >= (a + 1) * per_agency:
                    break
                payload = payloads.build_payload(
                    status, submission_id=submission_id, revision=revision,
                    supersedes=previous, app_version=__version__, lang="es",
                    created_at=now.isoformat().replace("+00:00", "Z"),
                )
                payload["cycle"] = cycle
                body = payloads.canonical_json(payload)
                previous = payloads.payload_sha256(body)
                signed = sign_submission(pdf, body, signer, timestamp=now)
                (inbox / f"{made:05d}-{agency.code}-{cycle}-r{revision}.pdf").write_bytes(signed)
                made += 1
            cycle += 1
        agency.store.close()
    return ca


def run_import(folder: Path, ca: CertificateAuthority, run: int, *, workers: int) -> float:
    store = open_central(folder / f"central-{workers}-{run}.sqlite")
    importer = Importer(store, ca, actor="bench")
    start = time.perf_counter()
    results = [p.result for p in importer.run([folder / "inbox"], workers=workers)]
    elapsed = time.perf_counter() - start
    store.close()
    rejected = [r for r in results if r.outcome != "ACCEPTED"]
    assert not rejected, rejected[:3]
    return len(results) / elapsed


def run_verify(folder: Path, ca: CertificateAuthority) -> float:
    trust = ca.bundle()
    blobs = [p.read_bytes() for p in sorted((folder / "inbox").glob("*.pdf"))]
    start = time.perf_counter()
    with VerifyContext(trust) as context:
        for data in blobs:
            verdict = verify_submission(data, trust, parse_payload=payloads.parse_payload,
                                        framework_known=framework_known, context=context)
            assert verdict.accepted, verdict.detail
    return len(blobs) / (time.perf_counter() - start)


def run_raw(folder: Path, ca: CertificateAuthority) -> float:
    """Bare pyHanko validation of every file (no checks of ours, no payload, no store)."""
    trust = ca.bundle()
    blobs = [p.read_bytes() for p in sorted((folder / "inbox").glob("*.pdf"))]
    start = time.perf_counter()
    for data in blobs:
        context = ValidationContext(trust_roots=list(trust.asn1_roots),
                                    crls=[trust.asn1_crl], allow_fetching=False)
        reader = PdfFileReader(BytesIO(data), strict=True)
        status = validate_pdf_signature(reader.embedded_signatures[0], context, skip_diff=True)
        assert status.intact and status.valid and status.trusted, status
    return len(blobs) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pool", action="store_true", help="also import with workers=2")
    parser.add_argument("--keep", type=Path, help="generate into (and reuse) this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        started = time.perf_counter()
        ca = generate(folder, args.files)
        print(f"# generated in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        sizes = [p.stat().st_size for p in (folder / "inbox").glob("*.pdf")]
        imports, verifies, raws = [], [], []
        for run in range(args.runs):  # interleaved, so that load changes hit all three
            raws.append(run_raw(folder, ca))
            imports.append(run_import(folder, ca, run, workers=1))
            verifies.append(run_verify(folder, ca))
        print(f"import_per_s: {statistics.median(imports):.0f} files/s")
        print(f"verify_per_s: {statistics.median(verifies):.0f} files/s")
        print(f"raw_per_s: {statistics.median(raws):.0f} files/s")
        print(f"import_vs_raw: {statistics.median(raws) / statistics.median(imports):.2f} x")
        if args.pool:
            pooled = [run_import(folder, ca, run, workers=2) for run in range(args.runs)]
            print(f"import_pool_per_s: {statistics.median(pooled):.0f} files/s")
        print(f"files: {len(sizes)} files")
        if hasattr(os, "getloadavg"):  # not on Windows
            print("# load average at the end: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()),
                  file=sys.stderr)
        print(f"file_kb: {statistics.median(sizes) / 1024:.0f} KB")
        for old in folder.glob("central-*.sqlite*"):
            old.unlink()


if __name__ == "__main__":
    main()
