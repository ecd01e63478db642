"""The PDF annex of a team evaluation (#15): who rated, every rating, spread and consensus.

Built from the payload's `team` member, so the printed annex and the attached data agree.
Texts for both report languages live here (the annex is optional; `labels.py` stays as it
was). Flowables are made with the main story's helpers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.platypus import Flowable, Spacer

from digigov_desktop.domain.framework import Framework
from digigov_desktop.domain.ratings import FLAG_SPREAD
from digigov_desktop.reports.pdf_styles import markup

if TYPE_CHECKING:
    from digigov_desktop.reports.pdf_story import _Story

TEXTS = {
    "es": {
        "title": "Anexo: evaluación en equipo",
        "intro": "Cada integrante del grupo de autoevaluación calificó por su cuenta. El nivel "
                 "de consenso es la respuesta de la evaluación; las calificaciones individuales "
                 "se conservan tal como se entregaron. Se marcan (⚠) los elementos cuyas "
                 "calificaciones difieren en {flag} niveles o más.",
        "raters": "Evaluadores",
        "name": "Nombre", "role": "Cargo", "unit": "Unidad", "how": "Modalidad",
        "merged": "Libro de trabajo propio (archivo sellado)",
        "local": "En la base de datos de quien facilita",
        "ratings": "Calificaciones por elemento",
        "element": "Elemento", "rating": "Calificaciones", "spread": "Dispersión",
        "consensus": "Consenso", "pending": "pendiente", "na": "N/A",
        "justification": "Justificación del consenso",
    },
    "en": {
        "title": "Annex: team evaluation",
        "intro": "Each member of the self-assessment group rated on their own. The consensus "
                 "level is the evaluation's answer; the individual ratings are kept as they "
                 "were delivered. Elements whose ratings differ by {flag} levels or more are "
                 "marked (⚠).",
        "raters": "Raters",
        "name": "Name", "role": "Role", "unit": "Unit", "how": "How they rated",
        "merged": "Own workbook (sealed file)",
        "local": "In the facilitator's database",
        "ratings": "Ratings per element",
        "element": "Element", "rating": "Ratings", "spread": "Spread",
        "consensus": "Consensus", "pending": "pending", "na": "N/A",
        "justification": "Justification of the consensus",
    },
}


@dataclass(frozen=True)
class TeamRow:
    element_id: str
    title: str
    ratings: tuple[tuple[str, str, str], ...]  # (rater, level text, rationale)
    spread: str
    flagged: bool
    consensus: str
    justification: str


@dataclass(frozen=True)
class TeamAnnex:
    texts: dict[str, str]
    raters: tuple[tuple[str, str, str, str], ...]  # name, role, unit, how
    rows: tuple[TeamRow, ...]


def team_annex(team: dict[str, Any], framework: Framework, lang: str) -> TeamAnnex:
    """Resolve the payload's `team` member into the annex's plain data in one language."""
    t = TEXTS[lang]

    def level(value: int | None, not_applicable: bool) -> str:
        return t["na"] if not_applicable else ("—" if value is None else str(value))

    order = {e.id: i for i, e in enumerate(framework.iter_elements())}
    rows = []
    for element_id in sorted(team["elements"], key=lambda e: order.get(e, len(order))):
        entry = team["elements"][element_id]
        levels = [r["level"] for r in entry["ratings"] if r["level"] is not None]
        spread = "—" if not levels else f"{min(levels)}–{max(levels)}"
        c = entry["consensus"]
        rows.append(TeamRow(
            element_id=element_id,
            title=framework.element(element_id).title.get(lang)
            if framework.has_element(element_id) else "",
            ratings=tuple((r["rater"], level(r["level"], r["not_applicable"]), r["rationale"])
                          for r in entry["ratings"]),
            spread=spread,
            flagged=bool(levels) and max(levels) - min(levels) >= FLAG_SPREAD,
            consensus=t["pending"] if c is None else level(c["level"], c["not_applicable"]),
            justification="" if c is None else c["justification"],
        ))
    raters = tuple((r["name"], r["role"], r["unit"], t["merged"] if r["merged"] else t["local"])
                   for r in team["raters"])
    return TeamAnnex(texts=t, raters=raters, rows=tuple(rows))


def team_story(story: _Story, annex: TeamAnnex) -> list[Flowable]:
    """The annex's flowables, laid out with the main story's styles and tables."""
    from digigov_desktop.reports.pdf_story_parts import bookmarked, data_table

    t, s, width = annex.texts, story.s, story.width
    out: list[Flowable] = [bookmarked(story.p(t["title"], s.h1), "team", t["title"])]
    out.append(story.p(t["intro"].format(flag=FLAG_SPREAD)))
    out.append(story.p(t["raters"], s.h2))
    rows = [[story.p(t[k], s.cell_head) for k in ("name", "role", "unit", "how")]]
    rows += [[story.p(name, s.cell_bold), story.p(role, s.cell), story.p(unit, s.cell),
              story.p(how, s.cell)] for name, role, unit, how in annex.raters]
    out.append(data_table(rows, [width * 0.25, width * 0.22, width * 0.22, width * 0.31],
                      header=True, zebra=True))
    out.append(story.p(t["ratings"], s.h2))
    head = [story.p(t[k], s.cell_head) for k in ("element", "rating", "spread", "consensus")]
    body = [head]
    for row in annex.rows:
        ratings = "<br/>".join(
            f"<b>{_esc(rater)}: {_esc(level)}</b>" + (f" — {_esc(why)}" if why.strip() else "")
            for rater, level, why in row.ratings)
        consensus = f"<b>{_esc(row.consensus)}</b>"
        if row.justification.strip():
            consensus += f"<br/>{_esc(row.justification)}"
        body.append([
            story.pm(f"<b>{_esc(row.element_id)}</b> {_esc(row.title)}", s.cell),
            story.pm(ratings, s.cell),
            story.p(("⚠ " if row.flagged else "") + row.spread, s.cell),
            story.pm(consensus, s.cell),
        ])
    out.append(data_table(body, [width * 0.25, width * 0.37, width * 0.13, width * 0.25],
                      header=True, zebra=True))
    out.append(Spacer(1, 6))
    return out


def _esc(text: str) -> str:
    return markup(text)
