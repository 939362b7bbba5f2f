// A local server that serves the fixture pages under the outlets' real hostnames, for the e2e
// tests and the demo (`npm start`). See shared/BROWSER-TESTING.md:
// - Chromium maps the hostnames here with --host-resolver-rules (see `chromiumHostRules`).
// - Firefox has no such flag, so the HTTP listener is also a proxy: absolute-form requests are
//   served directly and `CONNECT host:443` is tunnelled to the local TLS listener.
// HTTPS uses a throwaway self-signed certificate (openssl) with every fixture host as a SAN.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { createServer as createHttp } from 'node:http';
import { createServer as createHttps } from 'node:https';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// From the repo root (npm scripts and vitest run there; this file is also bundled into .zvirka/run/,
// where import.meta.url would point elsewhere).
const PAGES_DIR = join(process.cwd(), 'test', 'fixtures', 'pages');

/** Every fixture page: { name, url, file }. */
export function listFixturePages(dir = PAGES_DIR) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const expected = join(dir, name, 'expected.json');
    const source = join(dir, name, 'source.html');
    if (!existsSync(expected) || !existsSync(source)) continue;
    const { url } = JSON.parse(readFileSync(expected, 'utf8'));
    out.push({ name, url, file: source });
  }
  return out;
}

function makeCertificate(hosts) {
  const dir = mkdtempSync(join(tmpdir(), 'zvirka-cert-'));
  const san = hosts.map((h) => `DNS:${h}`).join(',');
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=zvirka-fixtures',
      '-addext', `subjectAltName=${san}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'pipe' });
  } catch (err) {
    throw new Error(`could not create a test certificate with openssl (is it installed?): ${err.message}`, { cause: err });
  }
  const cert = { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  rmSync(dir, { recursive: true, force: true });
  return cert;
}

const listen = (server) =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });

/**
 * Starts the server. `routes` maps absolute URLs (without hash) to { body, type }; every fixture
 * page is added by default. Returns { httpPort, httpsPort, hosts, pages, route(url, body, type), log, close() }.
 */
export async function startFixtureServer({ pages = listFixturePages(), extraHosts = [] } = {}) {
  const routes = new Map();
  const log = [];
  const route = (url, body, type = 'text/html; charset=utf-8', headers = {}) =>
    routes.set(url.split('#')[0], { body, type, headers });
  for (const p of pages) route(p.url, readFileSync(p.file));
  const hosts = [...new Set([...pages.map((p) => new URL(p.url).hostname), ...extraHosts])].sort();

  const handle = (scheme) => (req, res) => {
    // Proxied requests carry an absolute URL; direct ones a path and a Host header.
    const url = req.url.startsWith('http') ? new URL(req.url) : new URL(`${scheme}://${req.headers.host}${req.url}`);
    const key = `${url.protocol}//${url.host}${url.pathname}${url.search}`;
    const hit = routes.get(key) ?? routes.get(`https://${url.host}${url.pathname}${url.search}`);
    log.push({ method: req.method, url: key, status: hit ? 200 : 404 });
    if (!hit) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`no fixture at ${key}\n`);
      return;
    }
    res.writeHead(200, { 'content-type': hit.type, 'cache-control': 'no-store', ...hit.headers });
    res.end(req.method === 'HEAD' ? undefined : hit.body);
  };

  const https = createHttps(makeCertificate(hosts), handle('https'));
  const http = createHttp(handle('http'));
  const sockets = new Set();
  for (const s of [http, https]) s.on('connection', (c) => (sockets.add(c), c.on('close', () => sockets.delete(c))));
  const httpsPort = await listen(https);
  // Firefox proxy: tunnel CONNECT to the TLS listener whatever host it names (all fixtures live there).
  http.on('connect', (req, client, head) => {
    const upstream = connect(httpsPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head?.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const drop = () => (client.destroy(), upstream.destroy());
    upstream.on('error', drop);
    client.on('error', drop);
  });
  const httpPort = await listen(http);

  return {
    httpPort,
    httpsPort,
    hosts,
    pages,
    route,
    log,
    /** --host-resolver-rules for Chromium: the :443 rules first (BROWSER-TESTING.md). */
    chromiumHostRules() {
      const tls = hosts.map((h) => `MAP ${h}:443 127.0.0.1:${httpsPort}`);
      const plain = hosts.map((h) => `MAP ${h} 127.0.0.1:${httpPort}`);
      return [...tls, ...plain].join(', ');
    },
    /** Firefox prefs that send all traffic through this server. */
    firefoxProxyPrefs() {
      return {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': httpPort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': httpPort,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
      };
    },
    close() {
      for (const s of sockets) s.destroy();
      return Promise.all([new Promise((r) => http.close(r)), new Promise((r) => https.close(r))]);
    },
  };
}
