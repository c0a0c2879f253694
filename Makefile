# The two commands a new user needs: `make run` and `make test`. Both create .venv when missing.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test fuzz bench lint system-deps clean

# A .venv made by a Python older than 3.11 can never install wtfc: say so, and build it again.
PY_OK := import sys; sys.exit(sys.version_info < (3, 11))

$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory system-deps PACKAGES="$(SYSTEM_LIBS)"
	@if [ -x $(BIN)/python ] && ! $(BIN)/python -c '$(PY_OK)'; then \
	  echo "Building .venv again: it was made with $$($(BIN)/python --version 2>&1)"; rm -rf $(VENV); fi
	@test -x $(BIN)/python || $(PY) -c '$(PY_OK)' || { \
	  echo "wtfc needs Python 3.11 or newer; $(PY) is $$($(PY) --version 2>&1)."; \
	  echo "Run it with a newer one, for example: make PY=python3.11 $(MAKECMDGOALS)"; exit 1; }
	@# Debian's python3 makes venvs only with its python3-venv package
	@test -x $(BIN)/python || $(PY) -c 'import ensurepip' 2>/dev/null || \
	  $(MAKE) --no-print-directory system-deps PACKAGES="python3-venv"
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# Debian libraries Qt needs on a bare machine, and poppler-utils for the PDF tests; the app's
# window on an X11 desktop needs the xcb ones too. Installed only when missing, and only where
# apt-get exists and we are root; otherwise the missing ones are listed.
SYSTEM_LIBS := libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 fonts-dejavu-core poppler-utils
DISPLAY_LIBS := libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
system-deps:
	@command -v dpkg >/dev/null || exit 0; missing=""; for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    echo "Installing system packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "Please install these system packages:$$missing"; fi; \
	fi

run: $(STAMP)
	@$(MAKE) --no-print-directory system-deps PACKAGES="$(DISPLAY_LIBS)"
	$(BIN)/wtfc --demo

# Tests and benchmarks draw offscreen: no display needed. The suite runs on every core, a
# worker taking tests from the other's queue when its own runs out (worksteal: no core waits
# on the last slow file). Pictures the UI tests keep for a person (build/renders) are drawn and
# checked but not written (WTFC_TEST_RENDERS=0). Byte-code is cached even where the shell sets
# PYTHONDONTWRITEBYTECODE: without it every worker, and every app a test starts, compiled wtfc
# and rewrote the tests' asserts again (collecting took 15 s of CPU a worker, 4 s cached).
test: $(STAMP)
	$(BIN)/lint-imports
	env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen WTFC_TEST_RENDERS=0 \
	  $(BIN)/python -m pytest -n auto --dist worksteal

# A random facilitator on the real window (tests/fuzz, left out of `make test`): one walk a seed,
# checked as it goes; about 5 minutes on two cores. More: make fuzz WTFC_FUZZ_SEEDS="$(seq -s ' ' 1 50)"
WTFC_FUZZ_SEEDS ?= 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20
WTFC_FUZZ_STEPS ?= 500
fuzz: $(STAMP)
	env -u PYTHONDONTWRITEBYTECODE QT_QPA_PLATFORM=offscreen WTFC_TEST_RENDERS=0 \
	  WTFC_FUZZ_SEEDS="$(WTFC_FUZZ_SEEDS)" WTFC_FUZZ_STEPS="$(WTFC_FUZZ_STEPS)" \
	  $(BIN)/python -m pytest -n auto --dist worksteal tests/fuzz

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

lint: $(STAMP)
	$(BIN)/ruff check wtfc tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy wtfc

clean:
	rm -rf $(VENV) build *.egg-info
