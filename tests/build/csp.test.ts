// The CSP <meta> of every page: the policy of deploy/policy.mjs, before any script, and nothing on the page that a
// hash-free policy would block (no inline script, style element or style attribute).
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../deploy/policy.mjs';
import { builtPages } from './dist';

const pages = [...builtPages().values()];

describe('content security policy', () => {
  it('covers every page', () => {
    expect(pages.length).toBeGreaterThan(400);
  });

  it('every page carries the policy in one <meta>, before any script or stylesheet', () => {
    for (const { url, $ } of pages) {
      const metas = $('meta[http-equiv="content-security-policy"]');
      expect(metas.length, url).toBe(1);
      expect(metas.attr('content'), url).toBe(CSP_META);
      const head = $('head').children().toArray();
      const at = head.indexOf(metas[0]!);
      const first = head.findIndex((el) => ['script', 'link', 'style'].includes(el.tagName));
      expect(at, url).toBeLessThan(first);
    }
  });

  it('the policy has no hashes or unsafe-inline, and the header is the same policy plus frame-ancestors', () => {
    expect(CSP_META).not.toMatch(/sha256-|unsafe-inline/u);
    expect(CSP_META).toMatch(/script-src 'self' 'wasm-unsafe-eval'/u);
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'none'`);
  });

  it('no page has an inline script (data blocks aside), a style element or a style attribute', () => {
    for (const { url, $ } of pages) {
      // Data blocks (JSON-LD, and the search page's words files as JSON) are never run, so no policy applies to them.
      const inline = $('script:not([src])')
        .toArray()
        .filter((el) => !['application/ld+json', 'application/json'].includes($(el).attr('type') ?? ''));
      expect(inline.length, url).toBe(0);
      expect($('style').length, url).toBe(0);
      expect($('[style]').length, url).toBe(0);
    }
  });
});
