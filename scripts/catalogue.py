"""Compile the phrase catalogue: each `locale/<lang>/LC_MESSAGES/sroi.po` into the `.mo` beside it.

Run after editing a `.po` file: `python scripts/catalogue.py`. The `.mo` files are committed (an
editable install and a wheel then read the same files, with no build step); the tests fail while a
`.mo` differs from its `.po`.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[1] / "src" / "sroi_cli" / "catalogue" / "locale"


def main() -> int:
    for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
        with po.open("rb") as file:
            catalog = read_po(file, locale=po.parts[-3], domain=po.stem)
        with po.with_suffix(".mo").open("wb") as file:
            write_mo(file, catalog, use_fuzzy=False)
        print(f"wrote {po.with_suffix('.mo').relative_to(LOCALE.parents[2])}: {len(catalog)} messages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
