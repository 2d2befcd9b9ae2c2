// Build-side search: the Pagefind attributes of item pages and the copy of the HTML that Pagefind indexes.
import { describe, expect, it } from 'vitest';
import { itemSearchAttributes, prepareForIndex } from '../../src/lib/search-index';

describe('itemSearchAttributes', () => {
  it('gives a task its type, number and group as Pagefind filters', () => {
    expect(itemSearchAttributes({ type: 'task', number: 7, group: 2 })).toEqual({
      'data-search-type': 'task',
      'data-search-number': '7',
      'data-search-group': '2',
      'data-pagefind-filter': 'type[data-search-type], number[data-search-number], group[data-search-group]',
    });
  });

  it('gives a goal no group, and nothing as Pagefind metadata (which Pagefind would make searchable)', () => {
    const attributes = itemSearchAttributes({ type: 'goal', number: 3 });
    expect(attributes['data-pagefind-filter']).toBe('type[data-search-type], number[data-search-number]');
    expect(attributes).not.toHaveProperty('data-search-group');
    expect(attributes).not.toHaveProperty('data-pagefind-meta');
  });
});

describe('prepareForIndex', () => {
  const Z = '\u200b';
  it('makes every Han character a word of the Chinese index, and Han apart from letters and digits', () => {
    expect(prepareForIndex('<p>区块链、5G等</p>', 'zh')).toBe(`<p>区${Z}块${Z}链、5G${Z}等</p>`);
    expect(prepareForIndex('<p>指数ETF产品</p>', 'zh')).toBe(`<p>指${Z}数${Z}ETF${Z}产${Z}品</p>`);
  });

  it('gives English words joined by a dash as a hyphenated word, whose parts Pagefind indexes', () => {
    expect(prepareForIndex('<p>(2018–2020) a—b</p>', 'en')).toBe('<p>(2018-2020) a-b</p>');
    expect(prepareForIndex('<p>a – b</p>', 'en')).toBe('<p>a – b</p>');
  });

  it('changes only text, never tags or attributes', () => {
    const html = '<span class="sentence" id="s1" title="金融科技">金融</span>';
    expect(prepareForIndex(html, 'zh')).toBe(`<span class="sentence" id="s1" title="金融科技">金${Z}融</span>`);
    expect(prepareForIndex('<p>English text</p>', 'zh')).toBe('<p>English text</p>');
  });
});
