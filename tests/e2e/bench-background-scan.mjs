// Benchmark: round trip of a scan request from an extension page through
// runtime messaging to the background's wasm engine and back, at the prompt
// sizes issue 4's latency targets name (2,000 and 50,000 characters). The
// first request includes the engine's start-up and is reported on its own.

export const title = 'background scan round trip';

const SIZES = [2_000, 50_000];
const RUNS = 15;

/** @param {number} length a prompt-like text with a few findings in it */
function promptOfLength(length) {
  const sentence =
    'Summarise the meeting notes and email them to jane.doe@example.com; the invoice was paid ' +
    'with card 4111 1111 1111 1111 and nothing else here is sensitive at all. ';
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
}

/** @param {{session: import('./lib/browsers.mjs').BrowserSession}} context */
export async function run({ session }) {
  const page = await session.openExtensionPage('popup/popup.html');
  try {
    const texts = SIZES.map(promptOfLength);
    const timings = await page.evaluate(
      async (inputs, runs) => {
        const runtime = (/** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome).runtime;
        const once = async (/** @type {string} */ text) => {
          const start = performance.now();
          const reply = await runtime.sendMessage({ kind: 'scan', text });
          if (!reply?.ok) throw new Error(`scan failed: ${reply?.error}`);
          return performance.now() - start;
        };
        const first = await once(inputs[0]);
        const perSize = [];
        for (const text of inputs) {
          const samples = [];
          for (let i = 0; i < runs; i++) samples.push(await once(text));
          samples.sort((a, b) => a - b);
          perSize.push({ median: samples[Math.floor(runs / 2)], p95: samples[Math.ceil(runs * 0.95) - 1] });
        }
        return { first, perSize };
      },
      texts,
      RUNS,
    );
    return [
      { name: 'first scan (engine start, 2k chars)', value: timings.first, unit: 'ms' },
      ...SIZES.flatMap((size, i) => [
        { name: `${size} chars, median of ${RUNS}`, value: timings.perSize[i].median, unit: 'ms' },
        { name: `${size} chars, p95`, value: timings.perSize[i].p95, unit: 'ms' },
      ]),
    ];
  } finally {
    await page.close();
  }
}
