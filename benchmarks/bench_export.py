"""Export figures: a complete demo evaluation rendered, signed and self-verified.

Prints `name: value unit` lines:
  export_ms — SubmissionExport end to end (readiness, payload, report, sign, self-verify,
      atomic write), median of N exports of the same evaluation (each one a new revision),
      with the credential unlocked once beforehand: the KDF's deliberate cost is not in it
  unlock_ms — unlocking the stored agency key with its passphrase (PBKDF2-SHA256 at
      600,000 rounds + RSA key load), median of N; paid once per export in the apps
  signed_bytes — size of the signed demo submission
Usage: python benchmarks/bench_export.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from digigov_desktop.services.credentials import CredentialService
from digigov_desktop.services.demo import create_demo
from digigov_desktop.services.export import export_submission
from digigov_desktop.signing.authority import CertificateAuthority

CA_PASS = b"bench-ca-passphrase"
AGENCY_PASS = b"bench-agency-passphrase"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ca = CertificateAuthority.init(folder / "ca", name="Bench CA", passphrase=CA_PASS)
        store = create_demo(folder / "agency.sqlite", agency_code="BENCH-1", seed=3)
        credentials = CredentialService(store)
        p12 = ca.issue_pkcs12(agency_code="BENCH-1", agency_name="Servicio de Demostración Digital",
                              passphrase=CA_PASS, p12_passphrase=AGENCY_PASS)
        credentials.import_pkcs12(p12, passphrase=AGENCY_PASS, trust_pem=ca.bundle_pem())
        export_submission(store, out=folder / "warm.pdf", passphrase=AGENCY_PASS)  # warm-up
        unlocks = []
        for _ in range(args.runs):
            start = time.perf_counter()
            signer = credentials.signer(AGENCY_PASS)
            unlocks.append((time.perf_counter() - start) * 1000)
        times, sizes = [], []
        for run in range(args.runs):
            start = time.perf_counter()
            result = export_submission(store, out=folder / f"run{run}.pdf",
                                       passphrase=AGENCY_PASS, signer=signer)
            times.append((time.perf_counter() - start) * 1000)
            sizes.append(result.size)
        store.close()
    print(f"export_ms: {statistics.median(times):.0f} ms")
    print(f"unlock_ms: {statistics.median(unlocks):.0f} ms")
    print(f"signed_bytes: {int(statistics.median(sizes))} bytes")


if __name__ == "__main__":
    main()
