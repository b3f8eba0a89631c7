// The fixture server: HTTPS on loopback, answering for the real chat
// hostnames with the bundled replicas, plus the forward proxy every test
// browser is pointed at. The proxy tunnels the fixture hostnames to the
// server and refuses everything else; both keep a log of every request, which
// the privacy checks read.

import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { fixtureCertificate } from './certificate.mjs';
import { fixtureBundles } from './fixture-bundle.mjs';
import { FIXTURE_HOSTS, SITES, STRICT_CSP, siteForHostname } from './sites.mjs';

/**
 * @typedef {object} ServedRequest
 * @property {string} host
 * @property {string} method
 * @property {string} path
 * @property {number} status
 * @property {string | undefined} origin
 * @property {string | undefined} referer
 * @property {string | undefined} fetchSite
 * @property {string | undefined} fetchDest
 *
 * @typedef {object} ProxiedRequest
 * @property {'CONNECT' | 'HTTP'} kind
 * @property {string} host
 * @property {string} target
 * @property {boolean} tunnelled
 */

/**
 * Starts the HTTPS fixture server and the proxy in front of it, both on
 * ephemeral loopback ports.
 * @returns {Promise<FixtureServer>}
 */
export async function startFixtureServer() {
  const [{ key, cert }, bundles] = await Promise.all([fixtureCertificate(), fixtureBundles()]);
  /** @type {ServedRequest[]} */
  const served = [];
  /** @type {ProxiedRequest[]} */
  const proxied = [];

  const server = https.createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    const site = siteForHostname(host);
    const bundle = site && bundles.get(site);
    let status = 404;
    if (bundle && req.method === 'GET') {
      const asset = bundle.assets.get(url.pathname);
      if (asset) {
        status = 200;
        res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'no-store' });
        res.end(asset.body);
      } else if (url.pathname === '/favicon.ico') {
        status = 204;
        res.writeHead(204);
        res.end();
      } else if (!url.pathname.startsWith('/assets/')) {
        // Single-page app: every route answers with the app shell.
        status = 200;
        const headers = { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' };
        if (url.searchParams.get('fixture') === 'strict-csp') headers['content-security-policy'] = STRICT_CSP;
        res.writeHead(200, headers);
        res.end(bundle.html.replaceAll('%TITLE%', SITES[site].title));
      }
    }
    if (status === 404) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not a fixture resource');
    }
    served.push({
      host,
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      status,
      origin: header(req, 'origin'),
      referer: header(req, 'referer'),
      fetchSite: header(req, 'sec-fetch-site'),
      fetchDest: header(req, 'sec-fetch-dest'),
    });
  });
  await listen(server);
  const serverPort = /** @type {net.AddressInfo} */ (server.address()).port;

  const proxy = http.createServer((req, res) => {
    // Plain-HTTP requests never reach a fixture: the sites are HTTPS only.
    proxied.push({ kind: 'HTTP', host: hostOf(req.url ?? ''), target: req.url ?? '', tunnelled: false });
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('blocked by the Scrim test proxy');
  });
  proxy.on('connect', (req, socket, head) => {
    const target = req.url ?? '';
    const host = target.replace(/:\d+$/, '');
    const tunnelled = FIXTURE_HOSTS.includes(host) && target.endsWith(':443');
    proxied.push({ kind: 'CONNECT', host, target, tunnelled });
    socket.on('error', () => socket.destroy());
    if (!tunnelled) {
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = net.connect(serverPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('close', () => upstream.destroy());
  });
  await listen(proxy);
  const proxyPort = /** @type {net.AddressInfo} */ (proxy.address()).port;

  return {
    proxyPort,
    serverPort,
    served,
    proxied,
    async close() {
      server.closeAllConnections();
      proxy.closeAllConnections();
      await Promise.all([close(server), close(proxy)]);
    },
  };
}

/**
 * @typedef {object} FixtureServer
 * @property {number} proxyPort  point browsers here (HTTP proxy for http and https)
 * @property {number} serverPort the HTTPS server itself
 * @property {ServedRequest[]} served   every request the fixture server answered
 * @property {ProxiedRequest[]} proxied every request that reached the proxy
 * @property {() => Promise<void>} close
 */

/** @param {http.IncomingMessage} req @param {string} name */
function header(req, name) {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/** @param {string} url */
function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/** @param {net.Server} server */
function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(undefined));
  });
}

/** @param {net.Server} server */
function close(server) {
  return new Promise((resolve) => server.close(() => resolve(undefined)));
}
