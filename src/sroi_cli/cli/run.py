"""What every command does around its use case: language, format, settings, colour, the error
boundary, the output guard and writing the result, in one place (hatch's `Application` in small)."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sroi_cli import app as use
from sroi_cli.cli.errors import boundary, tell
from sroi_cli.cli.options import Lang, resolve_as_of, resolve_format, resolve_lang, terminal_width


@dataclass(frozen=True)
class Run:
    """One command run: the language and format it settled on, and where its result goes."""

    lang: str
    fmt: str
    output: Path | None
    renderers: dict[str, str]
    made: list[use.Settings] = field(default_factory=list)  # for the notes said when the run ends

    def settings(
        self,
        as_of: dt.date | None,
        rules: str | None = None,
        allow_bsn: bool = False,
        authorities: Path | None = None,
        columns: str | None = None,
    ) -> use.Settings:
        settings = use.Settings(
            as_of=resolve_as_of(as_of),
            rules=rules,
            allow_bsn=allow_bsn,
            authorities=authorities,
            columns=columns,
        )
        self.made.append(settings)
        return settings

    def emit(self, result: Any, lang: str | None = None, csv_dialect: str | None = None) -> None:
        """Write the result in the run's format (`lang`: a result that exists in one language only;
        `csv_dialect`: how a CSV report is written, else the language's default), and say where."""
        self.write(result, lang, csv_dialect)
        self.say_written()

    def write(self, result: Any, lang: str | None = None, csv_dialect: str | None = None) -> None:
        """`emit` without the line that says where the report went (a batch says it once its
        progress bar is gone)."""
        use.write_report(
            result,
            self.fmt,
            lang or self.lang,
            self.output,
            sys.stdout,
            color=self.fmt == "table" and self.output is None and colour_wanted(),
            table=self.renderers,
            width=terminal_width(),
            csv_dialect=csv_dialect,
        )

    def say_written(self) -> None:
        if self.output is not None:  # the report went to a file: say so, as `template` does
            from sroi_cli.domain.privacy import file_label
            from sroi_cli.render.texts import phrase

            print(phrase("report_written", self.lang, path=file_label(self.output)), file=sys.stderr)


def colour_wanted() -> bool:
    """Colour on stdout by Rich's own rules: a terminal (or FORCE_COLOR), NO_COLOR set and not empty
    turns it off, TERM=dumb has none."""
    from rich.console import Console

    console = Console(file=sys.stdout)
    return console.is_terminal and console.color_system is not None and not console.no_color


@contextmanager
def command(
    lang: Lang | None,
    fmt: str | None,
    output: Path | None,
    renderers: dict[str, str],
    default: str = "table",
    chosen: str | None = None,
    inputs: Sequence[Path] = (),
    others: Sequence[Path | str | None] = (),
    written: Path | None = None,
) -> Iterator[Run]:
    """Settle language and format, check the file written (`output`, or `written` when that is
    another, as --annotate's copy) against the inputs, then run the body inside the error boundary."""
    language = resolve_lang(lang)
    with boundary(language):
        guard(written or output, inputs, others, language)
        run = Run(
            language,
            chosen or resolve_format(fmt, output, list(renderers), default, language),
            output,
            renderers,
        )
        try:
            yield run
        finally:  # also when the input was refused: the override may be why a block is unknown
            for settings in run.made:
                say_overridden(settings, language)
                say_notices(settings, language)


def guard(
    output: Path | None,
    inputs: Sequence[Path],
    others: Sequence[Path | str | None],
    lang: str,
) -> None:
    """The one check every command with -o makes before it reads anything: the output is none of
    the inputs (data `inputs`, and `others` such as --rules files), and can be written. Then one
    note on stderr for the reports sroi wrote itself that a folder read will skip."""
    paths = [*inputs, *(Path(other) for other in others if other)]
    use.refuse_overwrite(output, [p for p in paths if _exists(p)])
    skipped = use.own_reports(list(inputs))
    if skipped:
        from sroi_cli.catalogue import message

        names = ", ".join(str(p) for p in skipped[:3]) + (", …" if len(skipped) > 3 else "")
        line = message("reports_skipped", lang, count=str(len(skipped)), names=names)
        tell(f"sroi: {line}")


def say_overridden(settings: use.Settings, lang: str) -> None:
    """One note on stderr when an explicit --rules replaced the rule set contracts named
    themselves: never a silent override (README, "--rules")."""
    named = settings.overridden
    if not named or settings.overriding is None:
        return
    from sroi_cli.catalogue import message

    count = sum(named.values())
    shown = ", ".join(f"{rule_id} ×{n}" if n > 1 else rule_id for rule_id, n in sorted(named.items()))
    line = message("rules_overridden", lang, count=str(count), named=shown, rules=settings.overriding)
    tell(f"sroi: {line}")


def say_notices(settings: use.Settings, lang: str) -> None:
    """The readers' warnings on stderr (a column left unread), one located line each, so no
    command and no format leaves them unsaid."""
    from sroi_cli.catalogue import problem_text

    for problem in settings.notices:
        tell(f"sroi: {problem_text(problem, lang)}")


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:  # a name too long to be a file is no input
        return False
