"""Help screens that read like a tool's, in the run's language: no `<bool>` after a flag, an
argument's metavar said once, and every word from the catalogue.

Typer 0.29 prints a type after every parameter, flags included (`--help <bool>`), an argument's type
next to its metavar (`FILE… <list[Path]>`), and `{FILE…}...` in the usage line. These are turned off
here, in one place, for every command; the help-screen golden test (tests/cli/test_help.py) catches
the next version's drift.

The help texts and metavars in cli/ are catalogue keys (`help_check`, `mv_file`); `say_in` replaces
them in the command tree Typer built for one run, before Click reads any of it. Typer's and Click's
own words (`Usage:`, the panel titles, `[default: …]`, the help option's text) are set when a help
screen is drawn, from the same catalogue (`cli_…` keys).
"""

from __future__ import annotations

import re
from typing import Any

import typer.core
from typer._click.core import Command
from typer._click.formatting import HelpFormatter

_option_type = typer.core.TyperOption.display_type_rich
_argument_type = typer.core.TyperArgument.display_type_rich


def _option_shown(self: typer.core.TyperOption, ctx: Any) -> str | None:
    if self.is_flag and self.metavar is None:
        return None
    shown = _option_type(self, ctx)
    return _choices_fitted(shown) if shown else shown


def _choices_fitted(shown: str) -> str:
    """A long list of choices (`<non_compliant|behind|warning|never>`) on lines broken after a `|`,
    each at most a quarter of the screen: Rich would otherwise fold it inside a word (`neve` / `r>`)."""
    if not shown.startswith("<") or "|" not in shown:
        return shown
    most = max(_WIDTH[0] // 4, max(len(part) for part in shown.split("|")) + 1)
    if len(shown) <= most:
        return shown
    lines = [""]
    for part in shown.split("|"):
        piece = part if lines[-1] == "" else "|" + part
        if lines[-1] and len(lines[-1]) + len(piece) + 1 > most:
            lines[-1] += "|"
            lines.append(part)
        else:
            lines[-1] += piece
    return "\n".join(lines)


_WIDTH = [100]  # the width of the help screen being drawn (speak_typer)


def _argument_shown(self: typer.core.TyperArgument, ctx: Any) -> str | None:
    return None if self.metavar is not None else _argument_type(self, ctx)


_usage_name = typer.core.TyperArgument._usage_display_name


def _usage_shown(self: typer.core.TyperArgument) -> str:
    """`FILE…` as the metavar says it, rather than `{FILE…}...`."""
    if self.metavar is None:
        return _usage_name(self)
    return self.metavar if self.required else f"[{self.metavar}]"


def word(key: str) -> str:
    """A word of the help screens and usage errors, in the language of the run (cli/options.py)."""
    from sroi_cli.catalogue import template
    from sroi_cli.cli.options import resolve_lang

    return template(key, resolve_lang(None))


# Typer's own options, by name: their help texts are Typer's literals.
BUILT_IN = {"install_completion": "cli_install_completion", "show_completion": "cli_show_completion"}


def _limits() -> str:
    """Every input limit with its default, from the one place they are defined (io/limits.py)."""
    from dataclasses import fields

    from sroi_cli.io.limits import Limits

    return ", ".join(f"{f.name} ({f.default})" for f in fields(Limits))


def said(text: str | None, lang: str) -> str | None:
    """A help text or metavar in `lang` when it is a catalogue key; anything else as it is."""
    from sroi_cli.catalogue import has, message, template

    if not text or not has(text):
        return text
    return message(text, lang, limits=_limits()) if text == "help_limit" else template(text, lang)


def say_in(root: Any, lang: str) -> None:
    """Every help text, metavar and usage word of `root` and the commands under it, in `lang`."""
    from sroi_cli.catalogue import template

    stack = [root]
    while stack:
        command = stack.pop()
        stack += getattr(command, "commands", {}).values()
        command.help = said(command.help, lang)
        command.short_help = said(command.short_help, lang)
        if command.options_metavar:
            command.options_metavar = template("cli_options_metavar", lang)
        if getattr(command, "subcommand_metavar", None):
            command.subcommand_metavar = template("cli_command_metavar", lang)
        for param in command.params:
            param.help = said(BUILT_IN.get(param.name or "", getattr(param, "help", None)), lang)
            param.metavar = said(param.metavar, lang)


def _format_usage(self: Command, ctx: Any, formatter: HelpFormatter) -> None:
    """`Usage: sroi check [OPTIONS] FILE…`, its first word in the run's language."""
    formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), f"{word('cli_usage')} ")


_help_option = Command.get_help_option


def _help_option_said(self: Command, ctx: Any) -> Any:
    """Click's `--help`, its text in the run's language (Click makes the option once per command)."""
    option = _help_option(self, ctx)
    if option is not None:
        option.help = word("cli_help_option")
    return option


def speak_typer() -> None:
    """The words Typer's Rich screens put around the texts: panel titles, `[default: …]`, the
    usage error's box and hint; set each time one is drawn, as the run's language may differ."""
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = word("cli_panel_arguments")
    rich_utils.OPTIONS_PANEL_TITLE = word("cli_panel_options")
    rich_utils.COMMANDS_PANEL_TITLE = word("cli_panel_commands")
    rich_utils.ERRORS_PANEL_TITLE = word("cli_panel_error")
    rich_utils.DEFAULT_STRING = word("cli_default").replace("{value}", "{}")
    rich_utils.REQUIRED_LONG_STRING = word("cli_required")
    command = "[blue]'{command_path} {help_option}'[/]"
    rich_utils.RICH_HELP = word("cli_try_help").replace("{command}", command)
    usage = rf"(?P<usage>{re.escape(word('cli_usage'))} )"  # styled as Typer styles `Usage: `
    if usage not in rich_utils.OptionHighlighter.highlights:
        rich_utils.OptionHighlighter.highlights = [*rich_utils.OptionHighlighter.highlights, usage]
    if rich_utils._get_parameter_help is not _parameter_help_folded:
        _TYPER.update(parameter_help=rich_utils._get_parameter_help, panel=rich_utils.Panel)  # type: ignore[attr-defined]
        rich_utils._get_parameter_help = _parameter_help_folded
        rich_utils.Panel = _panel  # type: ignore[assignment,attr-defined]
    _WIDTH[0] = rich_utils._get_rich_console().width


_TYPER: dict[str, Any] = {}  # Typer's own, wrapped once when the first help screen is drawn


def _parameter_help_folded(**given: Any) -> Any:
    """An option's help, a word longer than its column (`~/.config/sroi/pseudonym.key`) broken
    over lines rather than cut short with `…`."""
    from rich.text import Text

    shown = _TYPER["parameter_help"](**given)
    for part in getattr(shown, "renderables", ()):
        if isinstance(part, Text):
            part.overflow = "fold"
    return shown


def _panel(shown: Any, *args: Any, **kwargs: Any) -> Any:
    """A panel of options or commands: only the help column wraps, so a narrow screen never cuts
    an option's name (`--install-complet…`) or folds a choice inside its word."""
    from rich.table import Table

    if isinstance(shown, Table):
        for column in shown.columns[:-1]:
            column.no_wrap = True
    return _TYPER["panel"](shown, *args, **kwargs)


_command_help = typer.core.TyperCommand.format_help
_group_help = typer.core.TyperGroup.format_help


def _command_help_said(self: typer.core.TyperCommand, ctx: Any, formatter: HelpFormatter) -> None:
    speak_typer()
    _command_help(self, ctx, formatter)


def _group_help_said(self: typer.core.TyperGroup, ctx: Any, formatter: HelpFormatter) -> None:
    speak_typer()
    _group_help(self, ctx, formatter)


typer.core.TyperArgument._usage_display_name = _usage_shown  # type: ignore[method-assign]
typer.core.TyperOption.display_type_rich = _option_shown  # type: ignore[method-assign]
typer.core.TyperArgument.display_type_rich = _argument_shown  # type: ignore[method-assign,assignment]
Command.format_usage = _format_usage  # type: ignore[method-assign]
Command.get_help_option = _help_option_said  # type: ignore[method-assign]
typer.core.TyperCommand.format_help = _command_help_said  # type: ignore[method-assign]
typer.core.TyperGroup.format_help = _group_help_said  # type: ignore[method-assign]
