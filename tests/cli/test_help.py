"""Every help screen, compared with a golden file in each language (help/ English, help/nl/ Dutch), and
read like a tool's: a help text on every option, metavars instead of Python types, no `<bool>` after a
flag. The goldens catch a Typer upgrade's drift. Every help text and metavar is a catalogue key, and no
Dutch screen shows an English help string of the catalogue or one of Click's English words.

Regenerate after a deliberate change with `SROI_REGENERATE_GOLDEN=1 python -m pytest tests/cli/test_help.py`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import typer.main
from babel.messages.pofile import read_po
from typer.testing import CliRunner

from sroi_cli.catalogue import LOCALE, has
from sroi_cli.cli import app
from sroi_cli.cli.help import BUILT_IN

GOLDEN = Path(__file__).parent / "help"


def _commands() -> list[tuple[str, ...]]:
    root = typer.main.get_command(app)
    found: list[tuple[str, ...]] = [()]
    for name, command in getattr(root, "commands", {}).items():
        found.append((name,))
        found += [(name, sub) for sub in getattr(command, "commands", {})]
    return found


COMMANDS = _commands()


def _help(words: tuple[str, ...], lang: str | None = None, width: int = 100, env_lang: str = "") -> str:
    """The help screen of `words`, with `--lang lang` after `--help` (as a user adds it) when given."""
    env = {"COLUMNS": str(width), "TERMINAL_WIDTH": str(width), "NO_COLOR": "1", "SROI_LANG": env_lang}
    env |= {"LC_ALL": "", "LC_MESSAGES": "", "LANG": "C.UTF-8"}  # the locale would choose too
    asked = ["--lang", lang] if lang else []
    result = CliRunner().invoke(
        app, [*words, "--help", *asked], env=env, prog_name="sroi", catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("words", COMMANDS, ids=[" ".join(w) or "sroi" for w in COMMANDS])
def test_help_screen_matches_its_golden_file(words: tuple[str, ...]) -> None:
    text = _help(words)
    golden = GOLDEN / f"{'-'.join(words) or 'sroi'}.txt"
    if os.environ.get("SROI_REGENERATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden.name}; run with SROI_REGENERATE_GOLDEN=1"
    assert text == golden.read_text(encoding="utf-8"), f"{golden.name} differs"


@pytest.mark.parametrize("words", COMMANDS, ids=[" ".join(w) or "sroi" for w in COMMANDS])
def test_dutch_help_screen_matches_its_golden_file(words: tuple[str, ...]) -> None:
    text = _help(words, "nl")
    golden = GOLDEN / "nl" / f"{'-'.join(words) or 'sroi'}.txt"
    if os.environ.get("SROI_REGENERATE_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), f"no golden file nl/{golden.name}; run with SROI_REGENERATE_GOLDEN=1"
    assert text == golden.read_text(encoding="utf-8"), f"nl/{golden.name} differs"


@pytest.mark.parametrize("words", [(), ("batch",), ("rules",), ("rules", "show")], ids=str)
def test_sroi_lang_chooses_the_help_language_as_lang_does(words: tuple[str, ...]) -> None:
    dutch = _help(words, "nl")
    assert _help(words, env_lang="nl") == dutch
    assert _help(words, "en", env_lang="nl") == _help(words)  # the line wins over the environment
    assert _help(words, env_lang="en") != dutch


def test_lang_before_the_command_chooses_the_language_of_the_help_too() -> None:
    env = {"COLUMNS": "100", "NO_COLOR": "1", "SROI_LANG": ""}
    before = CliRunner().invoke(app, ["--lang", "nl", "check", "--help"], env=env, prog_name="sroi")
    assert before.exit_code == 0 and before.stdout == _help(("check",), "nl")


def _english_help_strings() -> dict[str, str]:
    """The catalogue's English help texts, metavars and Click words that Dutch says otherwise."""
    catalogues = {}
    for lang in ("en", "nl"):
        with (LOCALE / lang / "LC_MESSAGES" / "sroi.po").open("rb") as file:
            catalogues[lang] = {m.id: m.string for m in read_po(file) if m.id}
    return {
        key: str(text)
        for key, text in catalogues["en"].items()
        if isinstance(key, str)
        and key.startswith(("help_", "mv_", "cli_"))
        and key not in ON_ERRORS
        and text != catalogues["nl"][key]
    }


# The words only a usage error shows (tests/cli/test_usage_errors.py scans those).
ON_ERRORS = ("cli_panel_error", "cli_try_help")


ENGLISH = _english_help_strings()
# Click's and Typer's own words, whichever catalogue entry says them.
CLICK_WORDS: tuple[str, ...] = (
    "Usage:",
    "Options",
    "Arguments",
    "Commands",
    "[default:",
    "[required]",
    "Show this message",
)
CLICK_WORDS += ("[OPTIONS]", "COMMAND [ARGS]", "Install completion", "Show completion", "Show the version")


def _fragments(text: str) -> list[str]:
    """The literal parts of a catalogue text, its `{placeholders}` left out, that hold a word."""
    parts = (part.strip() for part in re.split(r"\{[a-z_]*\}", text))
    return [part for part in parts if re.search(r"[A-Za-z]{2}", part)]


@pytest.mark.parametrize("words", COMMANDS, ids=[" ".join(w) or "sroi" for w in COMMANDS])
def test_a_dutch_help_screen_holds_no_english_help_string(
    words: tuple[str, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Wide enough that no text is wrapped, so a help text left in English shows as it is."""
    from typer import rich_utils

    monkeypatch.setattr(rich_utils, "MAX_WIDTH", 2000)
    screen = " ".join(_help(words, "nl", width=2000).split())
    found = [
        (key, fragment)
        for key, text in ENGLISH.items()
        for fragment in _fragments(text)
        if re.search(rf"(?<![\w-]){re.escape(fragment)}(?![\w-])", screen)
    ]
    assert found == []
    assert [word for word in CLICK_WORDS if word in screen] == []


def test_the_english_strings_scanned_are_the_ones_english_screens_show(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The scan above can fail: each English help string it looks for is on an English screen."""
    from typer import rich_utils

    monkeypatch.setattr(rich_utils, "MAX_WIDTH", 2000)
    screens = " ".join(" ".join(_help(words, width=2000).split()) for words in COMMANDS)
    unseen = [key for key, text in ENGLISH.items() if not all(f in screens for f in _fragments(text))]
    assert unseen == []
    assert all(word in screens for word in CLICK_WORDS)


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("lang", ["en", "nl"])
@pytest.mark.parametrize("words", [(), ("check",), ("batch",), ("rules", "diff")], ids=str)
def test_nothing_is_cut_at_any_width(
    words: tuple[str, ...], lang: str, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dutch words are longer: no line wider than the screen, no word cut short with `…`, and every
    choice of a long list (`<non_compliant|…>`) whole on its line."""
    from typer import rich_utils

    monkeypatch.setattr(rich_utils, "MAX_WIDTH", width)  # read from $TERMINAL_WIDTH once, on import
    text = _help(words, lang, width=width)
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= width
    assert "…" not in text.replace("FILE…", "").replace("BESTAND…", "")
    monkeypatch.setattr(rich_utils, "MAX_WIDTH", 2000)
    wide = " ".join(_help(words, lang, width=2000).split())
    for choices in re.findall(r"<[a-z_|-]+\|[a-z_|-]+>", wide):
        for choice in choices.strip("<>").split("|"):
            assert re.search(rf"[<|\s]{choice}[|>]", text), (choice, width)


@pytest.mark.parametrize("words", COMMANDS, ids=[" ".join(w) or "sroi" for w in COMMANDS])
def test_help_reads_like_a_tool(words: tuple[str, ...]) -> None:
    text = _help(words)
    for code_like in ("<bool>", "<list[", "<%Y", "<Path>", "<path>", "<str>", "<int>", "Decimal", "{FILE"):
        assert code_like not in text, (words, code_like)


def test_every_option_and_argument_has_a_help_text() -> None:
    root = typer.main.get_command(app)
    stack = [root]
    while stack:
        command = stack.pop()
        stack += getattr(command, "commands", {}).values()
        for param in command.params:
            assert getattr(param, "help", None), f"{command.name} {param.name} has no help text"


# Metavars that are no word, the same in every language.
NO_WORD = {"ID", "A", "B"}


def test_every_help_text_and_metavar_is_a_catalogue_key() -> None:
    """As the code gives them, before a run says them: a key, so that each has every language."""
    root = typer.main.get_command(app)
    stack, found = [root], []
    while stack:
        command = stack.pop()
        stack += getattr(command, "commands", {}).values()
        found.append((command.name, "help", command.help))
        for param in command.params:
            found.append(
                (command.name, param.name, BUILT_IN.get(param.name or "", getattr(param, "help", None)))
            )
            if param.metavar is not None and param.metavar not in NO_WORD:
                found.append((command.name, param.name, param.metavar))
    assert [(c, p, text) for c, p, text in found if not (text and has(text))] == []
    assert len(found) > 150


def test_version_and_short_help() -> None:
    from sroi_cli import __version__

    result = CliRunner().invoke(app, ["--version"], catch_exceptions=False)
    assert result.exit_code == 0 and result.stdout == f"sroi {__version__}\n"
    short = CliRunner().invoke(app, ["check", "-h"], env={"COLUMNS": "100"}, catch_exceptions=False)
    assert short.exit_code == 0 and "--as-of" in short.stdout
    completion = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "100"}, catch_exceptions=False)
    assert "--install-completion" in completion.stdout and "--show-completion" in completion.stdout
