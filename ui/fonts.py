"""The interface font must draw Spanish: check it, and fall back to the bundled DejaVu Sans.

Qt draws empty boxes, with no error, for characters its font lacks (a frozen app on a PC
with few fonts); `missing_characters()` is what the smoke test checks.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from digigov_desktop.paths import resource_path

log = logging.getLogger(__name__)

SPANISH_SAMPLE = "áéíóúüñÁÉÍÓÚÜÑ¿¡"
BUNDLED_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


def missing_characters(font: QFont, sample: str = SPANISH_SAMPLE) -> str:
    """The characters of `sample` that `font` cannot draw (empty when it covers them)."""
    metrics = QFontMetrics(font)
    return "".join(c for c in sample if not metrics.inFontUcs4(ord(c)))


def ensure_spanish_font(app) -> bool:
    """Switch `app` to the bundled DejaVu Sans when its font cannot draw Spanish.

    Returns True when the application font covers Spanish afterwards.
    """
    if not missing_characters(app.font()):
        return True
    families = []
    for name in BUNDLED_FONTS:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if not families:
        log.warning("the interface font lacks Spanish characters and DejaVu Sans is missing")
        return False
    font = QFont(app.font())
    font.setFamily(families[0])
    app.setFont(font)
    log.info("interface font switched to the bundled %s", families[0])
    return not missing_characters(font)
