// The official OpenAI and Anthropic SDKs pointed at the built `scrim-proxy`, which forwards
// to a loopback upstream that records what it receives and answers with placeholders (one
// split across stream chunks): the upstream never sees the values, the SDK gets them back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';

const root = resolve(import.meta.dirname, '../..');
const binary = resolve(root, 'target/debug/scrim-proxy');
const EMAIL = 'ann.lee@corp-mail.cn';
const CARD = '4111 1111 1111 1111';
const received = [];
let upstream;
let proxy;
let base;

const sse = (events) => events.map(([name, data]) => (name ? `event: ${name}\n` : '') + `data: ${typeof data === 'string' ? data : JSON.stringify(data)}\n\n`);

function openaiStream() {
  const chunk = (content, finish = null) => ({ id: 'c', object: 'chat.completion.chunk', created: 1, model: 'm', choices: [{ index: 0, delta: content === null ? {} : { content }, finish_reason: finish }] });
  return sse([[null, chunk('Card [CA')], [null, chunk('RD_1] for ')], [null, chunk('[EMAIL_1].')], [null, chunk(null, 'stop')], [null, '[DONE]']]);
}

function anthropicStream() {
  const delta = (text) => ['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } }];
  return sse([
    ['message_start', { type: 'message_start', message: { id: 'm', type: 'message', role: 'assistant', model: 'm', content: [], stop_reason: null, usage: { input_tokens: 1, output_tokens: 0 } } }],
    ['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }],
    delta('Mail [EMAI'), delta('L_1] now'),
    ['content_block_stop', { type: 'content_block_stop', index: 0 }],
    ['message_delta', { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 3 } }],
    ['message_stop', { type: 'message_stop' }],
  ]);
}

function reply(req, res, body) {
  const request = JSON.parse(body);
  const anthropic = req.url.includes('/messages');
  if (request.stream) {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    const events = anthropic ? anthropicStream() : openaiStream();
    let i = 0;
    const next = () => (i < events.length ? (res.write(events[i++]), setTimeout(next, 5)) : res.end());
    next();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(anthropic
    ? { id: 'm', type: 'message', role: 'assistant', model: 'm', content: [{ type: 'text', text: 'Noted [EMAIL_1].' }], stop_reason: 'end_turn', usage: { input_tokens: 1, output_tokens: 1 } }
    : { id: 'c', object: 'chat.completion', created: 1, model: 'm', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'Charged [CARD_1], receipt to [EMAIL_1].' } }] }));
}

before(async () => {
  assert.ok(existsSync(binary), `${binary} is built by make test-rust (cargo build -p scrim-proxy)`);
  upstream = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ url: req.url, headers: req.headers, body });
      reply(req, res, body);
    });
  });
  await new Promise((ok) => upstream.listen(0, '127.0.0.1', ok));
  proxy = spawn(binary, ['--listen', '127.0.0.1:0', '--upstream', `http://127.0.0.1:${upstream.address().port}`]);
  base = await new Promise((ok, fail) => {
    let log = '';
    proxy.stderr.on('data', (d) => {
      log += d;
      const m = log.match(/listening on (http:\/\/[\d.:]+),/);
      if (m) ok(m[1]);
    });
    proxy.on('exit', (code) => fail(new Error(`scrim-proxy exited ${code}: ${log}`)));
  });
});

after(() => {
  proxy?.kill();
  upstream?.close();
});

const prompt = `Charge ${CARD} and mail ${EMAIL}.`;

function lastReceived() {
  const last = received.at(-1);
  assert.ok(!last.body.includes(EMAIL) && !last.body.includes(CARD), last.body);
  assert.ok(last.body.includes('[EMAIL_1]') && last.body.includes('[CARD_1]'), last.body);
  return last;
}

test('openai SDK, plain answer', async () => {
  const client = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'sk-test-key', maxRetries: 0 });
  const answer = await client.chat.completions.create({ model: 'deepseek-chat', messages: [{ role: 'user', content: prompt }] });
  assert.equal(answer.choices[0].message.content, `Charged ${CARD}, receipt to ${EMAIL}.`);
  const seen = lastReceived();
  assert.equal(seen.url, '/v1/chat/completions');
  assert.equal(seen.headers.authorization, 'Bearer sk-test-key');
});

test('openai SDK, streaming with a placeholder split across chunks', async () => {
  const client = new OpenAI({ baseURL: `${base}/v1`, apiKey: 'sk-test-key', maxRetries: 0 });
  const stream = await client.chat.completions.create({ model: 'deepseek-chat', stream: true, messages: [{ role: 'system', content: `Customer ${EMAIL}` }, { role: 'user', content: prompt }] });
  let text = '';
  for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
  assert.equal(text, `Card ${CARD} for ${EMAIL}.`);
  lastReceived();
});

test('anthropic SDK, plain and streaming', async () => {
  const client = new Anthropic({ baseURL: base, apiKey: 'sk-ant-test', maxRetries: 0 });
  const message = await client.messages.create({ model: 'm', max_tokens: 64, system: `Customer ${EMAIL}`, messages: [{ role: 'user', content: prompt }] });
  assert.equal(message.content[0].text, `Noted ${EMAIL}.`);
  const headers = lastReceived().headers;
  // The SDK sends its key as x-api-key or as a bearer token, by version; either arrives as sent.
  assert.ok(headers['x-api-key'] === 'sk-ant-test' || headers.authorization === 'Bearer sk-ant-test');
  const stream = client.messages.stream({ model: 'm', max_tokens: 64, messages: [{ role: 'user', content: prompt }] });
  let text = '';
  stream.on('text', (t) => (text += t));
  await stream.finalMessage();
  assert.equal(text, `Mail ${EMAIL} now`);
  lastReceived();
});
