"""Regenerate data/countries.tsv from pycountry and the hand-curated data/tools/country_names.tsv.

pycountry supplies ISO 3166-1 codes and official names; the curated table supplies the set of
states (UN members, the two observer states, Kosovo and Taiwan), the short names news writes,
aliases and demonyms. Run from the repository root:

    python data/tools/build_countries.py
"""

from __future__ import annotations

import csv
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


def unique(names: list[str], taken: set[str]) -> list[str]:
    """Names whose normalised key is not yet in `taken` (which is updated)."""
    kept = []
    for name in names:
        key = normalize_name(name)
        if key and key not in taken:
            taken.add(key)
            kept.append(name)
    return kept


def build_row(curated: dict[str, str]) -> dict[str, str]:
    iso3 = curated["iso3"]
    record = pycountry.countries.get(alpha_3=iso3)
    iso2 = record.alpha_2 if record else USER_ASSIGNED_ISO2[iso3]
    taken = {normalize_name(curated["name"])}
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


def check_unambiguous(rows: list[dict[str, str]]) -> list[str]:
    """Every name, alias and demonym must point to exactly one state."""
    owner: dict[str, str] = {}
    problems = []
    for row in rows:
        names = [row["name"]] + [
            name for column in ("official_names", "aliases", "demonyms") for name in split(row[column])
        ]
        for name in names:
            key = normalize_name(name)
            if owner.setdefault(key, row["iso3"]) != row["iso3"]:
                problems.append(f"{name!r} names both {owner[key]} and {row['iso3']}")
    return problems


def main() -> int:
    with CURATED.open(encoding="utf-8", newline="") as handle:
        curated_rows = list(csv.DictReader(handle, delimiter="\t"))
    rows = sorted((build_row(row) for row in curated_rows), key=lambda row: row["iso3"])
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
