"""Regenerate data/subdivisions.tsv: the first-level subdivisions (states, provinces, regions,
prefectures, counties) of states whose subnational governments often meet foreign officials, so that
"the Governor of Kano State" or "Bavaria's Minister-President" acts for Nigeria or Germany.

Names come from ISO 3166-2 through the `pycountry` package (the one build_countries.py uses), with the
Chinese suffixes ("Sheng", "Zizhiqu", "Shi") dropped and English exonyms for the states whose ISO names
are in another language (CURATED_NAMES). Left out: a name that is also a state's name, alias or
demonym ("Georgia", "Niger"), a place of another state ("Victoria"), or a subdivision name of two states
("Punjab"); a name that is a common English word keeps only its form with the kind word ("Rivers State").
Run from the repository root:

    python data/tools/build_subdivisions.py
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pycountry

from icgraph.extract.gazetteer import Gazetteer, name_key

DATA_DIR = Path(__file__).resolve().parents[1]
OUTPUT = DATA_DIR / "subdivisions.tsv"
COLUMNS = ("name", "country_iso3", "kind", "aliases", "source")

# ISO 3166-1 alpha-2 codes of the states read, and the word news puts after a subdivision's name
STATES = {"NG": "state", "US": "state", "CA": "province", "AU": "state", "IN": "state", "PK": "province",
          "MY": "state", "BR": "state", "MX": "state", "ZA": "province", "KE": "county", "JP": "prefecture",
          "AR": "province", "CN": "province"}
KINDS = {"state": "State", "province": "Province", "region": "Region", "county": "County",
         "prefecture": "Prefecture", "land": "State"}
CHINESE_SUFFIXES = (" Zhuangzu Zizhiqu", " Huizu Zizhiqu", " Uygur Zizhiqu", " Zizhiqu", " Sheng", " Shi", " SAR")
# English names of subdivisions whose ISO 3166-2 name is in another language: (ISO code, name, aliases)
CURATED_NAMES = (
    ("DE-BW", "Baden-Württemberg", ()), ("DE-BY", "Bavaria", ("Bayern",)), ("DE-BE", "Berlin", ()),
    ("DE-BB", "Brandenburg", ()), ("DE-HB", "Bremen", ()), ("DE-HH", "Hamburg", ()), ("DE-HE", "Hesse", ("Hessen",)),
    ("DE-MV", "Mecklenburg-Western Pomerania", ("Mecklenburg-Vorpommern",)), ("DE-NI", "Lower Saxony", ("Niedersachsen",)),
    ("DE-NW", "North Rhine-Westphalia", ("Nordrhein-Westfalen",)), ("DE-RP", "Rhineland-Palatinate", ("Rheinland-Pfalz",)),
    ("DE-SL", "Saarland", ()), ("DE-SN", "Saxony", ("Sachsen",)), ("DE-ST", "Saxony-Anhalt", ("Sachsen-Anhalt",)),
    ("DE-SH", "Schleswig-Holstein", ()), ("DE-TH", "Thuringia", ("Thüringen",)),
    ("ES-AN", "Andalusia", ("Andalucía",)), ("ES-CT", "Catalonia", ("Catalunya", "Cataluña")),
    ("ES-PV", "Basque Country", ("País Vasco", "Euskadi")), ("ES-GA", "Galicia", ()), ("ES-AR", "Aragon", ("Aragón",)),
    ("ES-CN", "Canary Islands", ("Canarias",)), ("ES-IB", "Balearic Islands", ("Illes Balears", "Islas Baleares")),
    ("ES-EX", "Extremadura", ()), ("ES-NC", "Navarre", ("Navarra",)), ("ES-AS", "Asturias", ()),
    ("IT-25", "Lombardy", ("Lombardia",)), ("IT-52", "Tuscany", ("Toscana",)), ("IT-82", "Sicily", ("Sicilia",)),
    ("IT-88", "Sardinia", ("Sardegna",)), ("IT-21", "Piedmont", ("Piemonte",)), ("IT-62", "Lazio", ()),
    ("IT-34", "Veneto", ()), ("IT-72", "Campania", ()), ("IT-75", "Apulia", ("Puglia",)), ("IT-45", "Emilia-Romagna", ()),
    ("IT-42", "Liguria", ()), ("IT-78", "Calabria", ()), ("IT-36", "Friuli Venezia Giulia", ("Friuli-Venezia Giulia",)),
)
COMMON_WORDS = frozenset({"delta", "rivers", "plateau", "niger", "imo", "edo", "central", "north west", "free state",
                          "national capital territory", "federal district", "capital"})


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _iso3(alpha2: str) -> str:
    return pycountry.countries.get(alpha_2=alpha2).alpha_3


def _rows() -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for alpha2, kind in STATES.items():
        for sub in pycountry.subdivisions.get(country_code=alpha2):
            if sub.parent_code is not None or "territory" in sub.type.lower() and alpha2 not in {"AU", "CA"}:
                continue
            name = sub.name
            for suffix in CHINESE_SUFFIXES:
                name = name.removesuffix(suffix)
            aliases = [a for a in {_ascii(name)} if a != name]
            rows.append({"name": name, "country_iso3": _iso3(alpha2), "kind": kind, "aliases": aliases,
                         "source": f"ISO 3166-2:{sub.code} (pycountry)"})
    for code, name, aliases in CURATED_NAMES:
        sub = pycountry.subdivisions.get(code=code)
        rows.append({"name": name, "country_iso3": _iso3(code[:2]), "kind": "land" if code.startswith("DE") else "region",
                     "aliases": list(aliases), "source": f"ISO 3166-2:{code} ({sub.name}), English name curated"})
    return rows


def main() -> int:
    gazetteer = Gazetteer.load(DATA_DIR)
    rows = _rows()
    owners = Counter(name_key(n) for row in rows for n in {row["name"], *row["aliases"]})
    kept = []
    for row in rows:
        names = [n for n in (row["name"], *row["aliases"]) if owners[name_key(n)] == 1
                 and gazetteer.country(n) is None
                 and all(place.country_iso3 == row["country_iso3"] for place in gazetteer.places if name_key(place.name) == name_key(n))]
        if not names:
            continue
        word = KINDS[row["kind"]]
        if name_key(names[0]) in COMMON_WORDS:
            names = [f"{names[0]} {word}"]
        kept.append({**row, "name": names[0], "aliases": "|".join(names[1:])})
    kept.sort(key=lambda row: (row["country_iso3"], row["name"]))
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE)
        writer.writeheader()
        writer.writerows(kept)
    print(f"{OUTPUT}: {len(kept)} subdivisions", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
