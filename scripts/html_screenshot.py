"""Screenshot the HTML report in headless Chromium, and print it to PDF, to look at what a director
gets when the report is forwarded.

Writes `sroi batch` over a generated portfolio (benchmarks/portfolio.py, 46 contracts by default, so
the chart shows 25 of them) as HTML, then runs Chromium headless (`apt-get install chromium`) with
no network: a PNG of the first screen(s) and a PDF printed with the page's own print stylesheet.
Exits non-zero when Chromium is missing (never a silent pass) or writes nothing.

    python scripts/html_screenshot.py --out /tmp/html            # 46 contracts, English
    python scripts/html_screenshot.py --size 9 --lang nl --height 2400
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def report(size: int, lang: str, folder: Path) -> Path:
    spec = importlib.util.spec_from_file_location("portfolio", ROOT / "benchmarks" / "portfolio.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    sys.modules["portfolio"] = bench
    spec.loader.exec_module(bench)
    inputs = folder / f"in-{size}"
    bench.write_yaml(inputs, bench.make_portfolio(size))
    target = folder / f"batch-{size}.{lang}.html"
    command = [sys.executable, "-m", "sroi_cli", "batch", str(inputs), "-q", "--as-of", bench.AS_OF]
    command += ["-g", "category", "--lang", lang, "--fail-on", "never", "-o", str(target)]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    subprocess.run(command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return target


def chromium(browser: str, page: Path, *args: str) -> None:
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"]
    flags += ["--disable-extensions", "--proxy-server=127.0.0.1:9", "--no-pdf-header-footer"]  # offline
    subprocess.run([browser, *flags, *args, page.as_uri()], check=True, capture_output=True, timeout=120)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=46)
    parser.add_argument("--lang", default="en", choices=("en", "nl"))
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=1800)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    browser = next((b for b in BROWSERS if shutil.which(b)), None)
    if browser is None:
        print("missing: chromium (apt-get install chromium)", file=sys.stderr)
        return 2
    folder = args.out or Path(tempfile.mkdtemp(prefix="sroi-html-"))
    folder.mkdir(parents=True, exist_ok=True)
    page = report(args.size, args.lang, folder)
    png, pdf = page.with_suffix(".png"), page.with_suffix(".pdf")
    chromium(browser, page, f"--screenshot={png}", f"--window-size={args.width},{args.height}")
    chromium(browser, page, f"--print-to-pdf={pdf}")
    for made in (png, pdf):
        if not made.exists() or made.stat().st_size == 0:
            print(f"chromium wrote no {made.name}", file=sys.stderr)
            return 1
        print(made)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
