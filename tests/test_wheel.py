"""The installed wheel carries resources/ and finds it without a source checkout."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_ships_resources_and_resource_path_finds_them(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(tmp_path / "dist"), str(ROOT)],
        check=True, capture_output=True,
    )
    wheel = next((tmp_path / "dist").glob("digigov_desktop-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "digigov_resources/frameworks/oecd-dgs-2014/1.0.0/framework.json" in names
    assert "digigov_resources/schemas/framework.schema.json" in names
    assert not any(n.startswith(("tests/", "packaging/", "benchmarks/")) for n in names)

    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    probe = (
        "from digigov_desktop.paths import resource_path;"
        "from digigov_desktop.domain.framework import load_framework;"
        "p = resource_path('frameworks');"
        "print(p); print(len(load_framework().elements))"
    )
    # -S: no site processing, so the development (editable) install cannot interfere;
    # the dependencies come from site-packages named explicitly after the wheel's files.
    site_packages = [p for p in sys.path if p.endswith("site-packages")]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = os.pathsep.join([str(target), *site_packages])
    out = subprocess.run([sys.executable, "-S", "-c", probe], cwd=tmp_path, env=env,
                         capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0].startswith(str(target / "digigov_resources"))
    assert int(out[1]) >= 45
