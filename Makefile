# Scrim's one entry point. Two commands matter to most people:
#   make run    build, then show the extension working on the offline DeepSeek replica
#   make test   every check: Rust format, lints, unit tests, JS types, JS tests, web-ext lint,
#               and the end-to-end suite in Chromium and Firefox
# Every target installs what it needs first (make setup: idempotent, quick when done).

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := build

NODE_TESTS = $(wildcard tests/js/*.test.mjs) $(wildcard tests/e2e/*.test.mjs)
WEB_EXT = node_modules/.bin/web-ext

.PHONY: setup wasm build npm-package test test-rust lint-extension typecheck run bench score package clean

## Install toolchains, browsers and npm packages that are missing.
setup:
	@bash scripts/setup.sh

## The detection core as WebAssembly, in extension/wasm/.
wasm: setup
	@bash scripts/build-wasm.sh

## dist/chrome/ and dist/firefox/, ready to load unpacked.
build: wasm
	@node scripts/build.mjs

## The engine as an npm package (npm/), packed into target/npm/.
npm-package: wasm
	@bash scripts/build-npm.sh

## Rust: format, lints (native and wasm32), unit and integration tests of the workspace
## (the core and scrim-proxy); builds the scrim-proxy binary the SDK tests run.
test-rust: setup
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy -p scrim --lib --target wasm32-unknown-unknown -- -D warnings
	cargo test --workspace
	cargo build -p scrim-proxy

## Mozilla's linter on the Firefox build: no errors, no warnings.
lint-extension: build
	$(WEB_EXT) lint --source-dir dist/firefox --warnings-as-errors --no-input

## The extension's JSDoc types (and the message protocol at both ends), checked by TypeScript.
typecheck: build
	node_modules/.bin/tsc -p tsconfig.json

## Everything; ends with the node test runner's summary (JS unit tests + end-to-end, both browsers).
test: test-rust lint-extension typecheck
	node --test --test-concurrency=1 $(NODE_TESTS)

## Build, then open Chromium on the offline DeepSeek replica (headless demo without a display).
run: build
	@node scripts/demo.mjs

## Core and proxy benchmarks (cargo bench) and in-browser latency benchmarks.
bench: build
	cargo bench
	cargo bench -p scrim-proxy
	@node scripts/bench-browser.mjs

## Precision and recall on the labelled corpora (../shared/corpus and tests/corpus), every level.
score:
	@bash scripts/score-corpus.sh

## Store packages: dist/scrim-{chrome,firefox}-<version>.zip and a source archive.
package: build
	@node scripts/package.mjs

clean:
	rm -rf dist extension/wasm tests/e2e/.certs
