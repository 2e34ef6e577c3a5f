"""Regression guard: extraction quality on the development corpora holds its measured level.

Runs the whole pipeline (spaCy included) over the sample page, dev-news.jsonl and dev-news-2.jsonl,
scores the graph against the hand-made gold files of ../shared/gold and fails when any figure is
below its floor, printing the evaluation table with every miss and false hit. Each floor is the
figure measured when the extraction last changed (issue 9, docs/evaluation.md) less 0.05; raise
them when the figures rise. The third of dev-news-2 set aside for issue 9 is scored with the rest
here: it is kept out of development, not out of the guard.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from icgraph.cli import cli
from icgraph.config import Settings
from icgraph.evaluate import render_table, run_evaluation
from icgraph.extract import load_nlp

pytestmark = pytest.mark.slow

SHARED = Path(__file__).resolve().parents[2] / "shared"

SAMPLE = ("000_9d4d6b1e05b12518.gold.json", "000_9d4d6b1e05b12518.txt")
DEV_NEWS = ("dev-news.gold.json", "dev-news.jsonl")
DEV_NEWS_2 = ("dev-news-2.gold.json", "dev-news-2.jsonl")

MARGIN = 0.05
MEASURED = {
    SAMPLE: {
        "meetings": 1.000,
        "meetings-dated": 1.000,
        "posts": 0.980,
        "agreements": 1.000,
        "participations": 0.955,
        "entities-precision": 1.000,
        "entities-recall": 1.000,
        "organization-pairs-recall": 1.000,  # issue 10: whom each participant acts for
    },
    DEV_NEWS: {
        "meetings": 1.000,
        "meetings-dated": 1.000,
        "posts": 0.952,
        "agreements": 0.923,
        "participations": 0.957,
        "entities-precision": 1.000,
        "entities-recall": 1.000,
        "organization-pairs-recall": 0.968,
    },
    DEV_NEWS_2: {
        "meetings": 0.977,
        "meetings-dated": 0.970,
        "posts": 0.916,
        "agreements": 1.000,
        "participations": 1.000,
        "entities-precision": 0.930,
        "entities-recall": 0.963,
        "organization-pairs-recall": 0.842,
    },
}


def shared_file(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    assert path.is_file(), f"{path} is missing: the repository must sit beside the shared/ folder"
    return path


@pytest.fixture(scope="module")
def nlp():
    return load_nlp(Settings.from_env().model)


@pytest.mark.parametrize("corpus", [SAMPLE, DEV_NEWS, DEV_NEWS_2], ids=["sample-page", "dev-news", "dev-news-2"])
def test_figures_hold_their_measured_level(corpus: tuple[str, str], nlp) -> None:
    gold_name, corpus_name = corpus
    report = run_evaluation(shared_file("gold", gold_name), [shared_file("corpus", corpus_name)], nlp=nlp)
    figures = report.figures()
    floors = {name: round(measured - MARGIN, 3) for name, measured in MEASURED[corpus].items()}
    below = {name: f"{figures[name]:.3f} < {floor}" for name, floor in floors.items() if figures[name] < floor}
    assert not below, f"{corpus_name}: below floor: {below}\n\n{render_table(report)}"


def test_cli_evaluate_prints_figures_and_enforces_minimums() -> None:
    gold, corpus = shared_file("gold", SAMPLE[0]), shared_file("corpus", SAMPLE[1])
    runner = CliRunner()
    result = runner.invoke(cli, ["evaluate", "--gold", str(gold), str(corpus), "--format", "json", "--min", "meetings=1.01"])
    assert result.exit_code == 1, result.output
    assert "below the minimum: meetings" in result.stderr
    data = json.loads(result.stdout)
    assert set(data["figures"]) >= {"meetings", "posts", "agreements", "entities-precision"}
    assert data["scores"][0]["gold_total"] > 0

    result = runner.invoke(cli, ["evaluate", "--gold", str(gold), str(corpus), "--min", "nonsense=1"])
    assert result.exit_code == 2 and "FIGURE=VALUE" in result.stderr
