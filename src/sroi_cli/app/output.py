"""Write any result with a chosen renderer, to stdout or whole-or-nothing to a file."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sroi_cli.domain.errors import Problem, UsageError

if TYPE_CHECKING:
    from sroi_cli.render import Renderer


def refuse_overwrite(output: Path | None, inputs: list[Path]) -> None:
    """Before anything is read: an output that is an input is refused (exit 2), one that cannot be
    written at all too (exit 5)."""
    from sroi_cli.io import output as out

    out.refuse_overwrite(output, inputs)


def own_reports(paths: list[Path]) -> list[Path]:
    """The reports sroi wrote itself in the input folders, which are never read as input."""
    from sroi_cli.io.inputs import own_reports as found

    return found([p for p in paths if p.is_dir()])


def write_report(
    obj: Any,
    fmt: str,
    lang: str,
    output: Path | None,
    stdout: IO[str],
    color: bool = False,
    table: dict[str, str] | None = None,
    width: int | None = None,
    csv_dialect: str | None = None,
) -> None:
    """Render with the chosen format to stdout, or whole-or-nothing to `output`. A batch's report
    (`ReportStream`) is evaluated as it is written, by the formats that can (json, csv, xlsx)."""
    from sroi_cli.domain.stream import ReportStream
    from sroi_cli.render import get_renderer

    renderer = get_renderer(fmt, table)
    if isinstance(obj, ReportStream):
        try:
            # the formats a person reads take the whole report; so does a terminal, where the
            # progress bar is drawn (and a report as it is evaluated would run through it)
            whole = not renderer.streams or (output is None and stdout.isatty())
            _write(
                obj.collect() if whole else obj,
                renderer,
                fmt,
                lang,
                output,
                stdout,
                color,
                width,
                csv_dialect,
            )
            obj.drain()  # a reader that stopped early (`| head`): the rest still counts for the totals
        finally:
            obj.close()  # also when writing failed: nothing more is evaluated
    else:
        _write(obj, renderer, fmt, lang, output, stdout, color, width, csv_dialect)


def _write(
    obj: Any,
    renderer: Renderer,
    fmt: str,
    lang: str,
    output: Path | None,
    stdout: IO[str],
    color: bool,
    width: int | None,
    csv_dialect: str | None,
) -> None:
    from sroi_cli.io.output import atomic_binary, not_written, reader_gone
    from sroi_cli.render import CsvDialect, RenderOptions

    options = RenderOptions(
        lang=lang,
        color=color and output is None,
        width=width if output is None else None,
        csv_dialect=CsvDialect(csv_dialect) if csv_dialect else None,
    )
    if output is None:
        if renderer.binary and stdout.isatty():
            raise UsageError(Problem("", "binary_needs_output", {"format": fmt}))
        try:
            if renderer.binary:
                renderer.render(obj, stdout.buffer, options)  # type: ignore[attr-defined]
            else:
                renderer.render(obj, stdout, options)
            stdout.flush()  # a full disk or a closed pipe is found here, not after the exit code
        except BrokenPipeError:
            reader_gone(stdout)
        except OSError as error:
            raise not_written("<stdout>", error) from None
        return
    with atomic_binary(output) as stream:
        if renderer.binary:
            renderer.render(obj, stream, options)
        else:
            import io

            text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
            try:
                renderer.render(obj, text, options)
            except BaseException:
                with contextlib.suppress(OSError):
                    text.detach()  # the stream is the writer's to close, also after a failure
                raise
            text.detach()  # flushes the rest
