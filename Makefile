# Two commands for everything: `make lab` and `make test`.
# Without make, README.md gives the same steps as plain pip lines.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
ROOT_FLAG := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root)
LAB_ARGS ?=

.PHONY: lab test perf install install-test notebooks bench classroom assignments app answer-key clean

# Students need requirements.txt only; tests, benchmarks and the teacher's tools add
# requirements-teacher.txt and requirements-test.txt (each includes the one before).
$(BIN)/.installed: requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -r requirements.txt
	touch $@

$(BIN)/.installed-test: $(BIN)/.installed requirements-teacher.txt requirements-test.txt
	$(BIN)/python -m pip install -r requirements-test.txt
	touch $@

install: $(BIN)/.installed
install-test: $(BIN)/.installed-test

## make lab: install (first time) and open JupyterLab on lesson 00
## make lab LANG=fr: the French edition (notebooks/fr), JupyterLab in French, the kit's messages
## in French in every kernel. Only the exact value `fr` counts: a machine's own LANG
## (fr_FR.UTF-8, en_US.UTF-8) does not switch the edition.
ifeq ($(LANG),fr)
# LANG=fr on make's command line reaches the recipe's environment too: it is no locale there.
LAB_ENV := LANG=C.UTF-8 TEXTE_TOKENS_LANG=fr
LAB_START := notebooks/fr/00_pour_commencer.ipynb
LAB_SETTINGS := $(abspath $(VENV))/lab-settings-fr
LAB_LOCALE := --LabApp.user_settings_dir=$(LAB_SETTINGS)
else
LAB_ENV :=
LAB_START := notebooks/00_start_here.ipynb
LAB_LOCALE :=
endif
TRANSLATION_SETTINGS := @jupyterlab/translation-extension/plugin.jupyterlab-settings

lab: install
ifeq ($(LANG),fr)
	mkdir -p $(dir $(LAB_SETTINGS)/$(TRANSLATION_SETTINGS))
	test -f $(LAB_SETTINGS)/$(TRANSLATION_SETTINGS) \
	  || echo '{"locale": "fr_FR"}' > $(LAB_SETTINGS)/$(TRANSLATION_SETTINGS)
endif
	$(LAB_ENV) $(BIN)/jupyter lab --ServerApp.root_dir=. --LabApp.default_url=/lab/tree/$(LAB_START) $(LAB_LOCALE) $(ROOT_FLAG) $(LAB_ARGS)

# The test files that hold timing budgets (collecting only them saves the perf step seconds)
PERF_FILES = $(shell grep -l "mark.perf" tests/*.py)

# Python's default even where the shell turns it off (PYTHONDONTWRITEBYTECODE): test processes
# read the test modules pytest rewrote, and the kit's modules, from __pycache__ (git-ignored)
# instead of compiling them again: 3 s for each pytest process, less for each kernel.
test perf: export PYTHONDONTWRITEBYTECODE :=

## make test: unit tests, doctests, property tests, strict nbval on every lesson, on every
## CPU (pytest-xdist; a file's tests stay together, so a notebook runs in one kernel); then
## the timing budgets (tests marked perf), tolerant: on every CPU, a file per CPU; a missed
## budget gets a retry on one CPU, then a warning, never a failure
test: install-test
	$(BIN)/python -m pytest -n logical --dist loadfile
	@$(BIN)/python -m pytest -q -n logical --dist loadfile -m perf $(PERF_FILES) \
	  || $(BIN)/python -m pytest -q -m perf $(PERF_FILES) \
	  || echo "WARNING: a timing budget (tests marked perf) was missed twice; the machine may be busy. Run 'make perf' on an idle machine."

## make perf: the timing budgets alone, strictly
perf: install-test
	$(BIN)/python -m pytest -m perf $(PERF_FILES)

## make notebooks: build the French edition from editions/fr, refresh each lesson's navigation
## cell and the teacher guide, then re-run every lesson of both editions and save its outputs
notebooks: install-test
	$(BIN)/python scripts/editions.py
	$(BIN)/python scripts/navigation.py
	$(BIN)/python scripts/teacher_guide.py
	$(BIN)/python scripts/run_notebooks.py

## make bench: benchmarks against peer libraries (not part of the tests)
bench: install-test
	for b in bench/*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

## make classroom N=20: a whole class on one machine: JupyterHub on 127.0.0.1, N students
## each running lesson 03 at once; asserts spawns, cells, time and memory, prints a table
N ?= 5
classroom: install-test
	$(BIN)/python classroom/run_class.py --students $(N)

## make assignments: an nbgrader course from the lessons' questions (artifacts/nbgrader)
assignments: install-test
	$(BIN)/python scripts/assignments.py

## make app: lesson 06 and the mapping panel as a Voilà app, code hidden
APP_ARGS ?=
# (run from apps/: Voilà reads apps/voila.json only from the folder it starts in)
app: install
	cd apps && $(abspath $(BIN))/voila your_own_text.ipynb --no-browser $(APP_ARGS)

## make answer-key: the answers to every exercise, for the teacher only (artifacts/answer_key.md, git-ignored)
answer-key: install
	$(BIN)/python scripts/teacher_guide.py --answer-key

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .hypothesis artifacts
