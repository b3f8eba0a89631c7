// Self-signed TLS certificate for the fixture hostnames, generated at test
// time (never committed) and cached under tests/e2e/.certs while valid.
// Browsers are launched with acceptInsecureCerts, so no CA is installed.

import fs from 'node:fs/promises';
import path from 'node:path';
import selfsigned from 'selfsigned';
import { FIXTURE_HOSTS } from './sites.mjs';

const CERT_DIR = new URL('../.certs/', import.meta.url);
const VALID_DAYS = 7;

/** @returns {Promise<{key: string, cert: string}>} */
export async function fixtureCertificate() {
  const keyFile = new URL('fixtures.key', CERT_DIR);
  const certFile = new URL('fixtures.crt', CERT_DIR);
  try {
    const [key, cert, stat] = await Promise.all([
      fs.readFile(keyFile, 'utf8'),
      fs.readFile(certFile, 'utf8'),
      fs.stat(certFile),
    ]);
    const ageDays = (Date.now() - stat.mtimeMs) / 86_400_000;
    if (ageDays < VALID_DAYS - 1) return { key, cert };
  } catch {
    // Not generated yet: fall through.
  }
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'Scrim test fixtures' }], {
    keySize: 2048,
    days: VALID_DAYS,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'subjectAltName', altNames: FIXTURE_HOSTS.map((value) => ({ type: 2, value })) },
    ],
  });
  await fs.mkdir(CERT_DIR, { recursive: true });
  // Write to temporary names first so a concurrent reader never sees half a pair.
  const suffix = `.${process.pid}.tmp`;
  await fs.writeFile(path.join(CERT_DIR.pathname, `fixtures.key${suffix}`), pems.private);
  await fs.writeFile(path.join(CERT_DIR.pathname, `fixtures.crt${suffix}`), pems.cert);
  await fs.rename(path.join(CERT_DIR.pathname, `fixtures.key${suffix}`), keyFile);
  await fs.rename(path.join(CERT_DIR.pathname, `fixtures.crt${suffix}`), certFile);
  return { key: pems.private, cert: pems.cert };
}
