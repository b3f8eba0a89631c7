// Issue 4's latency targets on the DeepSeek replica, in both browsers: the
// underline is visible ≤ 100 ms after the last keystroke at 2,000 characters
// and ≤ 250 ms at 50,000, and typing causes no main-thread task over 50 ms
// (Chromium reports long tasks; in Firefox the largest timer gap stands in,
// which also counts the browser's own work on each key, so it gets headroom).
// Latencies are medians of five; the stall is the calmest of up to three
// typing sessions, so load from elsewhere on the machine does not fail it
// while a stall Scrim causes on every keystroke still does.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeInBrowsers } from './lib/harness.mjs';
import { measureTyping } from './deepseek-latency.mjs';

describeInBrowsers('deepseek: typing latency', (ctx) => {
  test('underline latency and main-thread stalls stay within the targets', async () => {
    const m = await measureTyping(ctx.session);
    console.log(`# ${ctx.kind}: ${JSON.stringify(m)}`);
    assert.ok(m.latency2k <= 100, `2,000 chars: ${m.latency2k} ms`);
    assert.ok(m.latency50k <= 250, `50,000 chars: ${m.latency50k} ms`);
    if (m.stall2k.supported) {
      assert.ok(m.stall2k.longTask <= 50, `long task at 2,000 chars: ${m.stall2k.longTask} ms`);
      assert.ok(m.stall50k.longTask <= 50, `long task at 50,000 chars: ${m.stall50k.longTask} ms`);
    } else {
      assert.ok(m.stall50k.gap <= 100, `timer gap at 50,000 chars: ${m.stall50k.gap} ms`);
    }
  });
});
