// The serving rules generated from deploy/policy.mjs: nginx, _headers and _redirects say the same thing.
import { describe, expect, it } from 'vitest';
import { headersFile, itemCounts, nginxConf, redirectsFile, sections } from '../../scripts/deploy-config.mjs';
import { CACHE_ERROR, CSP_HEADER, ERROR_PAGES, LANGS, SECURITY_HEADERS } from '../../deploy/policy.mjs';
import { localConf } from '../../scripts/serve-nginx.mjs';
import { ERROR_PAGES as PAGE_TEXT } from '../../src/pages/errors/_messages';

const sectionNames = sections();
const nginx = nginxConf({ sectionNames });
const headers = headersFile();
const redirects = redirectsFile({ sectionNames, counts: itemCounts() });

describe('deploy config', () => {
  it('finds the site sections that readers may request without a language', () => {
    expect(sectionNames).toEqual(expect.arrayContaining(['goals', 'plan', 'principles', 'tasks']));
    expect(sectionNames).not.toContain('404');
  });

  it('sends every security header from both nginx and _headers, with the same CSP', () => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      expect(nginx).toContain(`add_header ${name} "${value}" always;`);
      expect(headers).toContain(`  ${name}: ${value}\n`);
    }
    expect(CSP_HEADER).toMatch(/script-src 'self' 'wasm-unsafe-eval'/u);
  });

  it('redirects every section without a language, in nginx and in _redirects', () => {
    for (const section of sectionNames) {
      expect(nginx).toMatch(new RegExp(`rewrite "\\^/\\([^"]*\\b${section}\\b`, 'u'));
      expect(redirects).toContain(`/${section}/*  /zh/${section}/:splat  301`);
    }
  });

  it('redirects zero-padded numbers 01–09 for every item type and language, and none beyond the content', () => {
    const counts = itemCounts();
    expect(counts).toEqual({ principles: 4, goals: 6, tasks: 25 });
    expect(redirects).toContain('/en/tasks/07/  /en/tasks/7/  301');
    expect(redirects).toContain('/zh/principles/04  /zh/principles/4/  301');
    expect(redirects).not.toContain('/zh/principles/05/');
    expect(redirects.match(/ 301$/gmu)?.length).toBe(sectionNames.length * 2 + 2 * 2 * (4 + 6 + 9));
  });

  it('serves the language not-found pages and negotiates /', () => {
    expect(nginx).toContain('error_page 404 /en/404/index.html;');
    expect(nginx).toContain('error_page 404 /zh/404/index.html;');
    expect(nginx).toContain('return 302 $preferred_home;');
  });
});

describe('deploy config: error responses', () => {
  const statuses = Object.keys(ERROR_PAGES);

  it('answers every error status with the site page, in the server block and in every block that sets its own', () => {
    const blocks = nginx.split(/\n\s*location /u);
    const withOwn = blocks.filter((b) => /^[^{]*\{[^}]*error_page/u.test(b) || b.includes('server {'));
    expect(withOwn.length).toBe(1 + 2 * LANGS.length);
    for (const block of withOwn) {
      expect(block).toMatch(/error_page 404 \/(404\.html|(zh|en)\/404\/index\.html);/u);
      for (const status of statuses)
        expect(block, status).toMatch(
          new RegExp(
            `error_page [0-9 ]*\\b${status}\\b[0-9 ]* ${ERROR_PAGES[status as unknown as keyof typeof ERROR_PAGES]}index\\.html;`,
            'u',
          ),
        );
    }
  });

  it('has a bilingual page for every error page name, and no page nginx does not use', () => {
    expect(Object.keys(PAGE_TEXT).sort()).toEqual(
      [...new Set(Object.values(ERROR_PAGES))].map((p) => p.split('/')[2]).sort(),
    );
    for (const [name, page] of Object.entries(PAGE_TEXT))
      for (const status of page.statuses)
        expect(ERROR_PAGES[status as keyof typeof ERROR_PAGES], name).toBe(`/errors/${name}/`);
  });

  it('never lets an error response be stored (a 404 briefly) and marks it noindex', () => {
    expect(nginx).toMatch(
      /map \$status \$cache_control \{\n\s+default \$cache_by_path;\n\s+"~\^\[45\]" "no-store";\n\s+404 "public, max-age=60";/u,
    );
    expect(nginx).toContain('add_header Cache-Control $cache_control always;');
    expect(nginx).toContain('add_header X-Robots-Tag $robots_tag always;');
    expect(CACHE_ERROR).toBe('no-store');
  });

  it('hides the error pages, folders without an index, deploy-only files and .gz twins; answers no byte ranges', () => {
    for (const lang of LANGS) expect(nginx).toMatch(new RegExp(`location \\^~ /${lang}/404/ \\{\\n\\s+internal;`, 'u'));
    expect(nginx).toMatch(/location = \/404\.html \{\n\s+internal;/u);
    expect(nginx).toMatch(/location \^~ \/errors\/ \{\n\s+internal;/u);
    expect(nginx).toContain('index index.html /.no-index;');
    expect(nginx).toMatch(/location = \/\.no-index \{\n\s+internal;\n\s+return 404;/u);
    expect(nginx).toMatch(/location = \/_headers \{\n\s+return 404;/u);
    expect(nginx).toMatch(/location = \/_redirects \{\n\s+return 404;/u);
    expect(nginx).toMatch(/location ~ \\\.gz\$ \{\n\s+return 404;/u);
    expect(nginx).toContain('max_ranges 0;');
  });

  it('marks the error pages noindex in _headers too', () => {
    for (const path of ['/404.html', '/zh/404/*', '/en/404/*', '/errors/*'])
      expect(headers).toContain(`${path}\n  X-Robots-Tag: noindex\n`);
  });
});

describe('deploy config: users', () => {
  it('production runs workers as the unprivileged www-data user', () => {
    expect(nginx).toMatch(/^user www-data;$/mu);
  });

  it('the local server runs workers as the invoking user: root as root, no user directive for anyone else', () => {
    const options = { port: '1234', dist: '/tmp/x/dist', prefix: '/tmp/p' };
    const asRoot = localConf(nginx, { ...options, uid: 0 });
    const asUser = localConf(nginx, { ...options, uid: 1000 });
    expect(asRoot).toMatch(/^user root;$/mu);
    expect(asRoot).not.toContain('www-data');
    expect(asUser).not.toMatch(/^\s*user /mu);
    for (const conf of [asRoot, asUser]) {
      expect(conf).toContain('listen 127.0.0.1:1234;');
      expect(conf).toContain('root /tmp/x/dist;');
      expect(conf).not.toContain('/.probe/');
    }
    expect(localConf(nginx, { ...options, uid: 1000, probes: true })).toContain('location = /.probe/502 {');
  });
});
