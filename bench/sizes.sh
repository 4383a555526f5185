#!/usr/bin/env bash
# What each part of the two wasm builds costs (`make sizes`, which passes the release flags):
# builds each like `make build` but keeps function names through wasm-opt (-g), then groups
# bytes by part (bench/sizes.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
features=$(sed -n 's/^wasm-opt = \[\(.*\)\]$/\1/p' Cargo.toml | tr -d '",')
for build in survey full; do
  args=(--no-default-features)
  [ "$build" = full ] && args+=(--features all-views,exports,datasets)
  # shellcheck disable=SC2086 # BUILD_STD (from make) is words
  cargo build --quiet --release --target wasm32-unknown-unknown "${args[@]}" ${BUILD_STD:-}
  out=target/sizes/$build
  rm -rf "$out"
  wasm-bindgen target/wasm32-unknown-unknown/release/alliance_charts.wasm --out-dir "$out" --target web
  # shellcheck disable=SC2086 # the flags are words
  wasm-opt $features -g "$out/alliance_charts_bg.wasm" -o "$out/named.wasm"
  shipped=www/pkg-$build/alliance_charts_bg.wasm
  [ "$build" = full ] && shipped=www/pkg/alliance_charts_bg.wasm
  echo
  echo "### $build build"
  echo
  node bench/sizes.mjs "$out/named.wasm" $([ -f "$shipped" ] && echo "$shipped")
done
