// Build-side search: the Pagefind attributes of item pages and the copy of the HTML that Pagefind indexes.
import { describe, expect, it } from 'vitest';
import { indexedText, prepareForIndex, searchFilters } from '../../src/search/index-html';
import type { Plan } from '../../src/plan/types';

const plan = {
  principles: [{ type: 'principle', number: 1 }],
  goals: [{ type: 'goal', number: 3 }],
  tasks: [{ type: 'task', number: 7, group: 2 }],
} as unknown as Plan;

describe('searchFilters', () => {
  it('gives an item page its type, number and (tasks) group, read from its address and the plan', () => {
    expect(searchFilters('/zh/tasks/7/', plan)).toEqual({ type: 'task', number: '7', group: '2' });
    expect(searchFilters('/en/goals/3/', plan)).toEqual({ type: 'goal', number: '3' });
    expect(searchFilters('/en/principles/1/', plan)).toEqual({ type: 'principle', number: '1' });
  });

  it('gives the full text the type section, and nothing to pages that are not indexed', () => {
    expect(searchFilters('/zh/plan/', plan)).toEqual({ type: 'section' });
    expect(searchFilters('/zh/tasks/8/', plan)).toBeUndefined();
    expect(searchFilters('/zh/tasks/7/parallel/', plan)).toBeUndefined();
    expect(searchFilters('/en/search/', plan)).toBeUndefined();
  });
});

describe('prepareForIndex', () => {
  const Z = '\u200b';
  it('makes every Han character a word of the Chinese index, and Han apart from letters and digits', () => {
    expect(prepareForIndex('<p>区块链、5G等</p>', 'zh', {})).toBe(`<p>区${Z}块${Z}链、5G${Z}等</p>`);
    expect(prepareForIndex('<p>指数ETF产品</p>', 'zh', {})).toBe(`<p>指${Z}数${Z}ETF${Z}产${Z}品</p>`);
  });

  it('gives English words joined by a dash as a hyphenated word, whose parts Pagefind indexes', () => {
    expect(prepareForIndex('<p>(2018–2020) a—b</p>', 'en', {})).toBe('<p>(2018-2020) a-b</p>');
    expect(prepareForIndex('<p>a – b</p>', 'en', {})).toBe('<p>a – b</p>');
  });

  it('puts the filters on the indexed region, as attribute references', () => {
    expect(prepareForIndex('<article data-pagefind-body class="x">', 'en', { type: 'task', group: '2' })).toBe(
      '<article data-pagefind-body data-filter-type="task" data-filter-group="2" ' +
        'data-pagefind-filter="type[data-filter-type], group[data-filter-group]" class="x">',
    );
  });

  it('drops the ids of links, so that no result links into a link', () => {
    expect(prepareForIndex('<span id="s2">A <a href="#n" id="term-x" class="g">term</a></span>', 'en', {})).toBe(
      '<span id="s2">A <a href="#n" class="g">term</a></span>',
    );
  });

  it('changes only text, never tags or attributes', () => {
    const html = '<span class="sentence" id="s1" title="金融科技">金融</span>';
    expect(prepareForIndex(html, 'zh', {})).toBe(`<span class="sentence" id="s1" title="金融科技">金${Z}融</span>`);
    expect(prepareForIndex('<p>English text</p>', 'zh', {})).toBe('<p>English text</p>');
  });
});

describe('indexedText', () => {
  it('keeps the text of the indexed element only, without ignored parts', () => {
    const html =
      '<html><body><header>著作</header><main><article data-pagefind-body class="x"><p data-pagefind-ignore>重点任务 7</p>' +
      '<h1>区块链<br>技术</h1><span class="s">着力<a href="#s2" data-pagefind-ignore>#</a></span><img src="a.png"></article>' +
      '<aside>显著</aside></main></body></html>';
    expect(indexedText(html)).toBe('区块链 技术 着力');
  });
});
