"""Load rule sets: bundled or user files and folders, strict YAML, `extends` merged, errors located."""

from __future__ import annotations

import difflib
import hashlib
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from sroi_cli.domain import rules as r
from sroi_cli.domain.args import Term
from sroi_cli.domain.errors import Problem, RulesError
from sroi_cli.domain.eu import EuTable
from sroi_cli.domain.location import Location, at_line
from sroi_cli.domain.rules import RuleHistory, RuleSet
from sroi_cli.io.records import out_of_range, show
from sroi_cli.io.values import clip
from sroi_cli.io.yamlsafe import YamlProblem, YList, YMap, load_yaml

BUNDLED = Path(__file__).resolve().parent.parent / "rules"
# The most files one chain of `extends` may hold (a version and the versions above it): far more
# than any issuer's history, few enough that a chain is cheap; README "Rule sets" says it.
MAX_EXTENDS_DEPTH = 32
EU_THRESHOLDS = Path(__file__).resolve().parent.parent / "data" / "eu-thresholds.yaml"


@cache
def eu_table() -> EuTable:
    """The bundled table of EU procurement thresholds (data/eu-thresholds.yaml)."""
    tree = load_yaml(EU_THRESHOLDS.read_text(encoding="utf-8"), "<bundled>/data/eu-thresholds.yaml")
    return EuTable.model_validate(tree)


@cache
def _rule_keys() -> tuple[str, ...]:
    models: list[type[BaseModel]] = [
        r.Source,
        r.Applicability,
        r.EuThreshold,
        r.ThresholdByType,
        r.LowLabour,
        r.Obligation,
        r.PersonBlock,
        r.PerHourBlock,
        r.ShareBlock,
        r.CostBlock,
        r.Bonus,
        r.Valuation,
        r.Banenafspraak,
        r.QuotumYear,
        r.Reform,
        r.RuleSet,
    ]
    keys = {alias or name for m in models for name, f in m.model_fields.items() for alias in (f.alias,)}
    return tuple(sorted(keys - {"sha256", "path", "eu_table"}))


def _line_of(tree: Any, loc: tuple[Any, ...]) -> int:
    """The line of the deepest key of `loc` that the YAML tree still has."""
    line = getattr(tree, "line", 0)
    node = tree
    for part in loc:
        if isinstance(node, YMap) and part in node:
            line = node.key_lines[part]
            node = node[part]
        elif isinstance(node, YList) and isinstance(part, int) and part < len(node):
            line = node.item_lines[part]
            node = node[part]
    return line


def _branch(part: Any) -> bool:
    """A union member's part of an error's place (`EuThreshold`, `function-after[check(), decimal]`)."""
    return isinstance(part, str) and (part[:1].isupper() or "[" in part)


def _out_of_range_first(errors: list[Any]) -> list[Any]:
    """A number beyond its range where a field also takes a mapping (a threshold or an EU kind): the
    range is the one problem, not every other member of the union."""
    ranged = {tuple(p for p in e["loc"] if not _branch(p)) for e in errors if e["type"] == "out_of_range"}
    kept = []
    for item in errors:
        place = tuple(p for p in item["loc"] if not _branch(p))
        if place in ranged and item["type"] != "out_of_range":
            continue
        kept.append({**item, "loc": place} if place in ranged else item)
    return kept


def _problems(error: ValidationError, tree: Any, name: str) -> list[Problem]:
    problems = []
    for item in _out_of_range_first(error.errors()):
        loc = tuple(item["loc"])
        where = Location(name, line=_line_of(tree, loc))
        field = ".".join(str(p) for p in loc)
        if item["type"] == "extra_forbidden":
            key = clip(str(loc[-1]))
            close = difflib.get_close_matches(key, _rule_keys(), n=1, cutoff=0.6)
            problems.append(
                Problem(
                    where,
                    "unknown_key",
                    {
                        "key": key,
                        "hint": Term("did_you_mean") if close else "",
                        "suggestion": close[0] if close else "",
                    },
                )
            )
        elif item["type"] == "missing":
            problems.append(Problem(where, "missing_field", {"field": field}))
        elif item["type"] == "out_of_range":  # a number beyond its sane range (domain/bounds.py)
            problems.append(out_of_range(where, field, item.get("input"), item))
        else:
            found = item.get("input")
            found_text = "the section" if isinstance(found, dict) else repr(found)
            problems.append(
                Problem(
                    where,
                    "invalid",
                    {
                        "field": field,
                        "found": found_text[:60],
                        "detail": str(item["msg"]).removeprefix("Value error, "),
                    },
                )
            )
    return problems


def merge(base: Any, over: Any) -> Any:
    """`over` laid on `base`: mappings merge key by key, recursively; anything else replaces."""
    if isinstance(base, dict) and isinstance(over, dict):
        merged = YMap({**base})
        merged.line = getattr(over, "line", 0)
        merged.key_lines = {**getattr(base, "key_lines", {}), **getattr(over, "key_lines", {})}
        for key, value in over.items():
            merged[key] = merge(base[key], value) if key in base else value
        return merged
    return over


class RuleLibrary:
    """The rule sets a run can use: the bundled ones, overridden by user files and folders."""

    def __init__(self, extra: list[Path] | None = None) -> None:
        self._files: dict[str, list[Path]] = {}
        self._trees: dict[Path, YMap] = {}
        self._digests: dict[Path, str] = {}  # each file's sha256, of the bytes its tree was read from
        self._histories: dict[str, RuleHistory] = {}
        self._resolved: dict[Path, Any] = {}  # each version's tree with its parents merged under it
        self._depths: dict[Path, int] = {}  # how many files its chain of `extends` holds
        self._tops: dict[Path, Path] = {}  # the file its chain ends in (which extends nothing)
        self._index: dict[str, dict[str, Path]] = {}  # id -> version and valid_from -> file
        for folder in sorted(BUNDLED.iterdir()) if BUNDLED.is_dir() else []:
            if folder.is_dir():
                self._files[folder.name] = sorted(folder.glob("*.yaml"))
        self.default: str | None = None
        for path in extra or []:
            added = self._add(path)
            self.default = added[0] if len(added) == 1 else self.default

    def _add(self, path: Path) -> list[str]:
        """A file (one version), a folder of versions, or a folder of rule-set folders."""
        if path.exists() and not path.is_dir():  # a FIFO or a device too: its reader refuses it
            groups = [[path]]
        elif path.is_dir() and any(path.glob("*.yaml")):
            groups = [sorted(path.glob("*.yaml"))]
        elif path.is_dir():
            groups = [sorted(sub.glob("*.yaml")) for sub in sorted(path.iterdir()) if sub.is_dir()]
        else:
            raise RulesError(Problem(str(path), "unreadable", {"reason": Term("no_such_file_or_folder")}))
        added = []
        for files in (g for g in groups if g):
            rule_id = str(self._tree(files[0]).get("id", files[0].parent.name))
            self._files[rule_id] = files
            self._histories.pop(rule_id, None)
            self._index.pop(rule_id, None)
            self._resolved.clear()  # a parent may have been replaced
            self._depths.clear()
            self._tops.clear()
            added.append(rule_id)
        return added

    def ids(self) -> list[str]:
        return sorted(self._files)

    def where(self, path: Path, key: str | None = None) -> Location:
        """`file:line` of a top-level key of a version file; the file alone when it lacks the key."""
        line = self._tree(path).key_lines.get(key) if key else None
        return at_line(_display(path), line)

    def canonical(self, rule_id: str) -> str:
        """The id as the library spells it: `Utrecht` and `UTRECHT` are `utrecht` (an exact match
        first, so two user sets that differ only in case stay apart); unknown: an error naming the known."""
        if rule_id in self._files:
            return rule_id
        matches = [known for known in self._files if known.casefold() == rule_id.casefold()]
        if len(matches) == 1:
            return matches[0]
        raise RulesError(Problem("", "unknown_rules", {"id": rule_id, "known": ", ".join(self.ids())}))

    def files(self, rule_id: str) -> list[Path]:
        return self._files[self.canonical(rule_id)]

    def _tree(self, path: Path) -> YMap:
        cached = self._trees.get(path)
        if cached is not None:
            return cached
        from sroi_cli.io.files import read_yaml_bytes

        data = read_yaml_bytes(path, _display(path), RulesError)  # a regular file, within yaml_mb
        self._digests[path] = hashlib.sha256(data).hexdigest()
        try:
            tree = load_yaml(data.decode("utf-8"), _display(path))
        except YamlProblem as error:
            raise RulesError(error.problem) from None
        except UnicodeDecodeError:
            raise RulesError(
                Problem(_display(path), "unreadable", {"reason": Term("not_utf8_text")})
            ) from None
        if tree is None:
            raise RulesError(Problem(_display(path), "unreadable", {"reason": Term("empty_file")}))
        if not isinstance(tree, YMap):
            found = "a list" if isinstance(tree, list) else f"the single value {show(tree)}"
            raise RulesError(
                Problem(_display(path), "wrong_shape", {"found": found, "expected": Term("expect_mapping")})
            )
        self._trees[path] = tree
        return tree

    def history(self, rule_id: str) -> RuleHistory:
        """Every version of one rule set, loaded and validated, oldest first."""
        rule_id = self.canonical(rule_id)
        if rule_id not in self._histories:
            versions = sorted((self.load(p) for p in self.files(rule_id)), key=lambda v: v.valid_from)
            self._histories[rule_id] = RuleHistory(id=rule_id, versions=tuple(versions))
        return self._histories[rule_id]

    def load(self, path: Path) -> RuleSet:
        """One version file, with its `extends` parent merged under it, validated."""
        tree = self._resolve(path)
        data = {k: v for k, v in tree.items() if k != "extends"}
        try:
            rules = RuleSet.model_validate({**data, "extends": tree.get("extends")})
        except ValidationError as error:
            raise RulesError(_problems(error, tree, _display(path))) from None
        own = self._tree(path)
        unknown = _unknown_marks(rules, own, _display(path)) + _unknown_sources(rules, own, _display(path))
        if unknown:
            raise RulesError(unknown)
        digest = self._digests[path]  # of the text that was read, not of a second read
        return rules.model_copy(update={"sha256": digest, "path": _display(path), "eu_table": eu_table()})

    def _resolve(self, path: Path) -> Any:
        """The file's tree on top of its parents', each version resolved once (and remembered).

        The chain of `extends` is walked without recursion, up to the first version already
        resolved, then merged top down: a chain of n files costs n merges, however many of its
        versions are loaded. A cycle is found by file, not by the text of `extends`: a parent may
        be named by its version or by its valid_from, and two names for one file must not hide a
        cycle. A chain of more than MAX_EXTENDS_DEPTH files is refused, naming it.
        """
        chain = [path]  # this file, then the file it extends, and so on
        walked = {path}
        while chain[-1] not in self._depths:  # a file of known depth: resolved, or refused as too deep
            tree = self._tree(chain[-1])
            target = tree.get("extends")
            if target is None:
                break
            parent = self._find(str(target), Location(_display(chain[-1]), line=tree.key_lines["extends"]))
            if parent in walked:
                names = " -> ".join(self._label(p) for p in (*chain, parent))
                where = Location(_display(chain[-1]), line=tree.key_lines["extends"])
                raise RulesError(Problem(where, "extends_cycle", {"chain": names}))
            chain.append(parent)
            walked.add(parent)
        top = chain.pop()
        depth = self._depths.get(top, 1) + len(chain)
        if depth > MAX_EXTENDS_DEPTH:
            for number, link in enumerate(chain):  # remembered, so a longer chain stops here
                self._depths[link], self._tops[link] = depth - number, self._tops.get(top, top)
            raise RulesError(self._too_deep(path, [*chain, top], self._tops.get(top, top), depth))
        base, depth = self._resolved.get(top, self._tree(top)), self._depths.get(top, 1)
        for link in reversed(chain):
            base = _layer(base, self._tree(link))
            depth += 1
            self._resolved[link], self._depths[link] = base, depth
            self._tops[link] = self._tops.get(top, top)
        return base

    def _too_deep(self, path: Path, chain: list[Path], top: Path, depth: int) -> Problem:
        """A chain longer than the limit, named by its first two files and the one it ends in."""
        shown = chain[:2]
        names = [self._label(p) for p in shown]
        if top not in shown:
            names += ["...", self._label(top)] if depth > 3 else [self._label(top)]
        where = Location(_display(path), line=self._tree(path).key_lines["extends"])
        params = {"chain": " -> ".join(names), "count": str(depth), "limit": str(MAX_EXTENDS_DEPTH)}
        return Problem(where, "extends_too_deep", params)

    def _label(self, path: Path) -> str:
        tree = self._tree(path)
        return f"{tree.get('id')}@{tree.get('version')}"

    def _find(self, target: str, where: Location) -> Path:
        """The version file `target` (`id@version` or `id@valid_from`) names, from an index per id."""
        rule_id, _, version = target.partition("@")
        index = self._index.get(rule_id)
        if index is None:
            index = {}
            for path in reversed(self._files.get(rule_id, [])):  # the first file of a name wins
                tree = self._tree(path)
                index[str(tree.get("valid_from"))] = path
                index[str(tree.get("version"))] = path
            self._index[rule_id] = index
        found = index.get(version)
        if found is None:
            raise RulesError(Problem(where, "extends_missing", {"target": clip(target)}))
        return found


def _replaces(tree: Any, key: str, base: Any = None) -> bool:
    """Whether a file states the value at the dotted `key` (or above it) as a whole, not as a mapping
    laid over its parent's. A mapping where the parent has none (`low_labour: null` in the parent,
    `{below_share, percentage}` here) replaces the parent's value as a whole too."""
    node, under = tree, base
    for part in key.split("."):
        if not isinstance(node, dict):
            return True
        found = [k for k in node if str(k) == part]
        if not found:
            return False
        node = node[found[0]]
        if isinstance(under, dict):
            below = [k for k in under if str(k) == part]
            under = under[below[0]] if below else None
        else:
            under = None
    return not isinstance(node, dict) or not isinstance(under, dict)


def _unknown_marks(rules: RuleSet, tree: YMap, name: str) -> list[Problem]:
    """A key of `assumed:` or `contested:` in this file that names no value of the rule set."""
    problems = []
    for mark in r.MARKS:
        own = tree.get(mark)
        if not isinstance(own, YMap):
            continue
        for key in own:
            if not r.has_key(rules, str(key)):
                where = Location(name, line=own.key_lines.get(key, tree.key_lines.get(mark, 0)))
                problems.append(Problem(where, "unknown_rule_key", {"mark": mark, "key": clip(str(key))}))
    return problems


def _unknown_sources(rules: RuleSet, tree: YMap, name: str) -> list[Problem]:
    """A `source:` of this file that names none of the rule set's sources: the value would be cited
    with another page (the first source) than the file meant."""
    known = {s.id for s in rules.sources if s.id}
    problems: list[Problem] = []
    todo: list[Any] = [tree[k] for k in tree if k not in ("sources", *r.MARKS)]
    while todo:
        node = todo.pop()
        if isinstance(node, YMap):
            ref = node.get("source")
            if isinstance(ref, str) and ref not in known:
                params = {"ref": clip(ref), "known": ", ".join(sorted(known))}
                problems.append(
                    Problem(Location(name, line=node.key_lines["source"]), "unknown_source", params)
                )
            todo += [v for k, v in node.items() if k != "source"]
        elif isinstance(node, YList):
            todo += list(node)
    return sorted(problems, key=lambda p: p.location.line or 0)


def _layer(base: Any, tree: Any) -> Any:
    """One version file laid on its parent's resolved tree."""
    merged = merge({k: v for k, v in base.items() if k != "extends"}, tree)
    for mark in r.MARKS:  # a value this file restates is no longer the parent's assumption
        inherited = base.get(mark)
        if isinstance(inherited, dict) and isinstance(merged.get(mark), dict):
            own: Any = tree.get(mark) if isinstance(tree.get(mark), dict) else {}
            marks = merged[mark].items()
            kept = YMap({k: v for k, v in marks if k in own or not _replaces(tree, str(k), base)})
            kept.line = getattr(merged[mark], "line", 0)
            kept.key_lines = getattr(merged[mark], "key_lines", {})
            merged[mark] = kept
    return merged


def _display(path: Path) -> str:
    """A rule file's name as messages show it: relative to the bundle or the working folder."""
    try:
        return f"<bundled>/{path.resolve().relative_to(BUNDLED)}"
    except ValueError:
        pass
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
