// Unit tests for the content script's pure parts: shifting findings while a
// scan is pending, the reminder schedule, placeholder restore, the scan
// debounce, the protocol envelope, and DeepSeek's conversation ids.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { diffRegion, shiftFindings } from '../../extension/content/text-diff.js';
import { DAY_MS, isReminderDue } from '../../extension/content/reminder-policy.js';
import { restorePlaceholders } from '../../extension/content/dom/reply-restorer.js';
import { scanDelay } from '../../extension/content/controller.js';
import { deepseek } from '../../extension/content/sites/deepseek.js';
import { Kind, ProtocolError, request } from '../../extension/shared/protocol.js';

test('diffRegion finds the single edited stretch', () => {
  assert.deepEqual(diffRegion('hello world', 'hello brave world'), { start: 6, removedEnd: 6, insertedEnd: 12 });
  assert.deepEqual(diffRegion('abc', 'abc'), { start: 3, removedEnd: 3, insertedEnd: 3 });
  assert.deepEqual(diffRegion('aaa', 'aa'), { start: 2, removedEnd: 3, insertedEnd: 2 });
});

test('shiftFindings keeps findings before, moves findings after, drops touched ones', () => {
  const before = 'a@b.co and c@d.co and e@f.co';
  const findings = [
    { start: 0, end: 6 },
    { start: 11, end: 17 },
    { start: 22, end: 28 },
  ];
  // Insert text in the middle finding: it is dropped, the last one moves by 3.
  const after = 'a@b.co and c@dxyz.co and e@f.co';
  assert.deepEqual(shiftFindings(before, after, findings), [
    { start: 0, end: 6 },
    { start: 25, end: 31 },
  ]);
  assert.equal(after.slice(25, 31), 'e@f.co');
  // Typing at the very end keeps everything that does not touch the end.
  assert.deepEqual(shiftFindings(`${before} ok`, `${before} okay`, findings), findings);
  // Typing right after a finding drops it (the value may be growing).
  assert.deepEqual(shiftFindings('x a@b.co', 'x a@b.com', [{ start: 2, end: 8 }]), []);
});

test('the reminder shows first, repeats after 30 days, snoozes 7 days, stops once confirmed', () => {
  const now = 1_000 * DAY_MS;
  assert.equal(isReminderDue({}, now, true), true);
  assert.equal(isReminderDue({}, now, false), false);
  assert.equal(isReminderDue({ dismissedAt: now - 29 * DAY_MS }, now, true), false);
  assert.equal(isReminderDue({ dismissedAt: now - 30 * DAY_MS }, now, true), true);
  assert.equal(isReminderDue({ snoozedUntil: now + 1 }, now, true), false);
  assert.equal(isReminderDue({ snoozedUntil: now - 1 }, now, true), true);
  assert.equal(isReminderDue({ confirmedAt: now - 400 * DAY_MS }, now, true), false);
});

test('restorePlaceholders replaces only placeholders in the vault and reports spans', () => {
  const vault = { '[EMAIL_1]': 'ivy@example.com', '[CREDENTIAL_1]': 'AKIA0000' };
  const result = restorePlaceholders('to [EMAIL_1], key [CREDENTIAL_1], not [EMAIL_2] or [x]', vault);
  assert.equal(result.text, 'to ivy@example.com, key AKIA0000, not [EMAIL_2] or [x]');
  assert.deepEqual(
    result.spans.map((s) => result.text.slice(s.start, s.end)),
    ['ivy@example.com', 'AKIA0000'],
  );
  assert.deepEqual(restorePlaceholders('nothing here', vault), { text: 'nothing here', spans: [] });
});

test('scan debounce stays short for ordinary prompts and grows for long ones', () => {
  assert.ok(scanDelay(2_000) <= 30);
  assert.ok(scanDelay(50_000) <= 100);
  assert.ok(scanDelay(50_000) > scanDelay(2_000));
});

test('request unwraps the envelope and throws the background\'s error', async () => {
  /** @type {any[]} */
  const sent = [];
  const ok = async (/** @type {any} */ m) => (sent.push(m), { ok: true, value: { findings: [] } });
  assert.deepEqual(await request(Kind.scan, { text: 'x' }, ok), { findings: [] });
  assert.deepEqual(sent, [{ kind: 'scan', text: 'x' }]);
  await assert.rejects(request(Kind.scan, {}, async () => ({ ok: false, error: 'engine down' })), (error) => {
    assert.ok(error instanceof ProtocolError);
    assert.equal(error.message, 'engine down');
    return true;
  });
  await assert.rejects(request(Kind.scan, {}, async () => undefined), ProtocolError);
});

test('DeepSeek conversations: new chat vs /a/chat/s/<id>', () => {
  const fresh = new URL('https://chat.deepseek.com/');
  const chat = new URL('https://chat.deepseek.com/a/chat/s/3f2a-91bc');
  assert.equal(deepseek.conversationId(fresh), 'chat.deepseek.com/new');
  assert.equal(deepseek.isNewConversation(fresh), true);
  assert.equal(deepseek.conversationId(chat), 'chat.deepseek.com/3f2a-91bc');
  assert.equal(deepseek.isNewConversation(chat), false);
});
