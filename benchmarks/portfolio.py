"""A decade of tenders at scale: every row of issue 15's table, as ratios within one run.

The script writes (once, cached under benchmarks/out/) a workbook with a `Contracten` and a
`Bijdragen` sheet as a buyer's export would have them (Dutch headers below a merged title, real
number and date cells, shared strings), plus a CSV pair and a YAML folder with the same portfolio.
Then it prints: the time and peak memory of python-calamine reading both sheets (the reference);
for xlsx → json, csv, md, html, table and xlsx, and csv → json, yaml → json, the time of
`sroi batch FILE -f FORMAT -o OUT` end to end, its ratio to the read with the target, and the peak
memory (PSS of the whole process tree, benchmarks/treemem.py) with its ratio to the read's; whether
every figure of the three inputs' JSON reports is identical to the cent (the digest of
tests/app/test_portfolio_exact.py); optionally a 1.000.000-contract run; and the start-up ratio.
Targets are reported, not asserted: the script exits non-zero only when a run fails or the
figures differ between inputs.

    python benchmarks/portfolio.py --n 100000                  # the whole table
    python benchmarks/portfolio.py --n 10000 --only xlsx:json  # one row
    python benchmarks/portfolio.py --n 100000 --million 1000000
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import importlib.util
import json
import os
import random
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
import treemem

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "out"
AS_OF = "2026-11-23"
TARGET = 2.0
SEED = 20261123
PER_CONTRACT = 3  # contributions per contract, on average

CONTRACT_HEADERS = (
    "Kenmerk",
    "Omschrijving",
    "Opdrachtgever",
    "Categorie",
    "Soort",
    "Opdrachtwaarde excl. btw",
    "Startdatum",
    "Einddatum",
    "Gunningsdatum",
    "Status",
    "Opdrachtnemer",
    "Regels",
)
CONTRIBUTION_HEADERS = (
    "Contract",
    "Bouwblok",
    "Kandidaat",
    "Uren per week",
    "Startdatum",
    "Einddatum",
    "Bedrag",
    "Datum",
    "Status",
    "Doelgroepregister",
)
# Block codes of the bundled rule sets (the versions in force from mid-2023 on).
PLACEMENT_BLOCKS = {
    "haaglanden": (
        "participatiewet",
        "ww",
        "wia",
        "no_benefit",
        "banenafspraak",
        "bbl_level_2",
        "internship_mbo_hbo",
        "young_no_qualification",
    ),
    "utrecht": ("participatiewet", "banenafspraak", "wia", "ww", "bbl", "bol", "no_benefit"),
    "rijk": (
        "participatiewet",
        "ww_long_or_50_plus",
        "wia",
        "banenafspraak",
        "statushouder",
        "bbl",
        "internship",
    ),
}
COST_BLOCKS = {"haaglanden": "training", "utrecht": "training_cost", "rijk": "training"}
PREFIX = {"haaglanden": "HGL", "utrecht": "UTR", "rijk": "RWS"}
AUTHORITIES = (
    "Rijkswaterstaat",
    "Rijksvastgoedbedrijf",
    "Gemeente Den Haag",
    "Gemeente Delft",
    "Gemeente Zoetermeer",
    "Gemeente Westland",
    "Gemeente Rijswijk",
    "Gemeente Utrecht",
    "Gemeente Nieuwegein",
    "Gemeente Zeist",
    "Provincie Utrecht",
    "Provincie Zuid-Holland",
    "Ministerie van BZK",
    "Ministerie van IenW",
    "Belastingdienst",
    "DJI",
    "Defensie",
    "UWV",
)
CATEGORIES = (
    "Bouw & Infra",
    "Facilitair",
    "ICT",
    "Zorg & Welzijn",
    "Groen",
    "Vervoer",
    "Schoonmaak",
    "Advies",
    "Energie",
    "Catering",
)
WORKS = (
    "Onderhoud",
    "Renovatie",
    "Vervanging",
    "Aanleg",
    "Beheer",
    "Levering",
    "Schoonmaak",
    "Herinrichting",
    "Inspectie",
    "Ontwikkeling",
)
OBJECTS = (
    "vaarwegen",
    "bruggen",
    "kantoren",
    "scholen",
    "sporthallen",
    "groenvoorziening",
    "riolering",
    "werkplekken",
    "wagenpark",
    "fietspaden",
    "sluizen",
    "laadpalen",
)
PLACES = ("Noord", "Zuid", "Oost", "West", "Centrum", "Haaglanden", "Utrecht", "Delft", "Rijnmond")
SUPPLIER_KINDS = ("Bouw", "Infra", "Groen", "Facilitair", "ICT", "Schoonmaak", "Installatie")


@dataclass(frozen=True)
class Portfolio:
    contracts: list[tuple[Any, ...]]  # in CONTRACT_HEADERS order
    contributions: list[tuple[Any, ...]]  # in CONTRIBUTION_HEADERS order


def _day(rng: random.Random, first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=rng.randrange((last - first).days + 1))


def _status(start: dt.date, end: dt.date, as_of: dt.date, rng: random.Random) -> str:
    if start > as_of:
        return rng.choice(("gepland", "in aanbesteding"))
    if end < as_of:
        return "afgerond" if rng.random() < 0.9 else "lopend"
    return "lopend"


def make_portfolio(size: int, seed: int = SEED) -> Portfolio:
    """`size` contracts and `PER_CONTRACT × size` contributions, the same for the same seed."""
    rng = random.Random(seed)
    as_of = dt.date.fromisoformat(AS_OF)
    suppliers = [f"{rng.choice(SUPPLIER_KINDS)}bedrijf {name} B.V." for name in _names(rng, 3000)]
    contracts = []
    for number in range(1, size + 1):
        rules = rng.choices(("haaglanden", "utrecht", "rijk"), (4, 3, 3))[0]
        start = _day(rng, dt.date(2023, 11, 1), dt.date(2028, 6, 30))
        end = start + dt.timedelta(days=rng.randrange(180, 1460))
        status = _status(start, end, as_of, rng)
        value = round(rng.lognormvariate(13, 1.2), 2) if rng.random() < 0.8 else rng.randrange(5, 500) * 10000
        contracts.append(
            (
                f"{PREFIX[rules]}-{start.year}-{number:06d}",
                f"{rng.choice(WORKS)} {rng.choice(OBJECTS)} {rng.choice(PLACES)}",
                rng.choice(AUTHORITIES),
                rng.choice(CATEGORIES),
                rng.choices(("werken", "diensten", "leveringen"), (5, 4, 1))[0],
                float(value),
                start,
                end,
                start - dt.timedelta(days=rng.randrange(14, 120)),
                status,
                None if status in ("gepland", "in aanbesteding") else rng.choice(suppliers),
                rules,
            )
        )
    owners = sorted(rng.randrange(size) for _ in range(PER_CONTRACT * size))
    pool = max(1, int(size * 1.2))  # some candidates work on more than one contract
    contributions = [_contribution(rng, contracts[i], pool, as_of) for i in owners]
    return Portfolio(contracts, contributions)


def _names(rng: random.Random, count: int) -> list[str]:
    syllables = ("van", "der", "berg", "dijk", "hout", "veld", "meer", "kamp", "bosch", "sloot")
    return ["".join(rng.choice(syllables) for _ in range(3)).capitalize() + f" {n}" for n in range(count)]


def _contribution(
    rng: random.Random, contract: tuple[Any, ...], pool: int, as_of: dt.date
) -> tuple[Any, ...]:
    contract_id, start, end, rules = contract[0], contract[6], contract[7], contract[11]
    status = rng.choices(("gerealiseerd", "geaccepteerd", "gepland", "afgewezen"), (60, 10, 25, 5))[0]
    kind = rng.random()
    if kind < 0.65:  # a placement of a person
        first = _day(rng, start - dt.timedelta(days=20), end)
        last = None if rng.random() < 0.2 else first + dt.timedelta(days=rng.randrange(60, 730))
        if first > as_of and status != "afgewezen":
            status = "gepland"
        hours = rng.choice((16, 20, 24, 25.5, 32, 32, 36, 36, 36, 38))
        amount = float(rng.randrange(2000, 40000)) if rules == "rijk" else None
        return (
            contract_id,
            rng.choice(PLACEMENT_BLOCKS[rules]),
            f"K-{rng.randrange(pool):06d}",
            hours,
            first,
            last,
            amount,
            None,
            status,
            "ja" if rng.random() < 0.2 else "nee",
        )
    block = "social_purchase" if kind < 0.95 else COST_BLOCKS[rules]
    amount = round(rng.uniform(500, 100000), 2)
    return (contract_id, block, None, None, None, None, amount, _day(rng, start, end), status, None)


# -- writers ---------------------------------------------------------------------------------------

_EPOCH = dt.date(1899, 12, 30)


def _column(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


class _Strings:
    """The shared-string table, as Excel writes every text cell."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}

    def __call__(self, text: str) -> int:
        found = self.index.get(text)
        if found is None:
            found = self.index[text] = len(self.index)
        return found

    def xml(self) -> bytes:
        items = "".join(f"<si><t>{escape(text)}</t></si>" for text in self.index)
        count = len(self.index)
        return (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{count}" uniqueCount="{count}">{items}</sst>'
        ).encode()


def _cell(ref: str, value: Any, strings: _Strings) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return f'<c r="{ref}" t="s"><v>{strings(value)}</v></c>'
    if isinstance(value, dt.date):
        return f'<c r="{ref}" s="1"><v>{(value - _EPOCH).days}</v></c>'
    if isinstance(value, float) and not value.is_integer():
        return f'<c r="{ref}" s="2"><v>{value!r}</v></c>'
    return f'<c r="{ref}"><v>{int(value)}</v></c>'


def _sheet_xml(
    title: str, headers: tuple[str, ...], rows: list[tuple[Any, ...]], strings: _Strings
) -> Iterator[str]:
    """A sheet as Excel saves it: a merged title row, an empty row, the headers, the rows."""
    letters = [_column(i) for i in range(len(headers))]
    last = f"{letters[-1]}{len(rows) + 3}"
    yield (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<dimension ref="A1:{last}"/><sheetData>'
    )
    yield f'<row r="1"><c r="A1" t="s"><v>{strings(title)}</v></c></row>'
    heads = "".join(_cell(f"{c}3", h, strings) for c, h in zip(letters, headers, strict=True))
    yield f'<row r="3">{heads}</row>'
    for number, row in enumerate(rows, start=4):
        cells = "".join(_cell(f"{c}{number}", v, strings) for c, v in zip(letters, row, strict=True))
        yield f'<row r="{number}">{cells}</row>'
    yield f'</sheetData><mergeCells count="1"><mergeCell ref="A1:{letters[-1]}1"/></mergeCells></worksheet>'


_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/worksheets/sheet2.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
<Override PartName="/xl/sharedStrings.xml" \
ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
</Types>"""
_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
Target="xl/workbook.xml"/></Relationships>"""
_WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>\
<sheet name="Contracten" sheetId="1" r:id="rId1"/><sheet name="Bijdragen" sheetId="2" r:id="rId2"/>\
</sheets></workbook>"""
_WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" \
Target="worksheets/sheet2.xml"/>\
<Relationship Id="rId3" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
Target="styles.xml"/>\
<Relationship Id="rId4" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" \
Target="sharedStrings.xml"/></Relationships>"""
# Style 1: a date (built-in format 14), style 2: an amount with two decimals (built-in format 4).
_STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill>\
<fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
</styleSheet>"""


def write_xlsx(path: Path, portfolio: Portfolio) -> None:
    strings = _Strings()
    temp = path.with_suffix(".part")
    with zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _ROOT_RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/styles.xml", _STYLES)
        sheets = (
            ("Contracten", "Contracten", CONTRACT_HEADERS, portfolio.contracts),
            ("Bijdragen", "Bijdragen per contract", CONTRIBUTION_HEADERS, portfolio.contributions),
        )
        for number, (_, title, headers, rows) in enumerate(sheets, start=1):
            with archive.open(f"xl/worksheets/sheet{number}.xml", "w", force_zip64=True) as part:
                chunk: list[str] = []
                for piece in _sheet_xml(title, headers, rows, strings):
                    chunk.append(piece)
                    if len(chunk) >= 5000:
                        part.write("".join(chunk).encode())
                        chunk.clear()
                part.write("".join(chunk).encode())
        archive.writestr("xl/sharedStrings.xml", strings.xml())
    temp.replace(path)


def _dutch(value: Any) -> str:
    """A value as a Dutch CSV export writes it: `1234567,89`, `31-12-2026`."""
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float):
        return (f"{value:.2f}" if not value.is_integer() else str(int(value))).replace(".", ",")
    return str(value)


def write_csv(folder: Path, portfolio: Portfolio) -> None:
    import csv

    folder.mkdir(parents=True, exist_ok=True)
    for name, headers, rows in (
        ("contracten.csv", CONTRACT_HEADERS, portfolio.contracts),
        ("bijdragen.csv", CONTRIBUTION_HEADERS, portfolio.contributions),
    ):
        with (folder / name).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(headers)
            writer.writerows([_dutch(v) for v in row] for row in rows)


_YAML_CONTRACT = (
    "id",
    "title",
    "authority",
    "category",
    "type",
    "value_excl_vat",
    "start",
    "end",
    "award_date",
    "status",
    "supplier",
    "rules",
)
_YAML_CONTRIBUTION = (
    "contract",
    "block",
    "candidate",
    "hours_per_week",
    "start",
    "end",
    "amount",
    "date",
    "status",
    "doelgroepregister",
)
_ENGLISH = {
    "werken": "works",
    "diensten": "services",
    "leveringen": "supplies",
    "gepland": "planned",
    "in aanbesteding": "tendering",
    "lopend": "running",
    "afgerond": "completed",
    "gerealiseerd": "realised",
    "geaccepteerd": "accepted",
    "afgewezen": "rejected",
    "ja": "true",
    "nee": "false",
}


def _yaml_value(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return f'"{value:.2f}"' if not value.is_integer() else f'"{int(value)}"'
    if isinstance(value, int):
        return f'"{value}"'
    text = _ENGLISH.get(value, value)
    return text if text in ("true", "false") else '"' + text.replace('"', '\\"') + '"'


YAML_PART = 10_000  # contracts per YAML file: the loader refuses a document of over 1.000.000 nodes


def write_yaml(folder: Path, portfolio: Portfolio) -> None:
    """The portfolio as YAML files of `YAML_PART` contracts each, with their contributions."""
    folder.mkdir(parents=True, exist_ok=True)
    contributions = iter(portfolio.contributions)
    pending = next(contributions, None)
    for part, first in enumerate(range(0, len(portfolio.contracts), YAML_PART), start=1):
        contracts = portfolio.contracts[first : first + YAML_PART]
        ids = {row[0] for row in contracts}
        own = []
        while pending is not None and pending[0] in ids:
            own.append(pending)
            pending = next(contributions, None)
        with (folder / f"part-{part:02d}.yaml").open("w", encoding="utf-8") as handle:
            for key, names, rows in (
                ("contracts", _YAML_CONTRACT, contracts),
                ("contributions", _YAML_CONTRIBUTION, own),
            ):
                handle.write(f"{key}:\n")
                for row in rows:
                    pairs = [(k, v) for k, v in zip(names, row, strict=True) if v is not None]
                    lines = [f"  - {pairs[0][0]}: {_yaml_value(pairs[0][1])}\n"]
                    lines += [f"    {k}: {_yaml_value(v)}\n" for k, v in pairs[1:]]
                    handle.write("".join(lines))


@dataclass(frozen=True)
class Inputs:
    xlsx: Path
    csv: Path
    yaml: Path


def inputs(size: int, only_xlsx: bool = False) -> Inputs:
    """The files of one size (the workbook, or all three), written on first use and reused after."""
    folder = OUT / f"portfolio-{size}"
    found = Inputs(folder / "portfolio.xlsx", folder / "csv" / "contracten.csv", folder / "yaml")
    done = (found.xlsx, found.csv, found.csv.with_name("bijdragen.csv"), found.yaml / "part-01.yaml")
    if all(p.exists() for p in done[: 1 if only_xlsx else None]):
        return found
    folder.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    portfolio = make_portfolio(size)
    write_xlsx(found.xlsx, portfolio)
    if not only_xlsx:
        write_csv(found.csv.parent, portfolio)
        write_yaml(found.yaml, portfolio)
    took = time.perf_counter() - start
    print(f"wrote {folder.relative_to(ROOT)} ({size:,} contracts) in {took:.1f} s", file=sys.stderr)
    return found


# -- exactness -------------------------------------------------------------------------------------

# What a report's figures are, format-neutral: every money figure, count and verdict per contract,
# every figure of each contribution, and the portfolio totals (summary, groupings, people, pipeline).
# Texts, locations and findings are left out: they may change without any figure changing.
_CONTRACT_FIGURES = (
    "id",
    "applicable",
    "verdict",
    "value_excl_vat",
    "obligation",
    "realised",
    "planned",
    "expected_to_date",
    "shortfall",
    "penalty",
    "coverage",
    "fte_years",
    "placements",
    "banenafspraak",
    "candidates",
)
_CONTRIBUTION_FIGURES = (
    "index",
    "block",
    "status",
    "months",
    "value",
    "planned_value",
    "bonus_value",
    "counted_from",
    "counted_to",
)


def _sha(value: Any) -> str:
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


def figures_digest(report: dict[str, Any]) -> dict[str, str]:
    """SHA-256 of every figure of a JSON report: per contract, per contribution, and the totals."""
    contracts = report["contracts"]
    rows = [[c["id"], [[i[k] for k in _CONTRIBUTION_FIGURES] for i in c["contributions"]]] for c in contracts]
    summary = {k: v for k, v in report["summary"].items() if k != "findings"}
    return {
        "contracts": _sha([[c[k] for k in _CONTRACT_FIGURES] for c in contracts]),
        "contributions": _sha(rows),
        "totals": _sha([summary, report["groups"], report["people"], report["pipeline"]]),
    }


# -- measuring ---------------------------------------------------------------------------------------

# The reference: python-calamine reading both sheets into Python rows, timed inside the process
# (without the interpreter's start-up, which the sroi figure does include).
_CALAMINE = """
import sys, time
from python_calamine import CalamineWorkbook
start = time.perf_counter()
book = CalamineWorkbook.from_path(sys.argv[1])
rows = [book.get_sheet_by_name(name).to_python() for name in ("Contracten", "Bijdragen")]
print(time.perf_counter() - start)
"""

# sroi's reading alone: the files into a validated portfolio (`load_portfolio`), timed inside the
# process as the read is, so "load only ÷ read" says what sroi's readers add to calamine's parse;
# with the cycle collector paused, as batch reads.
_LOAD = """
import gc, sys, time
from pathlib import Path
gc.disable()  # as `sroi batch` reads (app/batch.py::collector_paused)
from sroi_cli.io.inputs import load_portfolio
start = time.perf_counter()
portfolio = load_portfolio([Path(sys.argv[1])])
print(len(portfolio.contracts), time.perf_counter() - start)
"""

# The rows of issue 15's table: (input, output format, time target as a ratio to the read).
_ROWS = (
    ("xlsx", "json", 2.0),
    ("xlsx", "csv", 3.0),
    ("xlsx", "md", 3.0),
    ("xlsx", "html", 3.0),
    ("xlsx", "table", 3.0),
    ("xlsx", "xlsx", 3.0),
    ("csv", "json", 3.0),
    ("yaml", "json", 5.0),
)
MEMORY_TARGET = 2.0  # peak of the xlsx → json run ÷ calamine's own read
MILLION_MEMORY_MB = 4096
MILLION_TARGET = 2.5


def _this_checkout() -> dict[str, str]:
    """The environment with this checkout's `src` first on the path: `python -m sroi_cli` then runs
    the code beside the script, not whichever copy of sroi is installed (another worktree's)."""
    path = os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "PYTHONPATH": path}


def measure(command: list[str], own_time: bool = False) -> treemem.Run:
    """One run; `own_time`: the child prints its own seconds last on stdout, and that is the time."""
    found = treemem.run(command, cwd=ROOT, env=_this_checkout())
    if found.code not in (0, 1):  # 1: some contract is non-compliant, as in any real year
        raise RuntimeError(f"{' '.join(command)} exited {found.code}:\n{found.stderr[-2000:]}")
    if own_time:
        return replace(found, seconds=float(found.stdout.split()[-1]))
    return found


def median_of(runs: int, command: list[str], own_time: bool = False) -> treemem.Run:
    found = [measure(command, own_time) for _ in range(runs)]
    middle = statistics.median(r.seconds for r in found)
    return replace(found[0], seconds=middle, peak_mb=max(r.peak_mb for r in found))


# A million contracts pass the default input limits (2.000.000 rows, 25.000.000 cells, a sheet
# unpacked to 1.024 MiB): a trusted file of that size is read with them raised, as README says.
MILLION_LIMITS = ("rows=10000000", "cells=100000000", "unpacked_mb=8192", "file_mb=2048")


def sroi(path: Path, fmt: str = "json", out: Path | None = None, limits: tuple[str, ...] = ()) -> list[str]:
    target = str(out) if out else os.devnull
    raised = [part for limit in limits for part in ("--limit", limit)]
    command = [sys.executable, "-m", "sroi_cli", *raised, "batch", str(path), "-f", fmt, "-o", target]
    return [*command, "--as-of", AS_OF, "--quiet"]


def _line(label: str, run: treemem.Run, read: treemem.Run, target: float | None) -> str:
    ratio = run.seconds / read.seconds
    goal = f"(target ≤ {target:.1f}{', met' if ratio <= target else ', MISSED'})" if target else ""
    return (
        f"  {label:<34} {run.seconds:8.2f} s  ratio {ratio:5.2f} {goal:<20}"
        f" peak {run.peak_mb:6.0f} MB ({run.peak_mb / read.peak_mb:4.1f}× the read's)"
    )


def _digest_of(path: Path) -> dict[str, str]:
    return figures_digest(json.loads(path.read_text(encoding="utf-8")))


def table(size: int, runs: int, rows: tuple[tuple[str, str, float], ...]) -> bool:
    """Every row of the table for one size; whether the JSON figures agree across the inputs."""
    files = inputs(size)
    print(
        f"\n{size:,} contracts, {PER_CONTRACT * size:,} contributions "
        f"({files.xlsx.stat().st_size / 2**20:.1f} MiB .xlsx; median of {runs} run(s); peak = PSS of the"
        " whole process tree):"
    )
    read = median_of(runs, [sys.executable, "-c", _CALAMINE, str(files.xlsx)], own_time=True)
    label = "python-calamine reads both sheets"
    print(f"  {label:<34} {read.seconds:8.2f} s{'':46} peak {read.peak_mb:6.0f} MB")
    for source in dict.fromkeys(source for source, _, _ in rows):
        load = median_of(runs, [sys.executable, "-c", _LOAD, str(getattr(files, source))], own_time=True)
        print(_line(f"sroi load only {source} (÷ read)", load, read, None), flush=True)
    digests: dict[str, dict[str, str]] = {}
    first: treemem.Run | None = None
    with tempfile.TemporaryDirectory() as scratch:
        for source, fmt, target in rows:
            out = Path(scratch) / f"{source}.{'txt' if fmt == 'table' else fmt}"
            run = median_of(runs, sroi(getattr(files, source), fmt, out))
            first = first or run
            print(_line(f"sroi batch {source} → {fmt}", run, read, target), flush=True)
            if fmt == "json":
                digests[source] = _digest_of(out)
            out.unlink(missing_ok=True)
    if first:
        ratio = first.peak_mb / read.peak_mb
        verdict = "met" if ratio <= MEMORY_TARGET else "MISSED"
        print(
            f"  peak memory xlsx → json ÷ the read's: {ratio:.2f} (target ≤ {MEMORY_TARGET:.1f}, {verdict})"
        )
    same = len({json.dumps(d, sort_keys=True) for d in digests.values()}) <= 1
    shown = ", ".join(digests)
    totals = next(iter(digests.values()), {}).get("totals", "")[:12]
    said = f"is the same (totals sha256 {totals}…)" if same else "DIFFERS"
    print(f"  identical to the cent: every figure of {shown} → json {said}")
    return same


def million(size: int) -> None:
    files = inputs(size, only_xlsx=True)
    read = measure([sys.executable, "-c", _CALAMINE, str(files.xlsx)], own_time=True)
    mib = files.xlsx.stat().st_size / 2**20
    print(
        f"\n{size:,} contracts ({mib:.0f} MiB .xlsx): read {read.seconds:.1f} s, peak {read.peak_mb:.0f} MB;"
        f" sroi with --limit {' --limit '.join(MILLION_LIMITS)}"
    )
    try:
        run = measure(sroi(files.xlsx, limits=MILLION_LIMITS))
    except RuntimeError as stopped:
        print(f"  sroi batch xlsx → json did not complete: {str(stopped).splitlines()[0]}")
        return
    kept = "met" if run.peak_mb <= MILLION_MEMORY_MB else "MISSED"
    print(_line("sroi batch xlsx → json", run, read, MILLION_TARGET))
    print(f"  peak {run.peak_mb:.0f} MB against ≤ {MILLION_MEMORY_MB} MB: {kept}")


def startup() -> None:
    spec = importlib.util.spec_from_file_location("startup_bench", ROOT / "benchmarks" / "startup.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    print("\nstart-up:")
    module.main(7)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="contracts in the portfolio (default 100000)")
    parser.add_argument("--runs", type=int, default=1, help="runs per measurement (the median is shown)")
    parser.add_argument("--only", default="", help="rows to run, e.g. xlsx:json,csv:json (default: all)")
    parser.add_argument("--million", type=int, default=0, metavar="N", help="also run N contracts → json")
    args = parser.parse_args()
    wanted = {tuple(r.split(":")) for r in args.only.split(",") if r}
    rows = tuple(r for r in _ROWS if not wanted or (r[0], r[1]) in wanted)
    same = table(args.n, args.runs, rows)
    if args.million:
        million(args.million)
    startup()
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
