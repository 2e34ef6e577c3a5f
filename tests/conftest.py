"""Shared fixtures: the spaCy pipeline is loaded once per test session."""

from __future__ import annotations

import pytest

from icgraph.config import Settings


@pytest.fixture(scope="session")
def nlp():
    from icgraph.extract import load_nlp

    return load_nlp(Settings.from_env().model)
