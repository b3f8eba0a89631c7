// Bundles the fixture replicas (React, ProseMirror, Tiptap, Quill from npm)
// with esbuild, in memory, once per process. The fixture server serves the
// result; nothing is written to disk.

import * as esbuild from 'esbuild';
import fs from 'node:fs/promises';
import { SITES } from './sites.mjs';

const FIXTURES = new URL('../fixtures/', import.meta.url);

/**
 * @typedef {{html: string, assets: Map<string, {type: string, body: Uint8Array}>}} SiteBundle
 */

/** @type {Promise<Map<string, SiteBundle>> | undefined} */
let bundles;

/** @returns {Promise<Map<string, SiteBundle>>} site key → page and assets */
export function fixtureBundles() {
  bundles ??= buildAll();
  return bundles;
}

async function buildAll() {
  const result = new Map();
  await Promise.all(
    Object.keys(SITES).map(async (site) => {
      result.set(site, await buildSite(site));
    }),
  );
  return result;
}

/** @param {string} site */
async function buildSite(site) {
  const dir = new URL(`${site}/`, FIXTURES);
  const html = await fs.readFile(new URL('index.html', dir), 'utf8');
  const entry = await firstExisting([new URL('app.jsx', dir), new URL('app.js', dir)]);
  const built = await esbuild.build({
    entryPoints: { app: entry.pathname },
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
    jsx: 'automatic',
    outdir: '/assets',
    minify: false,
    legalComments: 'none',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.svg': 'text' },
  });
  /** @type {Map<string, {type: string, body: Uint8Array}>} */
  const assets = new Map();
  for (const file of built.outputFiles) {
    const type = file.path.endsWith('.css') ? 'text/css' : 'text/javascript';
    assets.set(file.path, { type: `${type}; charset=utf-8`, body: file.contents });
  }
  return { html, assets };
}

/** @param {URL[]} candidates */
async function firstExisting(candidates) {
  for (const candidate of candidates) {
    try {
      await fs.access(candidate);
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new Error(`no fixture entry among ${candidates.map(String).join(', ')}`);
}
