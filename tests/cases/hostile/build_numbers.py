"""Numbers beyond any sane range, in input files and rule files (issue 10, item 3).

Run `python tests/cases/hostile/build_numbers.py FOLDER` to write them; tests/cli/test_hostile_numbers.py
builds them into a temporary folder. Each file is a valid tender or rule file with one number made
hostile: `1e30` hours, a 26-digit amount, a bare YAML integer of 4.400 digits (Python refuses to read
more than 4.300), NaN and Infinity, a negative amount, a rule amount of `1e30`, `pre_start_months:
99999999`. sroi checks every money, hours, months and share field against the range README.md's
"Number ranges" states (src/sroi_cli/domain/bounds.py), so each is one located line and the engine
never sees it.

`CASES` maps each file to (its bytes, the command after `sroi`, the exit code, the stderr lines).
Input files are checked with `check FILE --rules hostile` (the valid rule set `hostile/`); rule
files (`rules-*/hostile/2026-01-01.yaml`) with
`rules validate FOLDER` and with `check tender.yaml --rules FOLDER`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_sheets import CONTRACT_HEADER, CONTRIBUTION_HEADER, package, row, sheet

CHECK = ["--as-of", "2026-06-01", "--lang", "en"]
HUGE = "9" * 4400  # beyond Python's int-to-string limit of 4.300 digits
SHOWN_HUGE = "9" * 57 + "..."  # a found value is clipped to 60 characters

TENDER = """\
contract:
  id: DH-1
  type: services
  value_excl_vat: {value}
  start: 2026-01-01
  end: 2027-12-31
  rules: {rules}
  contributions:
    - block: {block}
      candidate: K-0001
      hours_per_week: {hpw}
      start: {pstart}
      end: 2026-08-31
    - block: {activity}
      hours: {hours}
    - block: {purchase}
      amount: {amount}
      date: 2026-03-01
"""
DEFAULTS = {
    "value": '"1000000.00"',
    "rules": "hostile",
    "block": "placement",
    "hpw": '"24"',
    "pstart": "2026-03-01",
    "activity": "activity",
    "hours": '"40"',
    "purchase": "purchase",
    "amount": '"1200.00"',
}
# the tender the rule cases are used on: a placement begun before the contract too
RULES_TENDER = {"pstart": "2025-06-01"}

MONEY = "an amount from 0 to 1000000000000 (a thousand billion) with at most 6 decimals"
NUMBER = "a number such as 32 or 25,5"
AMOUNT = "an amount such as 1250000.00 or € 1.250.000,00"
SHARE = "a share from 0 to 1 (0% to 100%) with at most 6 decimals"
HOURS = "hours from 0 to 10000000 with at most 6 decimals"
WEEK = "hours a week from 0 to 168 with at most 6 decimals"
MONTHS = "months from 0 to 1200"
COUNT = "a whole number from 1 to 100000"
FACTOR = "a factor from 0 to 10 with at most 6 decimals"


def tender(**changes: str) -> bytes:
    return TENDER.format(**(DEFAULTS | changes)).encode()


RULES = """\
schema: sroi.rules/1
id: hostile
version: "2026"
valid_from: 2026-01-01
title: Hostile numbers
sources:
  - title: A test rule set
last_checked: 2026-01-01
applicability:
  contract_types: [works, services, supplies]
  threshold: {threshold}
obligation:
  method: percentage
  percentage: {percentage}
valuation:
  norm_hours_per_week: {norm}
  pre_start_months: {pre_start}
  blocks:
    placement:
      method: per_year
      amount: {amount}
      max_months: {max_months}
    activity:
      method: per_hour
      amount: "35"
    purchase:
      method: share_of_amount
      share: {share}
banenafspraak:
  hours_per_job_per_year: {job_year}
"""
RULE_DEFAULTS = {
    "threshold": '"100000"',
    "percentage": '"0.05"',
    "norm": '"36"',
    "pre_start": "12",
    "amount": '"40000"',
    "max_months": "24",
    "share": '"1.0"',
    "job_year": "1331",
}


def rules(**changes: str) -> bytes:
    return RULES.format(**(RULE_DEFAULTS | changes)).encode()


def workbook(contract_value: object = 300000, hpw: object = 32) -> bytes:
    """The usual two sheets with one number cell changed (Excel stores a typed number as a float)."""
    contract = ("C-1", "werken", contract_value, "2026-01-01", "2026-12-31", "haaglanden")
    placement = ("C-1", "participatiewet", "K-000001", hpw, "2026-02-01", "2026-06-30")
    return package(
        {
            "Contracten": sheet([row(1, CONTRACT_HEADER), row(2, contract)]),
            "Bijdragen": sheet([row(1, CONTRIBUTION_HEADER), row(2, placement)]),
        }
    )


CSV_CONTRACTS = "id;type;value_excl_vat;start;end;rules\nC-1;works;{value};2026-01-01;2026-12-31;haaglanden\n"
CSV_CONTRIBUTIONS = (
    "contract;block;candidate;hours_per_week;start;end;hours\n"
    "C-1;participatiewet;K-1;{hpw};2026-02-01;2026-06-30;\n"
    "C-1;training;;;;;{hours}\n"
)


def line(file: str, where: str, field: str, found: str, expected: str) -> str:
    return f"sroi: {file}{where}: {field}: found {found}, expected {expected}"


def rule_line(folder: str, number: int, field: str, found: str, expected: str) -> str:
    return f"sroi: {folder}/hostile/2026-01-01.yaml:{number}: {field}: found {found}, expected {expected}"


Case = tuple[dict[str, bytes], list[str], int, list[str]]


def _input(name: str, data: bytes, where: str, field: str, found: str, expected: str) -> tuple[str, Case]:
    return name, (
        {name: data},
        ["check", name, "--rules", "hostile", *CHECK],
        3,
        [line(name, where, field, found, expected)],
    )


def _csv(
    name: str, value: str = "300000", hpw: str = "32", hours: str = "40", *lines: str
) -> tuple[str, Case]:
    files = {
        f"{name}/contracts.csv": CSV_CONTRACTS.format(value=value).encode(),
        f"{name}/contributions.csv": CSV_CONTRIBUTIONS.format(hpw=hpw, hours=hours).encode(),
    }
    return name, (files, ["check", f"{name}/contracts.csv", *CHECK], 3, list(lines))


def _rule(name: str, number: int, field: str, found: str, expected: str, **changes: str) -> tuple[str, Case]:
    files = {f"{name}/hostile/2026-01-01.yaml": rules(**changes)}
    return name, (
        files,
        ["rules", "validate", name, "--lang", "en"],
        4,
        [rule_line(name, number, field, found, expected)],
    )


def _build() -> dict[str, Case]:
    cases = dict(
        [
            # input YAML: money, hours, shares and counts
            _input("hours-1e30.yaml", tender(hours="1.0e+30"), ":15", "hours", "1.0E+30", HOURS),
            _input("hours-1e30-text.yaml", tender(hours='"1e30"'), ":15", "hours", "'1e30'", NUMBER),
            _input(
                "hours-31-digits.yaml", tender(hours="1" + "0" * 30), ":15", "hours", "1" + "0" * 30, HOURS
            ),
            _input("hours-per-week-169.yaml", tender(hpw="169"), ":11", "hours_per_week", "169", WEEK),
            _input(
                "amount-26-digits.yaml",
                tender(value='"12345678901234567890123456"'),
                ":4",
                "value_excl_vat",
                "'12345678901234567890123456'",
                MONEY,
            ),
            _input(
                "amount-26-digits-bare.yaml",
                tender(value="12345678901234567890123456"),
                ":4",
                "value_excl_vat",
                "12345678901234567890123456",
                MONEY,
            ),
            _input(
                "amount-4400-digits.yaml",
                tender(value=HUGE),
                ":4",
                "value_excl_vat",
                f"'{SHOWN_HUGE}'",
                MONEY,
            ),
            _input("hours-4400-digits.yaml", tender(hours=HUGE), ":15", "hours", f"'{SHOWN_HUGE}'", HOURS),
            _input(
                "amount-many-decimals.yaml",
                tender(amount='"1.0000001"'),
                ":17",
                "amount",
                "'1.0000001'",
                MONEY,
            ),
            _input(
                "amount-tiny-exponent.yaml",
                tender(amount="1.0e-999999"),
                ":17",
                "amount",
                "1.0E-999999",
                MONEY,
            ),
            _input(
                "amount-huge-exponent.yaml",
                tender(amount="1.0e+999999"),
                ":17",
                "amount",
                "1.0E+999999",
                MONEY,
            ),
            _input("amount-nan.yaml", tender(value=".nan"), ":4", "value_excl_vat", "'.nan'", AMOUNT),
            _input("amount-nan-text.yaml", tender(value='"NaN"'), ":4", "value_excl_vat", "'NaN'", AMOUNT),
            _input("amount-infinity.yaml", tender(value=".inf"), ":4", "value_excl_vat", "'.inf'", AMOUNT),
            _input(
                "amount-minus-infinity-text.yaml",
                tender(value='"-Infinity"'),
                ":4",
                "value_excl_vat",
                "'-Infinity'",
                AMOUNT,
            ),
            _input("amount-negative.yaml", tender(amount='"-1200.00"'), ":17", "amount", "'-1200.00'", MONEY),
            _input("hours-negative.yaml", tender(hours="-40"), ":15", "hours", "-40", HOURS),
            _input(
                "share-above-one.yaml",
                tender().replace(b"  rules:", b"  labour_share: 1.5\n  rules:"),
                ":7",
                "labour_share",
                "1.5",
                SHARE,
            ),
            _input(
                "placements-huge.yaml",
                tender().replace(b"  rules:", b"  agreed: {placements: 99999999999999999999}\n  rules:"),
                ":7",
                "agreed.placements",
                "99999999999999999999",
                COUNT,
            ),
            # a workbook's number cells: Excel stores them as floats
            _input(
                "amount-1e30.xlsx",
                workbook(contract_value=1e30),
                " Contracten!C2",
                "value_excl_vat",
                "1e+30",
                MONEY,
            ),
            _input(
                "hours-per-week-1e30.xlsx",
                workbook(hpw=1e30),
                " Bijdragen!D2",
                "hours_per_week",
                "1e+30",
                WEEK,
            ),
            _input(
                "amount-negative.xlsx",
                workbook(contract_value=-0.01),
                " Contracten!C2",
                "value_excl_vat",
                "-0.01",
                MONEY,
            ),
            # CSV
            _csv(
                "csv-hours-31-digits",
                "300000",
                "32",
                "1" + "0" * 30,
                line("csv-hours-31-digits/contributions.csv", ":3", "hours", "'1" + "0" * 30 + "'", HOURS),
            ),
            _csv(
                "csv-amount-26-digits",
                "12345678901234567890123456",
                "32",
                "40",
                line(
                    "csv-amount-26-digits/contracts.csv",
                    ":2",
                    "value_excl_vat",
                    "'12345678901234567890123456'",
                    MONEY,
                ),
            ),
            # rule files: `rules validate` refuses them, and so does every command that uses them
            _rule(
                "rules-amount-1e30",
                21,
                "valuation.blocks.placement.per_year.amount",
                "'1e30'",
                MONEY,
                amount="1e30",
            ),
            _rule(
                "rules-amount-1e30-float",
                21,
                "valuation.blocks.placement.per_year.amount",
                "1.0E+30",
                MONEY,
                amount="1.0e+30",
            ),
            _rule(
                "rules-amount-4400-digits",
                21,
                "valuation.blocks.placement.per_year.amount",
                f"'{SHOWN_HUGE}'",
                MONEY,
                amount=HUGE,
            ),
            _rule(
                "rules-threshold-26-digits",
                11,
                "applicability.threshold",
                "'12345678901234567890123456'",
                MONEY,
                threshold='"12345678901234567890123456"',
            ),
            _rule(
                "rules-pre-start-months",
                17,
                "valuation.pre_start_months",
                "99999999",
                MONTHS,
                pre_start="99999999",
            ),
            _rule(
                "rules-max-months",
                22,
                "valuation.blocks.placement.per_year.max_months",
                "99999999999",
                MONTHS,
                max_months="99999999999",
            ),
            _rule(
                "rules-norm-hours-tiny",
                16,
                "valuation.norm_hours_per_week",
                "'1e-30'",
                "hours a week from 1 to 168 with at most 6 decimals",
                norm='"1e-30"',
            ),
            _rule(
                "rules-share-factor",
                28,
                "valuation.blocks.purchase.share_of_amount.share",
                "'1e30'",
                FACTOR,
                share='"1e30"',
            ),
            _rule(
                "rules-percentage-negative",
                14,
                "obligation.percentage",
                "'-0.05'",
                SHARE,
                percentage='"-0.05"',
            ),
            _rule(
                "rules-job-year",
                30,
                "banenafspraak.hours_per_job_per_year",
                "99999999",
                "hours a year from 1 to 8784 with at most 6 decimals",
                job_year="99999999",
            ),
        ]
    )
    return cases


CASES: dict[str, Case] = _build()
# each rule case is also used by `check` on the hostile rule set's own tender: exit 4, the same line
RULE_TENDER = tender(**RULES_TENDER)


def main(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for files, _, _, _ in CASES.values():
        for name, data in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_bytes(data)
            made.append(folder / name)
    (folder / "rules-tender.yaml").write_bytes(RULE_TENDER)
    (folder / "hostile").mkdir(exist_ok=True)
    (folder / "hostile" / "2026-01-01.yaml").write_bytes(rules())  # the valid rule set of the inputs
    return made


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path.cwd())
