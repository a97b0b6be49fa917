"""A report that cannot be written is exit 5 with one located line, never a traceback or exit 1; the
old report is kept and no temporary file is left. A bug is exit 70 with a line and the traceback."""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sroi_cli import app as use
from sroi_cli.cli import app

ROOT = Path(__file__).parents[2]
TENDER = str(ROOT / "examples" / "tender.yaml")
PORTFOLIO = str(ROOT / "examples" / "portfolio.yaml")
AS_OF = ("--as-of", "2026-11-23")
NOT_WRITTEN = "the report could not be written"


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_a_missing_folder(tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "report.json"
    code, _, err = invoke("check", TENDER, *AS_OF, "-o", str(out))
    assert (code, err) == (5, f"sroi: {out}: {NOT_WRITTEN}: the folder {out.parent} does not exist\n")


def test_an_existing_folder(tmp_path: Path) -> None:
    code, _, err = invoke("batch", PORTFOLIO, *AS_OF, "-q", "-o", str(tmp_path))
    assert (code, err) == (5, f"sroi: {tmp_path}: {NOT_WRITTEN}: it is a folder, not a file\n")


def test_a_folder_given_where_a_folder_should_hold_the_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    out = tmp_path / "file" / "report.json"
    code, _, err = invoke("explain", TENDER, *AS_OF, "-o", str(out))
    assert (code, err) == (5, f"sroi: {out}: {NOT_WRITTEN}: {out.parent} is not a folder\n")


def test_an_empty_name() -> None:
    code, _, err = invoke("check", TENDER, *AS_OF, "-o", "")
    assert (code, err) == (5, f"sroi: .: {NOT_WRITTEN}: the output has no file name\n")


def test_a_name_too_long(tmp_path: Path) -> None:
    out = tmp_path / ("r" * 300 + ".json")
    code, _, err = invoke("validate", TENDER, "-o", str(out))
    assert code == 5 and err.startswith(f"sroi: {out}: {NOT_WRITTEN}: ") and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_a_folder_nobody_may_write_in() -> None:
    """/proc takes no new files, not even from root (chmod would not stop root)."""
    code, _, err = invoke("plan", TENDER, *AS_OF, "-o", "/proc/sroi-report.md")
    assert code == 5 and err.startswith(f"sroi: /proc/sroi-report.md: {NOT_WRITTEN}: ")
    assert err.count("\n") == 1


def test_a_full_disk_on_stdout() -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "sroi_cli", "check", TENDER, *AS_OF, "-f", "json"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert done.returncode == 5
    assert done.stderr == f"sroi: <stdout>: {NOT_WRITTEN}: no space left on the disk\n"


@pytest.mark.parametrize(
    ("words", "code"),
    [
        (["schema", "input"], 0),  # plain text through app/output.py
        (["check", TENDER, *AS_OF, "-f", "json"], 0),
        (["check", TENDER, *AS_OF, "-f", "table"], 0),  # a Rich table: Rich itself would exit 1
        (["check", TENDER, *AS_OF, "-f", "table", "--fail-on", "behind"], 1),  # the verdict's code
        (["rules", "show", "haaglanden"], 0),
    ],
)
def test_a_reader_that_closed_stdout(words: list[str], code: int) -> None:
    """`sroi … | head`: the reader had what it wanted. No "could not be written" (exit 5), no
    Rich's own exit 1 (which says "a contract at --fail-on"): silence and the result's own code."""
    read, write = os.pipe()
    os.close(read)  # every write to the pipe now fails with EPIPE
    try:
        done = subprocess.run(
            [sys.executable, "-m", "sroi_cli", *words],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write)
    assert done.returncode == code
    assert "sroi:" not in done.stderr and "Error" not in done.stderr  # at most check's summary line


def _small_files() -> None:
    """The child may write files of 4 KiB at most: past that a write fails as on a full disk."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))


@pytest.mark.parametrize("fmt", ["json", "xlsx", "html"])
def test_a_full_disk_keeps_the_old_report_and_leaves_nothing(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"report.{fmt}"
    out.write_bytes(b"the report of yesterday")
    done = subprocess.run(
        [sys.executable, "-m", "sroi_cli", "batch", PORTFOLIO, *AS_OF, "-q", "-o", str(out)],
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        preexec_fn=_small_files,
    )
    assert done.returncode == 5, done.stderr
    assert done.stderr == f"sroi: {out}: {NOT_WRITTEN}: File too large\n"
    assert out.read_bytes() == b"the report of yesterday"
    assert [p.name for p in tmp_path.iterdir()] == [out.name]


def test_a_bug_exits_70_with_a_line_and_the_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise ZeroDivisionError("a bug, not the input")

    monkeypatch.setattr(use, "check", broken)
    code, out, err = invoke("check", TENDER, *AS_OF, "--lang", "en")
    assert code == 70 and out == ""
    first, *rest = err.splitlines()
    assert first.startswith("sroi: internal error: this is a bug in sroi ")
    assert first.endswith("not a problem with your input; please report it with the traceback below")
    assert rest[0] == "Traceback (most recent call last):"
    assert rest[-1] == "ZeroDivisionError: a bug, not the input"


def test_a_bug_outside_any_command_boundary_is_70_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """In `finish`, after the report: still 70, never 1."""
    from sroi_cli.render import summary

    def broken(*args: object) -> str:
        raise KeyError("summary")

    monkeypatch.setattr(summary, "summary_line", broken)
    code, _, err = invoke("check", TENDER, *AS_OF, "-f", "json")
    assert code == 70 and "KeyError: 'summary'" in err


def test_a_bug_in_dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(use, "validate", lambda *a: 1 / 0)
    code, _, err = invoke("validate", TENDER, "--lang", "nl")
    assert code == 70 and err.startswith("sroi: interne fout: dit is een fout in sroi ")


def test_ctrl_c_is_130_not_1(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(use, "check", interrupted)
    code, _, err = invoke("check", TENDER, *AS_OF, "--lang", "en")
    assert code == 130 and err == "\nsroi: stopped by SIGINT\n"


def test_a_bug_from_the_real_entry_point_is_70() -> None:
    """Through `python -m sroi_cli`, as a user runs it: a renderer that fails is a bug."""
    code = (
        "import sys; import sroi_cli.render.json_out as j\n"
        "def render(*a, **k): raise RuntimeError('renderer bug')\n"
        "j.render = render\n"
        "from sroi_cli.cli import main; sys.argv = ['sroi', *sys.argv[1:]]; main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, "check", TENDER, *AS_OF, "-f", "json"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 70 and done.stdout == ""
    assert "internal error" in done.stderr and "RuntimeError: renderer bug" in done.stderr
