"""The real pack oecd-dgs-2014 2.0.0: schema and rules, completeness, migration from 1.0.0,
and the demo evaluation on it."""

from __future__ import annotations

import json

import pytest

from digigov_desktop import cli
from digigov_desktop.domain import framework as fw
from digigov_desktop.paths import resource_path
from digigov_desktop.services.packs import _check_predecessors

PACK2 = resource_path("frameworks", "oecd-dgs-2014", "2.0.0", "framework.json")


@pytest.fixture(scope="module")
def pack2():
    # validated from scratch (no cache): the JSON Schema, then the rules in code
    return fw.framework_from_bytes(PACK2.read_bytes(), source=str(PACK2))


def test_pack_2_is_the_default_and_passes_schema_and_rules(pack2):
    assert (pack2.id, pack2.version, pack2.format) == ("oecd-dgs-2014", "2.0.0", 2)
    assert fw.load_framework().version == "2.0.0"  # new evaluations start on it
    assert fw.load_framework("oecd-dgs-2014", "1.0.0").format == 1  # old cycles keep theirs
    assert pack2.previous == ("oecd-dgs-2014", "1.0.0")
    assert pack2.rule is not None and pack2.last_verified and pack2.mapping_note is not None
    assert "propuesta propia" in pack2.mapping_note.es and "own proposal" in \
        pack2.mapping_note.en
    _check_predecessors(pack2)  # every 1.0.0 element has a successor or a notes target


def test_every_element_is_complete(pack2):
    assert len(pack2.recommendations) == 12
    for element in pack2.iter_elements():
        assert element.criteria_at(0) == (), element.id  # level 0 is the floor
        for level in range(1, 6):
            criteria = element.criteria_at(level)
            assert 1 <= len(criteria) <= 3, (element.id, level)
            for c in criteria:
                assert c.text.es.strip() and c.text.en.strip() and c.text.es != c.text.en
        assert element.legal, element.id
        assert element.ask, element.id
        assert 1 <= len(element.dgpf) <= 3 and element.dgi_facet, element.id
        assert {n for n, _ in element.next_steps} == {0, 1, 2, 3, 4}, element.id
        assert element.predecessor is not None, element.id


def test_untranslated_text_is_refused(pack2):
    data = json.loads(PACK2.read_text("utf-8"))
    element = data["pillars"][0]["recommendations"][0]["elements"][0]
    element["levels"][1]["criteria"][0]["text"]["en"] = element["levels"][1]["criteria"][0][
        "text"]["es"]
    from digigov_desktop.errors import FrameworkError

    with pytest.raises(FrameworkError, match="untranslated"):
        fw.parse_framework(data)
    data = json.loads(PACK2.read_text("utf-8"))
    data["pillars"][0]["recommendations"][0]["elements"][0]["levels"][0]["criteria"] = [
        {"id": "R1.1-1z", "text": {"es": "x", "en": "y"}}]
    with pytest.raises(FrameworkError):
        fw.parse_framework(data)


def _counts(path):
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        rationales = [r for (r,) in conn.execute(
            "SELECT rationale FROM answer WHERE rationale != ''")]
        notes = [t for row in conn.execute(
            "SELECT strengths, improvements, actions FROM recommendation_notes") for t in row]
        evidence = sorted(r for (r,) in conn.execute("SELECT sha256 FROM evidence"))
        return rationales, notes, evidence
    finally:
        conn.close()


def test_demo_on_1_0_migrates_to_2_0_dry_run_then_for_real(tmp_path, capsys):
    db = tmp_path / "demo.sqlite"
    assert cli.main(["demo", "--db", str(db), "--framework-version", "1.0.0"]) == 0
    rationales, notes, evidence = _counts(db)
    capsys.readouterr()
    assert cli.main(["migrate", "--db", str(db), "--to", "oecd-dgs-2014@2.0.0", "--dry-run",
                     "--json"]) == 0
    plan = json.loads(capsys.readouterr().out)
    assert plan["dry_run"] and plan["from"] == "1.0.0" and plan["to"] == "2.0.0"
    assert plan["to_review"]  # 2.0.0 renames/splits/merges some elements
    assert _counts(db) == (rationales, notes, evidence)  # the dry run changed nothing
    assert cli.main(["--lang", "es", "migrate", "--db", str(db), "--to",
                     "oecd-dgs-2014@2.0.0"]) == 0
    out = capsys.readouterr().out
    assert "Migrado" in out
    new_rationales, new_notes, new_evidence = _counts(db)
    text = "\n".join(new_rationales + new_notes)
    lost = [r for r in rationales if r.strip() not in text]
    assert lost == []  # every rationale is in an answer or a note
    assert len(new_rationales) >= len({r for r in rationales})
    assert set(evidence) <= set(new_evidence) and len(new_evidence) >= len(evidence)
    assert cli.main(["status", "--db", str(db), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["framework"]["version"] == "2.0.0"
    review = {i["element"] for i in status["issues"] if i["code"] == "TO_REVIEW"}
    assert review == set(plan["to_review"])


def test_digigov_demo_is_a_complete_ready_2_0_evaluation(tmp_path, capsys):
    db = tmp_path / "demo2.sqlite"
    assert cli.main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    assert cli.main(["status", "--db", str(db), "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["framework"]["version"] == "2.0.0"
    assert status["ready"] and status["completion"] == 1.0
    from digigov_desktop.services.evaluations import EvaluationService
    from digigov_desktop.storage.database import open_store

    with open_store(db) as store:
        service = EvaluationService(store)
        evaluation = service.evaluation(service.current_cycle().id)
        framework = service.framework_for(evaluation.cycle)
        for element in framework.iter_elements():
            answer = evaluation.answers[element.id]
            if answer.level is not None:  # criteria ticked consistently with the level
                assert element.proposed_level(answer.criteria) == answer.level, element.id
                assert not answer.override_justification


def test_the_first_untranslated_text_is_named_by_its_path(pack2):
    # The rule runs on a walk without paths at every start; the path is found only for
    # the text that fails, and it is the first one in document order (spaces ignored).
    from digigov_desktop.errors import FrameworkError

    data = json.loads(PACK2.read_text("utf-8"))
    first = data["pillars"][1]["recommendations"][0]["elements"][3]["next_steps"]["4"]
    first["en"] = f" {first['es']} "
    data["pillars"][2]["title"]["en"] = data["pillars"][2]["title"]["es"]  # a later one
    with pytest.raises(FrameworkError) as caught:
        fw.parse_framework(data)
    assert "at pillars/1/recommendations/0/elements/3/next_steps/4: the Spanish and " \
        "English texts are the same" in str(caught.value)
