"""Self-check of an installation: resources present, a PDF rendered, signed and verified.

`run_selfcheck()` is the Qt-free half of `digigov-desktop --smoke-test` (the GUI half builds
the window and checks the UI font). It exercises, inside whatever is running (a source
checkout, a wheel or the PyInstaller bundle), everything a missing data file or hidden
import would break only when a person first exports: the framework pack and the JSON
schemas, the embedded PDF fonts, reportlab, pyHanko and cryptography. It needs no network
and touches nothing outside `workdir`.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)

SMOKE_AGENCY = "SMOKE-001"
_CA_PASS = b"selfcheck-ca"
_AGENCY_PASS = b"selfcheck-agency"
# Files a working installation must contain (below resources/).
REQUIRED_RESOURCES = (
    ("frameworks", "oecd-dgs-2014", "1.0.0", "framework.json"),
    ("schemas", "framework.schema.json"),
    ("schemas", "framework-2.schema.json"),
    ("schemas", "payload.schema.json"),
    ("schemas", "policy.schema.json"),
    ("fonts", "DejaVuSans.ttf"),
    ("fonts", "DejaVuSans-Bold.ttf"),
    ("icons", "app.svg"),
)
TRANSLATIONS = (("i18n", "digigov_es.qm"),)


def run_selfcheck(workdir: Path, *, require_translations: bool | None = None) -> list[str]:
    """Check the installation; returns one line per problem (empty when all is well).

    Args:
        workdir: an empty folder for the temporary CA, database and PDF.
        require_translations: also require the compiled `.qm` files (default: only when
            frozen — a source checkout may not have built them yet).
    """
    from digigov_desktop.paths import resource_path

    if require_translations is None:
        require_translations = bool(getattr(sys, "frozen", False))
    problems = []
    wanted = REQUIRED_RESOURCES + (TRANSLATIONS if require_translations else ())
    for parts in wanted:
        if not resource_path(*parts).is_file():
            problems.append(f"missing resource: {'/'.join(parts)}")
    if problems:
        return problems
    try:
        problems.extend(_sign_and_verify(Path(workdir)))
    except Exception as exc:  # noqa: BLE001 - every failure becomes one reported line
        log.exception("self-check failed")
        problems.append(f"export failed: {type(exc).__name__}: {exc}")
    return problems


def _sign_and_verify(workdir: Path) -> list[str]:
    from digigov_desktop.domain.framework import framework_known
    from digigov_desktop.domain.submission import parse_payload
    from digigov_desktop.services.credentials import CredentialService
    from digigov_desktop.services.demo import create_demo
    from digigov_desktop.services.export import export_submission
    from digigov_desktop.signing.authority import CertificateAuthority
    from digigov_desktop.signing.verify import RejectReason, verify_submission

    workdir.mkdir(parents=True, exist_ok=True)
    authority = CertificateAuthority.init(workdir / "ca", name="DigiGov self-check",
                                          passphrase=_CA_PASS)
    store = create_demo(workdir / "selfcheck.sqlite", agency_code=SMOKE_AGENCY)
    try:
        credentials = CredentialService(store, actor="selfcheck")
        csr = credentials.request(passphrase=_AGENCY_PASS)
        cert = authority.issue_from_csr(csr, agency_code=SMOKE_AGENCY,
                                        agency_name="Self-check", passphrase=_CA_PASS)
        credentials.install_certificate(cert, trust_pem=authority.bundle_pem())
        out = workdir / "selfcheck.pdf"
        export_submission(store, out=out, passphrase=_AGENCY_PASS, lang="es",
                          actor="selfcheck", signers_planned=())
    finally:
        store.close()
    data = out.read_bytes()
    verdict = verify_submission(data, authority.bundle(), parse_payload=parse_payload,
                                framework_known=framework_known)
    problems = []
    if verdict.reason is not RejectReason.ACCEPTED:
        problems.append(f"signed PDF not accepted: {verdict.reason.value} ({verdict.detail})")
    if b"DejaVuSans" not in data:
        problems.append("the PDF does not embed the DejaVu Sans font")
    return problems
