"""The phrase catalogue: every key in every language, with the same placeholders, used by the code,
and the committed `.mo` files compiled from the `.po` files as they are now."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from sroi_cli.catalogue import (
    COUNT_PARAMS,
    LANGUAGES,
    LOCALE,
    message,
    placeholders,
    plural_template,
    template,
)

SRC = Path(__file__).resolve().parents[2] / "src" / "sroi_cli"


def po(lang: str) -> Catalog:
    with (LOCALE / lang / "LC_MESSAGES" / "sroi.po").open("rb") as file:
        return read_po(file, locale=lang)


def forms(catalog: Catalog) -> dict[str, tuple[str, ...]]:
    """Every message id with its text, or its plural forms."""
    found: dict[str, tuple[str, ...]] = {}
    for m in catalog:
        if m.id:
            key = m.id[0] if isinstance(m.id, tuple | list) else m.id
            texts = m.string if isinstance(m.string, tuple | list) else (m.string,)
            found[key] = tuple(t or "" for t in texts)
    return found


def test_every_key_is_in_every_language_and_said() -> None:
    en, nl = forms(po("en")), forms(po("nl"))
    assert set(en) - set(nl) == set(), "keys missing in nl"
    assert set(nl) - set(en) == set(), "keys missing in en"
    empty = [key for key, texts in {**en, **nl}.items() if not all(texts)]
    assert empty == []


def test_placeholders_are_the_same_in_every_language() -> None:
    en, nl = forms(po("en")), forms(po("nl"))
    differ = {
        key: (sorted(placeholders(" ".join(en[key]))), sorted(placeholders(" ".join(nl[key]))))
        for key in en
        if {placeholders(t) for t in en[key]} != {placeholders(t) for t in nl[key]}
    }
    assert differ == {}


def test_a_plural_says_in_every_form_what_its_plural_says_but_perhaps_its_number() -> None:
    """`The one contract` may leave out the `{n}` of `All {n} contracts`; nothing else."""
    for lang in LANGUAGES:
        for key, texts in forms(po(lang)).items():
            if len(texts) > 1:
                many = placeholders(texts[-1])
                for text in texts[:-1]:
                    assert many - placeholders(text) <= set(COUNT_PARAMS), (lang, key, text)
                    assert placeholders(text) <= many, (lang, key, text)


@pytest.mark.parametrize(
    ("key", "n", "en", "nl"),
    [
        ("n_contracts", 1, "1 contract", "1 contract"),
        ("n_contracts", 2, "2 contracts", "2 contracten"),
        ("n_contracts", 0, "0 contracts", "0 contracten"),
        ("n_cells", 1, "1 cell", "1 cel"),
        ("n_cells", 3, "3 cells", "3 cellen"),
    ],
)
def test_a_count_takes_the_form_its_language_gives_it(key: str, n: int, en: str, nl: str) -> None:
    assert [message(key, lang, n=str(n)) for lang in ("en", "nl")] == [en, nl]


def test_a_plural_entry_takes_its_number_from_its_count() -> None:
    one = message("extra_cells", "nl", count="1")
    two = message("extra_cells", "en", count="2")
    assert (one, two) == (
        "1 waarde meer dan de kopregel kolommen heeft",
        "2 more values than the header has columns",
    )


def test_a_plural_has_every_form_of_its_language() -> None:
    for lang in LANGUAGES:
        catalog = po(lang)
        assert catalog.num_plurals == 2
        for m in catalog:
            if m.id and isinstance(m.id, tuple | list):
                assert isinstance(m.string, tuple | list) and len(m.string) == catalog.num_plurals, (
                    lang,
                    m.id,
                )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalogue_is_the_po_file_as_it_is(lang: str) -> None:
    """Run `python scripts/catalogue.py` after editing a `.po` file."""
    with (LOCALE / lang / "LC_MESSAGES" / "sroi.mo").open("rb") as file:
        compiled = forms(read_mo(file))
    assert compiled == forms(po(lang))


def _code() -> str:
    return "\n".join(
        p.read_text(encoding="utf-8")
        for p in sorted(SRC.rglob("*"))
        if p.suffix in (".py", ".j2", ".html") and "locale" not in p.parts
    )


# Keys the code builds: a prefix in an f-string (`f"tpl_{method}"`), or a suffix added to a literal
# key (`key + wages`, `f"{key}_no_bonus"`). Each suffix here is added somewhere in the code.
SUFFIXES = ("_wage_bill", "_no_bonus")


def test_every_key_is_used_by_the_code() -> None:
    code = _code()
    literals = set(re.findall(r"""["'@]([a-z][a-z0-9_]*)["'\s]""", code))
    prefixes = set(re.findall(r"""f["']@?([a-z][a-z0-9_]*)\{""", code))
    assert all(suffix in code for suffix in SUFFIXES)

    def used(key: str) -> bool:
        stems = [key] + [key.removesuffix(s) for s in SUFFIXES if key.endswith(s)]
        return any(s in literals for s in stems) or any(key.startswith(p) for p in prefixes)

    assert [key for key in forms(po("en")) if not used(key)] == []


def test_a_key_in_no_catalogue_is_an_error_not_a_sentence() -> None:
    with pytest.raises(KeyError):
        template("no_such_key_anywhere", "nl")
    with pytest.raises(KeyError):
        plural_template("no_such_key_anywhere", 2, "en")


def test_the_domain_says_no_sentence() -> None:
    """The domain names keys; the catalogue and its loader live outside it."""
    domain = "\n".join(p.read_text(encoding="utf-8") for p in (SRC / "domain").rglob("*.py"))
    assert "import gettext" not in domain
    assert "from sroi_cli.catalogue" not in domain and "import sroi_cli.catalogue" not in domain


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_key_is_written_twice_in_a_catalogue(lang: str) -> None:
    """Babel keeps the last of two entries with one msgid and says nothing: a key added by a second
    hand would silently replace the first one's sentence (its placeholders too)."""
    text = (LOCALE / lang / "LC_MESSAGES" / "sroi.po").read_text(encoding="utf-8")
    ids = re.findall(r'^msgid "(.+)"$', text, flags=re.MULTILINE)
    assert sorted({key for key in ids if ids.count(key) > 1}) == []
