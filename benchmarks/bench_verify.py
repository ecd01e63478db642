"""Benchmark: sign and verify ~100 KB submission PDFs with the signing layer.

Builds a throw-away CA (root + agency certificate + CRL) with the CA's builders, a
~100 KB report PDF with reportlab, signs N distinct submissions and verifies each
one sequentially. Prints ``name: value unit`` lines:

    sign_ms: <median> ms
    verify_ms: <median> ms
    verify_per_s: <n> files/s
    file_kb: <size> KB

Usage: ``python benchmarks/bench_verify.py [--files 200]``
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

import reportlab
from _common import report  # benchmarks/ is sys.path[0]
from cryptography.hazmat.primitives.asymmetric import rsa
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from digigov_desktop.signing.ca_build import (  # noqa: E402
    end_entity_certificate,
    revocation_list,
    root_certificate,
)
from digigov_desktop.signing.credentials import (  # noqa: E402
    SignerMaterial,
    TrustBundle,
    agency_subject,
)
from digigov_desktop.signing.pades import sign_submission  # noqa: E402
from digigov_desktop.signing.verify import verify_submission  # noqa: E402

NOW = datetime.now(UTC)
TARGET_BYTES = 100 * 1024


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=3072)


def build_ca() -> tuple[SignerMaterial, TrustBundle]:
    """Root CA, one agency certificate (AG001) and an empty CRL, as the coordinator's CA
    builds them."""
    root_key, agency_key = _key(), _key()
    root = root_certificate(root_key, name="DigiGov Bench Root", now=NOW, validity_days=3650)
    cert = end_entity_certificate(
        agency_key.public_key(),
        subject=agency_subject(agency_code="AG001", agency_name="Agencia de Prueba"),
        root=root, root_key=root_key, now=NOW, validity_days=730)
    crl = revocation_list(root=root, root_key=root_key, entries=[], number=1, now=NOW,
                          validity_days=30)
    material = SignerMaterial(private_key=agency_key, certificate=cert, chain=(root,))
    return material, TrustBundle(roots=(root,), crl=crl)


def build_pdf(target: int = TARGET_BYTES) -> bytes:
    """A report-like PDF 1.7 of about ``target`` bytes (Vera TTF, uncompressed pages)."""
    fonts = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont("BenchVera", str(fonts / "Vera.ttf")))
    lines = 0
    while True:
        buf = BytesIO()
        c = canvas.Canvas(buf, pagesize=A4, pdfVersion=(1, 7), pageCompression=0)
        c.setFont("BenchVera", 9)
        for i in range(lines):
            c.drawString(50, 800 - (i % 70) * 11, f"Recomendación {i:05d}: nivel 3 — evidencia")
            if i % 70 == 69:
                c.showPage()
                c.setFont("BenchVera", 9)
        c.save()
        if len(buf.getvalue()) >= target:
            return buf.getvalue()
        lines += 50


def payload(i: int) -> bytes:
    doc = {
        "schema": "urn:digigov:payload:1",
        "framework": {"id": "oecd-dgs-2014", "version": "1.0.0"},
        "agency": {"code": "AG001", "name": "Agencia de Prueba"},
        "cycle": 2026,
        "revision": i,
        "answers": [
            {"element": f"{p}.{r}", "level": (p + r) % 6} for p in range(12) for r in range(8)
        ],
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--files", type=int, default=200)
    opts = args.parse_args(argv)

    signer, bundle = build_ca()
    pdf = build_pdf()
    sign_times, files = [], []
    for i in range(opts.files):
        t0 = time.perf_counter()
        files.append(sign_submission(pdf, payload(i), signer))
        sign_times.append(time.perf_counter() - t0)

    verify_submission(files[0], bundle)  # warm-up (imports, lazy caches)
    verify_times = []
    t_all = time.perf_counter()
    for data in files:
        t0 = time.perf_counter()
        verdict = verify_submission(data, bundle)
        verify_times.append(time.perf_counter() - t0)
        if not verdict.accepted:
            print(f"unexpected verdict: {verdict.reason} {verdict.detail}", file=sys.stderr)
            return 1
    total = time.perf_counter() - t_all

    report(("sign_ms", statistics.median(sign_times) * 1000, "ms", 1),
           ("verify_ms", statistics.median(verify_times) * 1000, "ms", 2),
           ("verify_per_s", len(files) / total, "files/s", 0),
           ("file_kb", statistics.median(len(f) for f in files) / 1024, "KB", 0))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
