"""Make the "special files" part of the hostile corpus (issue 10, item 2): inputs whose danger is what
they are, not what they hold — a link to /dev/zero, a FIFO with no writer, a socket, a folder given
as a file, a link loop, and regular files whose size `stat` does not tell (/proc/self/pagemap says 0
bytes and holds 256 GiB) — given as every kind of input sroi reads: a data file, a CSV pair's
partner, a file in a folder, a rule file, a rule test case, targets, an authority map, the pseudonym
key and the source of `check --annotate`.

They cannot be committed (a FIFO, a socket and a link to a device are no files git keeps), so
`build(folder)` makes them at test time. `CASES` maps each case to its class, its command line
(`{d}` is the folder), extra environment, and the exit code and exact stderr it must give.

    python tests/cases/hostile/build_files.py FOLDER          # make the files
    python tests/cases/hostile/build_files.py FOLDER --run    # and run every case here, as JSON

`--run` runs each case in this one interpreter under an alarm (a FIFO that blocks fails the case, it
does not hang the run) and prints {case: [exit code, stderr, seconds]}; tests/cli/test_hostile_files.py
runs it in a child with an address-space limit, so a reader that reads for ever fails there too.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
TENDER = ROOT / "examples" / "tender.yaml"
RULES = ROOT / "src" / "sroi_cli" / "rules" / "haaglanden" / "2023-07-01.yaml"
AS_OF = "--as-of=2026-11-23"
ALARM = 30  # seconds a case may take before it counts as hanging
ONLY_REGULAR = "not a regular file; only regular files are read"
DEVICE = f"cannot read the file: it is a device, {ONLY_REGULAR}"
FIFO = f"cannot read the file: it is a named pipe (FIFO), {ONLY_REGULAR}"
SOCKET = f"cannot read the file: it is a socket, {ONLY_REGULAR}"
FOLDER = "cannot read the file: it is a folder, not a file"
TOO_LARGE = "refused: the file exceeds the limit of {limit} (raise it with --limit if the file is trusted)"
CONTRACTS_CSV = "id,type,value_excl_vat,start,end\nC-1,works,300000,2026-01-01,2026-12-31\n"


@dataclass(frozen=True)
class Case:
    kind: str  # the class: device, fifo, socket, folder, link, unsized
    args: tuple[str, ...]  # the command line after `sroi`, `{d}` for the folder
    code: int
    stderr: tuple[str, ...]  # every line, `{d}` for the folder
    env: dict[str, str] = field(default_factory=dict)


def _check(path: str) -> tuple[str, ...]:
    return ("check", f"{{d}}/{path}", AS_OF, "--lang=en")


CASES: dict[str, Case] = {
    # data inputs named on the command line
    "yaml-to-dev-zero": Case("device", _check("zero.yaml"), 3, (f"sroi: {{d}}/zero.yaml: {DEVICE}",)),
    "xlsx-to-dev-urandom": Case(
        "device", _check("urandom.xlsx"), 3, (f"sroi: {{d}}/urandom.xlsx: {DEVICE}",)
    ),
    "csv-to-dev-null": Case("device", _check("null.csv"), 3, (f"sroi: {{d}}/null.csv: {DEVICE}",)),
    "yaml-fifo": Case("fifo", _check("fifo.yaml"), 3, (f"sroi: {{d}}/fifo.yaml: {FIFO}",)),
    "xlsx-fifo": Case("fifo", _check("fifo.xlsx"), 3, (f"sroi: {{d}}/fifo.xlsx: {FIFO}",)),
    "csv-fifo": Case("fifo", _check("fifo.csv"), 3, (f"sroi: {{d}}/fifo.csv: {FIFO}",)),
    "yaml-socket": Case("socket", _check("socket.yaml"), 3, (f"sroi: {{d}}/socket.yaml: {SOCKET}",)),
    "dangling-link": Case(
        "link", _check("dangling.yaml"), 3, ("sroi: {d}/dangling.yaml: cannot read the file: no such file",)
    ),
    "link-loop": Case(
        "link",
        _check("loop.yaml"),
        3,
        ("sroi: {d}/loop.yaml: cannot read the file: Too many levels of symbolic links",),
    ),
    "validate-fifo": Case(
        "fifo",
        ("validate", "{d}/fifo.yaml", "--lang=en"),
        3,
        (f"{{d}}/fifo.yaml: error: {FIFO}", "0 passed, 1 failed"),
    ),
    # a size stat does not tell: read until the limit, then refused
    "yaml-to-pagemap": Case(
        "unsized",
        ("--limit", "file_mb=8", *_check("pagemap.yaml")),
        3,
        ("sroi: {d}/pagemap.yaml: " + TOO_LARGE.format(limit="8 MiB (file_mb)"),),
    ),
    "xlsx-to-pagemap": Case(
        "unsized",
        ("--limit", "file_mb=8", *_check("pagemap.xlsx")),
        3,
        ("sroi: {d}/pagemap.xlsx: " + TOO_LARGE.format(limit="8 MiB (file_mb)"),),
    ),
    # inputs that ride along with another
    "csv-partner-to-dev-zero": Case(
        "device", _check("pair/Contracts.csv"), 3, (f"sroi: {{d}}/pair/Contributions.csv: {DEVICE}",)
    ),
    "fifo-in-a-folder": Case(
        "fifo",
        ("batch", "{d}/mixed", AS_OF, "-q", "--lang=en", "-f", "json", "-o", "{d}/out/report.json"),
        3,
        (f"sroi: {{d}}/mixed/fifo.yaml: {FIFO}",),
    ),
    "annotate-fifo": Case(
        "fifo",
        ("check", "{d}/fifo.xlsx", "--annotate", "-o", "{d}/out/copy.xlsx", AS_OF, "--lang=en"),
        3,
        (f"sroi: {{d}}/fifo.xlsx: {FIFO}",),
    ),
    # rule files and the other YAML sroi reads
    "rules-to-dev-zero": Case(
        "device",
        ("check", str(TENDER), "--rules", "{d}/zero.yaml", AS_OF),
        4,
        (f"sroi: {{d}}/zero.yaml: {DEVICE}",),
    ),
    "rules-fifo": Case(
        "fifo",
        ("rules", "validate", "{d}/fifo.yaml", "--lang=en"),
        4,
        (f"{{d}}/fifo.yaml: error: {FIFO}", "0 passed, 1 failed"),
    ),
    "rules-to-pagemap": Case(
        "unsized",
        ("--limit", "yaml_mb=4", "check", str(TENDER), "--rules", "{d}/pagemap.yaml", AS_OF),
        4,
        ("sroi: {d}/pagemap.yaml: " + TOO_LARGE.format(limit="4 MiB (yaml_mb)"),),
    ),
    "rule-case-fifo": Case(  # a case that cannot be read is a failed case, as a broken one is
        "fifo",
        ("rules", "test", "{d}/fifo.yaml"),
        1,
        ("FAILED: {d}/fifo.yaml: fifo", f"    {{d}}/fifo.yaml: {FIFO}", "0 passed, 1 failed"),
    ),
    "targets-folder": Case(
        "folder",
        ("coverage", str(TENDER), "--targets", "{d}/folder.yaml", AS_OF, "--lang=en"),
        3,
        (f"sroi: {{d}}/folder.yaml: {FOLDER}",),
    ),
    "authorities-to-dev-zero": Case(
        "device",
        ("coverage", str(TENDER), "--authorities", "{d}/zero.yaml", AS_OF, "--lang=en"),
        3,
        (f"sroi: {{d}}/zero.yaml: {DEVICE}",),
    ),
    "columns-fifo": Case(
        "fifo",
        ("check", str(TENDER), "--columns", "{d}/fifo.yaml", AS_OF, "--lang=en"),
        3,
        (f"sroi: {{d}}/fifo.yaml: {FIFO}",),
    ),
    "pseudonym-key-to-dev-zero": Case(
        "device",
        ("check", str(TENDER), "--pseudonymise", AS_OF, "--lang=en", "-f", "json"),
        3,
        (f"sroi: {{d}}/config/sroi/pseudonym.key: {DEVICE}",),
        env={"XDG_CONFIG_HOME": "{d}/config", "SROI_PSEUDONYM_KEY": ""},
    ),
}


def build(folder: Path) -> None:
    """Make every file the cases name inside `folder` (which must exist and be empty)."""
    for name, target in {
        "zero.yaml": "/dev/zero",
        "urandom.xlsx": "/dev/urandom",
        "null.csv": "/dev/null",
        "dangling.yaml": str(folder / "nowhere.yaml"),
        "loop.yaml": str(folder / "loop.yaml"),
        "pagemap.yaml": "/proc/self/pagemap",
        "pagemap.xlsx": "/proc/self/pagemap",
    }.items():
        (folder / name).symlink_to(target)
    for name in ("fifo.yaml", "fifo.xlsx", "fifo.csv"):
        os.mkfifo(folder / name)
    with socket.socket(socket.AF_UNIX) as bound:  # the socket file stays when the socket closes
        bound.bind(str(folder / "socket.yaml"))
    (folder / "folder.yaml").mkdir()
    (folder / "pair").mkdir()
    (folder / "pair" / "Contracts.csv").write_text(CONTRACTS_CSV, encoding="utf-8")
    (folder / "pair" / "Contributions.csv").symlink_to("/dev/zero")
    (folder / "mixed").mkdir()
    shutil.copy(TENDER, folder / "mixed" / "tender.yaml")
    os.mkfifo(folder / "mixed" / "fifo.yaml")
    (folder / "out").mkdir()
    (folder / "config" / "sroi").mkdir(parents=True)
    (folder / "config" / "sroi" / "pseudonym.key").symlink_to("/dev/zero")


def fill(text: str, folder: Path) -> str:
    return text.replace("{d}", str(folder))


def _hang(signum: int, frame: object) -> None:
    raise TimeoutError(f"still running after {ALARM} s")


def run(folder: Path, names: list[str]) -> dict[str, tuple[int, str, float]]:
    """Run the cases in this interpreter: exit code, stderr and seconds of each; a case that hangs
    or raises is recorded as it ended (exit 1 and its exception), never waited on for ever."""
    from typer.testing import CliRunner

    from sroi_cli.cli import app

    signal.signal(signal.SIGALRM, _hang)
    results: dict[str, tuple[int, str, float]] = {}
    for name in names:
        case = CASES[name]
        env = {key: fill(value, folder) for key, value in case.env.items()}
        started = time.perf_counter()
        signal.alarm(ALARM)
        try:
            result = CliRunner(env=env).invoke(app, [fill(a, folder) for a in case.args])
        finally:
            signal.alarm(0)
        err = result.stdout + result.stderr  # validate's text report is on stdout
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            err += f"{type(result.exception).__name__}: {result.exception}\n"
        results[name] = (result.exit_code, err, time.perf_counter() - started)
    return results


def main(argv: list[str]) -> None:
    folder = Path(argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    build(folder)
    if "--run" in argv:
        names = [a for a in argv[2:] if a in CASES] or list(CASES)
        print(json.dumps(run(folder, names)))


if __name__ == "__main__":
    main(sys.argv)
