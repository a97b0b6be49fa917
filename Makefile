.PHONY: install test lint bench fuzz

install:
	python -m pip install -e ".[test]"

test:
	python -m pytest

lint:
	ruff check src tests benchmarks scripts
	ruff format --check src tests benchmarks scripts
	mypy
	mypy tests
	lint-imports

bench:
	python benchmarks/startup.py
	python benchmarks/portfolio.py

fuzz:
	python scripts/fuzz.py --minutes 10
