"""Resource attacks are refused quickly with a located line that names the limit; users can raise it."""

from __future__ import annotations

import time
from pathlib import Path

from typer.testing import CliRunner

from sroi_cli.cli import app

BOMB = "".join(
    f"{c}: &{c} [" + ", ".join([f"*{p}"] * 10 if p else ["x"] * 10) + "]\n"
    for p, c in zip(["", "a", "b", "c", "d", "e", "f", "g", "h"], "abcdefghi", strict=True)
)


def run(*args: str) -> tuple[int, str, float]:
    start = time.perf_counter()
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stderr, time.perf_counter() - start


def test_yaml_alias_bomb_is_refused_fast(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(BOMB, encoding="utf-8")  # 10^9 nodes once expanded
    code, err, seconds = run("check", str(bomb))
    assert code == 3 and "exceeds the limit of 1000000 nodes (yaml_nodes)" in err
    assert seconds < 5


def test_a_limit_can_be_lowered_and_raised(tmp_path: Path) -> None:
    source = Path(__file__).parents[2] / "examples" / "tender.yaml"
    code, err, _ = run("--limit", "yaml_nodes=10", "check", str(source))
    assert code == 3 and "exceeds the limit of 10 nodes (yaml_nodes)" in err
    code, _, _ = run("--limit", "yaml_nodes=100000000", "check", str(source), "--as-of", "2026-11-23")
    assert code == 0


def test_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as stream:
        stream.truncate(3 * 2**20)  # sparse: 3 MiB of nothing, never read
    code, err, _ = run("--limit", "file_mb=2", "check", str(big))
    assert (
        code == 3
        and err
        == f"sroi: {big}: refused: the file exceeds the limit of 2 MiB (file_mb) "
        "(raise it with --limit if the file is trusted)\n"
    )


def test_a_bad_limit_is_a_usage_error() -> None:
    code, err, _ = run("--limit", "rows=lots", "check", "x.yaml")
    assert code == 2 and "found 'rows=lots', expected name=number" in err


def test_row_counts_are_bounded_for_every_reader(tmp_path: Path) -> None:
    rows = "\n".join(f"C-{n},works,500000,2026-01-01,2026-12-31" for n in range(50))
    (tmp_path / "contracts.csv").write_text(
        "id,type,value_excl_vat,start,end\n" + rows + "\n", encoding="utf-8"
    )
    code, err, _ = run("--limit", "rows=10", "check", str(tmp_path / "contracts.csv"))
    assert code == 3
    assert err == (
        f"sroi: {tmp_path}/contracts.csv:12: refused: the number of rows exceeds the limit of "
        "10 (rows) (raise it with --limit if the file is trusted)\n"
    )
    yaml_rows = "contracts:\n" + "".join(
        f"  - {{id: Y-{n}, type: works, value_excl_vat: '5', start: 2026-01-01, end: 2026-12-31}}\n"
        for n in range(20)
    )
    (tmp_path / "many.yaml").write_text(yaml_rows, encoding="utf-8")
    code, err, _ = run("--limit", "rows=10", "check", str(tmp_path / "many.yaml"))
    assert code == 3 and "the number of rows exceeds the limit of 10 (rows)" in err


def test_a_limit_is_said_wholly_in_dutch(tmp_path: Path) -> None:
    """What was too large is a word of the catalogue, so a Dutch line has no English in it."""
    big = tmp_path / "big.yaml"
    with big.open("wb") as stream:
        stream.truncate(3 * 2**20)
    code, err, _ = run("--limit", "file_mb=2", "check", str(big), "--lang", "nl")
    assert code == 3 and err == (
        f"sroi: {big}: geweigerd: het bestand overschrijdt de grens van 2 MiB (file_mb) "
        "(verhoog die met --limit als het bestand te vertrouwen is)\n"
    )
    source = Path(__file__).parents[2] / "examples" / "tender.yaml"
    code, err, _ = run("--limit", "yaml_nodes=10", "check", str(source), "--lang", "nl")
    assert code == 3 and "geweigerd: het YAML-document (met zijn aliassen uitgeschreven) overschrijdt" in err


def test_nesting_too_deep_for_the_parser_offers_no_limit_to_raise(tmp_path: Path) -> None:
    deep = tmp_path / "deep.yaml"
    deep.write_text("a: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    for lang, said in [
        ("en", "refused: lists and maps nested deeper than can be read"),
        ("nl", "geweigerd: lijsten en tabellen dieper in elkaar genest dan te lezen is"),
    ]:
        code, err, _ = run("check", str(deep), "--lang", lang)
        assert code == 3 and said in err and "--limit" not in err and err.count("\n") == 1
