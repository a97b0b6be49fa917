"""A run stopped by SIGTERM or SIGINT while it writes its report removes the temporary file, on the
named-temporary-file route as on the unnamed (O_TMPFILE) one, and keeps the old report.

The child is the real command line; only the renderer is slowed (it writes half a report and waits),
and for the fallback route the unnamed file is made unavailable, as on kernels and file systems
without O_TMPFILE or where linkat through /proc is refused.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from sroi_cli.io.output import unnamed_files_work

ROOT = Path(__file__).parents[2]
TENDER = str(ROOT / "examples" / "tender.yaml")
CHILD = """\
import sys, time
from pathlib import Path
import sroi_cli.io.output as output
import sroi_cli.render.json_out as json_out

route, ready = sys.argv[1], Path(sys.argv[2])
if route == "fallback":
    output._unnamed = lambda folder: None

def render(report, out, options, fmt="json"):
    out.write('{"schema": "sroi.report/1", "contracts": [')
    out.flush()
    ready.write_text(str(sorted(p.name for p in ready.parent.iterdir())))
    time.sleep(120)

json_out.render = render
from sroi_cli.cli import main
sys.argv = ["sroi", *sys.argv[3:]]
main()
"""
ROUTES = ["fallback"] + (["unnamed"] if unnamed_files_work(Path(tempfile.gettempdir())) else [])
SIGNALS = {"SIGTERM": (signal.SIGTERM, 143), "SIGINT": (signal.SIGINT, 130)}


def _stop_while_writing(folder: Path, route: str, signum: int) -> tuple[int, str, str]:
    """Start a check writing to folder/report.json, stop it mid-report; exit code, stderr, and what
    the folder held while the report was being written."""
    ready = folder / "ready"
    out = folder / "report.json"
    args = [sys.executable, "-c", CHILD, route, str(ready), "check", TENDER, "--as-of", "2026-11-23"]
    child = subprocess.Popen([*args, "-o", str(out)], stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not ready.exists() or not ready.read_text():
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
            assert time.monotonic() < deadline, "the child never began its report"
            time.sleep(0.05)
        during = ready.read_text()
        os.kill(child.pid, signum)
        _, err = child.communicate(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return child.returncode, err, during


@pytest.mark.parametrize("name", sorted(SIGNALS))
@pytest.mark.parametrize("route", ROUTES)
def test_a_stopped_run_leaves_the_old_report_and_no_temporary_file(
    tmp_path: Path, route: str, name: str
) -> None:
    signum, code = SIGNALS[name]
    (tmp_path / "report.json").write_text("yesterday's report", encoding="utf-8")
    returncode, err, during = _stop_while_writing(tmp_path, route, signum)
    assert returncode == code, err
    assert err.endswith(f"sroi: stopped by {name}\n") and "Traceback" not in err
    if route == "fallback":  # the hidden temporary file did exist while the report was written
        assert ".part" in during
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ready", "report.json"]
    assert (tmp_path / "report.json").read_text(encoding="utf-8") == "yesterday's report"


def test_a_run_stopped_before_its_report_writes_nothing(tmp_path: Path) -> None:
    """SIGTERM while the input is read: exit 143, no file at all."""
    code = (
        "import sys, time; import sroi_cli.app as use\n"
        "def slow(*a, **k): print('reading', file=sys.stderr, flush=True); time.sleep(120)\n"
        "use.check = slow\n"
        "from sroi_cli.cli import main; sys.argv = ['sroi', *sys.argv[1:]]; main()\n"
    )
    out = tmp_path / "report.json"
    child = subprocess.Popen(
        [sys.executable, "-c", code, "check", TENDER, "-o", str(out)], stderr=subprocess.PIPE, text=True
    )
    assert child.stderr is not None and child.stderr.readline() == "reading\n"
    child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 143 and err == "\nsroi: stopped by SIGTERM\n"
    assert list(tmp_path.iterdir()) == []
