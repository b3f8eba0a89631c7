// @ts-check
// Site privacy facts and the deletion-request template (extension/shared/site-facts.js).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  SITE_FACTS,
  buildDeletionRequest,
  factsForHost,
  mailtoHref,
  toggleLocationText,
} from '../../extension/shared/site-facts.js';
import { SUPPORTED_SITES } from '../../extension/shared/settings.js';
import { messages, t } from './messages-fixture.mjs';

test('every supported site has facts, and every fact has a message', () => {
  assert.deepEqual(Object.keys(SITE_FACTS).sort(), [...SUPPORTED_SITES].sort());
  for (const facts of Object.values(SITE_FACTS)) {
    const keys = [facts.nameKey, facts.toggleNameKey, ...facts.toggleSteps, ...facts.factKeys];
    for (const key of keys) {
      assert.ok(key.startsWith('facts_'), `${key} keeps the facts_ prefix`);
      assert.ok(messages[key]?.message, `${key} is in messages.json`);
    }
  }
});

test('factsForHost knows the four sites and nothing else', () => {
  assert.equal(factsForHost('chat.deepseek.com')?.host, 'chat.deepseek.com');
  assert.equal(factsForHost('example.com'), null);
  assert.equal(factsForHost('toString'), null);
  assert.equal(factsForHost(null), null);
  assert.equal(factsForHost(''), null);
});

test('DeepSeek facts say training is on by default, what opting out does not do, residency and retention', () => {
  const text = SITE_FACTS['chat.deepseek.com'].factKeys.map((key) => t(key)).join('\n');
  assert.match(text, /on by default/);
  assert.match(text, /Improve the model for everyone/);
  assert.match(text, /Settings → Data/);
  assert.match(text, /does not delete what you already sent/);
  assert.match(text, /keeps storing/);
  assert.match(text, /People's Republic of China/);
  assert.match(text, /no fixed deletion schedule/);
});

test('the toggle location reads as one path ending in the switch label', () => {
  assert.equal(
    toggleLocationText(SITE_FACTS['chat.deepseek.com'], t),
    'profile menu (…) → Settings → Data → turn off “Improve the model for everyone”',
  );
  assert.equal(
    toggleLocationText(SITE_FACTS['chatgpt.com'], t),
    'Settings → Data controls → turn off “Improve the model for everyone”',
  );
  assert.equal(toggleLocationText(SITE_FACTS['claude.ai'], t), 'Settings → Privacy → turn off “Help improve Claude”');
  assert.match(toggleLocationText(SITE_FACTS['gemini.google.com'], t), /Gemini Apps Activity/);
});

test('the DeepSeek deletion request goes to privacy@deepseek.com and names the site', () => {
  const mail = buildDeletionRequest(SITE_FACTS['chat.deepseek.com'], t);
  assert.ok(mail);
  assert.equal(mail.to, 'privacy@deepseek.com');
  assert.equal(mail.subject, 'Request to delete my personal data (DeepSeek)');
  assert.match(mail.body, /^Hello,\n\nI use DeepSeek \(chat\.deepseek\.com\) with the account \[your account e-mail or phone number\]\./);
  assert.match(mail.body, /delete all personal data/);
  assert.match(mail.body, /train or improve your models/);
  assert.match(mail.body, /\[your name\]$/);
  assert.doesNotMatch(mail.body, /\$/, 'every placeholder was filled');
});

test('sites without a privacy address get no template', () => {
  assert.equal(buildDeletionRequest(SITE_FACTS['chatgpt.com'], t), null);
});

test('mailto links follow RFC 6068: %20 for spaces, CRLF line breaks, nothing left raw', () => {
  const href = mailtoHref({ to: 'privacy@deepseek.com', subject: 'A & B?', body: 'line one\nline two\r\n100% + more' });
  assert.equal(
    href,
    'mailto:privacy@deepseek.com?subject=A%20%26%20B%3F&body=line%20one%0D%0Aline%20two%0D%0A100%25%20%2B%20more',
  );
  const url = new URL(href);
  assert.equal(url.protocol, 'mailto:');
  assert.equal(decodeURIComponent(url.search.split('&body=')[1]), 'line one\r\nline two\r\n100% + more');
});

test('the real template survives the mailto round trip', () => {
  const mail = buildDeletionRequest(SITE_FACTS['chat.deepseek.com'], t);
  assert.ok(mail);
  const href = mailtoHref(mail);
  const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
  assert.equal(query.get('subject'), mail.subject);
  assert.equal(query.get('body'), mail.body.replace(/\n/g, '\r\n'));
  assert.ok(href.length < 2000, `mail clients accept it (${href.length} characters)`);
});
