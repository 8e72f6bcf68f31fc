# Heirloom: the two commands of the README, and the pieces they are made of.
#   make run    install what is missing, build, start Heirloom
#   make test   install what is missing, build once, run every check and test
#   make package  the .deb and .rpm under target/release/bundle/ (see docs/building.md)

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(HOME)/.cargo/bin:$(PATH)
ifdef CI
export CARGO_TERM_COLOR := never
endif

VENV_PY := .venv/bin/python
# A build from scratch gains nothing from incremental data, which took 2 GB of a CI disk.
export CARGO_INCREMENTAL := 0
# The tests' scratch folders go under target/, not /tmp, and are removed after a passing run.
TEST_TMP := $(CURDIR)/target/test-tmp

.PHONY: run test setup ui lint fmt-check clippy deny test-core-alone test-rust test-reference \
        test-ui test-e2e bench figures scan-rates hostile fuzz clean package test-package

run: setup ui
	cargo build --release --locked -p heirloom-app -p heirloom-cli
	./target/release/heirloom-app

test: setup ui test-ui lint test-core-alone test-rust test-reference test-e2e test-package
	@echo "make test: every check passed"

setup:
	@bash scripts/setup.sh

# The UI is type-checked and bundled into ui/dist, which the app embeds at compile time.
ui:
	npm run --silent build:ui

# The UI's state logic, without a window (scripts/ui-tests.mjs).
test-ui:
	npm run --silent test:ui

lint: fmt-check clippy deny

fmt-check:
	cargo fmt --all -- --check

clippy:
	cargo clippy --workspace --all-targets --locked -- -D warnings

deny:
	cargo fetch --locked --quiet
	if [ -d ../shared/advisory-db ]; then cargo deny --offline check; else cargo deny check; fi

# The core as an auditor builds it: card format, key derivation, AEAD, Shamir and phrase,
# without scanning, rendering, keychain or record, so with no C++ (docs/building.md).
test-core-alone:
	cargo clippy --locked -p heirloom-core --no-default-features --all-targets -- -D warnings
	cargo test --locked -p heirloom-core --no-default-features
	deps=$$(cargo tree --locked -p heirloom-core --no-default-features -e normal,build --prefix none); \
	if grep -E '^(zxing[-a-z]*|image|lopdf|keyring|cc|cmake|serde_json|dirs) v' <<<"$$deps"; then \
	    echo "heirloom-core without its default features depends on the crates above" >&2; exit 1; fi

# Unit, property, vector, tamper, CLI and IPC tests, and the keychain tests against a real
# Secret Service in a private D-Bus session.
test-rust:
	rm -rf $(TEST_TMP) && mkdir -p $(TEST_TMP)
	TMPDIR=$(TEST_TMP) scripts/with-keyring.sh cargo test --workspace --locked
	rm -rf $(TEST_TMP)

test-reference:
	$(VENV_PY) tests/reference/decode.py tests/vectors/card-v1.json

# The real app window under Xvfb, through tauri-driver and WebKitWebDriver. Screenshots of
# every step are kept in target/e2e-artifacts.
test-e2e:
	cargo build --locked -p heirloom-app -p heirloom-cli -p heirloom-testkit
	scripts/e2e.sh

# The release app and command line, bundled by the Tauri bundler into a .deb and an .rpm,
# reproducibly (scripts/reproduce.sh builds twice and compares).
package: setup ui
	scripts/package.sh

# The .deb as a distribution checks it: lintian, then unpacked into a throwaway root, its
# `heirloom --version` and its app's first screen under Xvfb.
test-package: package
	scripts/check-package.sh

bench: setup
	cargo bench -p heirloom-core --bench cards

# Start-up time and memory of the release app; see docs/benchmarks.md.
figures: setup ui
	cargo build --release --locked -p heirloom-app -p heirloom-cli
	HEIRLOOM_APP=$(CURDIR)/target/release/heirloom-app E2E_ONLY=figures scripts/e2e.sh

# Decode rates of the candidate QR decoders and of Heirloom's pipeline on degraded card
# images, and decode time per camera frame; see docs/benchmarks.md. SAMPLES scenes per
# category (default 100).
scan-rates: setup
	cd src-tauri/crates/heirloom-scan-rates && cargo run --release --locked -- $${SAMPLES:-100}

# Issue 17's hostile inputs at full size (docs/benchmarks.md, "Scanning untrusted files" and
# "Untrusted input that is not a picture"): the testkit's scan-budget over pictures and PDFs
# (1.3 GB of files, made once in $(HOSTILE_FILES)), then scripts/hostile-cli.sh over card
# files, streams, the record, signals and full disks. Prints Markdown table rows.
HOSTILE_TARGET := /tmp/hl-bench-target
HOSTILE_FILES := /tmp/hl-bench-files
hostile: setup
	CARGO_TARGET_DIR=$(HOSTILE_TARGET) cargo build --release --locked -p heirloom-cli \
	    -p heirloom-testkit --bins --config profile.release.lto=false --config profile.release.codegen-units=16
	nice -n 5 $(HOSTILE_TARGET)/release/scan-budget $(HOSTILE_FILES)
	CARD_IMAGE=$(HOSTILE_TARGET)/release/card-image scripts/hostile-cli.sh $(HOSTILE_TARGET)/release/heirloom

fuzz: setup
	FUZZ_SECONDS=$${FUZZ_SECONDS:-60} bash scripts/fuzz.sh

clean:
	cargo clean
	rm -rf .venv node_modules ui/dist
