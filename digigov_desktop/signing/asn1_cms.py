"""asn1crypto's CMS module, with every CMS attribute name the process will use already known.

WORKAROUND: asn1crypto maps attribute names to OIDs through a table it builds once, the
first time a `cms.CMSAttributeType` is made (parsing any signed attributes makes one).
`asn1crypto.tsp` and `asn1crypto.pdf` add names to `CMSAttributeType._map` when they are
imported (`signing_certificate`, `signing_certificate_v2`, `adobe_revocation_info_archival`),
and pyHanko imports them. Code here that parses CMS without pyHanko (a pack's signature, a
sealed file) and runs first would freeze the table without those names, and every pyHanko
signature made later in the same process would fail: "invalid literal for int() with base
10: 'signing_certificate_v2'" (an agency that installs a pack, then exports). Importing
both here first, before any CMS is parsed, costs about 1 ms. pyHanko's own CAdES names
(`pyhanko.sign.ades.cades_asn1`) are not needed by the signatures this application makes.

Import `cms` from here, not from asn1crypto, wherever CMS is parsed or built.
"""

from __future__ import annotations

from asn1crypto import cms
from asn1crypto import pdf as _pdf  # noqa: F401 (registers its attribute names)
from asn1crypto import tsp as _tsp  # noqa: F401 (registers its attribute names)

__all__ = ["cms"]
