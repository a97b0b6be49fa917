"""Plain JSON data (a JSON Schema), written as it is: indented, UTF-8, one newline at the end."""

from __future__ import annotations

import json
from typing import Any, TextIO

from sroi_cli.render import RenderOptions


def render(data: Any, out: TextIO, options: RenderOptions, fmt: str = "json") -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
