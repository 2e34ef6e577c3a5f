"""The README's examples work as printed: every `icgraph …` command of README.md and every example
that `icgraph queries` prints runs, as a user runs it (a shell, the installed `icgraph`), on the data
the README ingests, and gives non-empty, sensible output. The README's Python example runs too."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from icgraph.cli import cli

REPO = Path(__file__).resolve().parents[1]
README = (REPO / "README.md").read_text(encoding="utf-8")
BIN = Path(sys.executable).parent

# Commands the README shows that this test does not run, and where they are run for real.
NOT_RUN_HERE = {
    "serve": "runs until stopped; tests/test_serve.py starts it and queries it",
    "push": "needs a writable SPARQL server; tests/test_remote.py pushes to Oxigraph and Virtuoso",
    "evaluate": "tests/test_quality.py runs these on the sample page and ../shared and checks their figures",
}


def fenced_blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```", README, flags=re.S | re.M)


def readme_commands() -> list[str]:
    commands = []
    for block in fenced_blocks("sh"):
        for line in block.splitlines():
            command = re.sub(r"\s+#\s.*$", "", line).strip()
            if command.startswith("icgraph "):
                commands.append(command)
    return commands


def query_examples() -> list[str]:
    listing = CliRunner().invoke(cli, ["queries"]).stdout
    return [line.split("example: ", 1)[1].strip() for line in listing.splitlines() if "example: icgraph " in line]


def subcommand(command: str) -> str:
    return shlex.split(command)[1]


COMMANDS = readme_commands()
INGESTS = [c for c in COMMANDS if subcommand(c) == "ingest"]
EXAMPLES = [c for c in COMMANDS if subcommand(c) not in {"ingest", *NOT_RUN_HERE}]


def shell(command: str, folder: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ICGRAPH_")}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return subprocess.run(["bash", "-c", command], cwd=folder, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder in which `data/` is the repository's and `../shared` the corpus beside the checkout (the
    README ingests the sample page from there), after the README's ingest commands ran there."""
    folder = tmp_path_factory.mktemp("readme")
    (folder / "data").symlink_to(REPO / "data", target_is_directory=True)
    shared = folder.parent / "shared"
    if not shared.exists():
        shared.symlink_to(REPO.parent / "shared", target_is_directory=True)
    assert INGESTS, "the README shows no ingest command"
    for command in INGESTS:
        done = shell(command, folder)
        assert done.returncode == 0, f"{command}\n{done.stderr}"
        assert re.search(r"\d+ items read, [1-9]\d* stored, 0 quarantined, 0 problems", done.stderr), done.stderr
    return folder


def written_files(command: str) -> list[str]:
    words = shlex.split(command)
    return [after for before, after in zip(words, words[1:]) if before in {">", "-o", "--output", "--html", "--png", "--svg"}]


def test_the_readme_shows_the_commands_it_promises() -> None:
    shown = {subcommand(c) for c in COMMANDS}
    assert {"ingest", "query", "queries", "validate", "stats", "export", "explain", "network", "draw"} <= shown
    assert len(query_examples()) == len(list((REPO / "queries").glob("*.rq")))


@pytest.mark.parametrize("command", EXAMPLES, ids=str)
def test_a_readme_command_works_as_printed(folder: Path, command: str) -> None:
    done = shell(command, folder)
    assert done.returncode == 0, f"{command}\n{done.stderr}"
    assert "Traceback" not in done.stderr
    files = written_files(command)
    for name in files:
        assert (folder / name).stat().st_size > 0, f"{command} wrote an empty {name}"
    if subcommand(command) == "validate":
        assert "0 violations" in done.stderr
    elif subcommand(command) == "explain":
        assert shlex.split(command)[2] in done.stdout
    elif not files:
        assert done.stdout.strip(), f"{command} printed nothing"
    if subcommand(command) == "query":
        assert "(0 rows)" not in done.stdout, f"{command} answers no rows on the README's data"


# members-of: the sample page states no country's membership of an organization (its phrasing is
# "ICESCO's Member States"), so its example may answer no rows here; the others must answer.
MAY_BE_EMPTY = {"members-of"}


@pytest.mark.parametrize("command", query_examples(), ids=str)
def test_a_saved_query_example_answers_on_the_readme_data(folder: Path, command: str) -> None:
    done = shell(command, folder)
    assert done.returncode == 0, f"{command}\n{done.stderr}"
    header, rule, *rows = done.stdout.splitlines()
    assert set(rule) <= {"-", " "} and header.split()
    if shlex.split(command)[2] not in MAY_BE_EMPTY:
        assert "(0 rows)" not in done.stdout, f"{command} answers no rows on the README's data"


def test_the_readme_python_example_runs(folder: Path) -> None:
    [example] = [block for block in fenced_blocks("python") if "open_store" in block]
    done = subprocess.run([sys.executable, "-c", example], cwd=folder, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) >= 1 and "Salim M. AlMalik" in done.stdout
