"""Which elements two pack versions share with the same meaning, and scores on those only."""

from __future__ import annotations

import pytest

from digigov_desktop.domain.framework import load_framework
from digigov_desktop.domain.pack_compare import mapped_scores, one_to_one, version_mapping
from digigov_desktop.errors import FrameworkError

OLD, NEW = load_framework(version="1.0.0"), load_framework(version="2.0.0")


def _load(framework_id, version):
    return load_framework(framework_id, version)


def test_one_to_one_keeps_same_and_renamed_and_drops_splits():
    pairs = one_to_one(OLD, NEW)
    assert len(pairs) == 46
    assert pairs["R11.1"] == "R11.1"  # renamed: same meaning, new title
    assert not {"R1.2", "R1.6", "R2.4", "R2.5", "R3.5", "R3.6", "R12.4", "R12.5"} & set(pairs)
    assert one_to_one(NEW, OLD) == {}  # 1.0.0 does not map from 2.0.0


def test_mapping_either_way_and_unknown_versions():
    down = version_mapping(NEW, ["2.0.0", "1.0.0"], _load)
    assert down.versions == ("1.0.0", "2.0.0") and down.mixed and not down.unmapped
    assert len(down.elements) == 46 and down.maps["2.0.0"]["R1.6"] == "R1.6"
    up = version_mapping(OLD, ["1.0.0", "2.0.0"], _load)  # the target is the older pack
    assert len(up.elements) == 46 and up.maps["2.0.0"]["R1.1"] == "R1.1"
    assert "R1.2" not in up.elements
    odd = version_mapping(NEW, ["2.0.0", "9.9.9"], _load)
    assert odd.unmapped == ("9.9.9",) and odd.mixed
    with pytest.raises(FrameworkError):
        _load(NEW.id, "9.9.9")


def test_scores_count_only_the_mapped_elements():
    mapping = version_mapping(NEW, ["1.0.0", "2.0.0"], _load)
    levels = {e.id: 1.0 for e in NEW.iter_elements()} | {"R1.2": 5.0, "R1.6": 5.0}
    scores = mapped_scores(mapping, "2.0.0", levels)
    assert scores["R1"] == 1.0 and scores["overall"] == 1.0  # the split R1.2/R1.6 left out
    old_levels = {e.id: 3.0 for e in OLD.iter_elements()} | {"R1.1": None}
    old = mapped_scores(mapping, "1.0.0", old_levels)
    assert old["R1"] == 3.0 and old["R2"] == 3.0
    assert mapped_scores(mapping, "9.9.9", levels) is None
