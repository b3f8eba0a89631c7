// Benchmark for `make bench`: underline latency after the last keystroke and
// main-thread stalls while typing, on the DeepSeek replica (issue 4's targets:
// ≤ 100 ms at 2,000 characters, ≤ 250 ms at 50,000, no task over 50 ms).

import { measureTyping } from './deepseek-latency.mjs';

export const title = 'deepseek typing latency';

/** @param {{session: import('./lib/browsers.mjs').BrowserSession}} context */
export async function run({ session }) {
  const m = await measureTyping(session, { runs: 9 });
  const stallName = m.stall2k.supported ? 'longest long task' : 'longest timer gap';
  return [
    { name: 'underline after last key, 2,000 chars (median)', value: m.latency2k, unit: 'ms' },
    { name: 'underline after last key, 50,000 chars (median)', value: m.latency50k, unit: 'ms' },
    { name: `typing at 2,000 chars: ${stallName}`, value: m.stall2k.supported ? m.stall2k.longTask : m.stall2k.gap, unit: 'ms' },
    { name: `typing at 50,000 chars: ${stallName}`, value: m.stall50k.supported ? m.stall50k.longTask : m.stall50k.gap, unit: 'ms' },
  ];
}
