"""Signing layer: agency credentials, PAdES signing of submissions, offline verification."""

import warnings

from cryptography.utils import CryptographyDeprecationWarning

# WORKAROUND for https://github.com/pyca/cryptography/pull/15597 (cryptography 51
# deprecates DSA): pyHanko's `pyhanko.sign.signers.pdf_cms` imports `DSAPrivateKey` at
# import time, which printed a warning on the stderr of every command. We sign and verify
# with RSA only, so that one import is harmless; any other DSA use still warns.
# tests/test_cli_stderr.py fails on any other warning line.
warnings.filterwarnings(
    "ignore",
    message=r"DSA is deprecated",
    category=CryptographyDeprecationWarning,
    module=r"pyhanko\.sign\.signers\.pdf_cms$",
)
