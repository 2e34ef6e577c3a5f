"""Fixtures shared across test modules."""

from __future__ import annotations

import pytest

from icgraph.config import DEFAULT_MODEL
from icgraph.extract import load_nlp


@pytest.fixture(scope="session")
def nlp():
    """The spaCy pipeline, loaded once per test session (loading takes about a second)."""
    return load_nlp(DEFAULT_MODEL)
