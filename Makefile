# alliance-charts: `make serve` to look at it, `make test` to check it.
# Every target installs what it is missing first (see .ci/setup.sh).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
PORT ?= 8080
# npm's binaryen wasm-opt first: Debian's older one silently breaks the module.
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
WASM_PACK := wasm-pack --log-level warn
# Bytes (gzip -9) a page loads to draw the first view: the survey build of the wasm, its JS glue,
# the element and its CSS.
# `make test` fails above this budget (the first view may cost 48 KB; it costs about 38 KB).
# Lower it as the widget shrinks.
SIZE_BUDGET ?= 40000
# Bytes (gzip -9) of the full build, wasm and glue, fetched for any other view, a page's own dataset or
# an export: at most 100,000 (it costs about 95,000).
FULL_SIZE_BUDGET ?= 100000
FUZZ_SECONDS ?= 20

.PHONY: setup build wasm wasm-trap golden fallback package package-files sizes-report fuzz-run serve test test-native test-wasm test-e2e test-engines test-size lint fmt clean bench sizes fuzz embed

setup:
	@bash .ci/setup.sh

# Release wasm: the standard library rebuilt with panics as immediate traps, without panic
# messages, source locations or the formatting they pull in, and with std's smaller sorting
# and formatting code (`optimize_for_size`). Unstable rustc flags, enabled on the stable
# toolchain by RUSTC_BOOTSTRAP=1 as for cargo-fuzz; setup installs rust-src. The wasm never
# panics on user input (tests, fuzzing), and the element reports a trap rather than freezing.
# Without rust-src (a machine whose rustup cannot fetch it), the build falls back to the
# prebuilt standard library, and the byte budgets rise by what that build adds (about 8.5 KB
# on the first view and 9.5 KB on the full build).
# Make reads these variables before any recipe runs, so the targets that build run `setup`
# first and then a second make (`$(MAKE) …` below), which reads them after setup has
# installed rust-src: the first run on a fresh machine builds what every later run builds.
RUST_SRC := $(wildcard $(shell rustc --print sysroot 2>/dev/null)/lib/rustlib/src/rust/library/std/Cargo.toml)
ifneq ($(RUST_SRC),)
WASM_RELEASE_ENV := RUSTC_BOOTSTRAP=1 RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
WASM_RELEASE_STD := -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size
else
WASM_RELEASE_ENV :=
WASM_RELEASE_STD :=
SIZE_BUDGET := $(shell echo $$(( $(SIZE_BUDGET) + 8500 )))
FULL_SIZE_BUDGET := $(shell echo $$(( $(FULL_SIZE_BUDGET) + 10000 )))
endif
SUBMAKE := $(MAKE) --no-print-directory

# Two modules: www/pkg-survey/ draws the survey (the first view a reader sees) and is what a
# page loads first; www/pkg/ draws every view and is fetched when another view is asked for.
build: setup
	@$(SUBMAKE) wasm fallback

# The article's charts as static SVGs for the pages' fallback (www/fallback/, every view at
# three widths in both themes) and the dataset they link to (www/data/), drawn by the native
# renderer: a debug build, the one `cargo test` builds too.
fallback:
	cargo build --quiet --bin alliance-charts
	node .ci/fallback.mjs target/debug/alliance-charts

wasm:
	@[ -n "$(RUST_SRC)" ] || echo "build: rust-src is missing: the wasm uses the prebuilt standard library (about 7.8 KB larger)" >&2
	$(WASM_RELEASE_ENV) $(WASM_PACK) build --target web --release --out-dir www/pkg-survey --mode no-install \
		--no-pack -- --no-default-features $(WASM_RELEASE_STD)
	$(WASM_RELEASE_ENV) $(WASM_PACK) build --target web --release --out-dir www/pkg --mode no-install \
		--no-pack -- --no-default-features --features all-views,exports,datasets $(WASM_RELEASE_STD)
	@# Minified copies of what a page loads: the generated glue in place, the element (with its
	@# styles module, the builds left as the files they are) beside its readable source
	@# (alliance-chart.js, which works as it is too). Each starts with Chromium's
	@# compile hint, so that V8 compiles its functions while the file streams in, off the main
	@# thread, rather than each on its first call during the first draw.
	@for m in pkg-survey pkg; do esbuild www/$$m/alliance_charts.js --bundle --minify --format=esm --log-level=warning \
		'--banner:js=//# allFunctionsCalledOnLoad' --allow-overwrite --outfile=www/$$m/alliance_charts.js; done
	@# Short names for the wasm's imports, in the module and its glue (wasm-bindgen's carry a hash each).
	@for m in pkg-survey pkg; do node .ci/short-imports.mjs www/$$m/alliance_charts_bg.wasm www/$$m/alliance_charts.js; done
	esbuild www/alliance-chart.js --bundle '--external:./pkg-survey/*' '--external:./pkg/*' --minify --format=esm \
		--log-level=warning '--banner:js=//# allFunctionsCalledOnLoad' --outfile=www/alliance-chart.min.js
	@for m in pkg-survey pkg; do printf 'built: www/%s/alliance_charts_bg.wasm, %s bytes gzip -9\n' \
		"$$m" "$$(gzip -9 -c www/$$m/alliance_charts_bg.wasm | wc -c)"; done

# The npm package (wasm-pack's layout, with the element, its styles module and both builds):
# target/package/alliance-charts-<version>.tgz.
package: build
	@$(SUBMAKE) package-files

package-files:
	node .ci/package.mjs

# A build whose setView("trap") traps, for the end-to-end test of the element's recovery
# (served in place of www/pkg/ by that test only). Unoptimised: it only has to work.
wasm-trap:
	$(WASM_PACK) build --target web --dev --out-dir target/pkg-trap --mode no-install --no-pack -- \
		--no-default-features --features all-views,exports,datasets,trap-test

serve: build
	node .ci/serve.mjs

test: setup
	@$(SUBMAKE) lint test-native wasm wasm-trap fallback package-files test-size test-wasm test-e2e test-engines fuzz-run

test-native:
	cargo test --all-targets

# Browser unit tests, at devicePixelRatio 1 and 2.
test-wasm:
	$(WASM_PACK) test --headless --chrome --mode no-install
	WASM_BINDGEN_TEST_WEBDRIVER_JSON=$(CURDIR)/tests/webdriver-dpr2.json $(WASM_PACK) test --headless --chrome --mode no-install

test-e2e:
	npm run --silent test:e2e

# The same end-to-end checks in Chromium, Firefox ESR and WebKitGTK (tests/engines/), then
# their layouts compared; screenshots in target/screenshots/<engine>/.
test-engines:
	npm run --silent test:engines

test-size:
	@bash .ci/size.sh $(SIZE_BUDGET) $(FULL_SIZE_BUDGET)

# Widget vs Chart.js 4.6.1 in headless Chromium: prints a Markdown table and writes
# bench/results/latest.json. Timings depend on the machine, so this stays out of `make test`.
bench: build
	node bench/run.mjs

# What each part of the wasm costs (plotters, serde, validation, glue, data...), per build.
sizes: build
	@$(SUBMAKE) sizes-report

sizes-report:
	$(WASM_RELEASE_ENV) BUILD_STD="$(WASM_RELEASE_STD)" bash bench/sizes.sh
	@echo "fallback SVGs, gzip -9 bytes (light / dark), by width:"
	@for v in survey timeline forces scorecard; do printf '  %-10s' "$$v"; for w in 360 640 928; do \
		printf '  %4d px: %6d / %6d' "$$w" "$$(gzip -9 -c www/fallback/$$v-$$w-light.svg | wc -c)" \
		"$$(gzip -9 -c www/fallback/$$v-$$w-dark.svg | wc -c)"; done; echo; done

# Fuzzes parse → validate → layout → SVG (libFuzzer via cargo-fuzz, on the stable toolchain
# with RUSTC_BOOTSTRAP), seeded with the default and the bad-dataset corpus.
fuzz: setup
	@$(SUBMAKE) fuzz-run

fuzz-run:
	cd fuzz && ./seed.sh && RUSTC_BOOTSTRAP=1 cargo fuzz run pipeline --fuzz-dir . corpus/pipeline -- \
		-max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 2>&1 | grep -E '^(Done|stat::number_of_executed_units|==|SUMMARY|artifact)'

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --no-default-features -- -D warnings

fmt:
	cargo fmt

# Regenerates src/dataset/kazakhstan_2012.rs, the default dataset as Rust values, after
# src/dataset/kazakhstan_2012.json changes (the `embedded` test fails until it is).
embed:
	UPDATE_EMBEDDED=1 cargo test --test embedded

# Rewrites tests/golden/ (an SVG of every view at 360, 800 and 1440 px) after a visual change
# that is meant; the `golden` test fails until it is run.
golden:
	UPDATE_GOLDEN=1 cargo test --test golden

clean:
	cargo clean
	rm -rf www/pkg www/pkg-survey www/alliance-chart.min.js www/fallback www/data/kazakhstan_2012.json target/package
