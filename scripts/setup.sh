#!/usr/bin/env bash
# Installs everything Scrim's build and tests need on a machine that has only
# Rust (rustup), Node 20 and python3: the wasm32 target, wasm-bindgen-cli at
# the exact version in Cargo.lock, Debian's Chromium and Firefox ESR, and the
# npm devDependencies. Idempotent and quick when everything is present; run by
# `make setup` and implicitly by the other make targets.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# 1. The WebAssembly target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# 1b. The formatter and linter `make test` runs (part of most rustup profiles, not all).
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    step "adding the $component component"
    rustup component add "$component"
  fi
done

# 2. wasm-bindgen-cli: the CLI must match the wasm-bindgen crate exactly.
wanted=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$wanted" ]; then
  echo "setup: no wasm-bindgen entry in Cargo.lock" >&2
  exit 1
fi
have=$(wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true)
if [ "$have" != "$wanted" ]; then
  step "installing wasm-bindgen-cli $wanted (have: ${have:-none})"
  # Not --locked: the CLI's own lockfile pins crates that no longer build here.
  cargo install wasm-bindgen-cli --version "$wanted" --force
fi

# 3. The browsers the end-to-end suite drives.
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
if [ ${#missing[@]} -gt 0 ]; then
  step "installing ${missing[*]} from Debian"
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

# 4. npm devDependencies, reinstalled only when package-lock.json changed.
stamp=node_modules/.scrim-lock-sha256
lock_sum=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$lock_sum" ]; then
  step "npm ci"
  npm ci --no-audit --no-fund
  echo "$lock_sum" > "$stamp"
fi
