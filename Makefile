# Two commands on a clean clone: `make demo` and `make test` (each sets up .venv when missing).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup demo test lint bench notebooks clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c "import sys; assert sys.version_info[:2] == (3, 11)" 2>/dev/null || { echo "litkit needs Python 3.11: make PYTHON=/path/to/python3.11"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/litkit demo -o demo

test: $(STAMP)
	$(BIN)/ruff check litkit tests benchmarks
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check litkit tests benchmarks notebooks

# Re-run the notebooks in place (after changing extraction or topics, whose tables nbval checks).
notebooks: $(STAMP)
	cd notebooks && for nb in 0*.ipynb; do ../$(BIN)/jupyter nbconvert --to notebook --execute --inplace $$nb || exit 1; done
	$(BIN)/jupytext --sync notebooks/0*.ipynb

bench: $(STAMP)
	for s in benchmarks/*.py; do $(BIN)/python $$s || exit 1; done

clean:
	rm -rf $(VENV) demo .pytest_cache
