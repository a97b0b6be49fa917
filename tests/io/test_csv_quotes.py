"""A CSV quote that does not close (QA #12): named with its file and line, every one of the file said,
reading going on after each; a value over two lines, closed as it should be, is read as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app
from sroi_cli.domain.errors import InputError
from sroi_cli.io.csvfiles import read_csv

HEADER = "id,title,type,value_excl_vat,start,end,rules\n"
ROW = "C-{n},{title},services,1000000,2026-01-01,2027-12-31,haaglanden\n"


def problems(text: str) -> list[tuple[str, str]]:
    with pytest.raises(InputError) as raised:
        read_csv(text.encode(), "contracts.csv", "contract")
    return [(str(p.location), p.key) for p in raised.value.problems]


def test_each_unterminated_quote_is_named_at_its_line_and_reading_goes_on() -> None:
    text = HEADER + ROW.format(n=1, title='"Open') + ROW.format(n=2, title="Fine,extra")
    text += ROW.format(n=3, title="Schoonmaak").replace("services", '"services')
    # line 2's quote closes at line 4's: the lines between are read again after it, their own
    # problem said (line 3's extra cell); line 4's own quote runs to the end of the file
    assert problems(text) == [
        ("contracts.csv:2", "csv_unterminated_quote"),
        ("contracts.csv:3", "extra_cells"),
        ("contracts.csv:4", "csv_unterminated_quote"),
    ]


def test_a_value_over_two_lines_that_closes_is_read() -> None:
    text = HEADER + ROW.format(n=1, title='"Twee\nregels"') + ROW.format(n=2, title='"Een ""quote"""')
    records = read_csv(text.encode(), "contracts.csv", "contract")
    assert [r.values["title"] for r in records] == ["Twee\nregels", 'Een "quote"']
    assert [r.origin.place.line for r in records] == [2, 4]


def test_many_quotes_closing_on_the_next_line_are_each_said() -> None:
    # each quote closes amid the next line: each is said, and each skip re-reads one line only
    text = HEADER + "".join(ROW.format(n=n, title='"x') for n in range(300))
    found = problems(text)
    assert found[:2] == [
        ("contracts.csv:2", "csv_unterminated_quote"),
        ("contracts.csv:3", "csv_unterminated_quote"),
    ]
    assert len(found) >= 299


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", 'unterminated quote: a value opened with " on this line is not closed'),
        (
            "nl",
            'aanhalingsteken niet gesloten: een waarde die op deze regel met " begint, wordt niet gesloten',
        ),
    ],
)
def test_both_files_of_a_pair_each_problem_one_line(tmp_path: Path, lang: str, said: str) -> None:
    (tmp_path / "contracts.csv").write_text(HEADER + ROW.format(n=1, title='"Open'), encoding="utf-8")
    contributions = "contract,block,candidate,hours_per_week,start,end\n"
    contributions += 'C-1,participatiewet,"K-1,36,2026-01-01,2026-06-30\nC-1,participatiewet,K-2,36\n'
    (tmp_path / "contributions.csv").write_text(contributions, encoding="utf-8")
    result = CliRunner().invoke(app, ["batch", str(tmp_path), "--lang", lang], catch_exceptions=False)
    assert result.exit_code == 3 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"sroi: {tmp_path}/contracts.csv:2: {said}",
        f"sroi: {tmp_path}/contributions.csv:2: {said}",
    ]
