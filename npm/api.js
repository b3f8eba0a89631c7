// The package's functions over an initialised wasm module: one default engine per policy,
// offsets in UTF-16 code units (JavaScript string indices), vaults as plain objects.

export function makeApi(wasm) {
  const engines = new Map();

  function engineFor(policy) {
    const key = policy === undefined ? '' : JSON.stringify(policy);
    let engine = engines.get(key);
    if (!engine) {
      engine = new wasm.Engine(policy);
      engines.set(key, engine);
    }
    return engine;
  }

  function scan(text, options = {}) {
    return engineFor(options.policy).scan(text);
  }

  function mask(text, options = {}) {
    const engine = engineFor(options.policy);
    const findings = options.findings ?? engine.scan(text);
    return engine.mask(text, findings, options.vault ?? null);
  }

  function restore(text, vault) {
    return engineFor(undefined).restore(text, vault ?? null);
  }

  return { scan, mask, restore, validatePattern: wasm.validatePattern, kinds: wasm.kinds };
}
