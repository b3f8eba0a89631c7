// `make run`: the extension doing its job on the bundled offline replica of
// chat.deepseek.com. With a display, opens Chromium with dist/chrome loaded
// on the replica, ready to type into, and waits until the window is closed.
// Without one ($DISPLAY unset), runs the same demo headless: types a prompt
// holding an email address, a card number and an API key, saves the page
// with Scrim's inline warnings to dist/demo.png and prints what was flagged.

import path from 'node:path';
import { launchBrowser } from '../tests/e2e/lib/browsers.mjs';
import { startFixtureServer } from '../tests/e2e/lib/fixture-server.mjs';
import { COMPOSERS } from '../tests/e2e/lib/page-helpers.mjs';

const ROOT = path.resolve(new URL('..', import.meta.url).pathname);
const SCREENSHOT = path.join(ROOT, 'dist', 'demo.png');
const PROMPT =
  'Please draft a refund email to jane.doe@northwind-mail.com for the order paid with card 4111 1111 1111 1111, ' +
  'and debug why our deploy fails with the key AKIAZ7Q3LMNB4XKD2R6T.';

const headless = !process.env.DISPLAY;
const server = await startFixtureServer();
const session = await launchBrowser('chromium', { proxyPort: server.proxyPort, headless });
const page = await session.openFixture('deepseek');
const composer = COMPOSERS.deepseek.editor;
await page.waitForSelector(composer, { visible: true });

if (!headless) {
  await page.focus(composer);
  console.log('[run] Chromium is open on https://chat.deepseek.com/ (the offline replica) with Scrim loaded.');
  console.log('[run] Type into the composer; close the window to stop.');
  await new Promise((resolve) => session.browser.once('disconnected', resolve));
  await server.close();
} else {
  await page.focus(composer);
  await page.keyboard.type(PROMPT);
  const reply = await session.sendToBackground({ kind: 'scan', text: PROMPT });
  if (!reply?.ok) throw new Error(`the background could not scan: ${reply?.error ?? 'no answer'}`);
  const findings = reply.value.findings;
  // Wait until the status chip has counted what the engine found, so the screenshot shows it.
  await page.waitForFunction(
    (count) => document.querySelector('scrim-status')?.getAttribute('data-count') === String(count),
    { timeout: 10_000 },
    findings.length,
  );
  await page.screenshot({ path: SCREENSHOT });
  console.log(`[run] no display: ran the demo headless and saved ${path.relative(ROOT, SCREENSHOT)}`);
  console.log(`[run] prompt: ${PROMPT}`);
  console.log(`[run] Scrim flagged ${findings.length}:`);
  for (const finding of findings) {
    console.log(`  - ${finding.category}/${finding.kind} (${finding.severity}): "${finding.text}" — ${finding.reason}`);
  }
  await session.close();
  await server.close();
}
