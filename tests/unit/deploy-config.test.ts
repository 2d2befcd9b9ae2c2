// The serving rules generated from deploy/policy.mjs: nginx, _headers and _redirects say the same thing.
import { describe, expect, it } from 'vitest';
import { headersFile, itemCounts, nginxConf, redirectsFile, sections } from '../../scripts/deploy-config.mjs';
import { CSP_HEADER, SECURITY_HEADERS } from '../../deploy/policy.mjs';

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
