"""The default catalogue's texts are current (issue 11 item 9).

Before: the Finnish descriptions carried PTV's pre-2023 text with a "written before the reform"
patch note, and ``catalogue validate`` on the application's own export gave 31 warnings (texts
over PTV's 150-character summary limit).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.cli_runner import run_cli

# Who organises a county service today, as the descriptions end (fi, sv, en).
TODAY = {
    "fi": ("hyvinvointialue", "Terveyden ja hyvinvoinnin laitos", "työnantaja"),
    "sv": ("välfärdsområde", "Institutet för hälsa och välfärd", "arbetsgivaren"),
    "en": ("wellbeing services county", "Institute for Health and Welfare", "employer"),
}
MUNICIPAL = {"fi": "kotikunta", "sv": "hemkommun", "en": "home municipality"}
MUNICIPALITY_ORGANISES = re.compile(
    r"\bkun(ta|nat) (järjestää|järjestävät|huolehtii)|\bkunnan (on|tulee) järjestää", re.I
)


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("texts")
    out = folder / "export.json"
    run = run_cli(["catalogue", "export", str(out)], home=folder / "home")
    assert run.code == 0, run.err
    return out


@pytest.mark.slow
def test_the_export_of_the_default_catalogue_validates_without_findings(exported: Path) -> None:
    run = run_cli(["catalogue", "validate", str(exported), "--json"], home=exported.parent / "v")
    assert run.code == 0, run.err
    findings = run.json()["findings"]
    assert findings["errors"] == 0
    # No finding at all: the real health stations of 2019 have Finnish names only, and their
    # source says so ("languages": ["fi"]), so no Swedish name is asked for (or invented).
    assert findings["items"] == []


def _descriptions(service: dict[str, Any], language: str) -> list[str]:
    return [
        t["value"]
        for t in service["descriptions"]
        if t["language"] == language and t["type"] == "description"
    ]


@pytest.mark.slow
def test_every_description_speaks_of_today_s_organisers(exported: Path) -> None:
    services = json.loads(exported.read_text(encoding="utf-8"))["services"]
    assert len(services) == 108
    for service in services:
        text = json.dumps(service["descriptions"], ensure_ascii=False)
        assert "sote-uudistus" not in text, service["id"]
        assert not MUNICIPALITY_ORGANISES.search(text), service["id"]
        for language in ("fi", "sv", "en"):
            (description,) = _descriptions(service, language)
            if service["responsibility"] == "municipality":
                assert MUNICIPAL[language] in description, (service["id"], language)
            else:
                assert any(w in description for w in TODAY[language]), (service["id"], language)
