"""Only regular files are read, and every reader stops at its byte limit while reading (issue 10, 2).

The cases are made by tests/cases/hostile/build_files.py and run in one child process with an
address-space limit and an alarm per case, so a reader that reads /dev/zero for ever or waits on a
FIFO fails its case instead of taking the machine or the suite with it.
"""

from __future__ import annotations

import importlib.util
import json
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

BUILD = Path(__file__).parents[1] / "cases" / "hostile" / "build_files.py"
MEMORY = 3 * 2**30  # bytes of address space the child may use: far more than any case needs


def _load() -> Any:
    spec = importlib.util.spec_from_file_location("build_files", BUILD)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_files"] = module
    spec.loader.exec_module(module)
    return module


built = _load()


def _bounded() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, list[Any]]]:
    folder = tmp_path_factory.mktemp("hostile-files")
    done = subprocess.run(
        [sys.executable, str(BUILD), str(folder), "--run"],
        capture_output=True,
        text=True,
        timeout=built.ALARM * len(built.CASES) + 120,
        preexec_fn=_bounded,
    )
    assert done.returncode == 0, done.stderr
    return folder, json.loads(done.stdout.splitlines()[-1])


def test_every_class_has_cases() -> None:
    kinds = {case.kind for case in built.CASES.values()}
    assert kinds == {"device", "fifo", "socket", "folder", "link", "unsized"}


@pytest.mark.parametrize("name", sorted(built.CASES))
def test_a_special_file_is_one_clear_line(results: tuple[Path, dict[str, list[Any]]], name: str) -> None:
    folder, ran = results
    case = built.CASES[name]
    code, err, _ = ran[name]
    assert err.splitlines() == [built.fill(line, folder) for line in case.stderr]
    assert code == case.code


def test_nothing_was_written_beside_the_refused_inputs(results: tuple[Path, dict[str, list[Any]]]) -> None:
    folder, _ = results
    assert list((folder / "out").iterdir()) == []
