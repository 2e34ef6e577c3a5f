"""CLI commands (evaluate, explain)."""

from __future__ import annotations

import json
from dataclasses import asdict, replace
from pathlib import Path

import click

from icgraph.cli.common import base_option, error_boundary, store_option
from icgraph.cli.progress import ProgressDisplay
from icgraph.config import Settings
from icgraph.evaluate import FIGURE_NAMES, REPORT_FORMATS, read_ids, run_evaluation
from icgraph.explain import AgreementFact, EventFact, Explanation, PostFact, Source, explain
from icgraph.store import open_store


def parse_minimums(values: tuple[str, ...]) -> dict[str, float]:
    minimums = {}
    for value in values:
        name, sep, number = value.partition("=")
        if not sep or name not in FIGURE_NAMES:
            raise click.BadParameter(f"{value!r}: expected FIGURE=VALUE with FIGURE one of {', '.join(FIGURE_NAMES)}", param_hint="--min")
        try:
            minimums[name] = float(number)
        except ValueError:
            raise click.BadParameter(f"{value!r}: {number!r} is not a number", param_hint="--min") from None
    return minimums


@click.command("evaluate")
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False), help="Gold annotations (JSON).")
@click.argument("corpus", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(sorted(REPORT_FORMATS)), default="table", show_default=True)
@click.option(
    "--min",
    "minimums",
    multiple=True,
    metavar="FIGURE=VALUE",
    help=f"Exit 1 when a figure is below VALUE (repeatable). Figures: {', '.join(FIGURE_NAMES)}.",
)
@click.option("--jobs", default=1, show_default=True, type=click.IntRange(1), help="Processes for the language model.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or messages.")
@click.option("--ids", "ids_path", type=click.Path(exists=True, dir_okay=False), help="Score only the items whose ids this file lists (one a line, # comments).")
@click.option("--exclude-ids", "exclude_path", type=click.Path(exists=True, dir_okay=False), help="Leave out the items whose ids this file lists.")
@base_option
@error_boundary
def evaluate_command(gold_path: str, corpus: tuple[str, ...], fmt: str, minimums: tuple[str, ...], jobs: int, quiet: bool,
                     ids_path: str | None, exclude_path: str | None, base: str) -> None:
    """Ingest CORPUS into a fresh temporary store and score its facts against --gold.

    Prints precision, recall and F1 per fact kind, then every miss and every false hit with the
    sentence it came from. Exits 0 (it measures) unless a --min threshold is not reached.
    """
    thresholds = parse_minimums(minimums)
    settings = replace(Settings.from_env(), base=base)
    ids = read_ids(Path(ids_path)) if ids_path else None
    excluded = read_ids(Path(exclude_path)) if exclude_path else frozenset()
    with ProgressDisplay(quiet=quiet) as progress:
        report = run_evaluation(gold_path, [Path(p) for p in corpus], settings=settings, jobs=jobs, progress=progress,
                                ids=ids, exclude_ids=excluded)
    click.echo(REPORT_FORMATS[fmt](report), nl=False)
    figures = report.figures()
    below = [f"{name} {figures[name]:.3f} < {minimum:g}" for name, minimum in thresholds.items() if figures[name] < minimum]
    if below:
        raise click.ClickException("below the minimum: " + "; ".join(below))


# --------------------------------------------------------------------------- explain


def _sources(sources: tuple[Source, ...]) -> list[str]:
    lines = []
    for source in sources:
        where = source.title or source.item
        lines.append(f"      from: {where}")
        if source.quote:
            lines.append(f'        "{" ".join(source.quote.split())}"')
    return lines


def _post_lines(post: PostFact) -> list[str]:
    return [f"  {post.person_label}: {post.role}, {post.organization_label}", *_sources(post.sources)]


def _event_lines(event: EventFact) -> list[str]:
    when = event.date or "undated"
    if event.end_date and event.end_date != event.date:
        when += f" to {event.end_date}"
    where = ", ".join(part for part in (event.venue, event.place) if part)
    head = f"  {when}  {event.kind or 'event'}: {event.label}" + (f" (at {where})" if where else "")
    if event.roles:
        head += f" as {', '.join(event.roles)}"
    lines = [head]
    if event.agents:
        others = ", ".join(f"{a.label} ({', '.join(a.roles)})" for a in event.agents)
        lines.append(f"      {'with' if event.roles else 'participants'}: {others}")
    return lines + _sources(event.sources)


def _agreement_lines(agreement: AgreementFact) -> list[str]:
    lines = [f"  {agreement.date or 'undated'}  {agreement.kind or 'agreement'}: {agreement.label}"]
    lines.append("      parties: " + ", ".join(a.label for a in agreement.parties))
    if agreement.signatories:
        lines.append("      signatories: " + ", ".join(a.label for a in agreement.signatories))
    return lines + _sources(agreement.sources)


def render_explanation(explanation: Explanation) -> str:
    lines = [f"{explanation.label}  <{explanation.iri}>", f"  types: {', '.join(explanation.types)}"]
    if explanation.aliases:
        lines.append(f"  also called: {', '.join(explanation.aliases)}")
    sections = (
        ("posts", [line for post in explanation.posts for line in _post_lines(post)]),
        ("event" if explanation.is_event else "events", [line for event in explanation.events for line in _event_lines(event)]),
        ("agreements", [line for agreement in explanation.agreements for line in _agreement_lines(agreement)]),
    )
    for title, section in sections:
        if section:
            lines += [f"{title}:", *section]
    return "\n".join(lines) + "\n"


@click.command("explain")
@click.argument("target")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@store_option
@base_option
@error_boundary
def explain_command(target: str, fmt: str, store_path: str, base: str) -> None:
    """Print the facts about an entity or event (an IRI, a path such as person/x, or a label),
    each with the news item and the sentence it came from."""
    with open_store(store_path, create=False, read_only=True, base=base) as store:
        explanations = explain(store, target, base=base)
    if not explanations:
        raise click.ClickException(f"no entity or event named {target!r} in the store {store_path}")
    if fmt == "json":
        click.echo(json.dumps([asdict(e) for e in explanations], ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(render_explanation(e) for e in explanations), nl=False)
