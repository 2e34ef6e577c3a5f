"""Colours and shapes of the actor network, shared by the exports and the diagrams.

Actor kinds and tie kinds never share a colour: actors are filled in orange, blue and green; ties
are drawn in purple, red, brown, grey and pink.
"""

from __future__ import annotations

KIND_COLORS = {"person": "#f28e2b", "organization": "#4e79a7", "country": "#59a14f"}
KIND_SHAPES = {"person": "ellipse", "organization": "box", "country": "hexagon"}  # Graphviz / yEd shapes
TIE_COLORS = {
    "met": "#7b3294",
    "signed-with": "#d62728",
    "co-organized": "#a6611a",
    "took-part-together": "#8c8c8c",
    "member-of": "#e377c2",
}
TIE_STYLES = {"member-of": "dashed"}  # every other kind: solid


def rgb(color: str) -> tuple[int, int, int]:
    """"#4e79a7" → (78, 121, 167)."""
    return int(color[1:3], 16), int(color[3:5], 16), int(color[5:7], 16)

SHORT_LABEL_AFTER = 30


def display_label(label: str, aliases: list[str]) -> str:
    """A long name is shown by its acronym when it has one ("ICESCO" rather than the full name),
    else cut after a word with "…" (the full name is in the details and tooltips)."""
    if len(label) <= SHORT_LABEL_AFTER:
        return label
    acronyms = [alias for alias in aliases if " " not in alias and alias.isupper() and len(alias) <= 12]
    if acronyms:
        return min(acronyms, key=len)
    cut = label[:SHORT_LABEL_AFTER].rsplit(" ", 1)[0].rstrip(",;:- ")
    return cut + "…"
