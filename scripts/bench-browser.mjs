// In-browser latency benchmarks, run by `make bench` after `cargo bench`.
// Every tests/e2e/bench-*.mjs module runs in each browser (SCRIM_BROWSERS
// narrows it) against the fixture server with the built extension loaded,
// and the results are printed as one table.
//
// A benchmark module exports:
//   export const title = 'what is measured';
//   export async function run({ session, server, kind }) → [{ name, value, unit }]
// where session is a tests/e2e/lib/browsers.mjs BrowserSession.

import fs from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser, selectedBrowsers } from '../tests/e2e/lib/browsers.mjs';
import { startFixtureServer } from '../tests/e2e/lib/fixture-server.mjs';

const E2E = path.resolve(new URL('../tests/e2e', import.meta.url).pathname);
const files = (await fs.readdir(E2E)).filter((name) => /^bench-.*\.mjs$/.test(name)).sort();
if (files.length === 0) throw new Error('no tests/e2e/bench-*.mjs benchmark found');

/** @type {{bench: string, browser: string, name: string, value: number, unit: string}[]} */
const rows = [];
for (const kind of selectedBrowsers()) {
  const server = await startFixtureServer();
  const session = await launchBrowser(kind, { proxyPort: server.proxyPort });
  try {
    for (const file of files) {
      const bench = await import(path.join(E2E, file));
      console.error(`[bench] ${kind}: ${bench.title}`);
      for (const row of await bench.run({ session, server, kind })) {
        rows.push({ bench: bench.title, browser: kind, ...row });
      }
    }
  } finally {
    await session.close();
    await server.close();
  }
}

const header = ['benchmark', 'browser', 'measure', 'value'];
const table = rows.map((row) => [row.bench, row.browser, row.name, `${formatNumber(row.value)} ${row.unit}`]);
const widths = header.map((title, i) => Math.max(title.length, ...table.map((cells) => cells[i].length)));
const line = (/** @type {string[]} */ cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const cells of table) console.log(line(cells));

/** @param {number} value */
function formatNumber(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}
