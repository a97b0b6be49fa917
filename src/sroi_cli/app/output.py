"""Write any result with a chosen renderer, to stdout or whole-or-nothing to a file."""

from __future__ import annotations

from pathlib import Path
from typing import IO, Any

from sroi_cli.domain.errors import Problem, UsageError


def write_report(
    obj: Any,
    fmt: str,
    lang: str,
    output: Path | None,
    stdout: IO[str],
    color: bool = False,
    table: dict[str, str] | None = None,
    width: int | None = None,
) -> None:
    """Render with the chosen format to stdout, or whole-or-nothing to `output`."""
    from sroi_cli.io.output import atomic_binary
    from sroi_cli.render import RenderOptions, get_renderer

    renderer = get_renderer(fmt, table)
    options = RenderOptions(
        lang=lang, color=color and output is None, width=width if output is None else None
    )
    if output is None:
        if renderer.binary and stdout.isatty():
            raise UsageError(Problem("", "binary_needs_output", {"format": fmt}))
        if renderer.binary:
            renderer.render(obj, stdout.buffer, options)  # type: ignore[attr-defined]
        else:
            renderer.render(obj, stdout, options)
        return
    with atomic_binary(output) as stream:
        if renderer.binary:
            renderer.render(obj, stream, options)
        else:
            import io

            text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
            renderer.render(obj, text, options)
            text.flush()
            text.detach()
