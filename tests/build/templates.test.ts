// Every built page belongs to exactly one template of tests/support/templates.ts, and every template's sample exists:
// the browser checks that visit one page per template then cover every kind of page.
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../support/templates';
import { builtPages } from './dist';

const urls = [...builtPages().keys()];

describe('page templates', () => {
  it('every built page matches exactly one template', () => {
    const wrong = urls
      .map((url) => ({ url, names: TEMPLATES.filter((t) => t.pattern.test(url)).map((t) => t.name) }))
      .filter(({ names }) => names.length !== 1)
      .map(({ url, names }) => `${url}: ${names.length ? names.join(', ') : 'no template'}`);
    expect(wrong).toEqual([]);
  });

  it.each(TEMPLATES.map((t) => [t.name, t.sample] as const))('%s: the sample %s is built and matches', (_, sample) => {
    expect(urls).toContain(sample);
    expect(TEMPLATES.filter((t) => t.pattern.test(sample))).toHaveLength(1);
  });
});
