// The CSP <meta> of every page: the policy of deploy/policy.mjs, before any script, and nothing on the page that the
// policy would block: one inline script, the reading-settings restore, allowed by its hash; no other inline script,
// no style element or style attribute.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../deploy/policy.mjs';
import { RESTORE_SCRIPT } from '../../src/reading/restore-script.mjs';
import { builtPages } from './dist';

const pages = [...builtPages().values()];
const sha256 = (code: string) => `'sha256-${crypto.createHash('sha256').update(code).digest('base64')}'`;

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

  it("the policy has one hash (the restore script's), no unsafe-inline; the header adds frame-ancestors", () => {
    expect(CSP_META.match(/'sha256-/gu)).toHaveLength(1);
    expect(CSP_META).not.toMatch(/unsafe-inline/u);
    expect(CSP_META).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha256(RESTORE_SCRIPT)};`);
    expect(CSP_HEADER).toBe(`${CSP_META}; frame-ancestors 'none'`);
  });

  it('the only inline script is the restore script, whose hash the policy names; no style element or attribute', () => {
    for (const { url, $ } of pages) {
      // Data blocks (JSON-LD, and the search page's words files as JSON) are never run, so no policy applies to them.
      const inline = $('script:not([src])')
        .toArray()
        .filter((el) => !['application/ld+json', 'application/json'].includes($(el).attr('type') ?? ''));
      expect(inline.length, url).toBe(1);
      expect(CSP_META, url).toContain(sha256($(inline[0]).html() ?? ''));
      expect($('style').length, url).toBe(0);
      expect($('[style]').length, url).toBe(0);
    }
  });
});
