"""Shared fixtures: the spaCy pipeline is loaded once per test session; the development news of
other publishers is read from ../shared (the repository must not redistribute it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from icgraph.config import Settings


@pytest.fixture(scope="session")
def nlp():
    from icgraph.extract import load_nlp

    return load_nlp(Settings.from_env().model)


SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.fixture(scope="session")
def dev_news() -> Path:
    """../shared/corpus/dev-news.jsonl: 29 news items of 22 publishers, beside the checkout."""
    path = SHARED / "corpus" / "dev-news.jsonl"
    if not path.is_file():
        pytest.skip(f"{path} is absent: the development corpus lives in ../shared beside the checkout")
    return path
