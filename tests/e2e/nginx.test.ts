// Real nginx with deploy/nginx.conf (npm run serve:nginx): headers, caching, 404s, language negotiation, redirects,
// compression, and pages that render in Chromium with zero CSP violations under the header policy.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { CSP_HEADER, SECURITY_HEADERS } from '../../deploy/policy.mjs';
import { launchBrowser } from './browser';
import { builtUrls } from './pages';

const PORT = Number(process.env.NGINX_TEST_PORT ?? 8089);
const BASE = `http://127.0.0.1:${PORT}`;
let nginx: ChildProcess;
let browser: Browser;

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function get(path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    http
      .get(`${BASE}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
      })
      .on('error', reject);
  });
}

beforeAll(async () => {
  nginx = spawn(process.execPath, ['scripts/serve-nginx.mjs'], {
    env: { ...process.env, PORT: String(PORT) },
    stdio: 'pipe',
  });
  let log = '';
  nginx.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  for (let i = 0; i < 100; i += 1) {
    try {
      await get('/zh/');
      break;
    } catch {
      if (nginx.exitCode !== null) throw new Error(`nginx did not start: ${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  nginx?.kill('SIGTERM');
});

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
});

describe('nginx: not found', () => {
  it.each([
    ['/en/tasks/99/', 'Page not found'],
    ['/zh/no-such-page/', '页面未找到'],
    ['/no-such-file.html', 'Page not found'],
  ])('%s answers 404 with the right not-found page', async (path, text) => {
    const reply = await get(path);
    expect(reply.status).toBe(404);
    expect(reply.body).toContain(text);
    expect(reply.headers['content-security-policy']).toBe(CSP_HEADER);
  });
});

describe('nginx: / by Accept-Language', () => {
  it.each([
    ['en-US,en;q=0.9', '/en/'],
    ['en-GB,zh-CN;q=0.8', '/en/'],
    ['fr-FR,fr;q=0.9,en;q=0.8', '/en/'],
    ['zh-CN,zh;q=0.9,en;q=0.8', '/zh/'],
    ['de-DE', '/zh/'],
    ['', '/zh/'],
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
});
