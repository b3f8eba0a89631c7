// The npm package as a user gets it: packed with `npm pack`, installed from the tarball
// into an empty project, imported by name; scan, mask and restore with UTF-16 offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

test('the packed tarball installs and masks, restores, scans', () => {
  const name = execFileSync('bash', ['scripts/build-npm.sh'], { cwd: root, encoding: 'utf8' }).trim();
  const tarball = join(root, 'target/npm', name.split('\n').pop());
  assert.ok(existsSync(tarball), tarball);
  const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
  for (const file of ['package/index.d.ts', 'package/node.js', 'package/bundler.js', 'package/wasm/scrim_bg.wasm']) {
    assert.ok(listing.includes(file), `${file} missing from the tarball`);
  }

  const project = mkdtempSync(join(tmpdir(), 'scrim-npm-'));
  try {
    writeFileSync(join(project, 'package.json'), '{"name": "user", "private": true, "type": "module"}');
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], { cwd: project, stdio: 'pipe' });
    writeFileSync(join(project, 'use.mjs'), `
      import { scan, mask, restore } from 'scrim-engine';
      const prompt = '邮件 ann.lee@corp-mail.cn, project Heron';
      const policy = { custom_terms: ['Heron'] };
      const findings = scan(prompt, { policy });
      const first = mask(prompt, { policy });
      const second = mask('again ann.lee@corp-mail.cn', { policy, vault: first.vault });
      const answer = 'Wrote to [EMAIL_1] about [TERM_1], not [TERM_5].';
      console.log(JSON.stringify({ findings, first, second, restored: restore(answer, first.vault), round: restore(first.text, first.vault).text }));
    `);
    const out = JSON.parse(execFileSync('node', ['use.mjs'], { cwd: project, encoding: 'utf8' }));
    const email = out.findings.find((f) => f.category === 'email');
    assert.equal(email.start, 3, 'UTF-16 offset after two CJK characters and a space');
    assert.equal(email.text, 'ann.lee@corp-mail.cn');
    assert.equal(out.first.text, '邮件 [EMAIL_1], project [TERM_1]');
    assert.equal(out.second.text, 'again [EMAIL_1]');
    assert.equal(out.restored.text, 'Wrote to ann.lee@corp-mail.cn about Heron, not [TERM_5].');
    assert.equal(out.round, '邮件 ann.lee@corp-mail.cn, project Heron');
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
