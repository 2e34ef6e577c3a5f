"""The built wheel works on its own, as an analyst installs it (`pip install icgraph-….whl`):
installed into a fresh virtualenv outside the checkout and started from another folder, it finds its
ontology, shapes, saved queries, gazetteers, lexicons and diagram assets inside the package."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
SAMPLE_PAGE = REPO.parent / "shared" / "corpus" / "000_9d4d6b1e05b12518.txt"


def run(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=1800)


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin/ folder of a fresh virtualenv with the wheel built from this checkout installed."""
    root = tmp_path_factory.mktemp("wheel")
    built = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", root / "dist", REPO], cwd=root)
    assert built.returncode == 0, built.stderr
    [wheel] = (root / "dist").glob("icgraph-*.whl")
    made = run([sys.executable, "-m", "venv", root / "venv"], cwd=root)
    assert made.returncode == 0, made.stderr
    done = run([root / "venv" / "bin" / "python", "-m", "pip", "install", "--quiet", wheel], cwd=root)
    assert done.returncode == 0, done.stderr
    return root / "venv" / "bin"


@pytest.fixture()
def elsewhere(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A folder that is not the checkout, and an environment that names no store or checkout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("ICGRAPH_", "PYTHON", "VIRTUAL_ENV"))}
    return tmp_path, env


def test_the_installed_package_reads_its_resources_from_inside_itself(installed: Path, elsewhere) -> None:
    folder, env = elsewhere
    probe = run([installed / "python", "-c",
                 "import json; from icgraph import config; "
                 "print(json.dumps([str(config.ONTOLOGY_DIR), str(config.QUERIES_DIR), str(config.DATA_DIR)]))"], folder, env)
    assert probe.returncode == 0, probe.stderr
    for directory in map(Path, json.loads(probe.stdout)):
        assert directory.is_dir() and installed.parent in directory.parents, directory
    assert (Path(json.loads(probe.stdout)[0]) / "shapes.ttl").is_file()


def test_the_wheel_ingests_queries_validates_and_draws_from_another_folder(installed: Path, elsewhere) -> None:
    folder, env = elsewhere
    icgraph = installed / "icgraph"

    ingested = run([icgraph, "ingest", "-q", SAMPLE_PAGE], folder, env)
    assert ingested.returncode == 0, ingested.stderr
    assert "10 items read, 10 stored, 0 quarantined, 0 problems" in ingested.stderr
    assert (folder / "icgraph-store").is_dir()

    met = run([icgraph, "query", "who-met-whom", "--format", "csv"], folder, env)
    assert met.returncode == 0, met.stderr
    header, *rows = met.stdout.splitlines()
    assert "aLabel" in header and "bLabel" in header
    assert any("Salim M. AlMalik" in row and "Mohamed Ould Amar" in row for row in rows)

    listed = run([icgraph, "queries"], folder, env)
    assert listed.returncode == 0, listed.stderr
    names = {line.split(" — ")[0] for line in listed.stdout.splitlines() if " — " in line and not line.startswith(" ")}
    assert names == {path.stem for path in (REPO / "queries").glob("*.rq")}

    checked = run([icgraph, "validate"], folder, env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "0 violations" in checked.stderr

    drawn = run([icgraph, "draw", "--html", "partners.html"], folder, env)
    assert drawn.returncode == 0, drawn.stderr
    page = (folder / "partners.html").read_text(encoding="utf-8")
    assert "cytoscape" in page and "Islamic World Educational, Scientific and Cultural Organization" in page


def test_python_dash_m_icgraph_is_the_same_command(installed: Path, elsewhere) -> None:
    folder, env = elsewhere
    listed = run([installed / "python", "-m", "icgraph", "queries", "--format", "json"], folder, env)
    assert listed.returncode == 0, listed.stderr
    assert "who-met-whom" in {query["name"] for query in json.loads(listed.stdout)}
    usage = run([installed / "python", "-m", "icgraph", "query"], folder, env)
    assert usage.returncode == 2 and "Usage: icgraph query" in usage.stderr


def test_the_installed_package_reads_a_cms_news_page(installed: Path, elsewhere) -> None:
    """trafilatura and lxml come with the wheel's dependencies: a saved press release is one item."""
    folder, env = elsewhere
    page = Path(__file__).resolve().parent / "data" / "html" / "ministry-press-release.html"
    probe = run([installed / "python", "-c",
                 "import sys; from icgraph.read import read_source; "
                 "[item] = read_source(sys.argv[1]); print(item.title, item.published, item.publisher, sep='|')", page], folder, env)
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "Foreign Minister meets Japanese counterpart|2026-02-11|Ministry of Foreign Affairs of Ghana"
