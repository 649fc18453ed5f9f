# The commands of the README: `make build`, `make test` and `make bench` (README, Benchmarks).
# All create the virtual environment on first use and install the package into it.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: build test bench clean

$(BIN)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

build: $(BIN)/.installed
	$(BIN)/kg build source_texts --out build

test: $(BIN)/.installed
	$(BIN)/python -m pytest -q

$(BIN)/.bench-installed: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	touch $@

bench: $(BIN)/.bench-installed
	$(BIN)/python benchmarks/run.py --out benchmarks/results.json

clean:
	rm -rf build $(VENV)
