"""Regenerate data/countries.tsv from pycountry and the hand-curated data/tools/country_names.tsv.

pycountry supplies ISO 3166-1 codes and official names; the curated table supplies the set of
states (UN members, the two observer states, Kosovo and Taiwan), the short names news writes,
aliases and demonyms. Run from the repository root:

    python data/tools/build_countries.py
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pycountry

from icgraph.textnorm import normalize_name

DATA_DIR = Path(__file__).resolve().parents[1]
CURATED = DATA_DIR / "tools" / "country_names.tsv"
OUTPUT = DATA_DIR / "countries.tsv"
COLUMNS = ("iso3", "iso2", "name", "official_names", "aliases", "demonyms")
USER_ASSIGNED_ISO2 = {"XKX": "XK"}  # Kosovo: a code in common use, not in ISO 3166-1
AMBIGUOUS_NAMES = {"Congo"}  # pycountry names COG so, but news uses it for either Congo


def split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def usable_pycountry_name(name: str | None) -> str | None:
    """pycountry's inverted forms ("Korea, Republic of") are never how news writes a name."""
    if not name or "," in name or "(" in name or name in AMBIGUOUS_NAMES:
        return None
    if name.lower().startswith("the "):
        name = name[4:]
    return name


def key(name: str) -> str:
    """The loader's comparison key, less its spelling unification: "the" does not count."""
    return " ".join(word for word in normalize_name(name).split() if word != "the")


def unique(names: list[str], taken: set[str]) -> list[str]:
    """Names whose normalised key is not yet in `taken` (which is updated)."""
    kept = []
    for name in names:
        name_key = key(name)
        if name_key and name_key not in taken:
            taken.add(name_key)
            kept.append(name)
    return kept


def build_row(curated: dict[str, str]) -> dict[str, str]:
    iso3 = curated["iso3"]
    record = pycountry.countries.get(alpha_3=iso3)
    iso2 = record.alpha_2 if record else USER_ASSIGNED_ISO2[iso3]
    taken = {key(curated["name"])}
    official = split(curated["official_names"])
    extra_names = []
    if record:
        official.append(usable_pycountry_name(getattr(record, "official_name", None)) or "")
        extra_names = [
            usable_pycountry_name(record.name) or "",
            usable_pycountry_name(getattr(record, "common_name", None)) or "",
        ]
    official = unique([name for name in official if name], taken)
    aliases = unique([name for name in split(curated["aliases"]) + extra_names if name], taken)
    demonyms = unique(split(curated["demonyms"]), taken)
    return {
        "iso3": iso3,
        "iso2": iso2,
        "name": curated["name"],
        "official_names": "|".join(official),
        "aliases": "|".join(aliases),
        "demonyms": "|".join(demonyms),
    }


_FORM_OF_STATE = re.compile(r"\b(Republic|Kingdom)\b")
# Names of former states that the rule below would otherwise give to a current one.
FORMER_STATE_NAMES = {"Republic of Vietnam"}  # South Vietnam until 1976


def add_form_of_state_names(rows: list[dict[str, str]]) -> None:
    """News often writes "Republic of Gabon" for the "Gabonese Republic" and "Kingdom of Jordan"
    for the "Hashemite Kingdom of Jordan": add "<form> of <short name>" for each form of state
    in a state's official names, unless another state already has that name."""
    taken = {
        key(name)
        for row in rows
        for column in ("name", "official_names", "aliases", "demonyms")
        for name in split(row[column])
    }
    for row in rows:
        if _FORM_OF_STATE.search(row["name"]) or row["name"].startswith("United "):
            continue
        forms = {match.group(1) for name in split(row["official_names"]) for match in _FORM_OF_STATE.finditer(name)}
        extra = []
        for form in sorted(forms):
            name = f"{form} of {row['name']}"
            if key(name) not in taken and name not in FORMER_STATE_NAMES:
                taken.add(key(name))
                extra.append(name)
        row["official_names"] = "|".join(split(row["official_names"]) + extra)


def check_unambiguous(rows: list[dict[str, str]]) -> list[str]:
    """Every name, alias and demonym must point to exactly one state."""
    owner: dict[str, str] = {}
    problems = []
    for row in rows:
        names = [row["name"]] + [
            name for column in ("official_names", "aliases", "demonyms") for name in split(row[column])
        ]
        for name in names:
            name_key = key(name)
            if owner.setdefault(name_key, row["iso3"]) != row["iso3"]:
                problems.append(f"{name!r} names both {owner[name_key]} and {row['iso3']}")
    return problems


def main() -> int:
    with CURATED.open(encoding="utf-8", newline="") as handle:
        curated_rows = list(csv.DictReader(handle, delimiter="\t"))
    rows = sorted((build_row(row) for row in curated_rows), key=lambda row: row["iso3"])
    add_form_of_state_names(rows)
    problems = check_unambiguous(rows)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} states to {OUTPUT.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
