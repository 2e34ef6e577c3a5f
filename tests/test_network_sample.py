"""The sample page, through the whole pipeline, as an organization-level network (issue 5's check)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from icgraph.cli import cli

SAMPLE_PAGE = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "000_9d4d6b1e05b12518.txt"


@pytest.mark.slow
def test_the_sample_page_ties_icesco_to_its_partners_with_dates_and_sources(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    runner = CliRunner()
    ingested = runner.invoke(cli, ["ingest", "--store", store, "--quiet", str(SAMPLE_PAGE)])
    assert ingested.exit_code == 0, ingested.stderr
    result = runner.invoke(cli, ["network", "ego", "ICESCO", "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.stderr
    neighbours = {entry["label"]: entry["tie"] for entry in json.loads(result.stdout)["neighbours"]}
    wanted = {
        "Arab League Educational, Cultural and Scientific Organization": ("met", "2025-04-18"),
        "United Nations Development Programme": ("signed-with", "2025-04-11"),
        "Suriname": ("met", "2025-04-16"),
        "Austria": ("met", "2025-04-08"),
        "American University of Sharjah": ("met", "2025-04-18"),
        "Intellium": ("co-organized", "2025-04-02"),
        "Cameroonian National Commission for UNESCO and ICESCO": ("co-organized", "2025-04-02"),
    }
    for name, (kind, day) in wanted.items():
        label = next((label for label in neighbours if name in label), None)
        assert label is not None, f"ICESCO is not tied to {name}: {sorted(neighbours)}"
        tie = neighbours[label]
        assert kind in tie["kinds"] and tie["first"] <= day <= tie["last"], (name, tie)
        quotes = [source["quote"] for occasion in tie["occasions"] for source in occasion["sources"]]
        assert any(quotes), f"no source sentence for {name}"
