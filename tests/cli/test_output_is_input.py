"""No output ever replaces an input: one shared check, for every command with -o, before any read.

The same file, a path through `..`, a symlink and a hard link are all the same file; so is a file in
an input folder, a `--rules` file, a `--portfolio` and a rule test case. Each is refused with exit 2
and one line naming both, and the input keeps every byte.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from sroi_cli.cli import app

ROOT = Path(__file__).parents[2]
BUNDLED = ROOT / "src" / "sroi_cli" / "rules" / "haaglanden"
AS_OF = ("--as-of", "2026-11-23")


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """A tender, a copy of a rule set with its test cases, and a folder of inputs."""
    shutil.copy(ROOT / "examples" / "tender.yaml", tmp_path / "tender.yaml")
    shutil.copytree(BUNDLED, tmp_path / "haaglanden")
    (tmp_path / "folder").mkdir()
    shutil.copy(ROOT / "examples" / "portfolio.yaml", tmp_path / "folder" / "portfolio.yaml")
    return tmp_path


RULE_FILE = "haaglanden/2023-07-01.yaml"
CASE_FILE = "haaglanden/tests/threshold-inclusive.yaml"
# Each command with -o: its arguments before -o, and the input (relative to `place`) it would overwrite.
Case = tuple[Callable[[Path], list[str]], str]
COMMANDS: dict[str, Case] = {
    "check": (lambda p: ["check", str(p / "tender.yaml"), *AS_OF], "tender.yaml"),
    "check --rules": (
        lambda p: ["check", str(p / "tender.yaml"), "--rules", str(p / RULE_FILE), *AS_OF],
        RULE_FILE,
    ),
    "explain": (lambda p: ["explain", str(p / "tender.yaml"), *AS_OF], "tender.yaml"),
    "plan": (lambda p: ["plan", str(p / "tender.yaml"), *AS_OF], "tender.yaml"),
    "banen": (lambda p: ["banen", str(p / "tender.yaml"), *AS_OF], "tender.yaml"),
    "batch": (lambda p: ["batch", str(p / "folder"), "-q", *AS_OF], "folder/portfolio.yaml"),
    "validate": (lambda p: ["validate", str(p / "tender.yaml"), *AS_OF], "tender.yaml"),
    "template": (lambda p: ["template", "--rules", str(p / RULE_FILE), "--force", *AS_OF], RULE_FILE),
    "rules validate": (lambda p: ["rules", "validate", str(p / "haaglanden"), *AS_OF], RULE_FILE),
    "rules diff": (lambda p: ["rules", "diff", str(p / RULE_FILE), "haaglanden", *AS_OF], RULE_FILE),
    "rules diff --portfolio": (
        lambda p: ["rules", "diff", "rijk", "haaglanden", "--portfolio", str(p / "tender.yaml"), *AS_OF],
        "tender.yaml",
    ),
    "rules test": (lambda p: ["rules", "test", str(p / "haaglanden")], CASE_FILE),
    "coverage": (lambda p: ["coverage", str(p / "tender.yaml"), *AS_OF], "tender.yaml"),
}
# Commands with -o that read no input: the check still finds an output that cannot be written.
NO_INPUT = {"schema": ["schema", "report"], "rules schema": ["rules", "schema"]}


def commands_with_output() -> set[str]:
    """Every command of the app that has an --output option, by its full name."""
    found: set[str] = set()

    def walk(command: object, prefix: str) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            full = f"{prefix} {name}".strip()
            if getattr(sub, "commands", None):
                walk(sub, full)
            elif any("--output" in getattr(p, "opts", ()) for p in sub.params):
                found.add(full)

    walk(typer.main.get_command(app), "")
    return found


def test_every_command_with_output_is_covered() -> None:
    """A new command with -o must join the table below, so the one check is tried on it too."""
    covered = {name.split(" --")[0] for name in COMMANDS} | set(NO_INPUT)
    assert commands_with_output() == covered


def _same_file_ways(place: Path, target: str) -> dict[str, Path]:
    """The output spelled as the input itself, through `..`, a symlink and a hard link."""
    original = place / target
    (place / "sub").mkdir(exist_ok=True)
    link = place / "sub" / ("link" + original.suffix)
    link.symlink_to(original)
    hard = place / "sub" / ("hard" + original.suffix)
    os.link(original, hard)
    return {"same": original, "dotdot": place / "sub" / ".." / target, "symlink": link, "hardlink": hard}


@pytest.mark.parametrize("way", ["same", "dotdot", "symlink", "hardlink"])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_an_output_that_is_an_input_is_refused(place: Path, name: str, way: str) -> None:
    build, target = COMMANDS[name]
    original = place / target
    before = original.read_bytes()
    output = _same_file_ways(place, target)[way]
    code, out, err = invoke(*build(place), "-o", str(output))
    assert code == 2, err
    assert err == (
        f"sroi: refused: the output {output} is the input {original}; write the report to another file\n"
    )
    assert original.read_bytes() == before and out == ""


def test_the_refusal_comes_before_anything_is_read(place: Path) -> None:
    """A broken input next to the output: exit 2 for the output, not 3 for the input."""
    broken = place / "broken.yaml"
    broken.write_text("contract: [\n", encoding="utf-8")
    code, _, err = invoke("check", str(broken), *AS_OF, "-o", str(broken))
    assert code == 2 and "refused: the output" in err and "not valid YAML" not in err
    assert broken.read_text(encoding="utf-8") == "contract: [\n"


def test_a_folder_output_over_a_file_it_would_read_is_refused(place: Path) -> None:
    """`batch folder -o folder/x` where x is an input of the folder."""
    target = place / "folder" / "portfolio.yaml"
    before = target.read_bytes()
    code, _, err = invoke("batch", str(place / "folder"), "-q", *AS_OF, "-f", "json", "-o", str(target))
    assert code == 2 and f"the output {target} is the input {target}" in err
    assert target.read_bytes() == before


def test_annotate_may_not_write_its_copy_over_the_input_through_a_link(place: Path) -> None:
    from openpyxl import Workbook

    book = place / "tender.xlsx"
    Workbook().save(book)
    before = book.read_bytes()
    hard = place / "copy.xlsx"
    os.link(book, hard)
    code, _, err = invoke("check", str(book), "--annotate", "-o", str(hard), *AS_OF)
    assert code == 2 and "refused: the output" in err
    assert book.read_bytes() == before


def test_a_new_file_beside_the_inputs_is_written(place: Path) -> None:
    out = place / "folder" / "report.json"
    code, _, err = invoke("batch", str(place / "folder"), "-q", *AS_OF, "-o", str(out))
    assert code in (0, 1), err
    assert out.read_text(encoding="utf-8").startswith('{\n  "schema": "sroi.report/1"')


@pytest.mark.parametrize("name", sorted(NO_INPUT))
def test_commands_without_input_still_check_their_output(tmp_path: Path, name: str) -> None:
    code, _, err = invoke(*NO_INPUT[name], "-o", str(tmp_path))
    assert code == 5
    assert err == f"sroi: {tmp_path}: the report could not be written: it is a folder, not a file\n"


def test_a_csv_pair_protects_its_contributions_file(tmp_path: Path) -> None:
    contracts = tmp_path / "Contracts.csv"
    contracts.write_text("id,type,value_excl_vat,start,end\nC-1,works,300000,2026-01-01,2026-12-31\n")
    partner = tmp_path / "Contributions.csv"
    partner.write_text("contract,block,amount,date,status\n")
    code, _, err = invoke("check", str(contracts), *AS_OF, "-f", "csv", "-o", str(partner))
    assert code == 2 and f"is the input {partner}" in err
    assert partner.read_text() == "contract,block,amount,date,status\n"


def test_another_csv_beside_a_csv_input_may_be_the_report(tmp_path: Path) -> None:
    contracts = tmp_path / "contracts.csv"
    contracts.write_text("id,type,value_excl_vat,start,end\nC-1,works,300000,2026-01-01,2026-12-31\n")
    out = tmp_path / "report.csv"
    out.write_text("an old report of another tool\n")
    code, _, err = invoke("check", str(contracts), *AS_OF, "-o", str(out))
    assert code == 0, err
    assert out.read_text().startswith("Contract,")
