# alliance-charts: `make serve` to look at it, `make test` to check it.
# Every target installs what it is missing first (see .ci/setup.sh).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
PORT ?= 8080
# npm's binaryen wasm-opt first: Debian's older one silently breaks the module.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
WASM_PACK := wasm-pack --log-level warn

.PHONY: setup build serve test test-native test-wasm test-e2e lint fmt clean

setup:
	@bash .ci/setup.sh

build: setup
	$(WASM_PACK) build --target web --release --out-dir www/pkg --mode no-install --no-pack
	@printf 'built: www/pkg/alliance_charts_bg.wasm, %s bytes gzip -9\n' "$$(gzip -9 -c www/pkg/alliance_charts_bg.wasm | wc -c)"

serve: build
	node .ci/serve.mjs

test: setup lint test-native build test-wasm test-e2e

test-native:
	cargo test --all-targets

# Browser unit tests, at devicePixelRatio 1 and 2.
test-wasm:
	$(WASM_PACK) test --headless --chrome --mode no-install
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/tests/webdriver-dpr2.json $(WASM_PACK) test --headless --chrome --mode no-install

test-e2e:
	npm run --silent test:e2e

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

fmt:
	cargo fmt

clean:
	cargo clean
	rm -rf www/pkg
