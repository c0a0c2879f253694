# The two commands a new user needs: `make run` and `make test`. Both create .venv when missing.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint system-deps clean

$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory system-deps PACKAGES="$(SYSTEM_LIBS)"
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

# Tests and benchmarks draw offscreen: no display needed. The suite runs on every core.
test: $(STAMP)
	$(BIN)/lint-imports
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -n auto

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

lint: $(STAMP)
	$(BIN)/ruff check wtfc tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy wtfc

clean:
	rm -rf $(VENV) build *.egg-info
