// JSON-LD builders: the plan as schema.org Legislation, items as parts of it, breadcrumbs, safe embedding.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content-check/check-node';
import { breadcrumbList, itemLegislation, jsonLd, planDocument } from '../../src/press/structured-data';

const plans = loadCheckedContent(path.resolve('content'));
const site = new URL('https://example.org');

describe('Legislation', () => {
  it('describes the plan with its identifier, issuer, dates and language', () => {
    const node = planDocument(plans.zh.document, 'zh', site);
    expect(node).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      name: '加快推进上海金融科技中心建设实施方案',
      legislationIdentifier: '沪府办规〔2020〕1号',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: '上海市人民政府办公厅' },
      legislationDate: '2020-01-08',
      legislationDateOfApplicability: '2020-02-01',
      inLanguage: 'zh-CN',
      url: 'https://example.org/zh/plan/',
    });
    expect(node).not.toHaveProperty('translationOfWork');
  });

  it('marks the English as a translation of the Chinese, keeping the Chinese identifier', () => {
    const node = planDocument(plans.en.document, 'en', site);
    expect(node.legislationIdentifier).toBe('沪府办规〔2020〕1号');
    expect(node.inLanguage).toBe('en');
    expect(node.translationOfWork).toEqual({ '@id': 'https://example.org/zh/plan/#legislation' });
  });

  it('makes an item a part of the plan', () => {
    const node = itemLegislation({
      doc: plans.en.document,
      lang: 'en',
      site,
      path: '/en/tasks/7/',
      zhPath: '/zh/tasks/7/',
      name: 'Task 7',
    });
    expect(node.url).toBe('https://example.org/en/tasks/7/');
    expect((node.isPartOf as Record<string, unknown>)['@id']).toBe('https://example.org/en/plan/#legislation');
    expect(node.translationOfWork).toEqual({ '@id': 'https://example.org/zh/tasks/7/' });
  });
});

describe('BreadcrumbList', () => {
  it('numbers the trail from 1 with absolute URLs', () => {
    expect(
      breadcrumbList(site, [
        { href: '/en/', label: 'Home' },
        { href: '/en/tasks/7/', label: 'Task 7' },
      ]).itemListElement,
    ).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/en/' },
      { '@type': 'ListItem', position: 2, name: 'Task 7', item: 'https://example.org/en/tasks/7/' },
    ]);
  });
});

describe('jsonLd', () => {
  it('cannot close the script element or open a comment, and still parses to the same data', () => {
    const data = { name: '</script><!-- & "x"' };
    const json = jsonLd(data);
    expect(json).not.toMatch(/[<>&]/u);
    expect(JSON.parse(json)).toEqual(data);
  });
});
