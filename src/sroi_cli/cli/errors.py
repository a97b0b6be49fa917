"""Exit codes and the error boundaries: an SroiError becomes one line per problem and its code; a bug
becomes exit 70 with a line asking to report it; SIGINT and SIGTERM stop a run cleanly."""

from __future__ import annotations

import contextlib
import signal
import sys
import traceback
from collections.abc import Iterator, Sequence
from enum import IntEnum
from types import FrameType
from typing import Any

import typer
from typer._click.exceptions import ClickException
from typer.core import TyperGroup
from typer.exceptions import TyperException

from sroi_cli.domain.errors import SroiError
from sroi_cli.domain.inert import visible


class ExitCode(IntEnum):
    OK = 0
    FAILED_CHECK = 1  # evaluated; a contract at or above --fail-on
    USAGE = 2  # Typer's own, and an output that would overwrite an input
    BAD_INPUT = 3
    BAD_RULES = 4
    NOT_WRITTEN = 5  # the report could not be written; an old one is kept
    INTERNAL = 70  # a bug (EX_SOFTWARE): never 1, which CI would read as a verdict
    INTERRUPTED = 130  # SIGINT (Ctrl-C), as a shell reports it
    TERMINATED = 143  # SIGTERM


class Terminated(BaseException):
    """SIGTERM, raised in the main thread so every clean-up on the way out runs."""


def tell(line: str) -> None:
    """One line on stderr, always one: a control character or newline in it is shown, not obeyed,
    and a BSN-like number is masked."""
    from sroi_cli.domain.privacy import mask_bsn

    print(visible(mask_bsn(line)), file=sys.stderr)


@contextlib.contextmanager
def boundary(lang: str) -> Iterator[None]:
    """Turn expected failures into located lines on stderr and their exit code; never a traceback."""
    try:
        yield
    except SroiError as error:
        raise _said(error, lang) from None


def _said(error: SroiError, lang: str) -> typer.Exit:
    from sroi_cli.catalogue import error_lines

    for line in error_lines(error, lang):
        tell(f"sroi: {line}")
    return typer.Exit(error.exit_code)


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Terminated


@contextlib.contextmanager
def signals_raise() -> Iterator[None]:
    """While a command runs, SIGTERM raises (like SIGINT does), so temporary files are removed."""
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread: leave the signal as it is
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _stopped(signal_name: str, code: ExitCode, lang: str) -> typer.Exit:
    from sroi_cli.catalogue import message

    print(f"\nsroi: {message('interrupted', lang, signal=signal_name)}", file=sys.stderr)
    return typer.Exit(code)


def report_bug(error: BaseException, lang: str) -> typer.Exit:
    """Exit 70: a line saying this is a bug and asking to report it, then the traceback."""
    from sroi_cli.catalogue import message
    from sroi_cli.domain.privacy import mask_bsn

    print(f"sroi: {message('internal_error', lang, version=_version())}", file=sys.stderr)
    text = "".join(traceback.format_exception(error))
    print(mask_bsn(text), file=sys.stderr, end="")  # a value in the message may come from the input
    return typer.Exit(ExitCode.INTERNAL)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("sroi-cli")
    except PackageNotFoundError:
        return "(unknown version)"


class Guarded(TyperGroup):
    """The `sroi` command group: whatever a command does, its exit code means what the README says;
    its help screens and usage errors are said in the run's language."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """The line's language first (`--help` is eager: Click prints it while it parses), then the
        whole command tree said in it, then Typer's run."""
        from sroi_cli.cli.help import say_in
        from sroi_cli.cli.options import resolve_lang, speaking

        with speaking(sys.argv[1:] if args is None else list(args)):
            say_in(self, resolve_lang(None))
            return super().main(args, prog_name, complete_var, standalone_mode, windows_expand_args, **extra)

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        """The group's own options are parsed here, before `invoke`: their usage errors too."""
        try:
            return super().make_context(info_name, args, parent, **extra)
        except ClickException as error:
            _said_usage(error, self.language())
            raise

    def invoke(self, ctx: Any) -> Any:  # a click Context; Typer keeps its own copy of click
        with signals_raise():
            try:
                return super().invoke(ctx)
            except (typer.Exit, typer.Abort):
                raise  # the exit codes Typer and the commands chose
            except TyperException as error:  # a usage error: it may quote a value typed on the line
                _said_usage(error, self.language())
                raise
            except SroiError as error:  # one raised outside a command's own boundary
                raise _said(error, self.language()) from None
            except KeyboardInterrupt:
                raise _stopped("SIGINT", ExitCode.INTERRUPTED, self.language()) from None
            except Terminated:
                raise _stopped("SIGTERM", ExitCode.TERMINATED, self.language()) from None
            except Exception as error:
                raise report_bug(error, self.language()) from None

    def language(self) -> str:
        """--lang as the command line gave it (the command never got to say), else the default."""
        from sroi_cli.cli.options import resolve_lang

        return resolve_lang(None)


def _said_usage(error: TyperException, lang: str) -> None:
    """A usage error in the run's language, any BSN in what it quotes masked (cli/usage.py)."""
    from sroi_cli.cli.usage import say
    from sroi_cli.domain.privacy import mask_bsn

    if isinstance(error, ClickException):
        say(error, lang)
    else:
        error.message = mask_bsn(error.message)
