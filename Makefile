# The two commands of the README's Quick start: `make build` and `make test`.
# Both create the virtual environment on first use and install the package into it.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: build test clean

$(BIN)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

build: $(BIN)/.installed
	$(BIN)/kg build source_texts --out build

test: $(BIN)/.installed
	$(BIN)/python -m pytest -q

clean:
	rm -rf build $(VENV)
