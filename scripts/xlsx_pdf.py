"""Print the batch workbook to PDF with LibreOffice headless and check its page count follows the
contracts, not the columns.

For each size (50 and 200 contracts by default, from benchmarks/portfolio.py's generator) the script
runs `sroi batch … -g supplier -o batch.xlsx`, converts the workbook with
`soffice --headless --convert-to pdf`, counts the pages (`pdfinfo`) and, with `--png`, writes each
PDF's first pages as PNG (`pdftoppm`) to look at. It exits non-zero when LibreOffice or poppler is
missing (never a silent pass), when a conversion fails, or when the pages grow faster than the
contracts: four times the contracts may take at most four times the pages (plus the sheets' first
pages), and no contract row may be printed over more than one page width.

    python scripts/xlsx_pdf.py                       # 50 and 200 contracts
    python scripts/xlsx_pdf.py --sizes 50 200 --png --out /tmp/pdf
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("portfolio", ROOT / "benchmarks" / "portfolio.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["portfolio"] = module
    spec.loader.exec_module(module)
    return module


def workbook(size: int, folder: Path) -> Path:
    """`sroi batch` over a generated portfolio of `size` contracts, as xlsx."""
    bench = generator()
    inputs = folder / f"in-{size}"
    bench.write_yaml(inputs, bench.make_portfolio(size))
    target = folder / f"batch-{size}.xlsx"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "sroi_cli", "batch", str(inputs), "-q", "--as-of", bench.AS_OF]
    command += ["-g", "supplier", "--lang", "nl", "--fail-on", "never", "-o", str(target)]
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return target


def to_pdf(book: Path) -> Path:
    profile = book.parent / "lo-profile"  # its own profile: no clash with a LibreOffice already open
    command = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf"]
    subprocess.run([*command, "--outdir", str(book.parent), str(book)], check=True, capture_output=True)
    pdf = book.with_suffix(".pdf")
    if not pdf.exists():
        raise SystemExit(f"LibreOffice wrote no {pdf.name}")
    return pdf


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    found = re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE)
    if not found:
        raise SystemExit(f"pdfinfo gave no page count for {pdf}")
    return int(found.group(1))


def sheets_pages(book: Path) -> dict[str, int]:
    """Pages per sheet: each sheet printed alone (the others hidden) — to see where pages go."""
    from openpyxl import load_workbook

    counts: dict[str, int] = {}
    names = load_workbook(book, read_only=True).sheetnames
    for index, name in enumerate(names):
        single = load_workbook(book)
        for other, sheet in enumerate(single.worksheets):
            if other != index:
                single.remove(sheet)
        alone = book.parent / f"{book.stem}-sheet{index + 1}.xlsx"
        single.save(alone)
        counts[name] = pages(to_pdf(alone))
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--out", type=Path, help="keep the workbooks, PDFs and PNGs here")
    parser.add_argument("--png", action="store_true", help="also write the first pages as PNG")
    args = parser.parse_args()
    missing = [
        tool
        for tool in ("soffice", "pdfinfo") + (("pdftoppm",) if args.png else ())
        if not shutil.which(tool)
    ]
    if missing:
        print(
            f"missing: {', '.join(missing)} (apt-get install libreoffice-calc poppler-utils)", file=sys.stderr
        )
        return 2
    folder = args.out or Path(tempfile.mkdtemp(prefix="sroi-pdf-"))
    folder.mkdir(parents=True, exist_ok=True)
    counted: dict[int, int] = {}
    fixed = 0  # every sheet starts a page of its own
    for size in sorted(args.sizes):
        book = workbook(size, folder)
        pdf = to_pdf(book)
        counted[size] = pages(pdf)
        per_sheet = sheets_pages(book)
        fixed = max(fixed, len(per_sheet))
        sheets = ", ".join(f"{name} {count}" for name, count in per_sheet.items())
        print(f"{size} contracts: {counted[size]} pages ({sheets})")
        if args.png:
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", "-l", "4", str(pdf), str(folder / f"page-{size}")],
                check=True,
            )
    sizes = sorted(counted)
    ok = True
    for small, large in itertools.pairwise(sizes):
        bound = counted[small] * large / small + fixed
        verdict = "ok" if counted[large] <= bound else "TOO MANY"
        ok &= counted[large] <= bound
        growth = f"{counted[small]} → {counted[large]} pages (at most {bound:.0f})"
        print(f"{small} → {large} contracts: {growth}: {verdict}")
    print(f"files in {folder}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
