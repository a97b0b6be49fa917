"""Public tender data made by scripts/public_fixtures.py into a temporary folder, once per session."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).parents[2]


def fixtures_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("public_fixtures", ROOT / "scripts" / "public_fixtures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["public_fixtures"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def made() -> ModuleType:
    return fixtures_module()


@pytest.fixture(scope="session")
def public(tmp_path_factory: pytest.TempPathFactory, made: ModuleType) -> Path:
    """The same 300 lots as TenderNed's workbook (both layouts), OCDS JSON lines, gzipped, a package."""
    folder = tmp_path_factory.mktemp("public")
    items = list(made.tenders(300))
    made.write_xlsx(folder / "tenderned-dataset.xlsx", items, "new")
    made.write_xlsx(folder / "tenderned-old.xlsx", items, "old")
    made.write_jsonl(folder / "tenderned-ocds.jsonl", items)
    made.write_jsonl(folder / "tenderned-ocds.jsonl.gz", items)
    made.write_release_package(folder / "release-package.json", items)
    return folder
