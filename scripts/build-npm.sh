#!/usr/bin/env bash
# Assembles the npm package in npm/ from the extension's WebAssembly build (the same
# wasm-bindgen --target web output, so the engine is byte for byte the extension's), then
# packs it: prints the tarball's path. Run after `make wasm`.
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p npm/wasm
cp extension/wasm/scrim.js extension/wasm/scrim_bg.wasm npm/wasm/
mkdir -p target/npm
(cd npm && npm pack --silent --pack-destination ../target/npm)
