"""xlsx zip bombs are refused from the zip directory within seconds and without unpacking them."""

from __future__ import annotations

import resource
import time
import zipfile
from pathlib import Path

from typer.testing import CliRunner

from sroi_cli.cli import app

WORKBOOK = (
    b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    b'<sheet name="Contracten" sheetId="1" r:id="rId1"/></sheets></workbook>'
)


def bomb(path: Path, megabytes: int) -> None:
    """A workbook whose one sheet unpacks to `megabytes` MiB of one repeated byte (about 1000:1)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", WORKBOOK)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            block = b"<c>0</c>" * (2**20 // 8)
            for _ in range(megabytes):
                part.write(block)


def run(*args: str) -> tuple[int, str, float]:
    start = time.perf_counter()
    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    return result.exit_code, result.stderr, time.perf_counter() - start


def test_a_high_ratio_part_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    bomb(path, 64)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    code, err, seconds = run("check", str(path))
    assert code == 3 and "xl/worksheets/sheet1.xml unpacks to" in err and "limit of 200 (ratio)" in err
    assert seconds < 5
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100 * 1024  # KiB: < 100 MB


def test_the_unpacked_total_is_bounded_and_can_be_raised(tmp_path: Path) -> None:
    path = tmp_path / "big.xlsx"
    bomb(path, 8)
    code, err, _ = run("--limit", "ratio=100000", "--limit", "unpacked_mb=4", "check", str(path))
    assert code == 3 and "the workbook unpacked (8 MiB) exceeds the limit of 4 MiB (unpacked_mb)" in err
    code, err, _ = run("--limit", "ratio=100000", "check", str(path))
    assert "exceeds the limit" not in err  # past the limits, it is read (and is simply no tender)
