// How the plan's results are ordered: a title with the query first, then relevance (occurrences in the page, weighed
// against its length), then kind and number; and a text-file source decides every clause itself.
import { describe, expect, it } from 'vitest';
import { stem } from 'porter2';
import { searchPlan, type PagefindFragment, type PlanText } from '../../src/search/engine';

const page = (url: string, title: string, content: string, type = 'task', number = 1): PagefindFragment => ({
  url,
  content,
  meta: { title },
  filters: { type: [type], number: [String(number)], ...(type === 'task' ? { group: ['1'] } : {}) },
  anchors: [{ id: 's1', element: 'p', text: content, location: 0 }],
});

const order = async (text: PlanText, query: string, lang: 'zh' | 'en' = 'zh') =>
  (await searchPlan(text, query, lang, lang === 'en' ? stem : undefined)).map((hit) => hit.url);

describe('the order of results', () => {
  it('puts a page whose title has the query before pages that only mention it', async () => {
    const text = {
      pages: [
        page('/zh/tasks/1/', '支持区块链发展', '区块链区块链区块链技术。', 'task', 1),
        page('/zh/tasks/2/', '培养', '人才，人才，人才。', 'task', 2),
        page('/zh/tasks/3/', '区块链人才', '引进人才。', 'task', 3),
      ],
    };
    expect(await order(text, '人才')).toEqual(['/zh/tasks/3/', '/zh/tasks/2/']);
    expect((await order(text, '区块链'))[0]).toBe('/zh/tasks/1/');
  });

  it('ranks more occurrences higher and, at equal counts, the shorter page', async () => {
    const text = {
      pages: [
        page('/zh/tasks/1/', '甲', '金融科技。其他内容其他内容其他内容其他内容其他内容其他内容其他内容。', 'task', 1),
        page('/zh/tasks/2/', '乙', '金融科技。', 'task', 2),
        page('/zh/tasks/3/', '丙', '金融科技，金融科技，金融科技。', 'task', 3),
      ],
    };
    expect(await order(text, '金融科技')).toEqual(['/zh/tasks/3/', '/zh/tasks/2/', '/zh/tasks/1/']);
  });

  it('orders equal results by kind and number, whatever the order of the file', async () => {
    const pages = [
      page('/zh/tasks/10/', '甲', '数据。', 'task', 10),
      page('/zh/goals/2/', '乙', '数据。', 'goal', 2),
      page('/zh/tasks/9/', '丙', '数据。', 'task', 9),
    ];
    const want = ['/zh/goals/2/', '/zh/tasks/9/', '/zh/tasks/10/'];
    expect(await order({ pages }, '数据')).toEqual(want);
    expect(await order({ pages: [...pages].reverse() }, '数据')).toEqual(want);
  });

  it('decides English words by stem on a text-file source: payments finds payment, not pay', async () => {
    const text = {
      pages: [
        page('/en/tasks/1/', 'One', 'Cross-border payment services.', 'task', 1),
        page('/en/tasks/2/', 'Two', 'Pay attention to risks.', 'task', 2),
      ],
    };
    expect(await order(text, 'payments', 'en')).toEqual(['/en/tasks/1/']);
  });
});
