// Entry point for Node: reads the .wasm beside this file and instantiates it synchronously.
import { readFileSync } from 'node:fs';
import * as wasm from './wasm/scrim.js';
import { makeApi } from './api.js';

wasm.initSync({ module: readFileSync(new URL('./wasm/scrim_bg.wasm', import.meta.url)) });

export const { scan, mask, restore, validatePattern, kinds } = makeApi(wasm);
