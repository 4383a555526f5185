#!/usr/bin/env bash
# Installs everything the build and the tests need on a fresh Debian machine, idempotently:
# each step checks first and is skipped when its tool is already there at the right version.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Browsers, drivers and fonts (Latin and Cyrillic) for the browser tests and screenshots:
# Chromium, Firefox ESR (driven over WebDriver BiDi, no driver needed) and WebKitGTK
# (WebKitWebDriver and MiniBrowser, which needs a display: Xvfb); poppler-utils (pdftoppm,
# pdftotext) to read the printed page back.
apt_packages=(chromium chromium-driver firefox-esr webkit2gtk-driver xvfb fonts-dejavu-core fonts-liberation2 poppler-utils)
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} (apt)"
  as_root apt-get -o DPkg::Lock::Timeout=600 update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
fi

# Rust: the wasm target and the lint/format components.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for c in clippy rustfmt; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done
# rust-src: the release wasm rebuilds the standard library (WASM_RELEASE_STD in the Makefile).
# Without it the build falls back to the prebuilt one, so a machine that cannot fetch it
# still builds and tests everything.
if ! rustup component list --installed | grep -q '^rust-src'; then
  say "adding rust-src"
  rustup component add rust-src || say "rust-src could not be installed: the wasm will use the prebuilt std"
fi

# wasm-pack, pinned.
WASM_PACK_VERSION=0.15.1
if ! wasm-pack --version 2>/dev/null | grep -q " $WASM_PACK_VERSION\$"; then
  say "installing wasm-pack $WASM_PACK_VERSION (cargo, ~90 s)"
  cargo install wasm-pack --version "$WASM_PACK_VERSION" --locked
fi

# wasm-bindgen CLI at exactly the version in Cargo.lock (wasm-pack uses it only then).
# Without --locked: the registry here lacks a crate its lock file names.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $bindgen_version\$"; then
  say "installing wasm-bindgen-cli $bindgen_version (cargo, ~3 min)"
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi

# cargo-fuzz, pinned, for the bounded fuzz run.
CARGO_FUZZ_VERSION=0.13.2
if ! cargo fuzz --version 2>/dev/null | grep -q " $CARGO_FUZZ_VERSION"; then
  say "installing cargo-fuzz $CARGO_FUZZ_VERSION (cargo, ~1 min)"
  cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
fi

# npm dev tools: playwright-core (drives Debian's Chromium) and binaryen (wasm-opt 132;
# Debian's wasm-opt 108 silently breaks the module, so ours goes first on PATH).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
say "ready"
