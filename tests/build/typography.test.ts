// Chinese typography and headings on every built page: full-width punctuation in Chinese (screen-reader text and
// attributes too), no space between Chinese sentences, no book-title marks around a page's own H1, no glossary link
// inside a heading.
import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { builtPages } from './dist';

const pages = [...builtPages().values()];
const CJK = '[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]';
/** An ASCII colon, semicolon, comma, question or exclamation mark or parenthesis beside Chinese text. */
const HALF_WIDTH = new RegExp(`${CJK}\\s*\\d*\\s*[:;,!?()]|[(]\\s*\\d*\\s*${CJK}`, 'u');
const ATTRIBUTES = ['aria-label', 'title', 'alt', 'placeholder'];

/** Chinese strings of a page: text (visible or not) and accessible-name attributes, outside citations and code. */
function chineseStrings(html: string): string[] {
  const $ = load(html); // a copy: the shared parsed page stays whole
  // GB/T 7714 citations use their own (ASCII) punctuation by the standard.
  $('#citation, code, pre, script, style, [lang="en"]').remove();
  const out = $('body')
    .find('*')
    .contents()
    .toArray()
    .filter((n) => n.type === 'text')
    .map((n) => $(n).text());
  $('[aria-label], [title], [alt], [placeholder]').each((_, el) => {
    for (const a of ATTRIBUTES) if ($(el).attr(a)) out.push($(el).attr(a)!);
  });
  out.push($('title').text(), $('meta[name="description"]').attr('content') ?? '');
  return out;
}

describe('typography', () => {
  it('Chinese text uses full-width punctuation, in hidden text and attributes too', () => {
    const wrong = pages
      .filter((p) => p.$('html').attr('lang') === 'zh-CN')
      .flatMap((p) =>
        chineseStrings(p.html)
          .map((s) => HALF_WIDTH.exec(s))
          .filter((m) => m !== null)
          .map((m) => `${p.url}: "${m.input.slice(Math.max(0, m.index - 10), m.index + 12)}"`),
      );
    expect([...new Set(wrong)]).toEqual([]);
  });

  it('Chinese sentences follow each other with no space between them', () => {
    const wrong = pages
      .filter((p) => p.$('html').attr('lang') === 'zh-CN')
      .flatMap((p) =>
        p
          .$('.sentence + *, .sentence')
          .toArray()
          .filter((el) => {
            if (p.$(el).closest('[lang]').attr('lang') !== 'zh-CN') return false; // English keeps its spaces
            const next = el.nextSibling;
            return next?.type === 'text' && /^\s+$/u.test(p.$(next).text()) && next.nextSibling;
          })
          .map((el) => `${p.url}#${p.$(el).attr('id') ?? p.$(el).prev().attr('id')}`),
      );
    expect(wrong).toEqual([]);
  });

  it('no H1 is wrapped in book-title marks 《》', () => {
    const wrong = pages.filter((p) => /^《/u.test(p.$('h1').first().text().trim())).map((p) => p.url);
    expect(wrong).toEqual([]);
  });

  it('glossary terms are never links inside a heading', () => {
    const wrong = pages.filter((p) => p.$('h1 a, h2 a, h3 a, h4 a').filter('.term').length > 0).map((p) => p.url);
    expect(wrong).toEqual([]);
  });
});
