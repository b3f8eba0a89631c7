#!/usr/bin/env bash
# Builds the detection core for the browser: cargo (profile `wasm`, size
# optimised) → wasm-bindgen (--target web glue) → wasm-opt from the npm
# binaryen package. Writes extension/wasm/scrim.js and scrim_bg.wasm and
# prints the .wasm size raw and gzipped. Run by `make build`.
set -euo pipefail
cd "$(dirname "$0")/.."

out=extension/wasm
cargo build --profile wasm --target wasm32-unknown-unknown --lib
rm -rf "$out"
wasm-bindgen --target web --out-dir "$out" --out-name scrim \
  target/wasm32-unknown-unknown/wasm/scrim.wasm
# Debian's binaryen (108) corrupts wasm-bindgen 0.2.130 output; use the npm one.
node_modules/.bin/wasm-opt -Oz --converge \
  --enable-reference-types --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-multivalue \
  "$out/scrim_bg.wasm" -o "$out/scrim_bg.wasm"
raw=$(wc -c < "$out/scrim_bg.wasm")
gz=$(gzip -9 -c "$out/scrim_bg.wasm" | wc -c)
printf '[wasm] %s: %d bytes, %d bytes gzipped\n' "$out/scrim_bg.wasm" "$raw" "$gz"
