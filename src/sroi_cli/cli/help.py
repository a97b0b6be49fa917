"""Help screens that read like a tool's: no `<bool>` after a flag, an argument's metavar said once.

Typer 0.29 prints a type after every parameter, flags included (`--help <bool>`), an argument's type
next to its metavar (`FILE… <list[Path]>`), and `{FILE…}...` in the usage line. These are turned off
here, in one place, for every command; the help-screen golden test (tests/cli/test_help.py) catches
the next version's drift.
"""

from __future__ import annotations

from typing import Any

import typer.core

_option_type = typer.core.TyperOption.display_type_rich
_argument_type = typer.core.TyperArgument.display_type_rich


def _option_shown(self: typer.core.TyperOption, ctx: Any) -> str | None:
    return None if self.is_flag and self.metavar is None else _option_type(self, ctx)


def _argument_shown(self: typer.core.TyperArgument, ctx: Any) -> str | None:
    return None if self.metavar is not None else _argument_type(self, ctx)


_usage_name = typer.core.TyperArgument._usage_display_name


def _usage_shown(self: typer.core.TyperArgument) -> str:
    """`FILE…` as the metavar says it, rather than `{FILE…}...`."""
    if self.metavar is None:
        return _usage_name(self)
    return self.metavar if self.required else f"[{self.metavar}]"


typer.core.TyperArgument._usage_display_name = _usage_shown  # type: ignore[method-assign]
typer.core.TyperOption.display_type_rich = _option_shown  # type: ignore[method-assign]
typer.core.TyperArgument.display_type_rich = _argument_shown  # type: ignore[method-assign,assignment]
