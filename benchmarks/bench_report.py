"""Benchmark: render the submission PDF of the demo evaluation (and build its payload).

Prints `name: value unit` lines:
    render_ms: median time of `render_report` (report data included), first run excluded
    report_bytes: size of the rendered (unsigned) PDF
    payload_ms: median time of build_payload + canonical_json + parse_payload
    payload_bytes: size of the canonical payload

Usage: python benchmarks/bench_report.py [--runs N] [--lang es|en]
Target: render ≲ 250 ms, so that render + sign + self-verify stays ≤ 500 ms.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import uuid
from pathlib import Path

from _common import median_ms, report  # benchmarks/ is sys.path[0]

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digigov_desktop import __version__  # noqa: E402
from digigov_desktop.domain.submission import (  # noqa: E402
    build_payload,
    canonical_json,
    parse_payload,
    payload_sha256,
)
from digigov_desktop.reports import ReportLabels, render_report, report_data  # noqa: E402
from digigov_desktop.services.demo import create_demo  # noqa: E402
from digigov_desktop.services.evaluations import EvaluationService  # noqa: E402

CREATED_AT = "2026-03-01T10:00:00.000Z"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs (≥ 5)")
    parser.add_argument("--lang", choices=["es", "en"], default="es")
    args = parser.parse_args(argv)
    runs = max(5, args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        store = create_demo(Path(tmp) / "demo.sqlite")
        try:
            service = EvaluationService(store)
            status = service.status(service.current_cycle().id)
        finally:
            store.close()
    submission_id = str(uuid.uuid4())

    def payload_bytes() -> bytes:
        payload = build_payload(
            status, submission_id=submission_id, revision=1, supersedes=None,
            created_at=CREATED_AT, app_version=__version__, lang=args.lang,
        )
        data = canonical_json(payload)
        parse_payload(data)
        return data

    payload_ms, data = median_ms(payload_bytes, runs, warm=True)
    labels = ReportLabels.for_language(args.lang)

    def render() -> bytes:
        model = report_data(
            status.evaluation, status.framework, status.scores, lang=args.lang,
            payload_sha256=payload_sha256(data), signer="Benchmark signer",
            previous_scores=None, submission_id=submission_id, revision=1,
            generated_at=CREATED_AT,
        )
        return render_report(model, labels)

    render_ms, pdf = median_ms(render, runs, warm=True)
    report(("render_ms", render_ms, "ms", 1), ("report_bytes", len(pdf), "bytes", 0),
           ("payload_ms", payload_ms, "ms", 1), ("payload_bytes", len(data), "bytes", 0))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
