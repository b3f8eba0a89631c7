// Entry point for bundlers and browsers: the .wasm is fetched from beside this module
// (bundlers rewrite the URL to the emitted asset) before the functions are exported.
import init, * as wasm from './wasm/scrim.js';
import { makeApi } from './api.js';

await init({ module_or_path: new URL('./wasm/scrim_bg.wasm', import.meta.url) });

export const { scan, mask, restore, validatePattern, kinds } = makeApi(wasm);
