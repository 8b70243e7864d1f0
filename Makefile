# Relations: `make run` opens the app on the bundled demo office, `make test` runs every test.
# Both first install what is missing (Debian packages, through sudo when not root).

SWIFT ?= swift
DATA ?= data
DEBUG_BIN := .build/debug/relations
RELEASE_BIN := .build/release/relations
BENCH_DIR ?= .build/bench-office
BENCH_RECORDS ?= 1000000
# `make install` puts the release binary, its man page and bash, zsh and fish completions
# under PREFIX (DESTDIR in front for packaging); `make uninstall` removes exactly those.
# BIN= and MAN= install a binary and man page already built (the tests do), skipping the
# release build and the GenerateManual plugin.
PREFIX ?= /usr/local
DESTDIR ?=
BIN ?=
MAN ?=
MAN_PAGE := .build/plugins/GenerateManual/outputs/RelationsTUI/relations.1
INSTALL_BIN := $(or $(BIN),$(RELEASE_BIN))
INSTALL_MAN := $(or $(MAN),$(MAN_PAGE))
INSTALLED := $(DESTDIR)$(PREFIX)/bin/relations \
	$(DESTDIR)$(PREFIX)/share/man/man1/relations.1 \
	$(DESTDIR)$(PREFIX)/share/bash-completion/completions/relations \
	$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_relations \
	$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/relations.fish

.PHONY: run test bench deps build release man install uninstall format clean demo-data

deps:
	@missing=""; \
	[ -f /usr/include/ncursesw/curses.h ] || missing="$$missing libncursesw5-dev"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	{ command -v pkg-config >/dev/null 2>&1 && pkg-config --exists fribidi; } || missing="$$missing libfribidi-dev"; \
	[ -f /usr/include/openssl/sha.h ] || missing="$$missing libssl-dev"; \
	command -v tmux >/dev/null 2>&1 || missing="$$missing tmux"; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	if [ -n "$$missing" ]; then \
	  echo "deps: installing$$missing with apt-get"; \
	  sudo=""; [ "$$(id -u)" = 0 ] || sudo=sudo; \
	  command -v apt-get >/dev/null 2>&1 || { echo "deps: apt-get not found; install$$missing by hand"; exit 2; }; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing >/dev/null || exit 2; \
	fi; \
	command -v $(SWIFT) >/dev/null 2>&1 || { echo "deps: Swift 6 is not on PATH; install it from swift.org"; exit 2; }

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The man page, from the release binary's own help, by swift-argument-parser's plugin
# (it builds the release configuration first; it needs no network once `make deps` ran).
man: deps
	$(SWIFT) package plugin generate-manual

install: $(if $(BIN),,release) $(if $(MAN),,man)
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
	install -m 0755 $(INSTALL_BIN) $(DESTDIR)$(PREFIX)/bin/relations
	install -m 0644 $(INSTALL_MAN) $(DESTDIR)$(PREFIX)/share/man/man1/relations.1
	$(INSTALL_BIN) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/relations
	$(INSTALL_BIN) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_relations
	$(INSTALL_BIN) --generate-completion-script fish > $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/relations.fish
	chmod 0644 $(DESTDIR)$(PREFIX)/share/bash-completion/completions/relations \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_relations \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/relations.fish

uninstall:
	rm -f $(INSTALLED)

run: build
	@$(DEBUG_BIN) --data $(DATA)

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test

bench: release
	@scripts/bench-store.sh $(RELEASE_BIN) $(BENCH_DIR) $(BENCH_RECORDS)

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

clean:
	rm -rf .build

# The bundled demo office is made by code, never edited by hand: `make demo-data` remakes it.
demo-data: build
	rm -rf $(DATA)
	$(DEBUG_BIN) demo $(DATA) --cases 300 --seed 2026 --now 2026-11-25T09:00:00+03:00
