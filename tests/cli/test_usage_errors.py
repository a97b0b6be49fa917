"""Usage errors (exit 2) in the chosen language (cli/usage.py): every kind sroi can meet, one box with
one sentence, the usage line and the hint around it in the same language; no Click English under nl."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from sroi_cli.cli import app

# Each line: the words typed (`--lang` after them, or where LANG stands), the sentence in English, in Dutch.
CASES = [
    (["check", "--format", "bogus", "x.yaml"], "Invalid value for '--format' / '-f': 'bogus' is not one of",
     "Ongeldige waarde voor '--format' / '-f': 'bogus' is niet een van"),
    (["check", "--bogus", "x.yaml"], "No such option: --bogus", "Onbekende optie: --bogus"),
    (["check"], "Missing argument 'FILE…'.", "Argument 'BESTAND…' ontbreekt."),
    (["schema"], "Missing argument 'KIND'. Choose from: input, report, rules.",
     "Argument 'SOORT' ontbreekt. Kies uit: input, report, rules."),
    (["template"], "Missing option '--output' / '-o'.", "Optie '--output' / '-o' ontbreekt."),
    (["chek"], "No such command 'chek'. Did you mean 'check'",
     "Onbekende opdracht 'chek'. Bedoelt u 'check'"),
    (["rules", "show", "a", "b"], "Got unexpected extra argument(s) (b)", "Onverwacht extra argument (b)"),
    (["check", "--allow-bsn=yes", "x.yaml"], "Option '--allow-bsn' does not take a value.",
     "Optie '--allow-bsn' neemt geen waarde."),
    (["check", "--lang", "LANG", "x.yaml", "--fail-on"], "Option '--fail-on' requires an argument.",
     "Optie '--fail-on' vraagt een waarde."),
    (["banen", "--year", "x", "x.yaml"], "Invalid value for '--year': 'x' is not a whole number",
     "Ongeldige waarde voor '--year': 'x' is geen geheel getal"),
    (["banen", "--paid-hours", "-1", "x.yaml"], "Invalid value for '--paid-hours': '-1' is less than 0",
     "Ongeldige waarde voor '--paid-hours': '-1' is kleiner dan 0"),
    (["banen", "--paid-hours", "abc", "x.yaml"], "Invalid value for '--paid-hours': 'abc' is not a number",
     "Ongeldige waarde voor '--paid-hours': 'abc' is geen getal"),
    (["batch", "-g", "colour", "x.yaml"], "Invalid value for --group-by: unknown grouping colour",
     "Ongeldige waarde voor --group-by: onbekende groepering colour"),
    (["check", "x.yaml", "-o", "out.pdf"], "out.pdf: this command cannot write .pdf",
     "out.pdf: deze opdracht kan geen .pdf schrijven"),
    (["template", "-o", "blank.txt"], "FILE must end in .xlsx, .yaml or .yml",
     "BESTAND moet eindigen op .xlsx, .yaml of .yml"),
    (["check", "x.yaml", "--annotate"], "--annotate needs exactly one .xlsx input file",
     "--annotate vraagt precies één .xlsx-invoerbestand"),
    (["check", "x.xlsx", "--annotate"], "--annotate needs --output FILE.xlsx for the annotated copy",
     "--annotate vraagt --output BESTAND.xlsx voor de kopie met opmerkingen"),
]  # fmt: skip

# Click's English words, which a Dutch usage error must not show.
CLICK: tuple[str, ...] = (
    "Usage:",
    "Error",
    "Try '",
    "for help",
    "No such",
    "Missing",
    "Invalid value",
    "Got unexpected",
)
CLICK += ("requires an argument", "does not take", "Choose from", "Did you mean", "[OPTIONS]", "COMMAND")


def _in(words: list[str], lang: str) -> list[str]:
    return [lang if w == "LANG" else w for w in words] if "LANG" in words else [*words, "--lang", lang]


def _run(words: list[str], env: dict[str, str] | None = None) -> tuple[int, str]:
    given = {"COLUMNS": "200", "NO_COLOR": "1", "SROI_LANG": "", "LC_ALL": "", "LANG": "C.UTF-8"}
    result = CliRunner().invoke(app, words, env=given | (env or {}), prog_name="sroi")
    return result.exit_code, " ".join(result.stderr.replace("│", " ").split())


@pytest.mark.parametrize(("words", "english", "dutch"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_a_usage_error_is_said_in_the_chosen_language(words: list[str], english: str, dutch: str) -> None:
    code, said = _run(_in(words, "en"))
    assert code == 2 and english in said, said
    code, said = _run(_in(words, "nl"))
    assert code == 2 and dutch in said, said
    assert [word for word in CLICK if word in said] == [], said
    assert said.count("Fout") == 1


def test_the_usage_line_and_the_hint_are_dutch_too() -> None:
    _, said = _run(["check", "--format", "bogus", "x.yaml", "--lang", "nl"])
    assert said.startswith("Gebruik: sroi check [OPTIES] BESTAND… Zie 'sroi check -h' voor hulp. ╭─ Fout ─")
    _, said = _run(["check", "--format", "bogus", "x.yaml"])
    assert said.startswith("Usage: sroi check [OPTIONS] FILE… Try 'sroi check -h' for help. ╭─ Error ─")


def test_sroi_lang_chooses_the_language_of_a_usage_error() -> None:
    code, said = _run(["batch", "--bogus", "x.yaml"], env={"SROI_LANG": "nl"})
    assert code == 2 and "Onbekende optie: --bogus" in said and "Gebruik: sroi batch" in said


def test_an_option_error_before_the_command_is_said_in_the_commands_language() -> None:
    """`--limit` is read before the command: its error says what `--lang` after the command chose."""
    code, said = _run(["--limit", "x", "check", "examples/tender.yaml", "--lang", "nl"])
    assert code == 2 and said.startswith("sroi: --limit: gevonden 'x', verwacht naam=getal"), said
    code, said = _run(["--limit", "x", "check", "examples/tender.yaml"])
    assert code == 2 and said.startswith("sroi: --limit: found 'x', expected name=number"), said
    code, said = _run(["--lang", "nl", "--limit"])
    assert code == 2 and "Optie '--limit' vraagt een waarde." in said, said


def test_lang_before_the_command_is_the_commands_language(tmp_path: object) -> None:
    """`sroi --lang nl check …` is the same run as `sroi check … --lang nl`."""
    words = ["check", "examples/tender.yaml", "--as-of", "2026-11-23", "-f", "json"]
    before = CliRunner().invoke(app, ["--lang", "nl", *words], env={"SROI_LANG": ""})
    after = CliRunner().invoke(app, [*words, "--lang", "nl"], env={"SROI_LANG": ""})
    assert (before.exit_code, before.stdout, before.stderr) == (after.exit_code, after.stdout, after.stderr)
    assert "Beoordeeld" in after.stderr or "contract" in after.stderr


def test_a_bsn_typed_on_the_line_is_masked_in_the_dutch_error_too() -> None:
    _, said = _run(["batch", "-g", "123456782", "x.yaml", "--lang", "nl"])
    assert "123456782" not in said and "onbekende groepering" in said
