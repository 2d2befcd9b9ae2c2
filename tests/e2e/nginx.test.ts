// Real nginx with deploy/nginx.conf (npm run serve:nginx, on a port the system picks): headers, caching, every error
// status with the site's own pages, language negotiation by q-weights, redirects, compression, and pages that render
// in Chromium with zero CSP violations under the header policy.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CACHE_ERROR, CACHE_NOT_FOUND, CSP_HEADER, SECURITY_HEADERS } from '../../deploy/policy.mjs';
import { RESTORE_SCRIPT, RESTORE_SCRIPT_HASH } from '../../src/reading/restore-script.mjs';
import { launchBrowser } from './browser';
import { builtUrls } from './pages';

let BASE = '';
let PORT = 0;
let nginx: ChildProcess | undefined;
let browser: Browser;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Header names as sent, lower-cased, in order (repeats included). */
  names: string[];
  body: string;
}

function request(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http
      .request(`${BASE}${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            names: res.rawHeaders.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase()),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      })
      .on('error', reject)
      .end();
  });
}
const get = (path: string, headers: Record<string, string> = {}) => request(path, headers);

/** Sends bytes as they are (for requests no HTTP client would make) and reads the reply until the server closes. */
function raw(bytes: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(PORT, '127.0.0.1', () => socket.write(bytes));
    socket.setTimeout(5000, () => socket.destroy());
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...lines] = head.split('\r\n');
      const pairs = lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]);
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers: Object.fromEntries(pairs),
        names: pairs.map(([n]) => n!),
        body: rest.join('\r\n\r\n'),
      });
    });
  });
}

/** A port nobody listens on right now (the system picks it); nginx may still lose it to a race, so start retries. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function startNginx(): Promise<void> {
  let log = '';
  for (let attempt = 0; attempt < 5; attempt += 1) {
    PORT = Number(process.env.NGINX_TEST_PORT ?? (await freePort()));
    BASE = `http://127.0.0.1:${PORT}`;
    const child = spawn(process.execPath, ['scripts/serve-nginx.mjs'], {
      env: { ...process.env, PORT: String(PORT), NGINX_PROBES: '1' },
      stdio: 'pipe',
    });
    log = '';
    child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    for (let i = 0; i < 100 && child.exitCode === null; i += 1) {
      try {
        if ((await get('/zh/')).status === 200) {
          nginx = child;
          return;
        }
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGTERM');
    if (!/Address already in use/u.test(log)) break;
  }
  throw new Error(`nginx did not serve /zh/ with 200: ${log}`);
}

beforeAll(async () => {
  await startNginx();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  nginx?.kill('SIGTERM');
});

/** Every header name once (a repeated security header or Cache-Control is a defect, not a list). */
function expectNoRepeats(reply: Reply, what: string): void {
  const repeated = reply.names.filter((n, i) => reply.names.indexOf(n) !== i);
  expect(repeated, `${what}: ${reply.names.join(', ')}`).toEqual([]);
}

function expectSecurityHeaders(reply: Reply, what: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS))
    expect(reply.headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
}

describe('nginx: headers', () => {
  it.each(['/en/tasks/7/', '/zh/'])('HTML %s carries every security header and short caching', async (path) => {
    const reply = await get(path);
    expect(reply.status).toBe(200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(reply.headers[name.toLowerCase()], name).toBe(value);
    expect(reply.headers['content-security-policy']).toBe(CSP_HEADER);
    expect(CSP_HEADER).toContain("'wasm-unsafe-eval'");
    expect(CSP_HEADER).toContain("frame-ancestors 'none'");
    expect(CSP_HEADER).not.toContain('unsafe-inline');
    expect(reply.headers['cache-control']).toBe('public, max-age=300');
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('hashed assets are cached for a year, immutable, with the security headers', async () => {
    const html = (await get('/en/tasks/7/')).body;
    const css = /href="(\/_astro\/[^"]+\.css)"/u.exec(html)![1]!;
    const reply = await get(css);
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['content-type']).toMatch(/^text\/css/u);
  });

  it('the reading settings are restored by an inline script that the header CSP allows by its hash', async () => {
    const html = (await get('/zh/')).body;
    expect(html).toContain(`<script>${RESTORE_SCRIPT}</script>`);
    expect((await get('/zh/')).headers['content-security-policy']).toContain(RESTORE_SCRIPT_HASH);
    const page = await browser.newPage();
    await page.addInitScript(() =>
      localStorage.setItem('reading', JSON.stringify({ size: 'larger', contrast: 'high' })),
    );
    await page.goto(`${BASE}/en/tasks/7/`);
    const root = await page.evaluate(() => ({ ...document.documentElement.dataset }));
    await page.close();
    expect(root).toMatchObject({ js: '', textSize: 'larger', contrast: 'high' });
  });
});

describe('nginx: not found', () => {
  it.each([
    ['/en/tasks/99/', 'Page not found'],
    ['/zh/no-such-page/', '页面未找到'],
    ['/no-such-file.html', 'Page not found'],
  ])('%s answers 404 with the right not-found page, briefly cacheable, noindex', async (path, text) => {
    const reply = await get(path);
    expect(reply.status).toBe(404);
    expect(reply.body).toContain(text);
    expect(reply.body).toContain('<meta name="robots" content="noindex">');
    expect(reply.headers['content-security-policy']).toBe(CSP_HEADER);
    expect(reply.headers['cache-control']).toBe(CACHE_NOT_FOUND);
    expect(reply.headers['x-robots-tag']).toBe('noindex');
    expectNoRepeats(reply, path);
  });

  it.each(['/404.html', '/zh/404/', '/en/404/', '/en/404/index.html', '/errors/400/', '/errors/5xx/index.html'])(
    'the error page %s answers 404 at its own address (never 200), noindex',
    async (path) => {
      const reply = await get(path);
      expect(reply.status).toBe(404);
      expect(reply.body).toContain('<meta name="robots" content="noindex">');
      expect(reply.headers['x-robots-tag']).toBe('noindex');
    },
  );

  it.each(['/_astro/', '/pagefind/', '/pagefind/zh/', '/data/', '/og/'])(
    'the folder %s (no index.html) answers 404, not 403',
    async (path) => {
      expect(fs.existsSync(`dist${path}`)).toBe(true);
      const reply = await get(path);
      expect(reply.status).toBe(404);
      expect(reply.body).toContain('页面未找到');
    },
  );

  it.each(['/_headers', '/_redirects', '/index.html.gz', '/zh/plan/index.html.gz'])(
    'the deploy-only or precompressed file %s is not served directly',
    async (path) => {
      expect(fs.existsSync(`dist${path}`)).toBe(true);
      const reply = await get(path);
      expect(reply.status).toBe(404);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    },
  );
});

describe('nginx: error responses', () => {
  const cases: [string, number, () => Promise<Reply>, string, string][] = [
    [
      '400 (two Host headers)',
      400,
      () => raw('GET /zh/ HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n'),
      '请求有误',
      'Bad request',
    ],
    ['403 (deny all, local probe)', 403, () => get('/.probe/403'), '禁止访问', 'Forbidden'],
    ['405 (POST to a page)', 405, () => request('/zh/', {}, 'POST'), '不支持这种请求方式', 'Method not allowed'],
    ['405 (DELETE)', 405, () => request('/en/tasks/7/', {}, 'DELETE'), '不支持这种请求方式', 'Method not allowed'],
    [
      '414 (address of 20,000 characters)',
      414,
      () => get(`/zh/?q=${'a'.repeat(20_000)}`),
      '网址太长',
      'Address too long',
    ],
    ['502 (local probe: proxy to a closed socket)', 502, () => get('/.probe/502'), '服务器出错', 'Server error'],
  ];

  it.each(cases)(
    "%s: the site's own bilingual page, no-store, noindex, every header once",
    async (_name, status, send, zh, en) => {
      const reply = await send();
      expect(reply.status).toBe(status);
      expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(reply.body).toContain(`<title>${zh} · ${en}`);
      expect(reply.body).toContain('<html lang="zh-CN">');
      expect(reply.body).toContain('<meta name="robots" content="noindex">');
      expect(reply.body).toMatch(/<link rel="stylesheet" href="\/_astro\/[^"]+\.css">/u);
      expect(reply.headers['cache-control']).toBe(CACHE_ERROR);
      expect(reply.headers['x-robots-tag']).toBe('noindex');
      expectSecurityHeaders(reply, String(status));
      expectNoRepeats(reply, String(status));
    },
  );

  it('a Range beyond the end of a hashed asset gets the whole file once (no 416 to cache for a year)', async () => {
    const html = (await get('/en/tasks/7/')).body;
    const css = /href="(\/_astro\/[^"]+\.css)"/u.exec(html)![1]!;
    const whole = await get(css);
    for (const range of ['bytes=99999999-', 'bytes=0-9', 'bytes=5-1']) {
      const reply = await get(css, { Range: range });
      expect(reply.status, range).toBe(200);
      expect(reply.headers['content-range'], range).toBeUndefined();
      expect(reply.body, range).toBe(whole.body);
      expect(reply.headers['cache-control'], range).toBe('public, max-age=31536000, immutable');
      expectSecurityHeaders(reply, range);
      expectNoRepeats(reply, range);
    }
  });

  it('successful pages, assets and redirects repeat no header either, and are not marked noindex', async () => {
    for (const [path, headers] of [
      ['/zh/', {}],
      ['/en/tasks/7/', { 'Accept-Encoding': 'gzip' }],
      ['/', { 'Accept-Language': 'en' }],
      ['/tasks/7/', {}],
      ['/pagefind/zh/pagefind.js', { 'Accept-Encoding': 'gzip' }],
    ] as const) {
      const reply = await get(path, headers);
      expect(reply.status, path).toBeLessThan(400);
      expectNoRepeats(reply, path);
      expect(reply.headers['x-robots-tag'], path).toBeUndefined();
    }
  });
});

describe('nginx: / by Accept-Language (q-weights)', () => {
  it.each([
    ['en-US,en;q=0.9', '/en/'],
    ['en-GB,zh-CN;q=0.8', '/en/'],
    ['fr-FR,fr;q=0.9,en;q=0.8', '/en/'],
    ['zh-CN,zh;q=0.9,en;q=0.8', '/zh/'],
    ['de-DE', '/zh/'],
    ['', '/zh/'],
    ['zh;q=0,en', '/en/'],
    ['zh-CN;q=0, en;q=0.1', '/en/'],
    ['en;q=0,zh', '/zh/'],
    ['en;q=0', '/zh/'],
    ['en;q=0.5,zh;q=0.9', '/zh/'],
    ['zh;q=0.5, en;q=0.8', '/en/'],
    ['zh-TW;q=0.5,en-US;q=0.50', '/zh/'],
    ['en-US;q=0.5,zh-TW;q=0.5', '/en/'],
    ['zh;q=0.009,en;q=0.01', '/en/'],
    ['EN;Q=0.3', '/en/'],
    ['english, zhuang', '/zh/'],
  ])('"%s" goes to %s', async (accept, target) => {
    const reply = await get('/', accept ? { 'Accept-Language': accept } : {});
    expect(reply.status).toBe(302);
    expect(reply.headers.location).toBe(target);
    expect(reply.headers.vary).toContain('Accept-Language');
  });
});

describe('nginx: permanent redirects for likely wrong links', () => {
  it.each([
    ['/en/tasks/7', '/en/tasks/7/'],
    ['/zh/plan', '/zh/plan/'],
    ['/en/tasks/07/', '/en/tasks/7/'],
    ['/zh/goals/003', '/zh/goals/3/'],
    ['/tasks/7/', '/zh/tasks/7/'],
    ['/tasks/7', '/zh/tasks/7/'],
    ['/plan', '/zh/plan/'],
    ['/principles/', '/zh/principles/'],
  ])('%s → %s', async (from, to) => {
    const reply = await get(from);
    expect(reply.status).toBe(301);
    expect(reply.headers.location).toBe(to);
    expect((await get(to)).status).toBe(200);
  });
});

describe('nginx: compression', () => {
  it.each(['/en/tasks/7/', '/zh/plan/'])('%s is sent gzip-compressed (precompressed file)', async (path) => {
    const reply = await get(path, { 'Accept-Encoding': 'gzip' });
    expect(reply.headers['content-encoding']).toBe('gzip');
    expect(reply.headers.vary).toContain('Accept-Encoding');
  });

  it('CSS and JS are sent compressed too', async () => {
    const html = (await get('/en/tasks/7/')).body;
    for (const asset of html.match(/\/_astro\/[^"]+\.(css|js)/gu) ?? []) {
      const reply = await get(asset, { 'Accept-Encoding': 'gzip' });
      if (Number(reply.headers['content-length'] ?? 1000) > 512)
        expect(reply.headers['content-encoding'], asset).toBe('gzip');
    }
  });
});

describe('nginx + Chromium: reporting a missing page', () => {
  it.each([
    ['/en/tasks/99/', 1],
    ['/zh/no-such-page/?from=mail', 1],
    ['/no-such-file.html', 2],
  ])('on the not-found page served at %s, each report link carries that address', async (path, count) => {
    const page = await browser.newPage();
    await page.goto(`${BASE}${path}`);
    const bodies = await page
      .locator('footer a[data-report]')
      .evaluateAll((links) =>
        links.map((a) => decodeURIComponent(/[?&]body=([^&]*)/u.exec((a as HTMLAnchorElement).href)?.[1] ?? '')),
      );
    await page.close();
    expect(bodies).toHaveLength(count);
    for (const body of bodies) {
      expect(body).toContain(`${BASE}${path}`);
      expect(body).not.toMatch(/404/u);
    }
  });
});

describe('nginx + Chromium: the header CSP blocks nothing the site needs', () => {
  it('every page renders with zero CSP violations', { timeout: 300_000 }, async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const w = window as unknown as { cspViolations: string[] };
      w.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/iu.test(m.text()))
        violations.push(`${page.url()}: ${m.text()}`);
    });
    const urls = builtUrls().filter((u) => u !== '/');
    for (const url of urls) {
      await page.goto(`${BASE}${url}`, { waitUntil: 'load' });
      const seen = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      violations.push(...seen.map((v) => `${url}: ${v}`));
    }
    await context.close();
    expect(violations).toEqual([]);
  });

  it('search (the search scripts, Pagefind and its WebAssembly, the index) runs under the header CSP', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') violations.push(m.text());
    });
    await page.goto(`${BASE}/zh/search/?q=${encodeURIComponent('区块链')}`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results [data-result]').length === 4);
    await page.goto(`${BASE}/en/tasks/7/`);
    await page.focus('#header-search');
    await page.keyboard.insertText('Lin-gang');
    await page.waitForFunction(() => document.querySelectorAll('#search-panel [data-result]').length === 3);
    await context.close();
    expect(violations).toEqual([]);
  });
});
