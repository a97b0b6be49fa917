"""Count, per bundled rule version, the values it marks assumed or contested and those it does not.

A value is a leaf of the version's rules once `extends` is merged (valid_from, every applicability,
obligation, valuation, pso_discount and banenafspraak field, every block's and bonus's fields),
without documentation (labels, source references, notes, titles, sources) and without fields left
empty (an unused `obligation.amount`) unless they are marked (no maximum, assumed). A mark on a section
(`valuation.blocks`) covers every value under it. "unmarked" values are the ones the file says come
from a source; this script does not re-check them.

    PYTHONPATH=src python scripts/rule_marks.py
"""

from __future__ import annotations

from typing import Any

from sroi_cli.io.rules_loader import RuleLibrary

_TOP = {
    "valid_from",
    "valid_until",
    "applicability",
    "obligation",
    "valuation",
    "pso_discount",
    "banenafspraak",
}
_DOC = {"label", "source", "note"}


def leaves(node: Any, path: str) -> list[str]:
    if isinstance(node, dict):
        if not node:
            return [path]
        out = []
        for key, value in node.items():
            if str(key) in _DOC:
                continue
            out += leaves(value, f"{path}.{key}" if path else str(key))
        return out
    return [path]


def _at(data: Any, path: str) -> Any:
    for part in path.split("."):
        data = data.get(part) if isinstance(data, dict) else None
    return data


def covered(path: str, marks: dict[str, str]) -> bool:
    return any(path == k or path.startswith(k + ".") for k in marks)


def main() -> None:
    library = RuleLibrary()
    print(f"{'version':32} {'values':>6} {'unmarked':>8} {'assumed':>7} {'contested':>9}")
    for rule_id in library.ids():
        for v in library.history(rule_id).versions:
            data = v.model_dump(mode="json", by_alias=True)
            marks = {**v.assumed, **v.contested}
            values = [
                p
                for key in _TOP
                if key in data
                for p in leaves(data[key], key)
                if _at(data, p) is not None or covered(p, marks)  # an empty field only when marked
            ]
            assumed = [p for p in values if covered(p, v.assumed)]
            contested = [p for p in values if covered(p, v.contested) and p not in assumed]
            unmarked = len(values) - len(assumed) - len(contested)
            name = f"{v.id} {v.version}"
            print(f"{name:32} {len(values):>6} {unmarked:>8} {len(assumed):>7} {len(contested):>9}")


if __name__ == "__main__":
    main()
