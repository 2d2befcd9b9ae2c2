// The real content: complete, aligned, and the Chinese reproduces the source text exactly.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckedContent, SOURCE_FILE } from '../../src/content-check/check-node';
import { reconstructChinese } from '../../src/content-check/fidelity';
import { normalizeForFidelity } from '../../src/plan/text';
import { ITEM_FOLDERS } from '../../src/plan/items';

const contentDir = path.resolve('content');
const plans = loadCheckedContent(contentDir);

describe('content', () => {
  it('has the structure of 沪府办规〔2020〕1号 in both languages', () => {
    for (const plan of [plans.zh, plans.en]) {
      expect(plan.principles.map((p) => p.number)).toEqual([1, 2, 3, 4]);
      expect(plan.goals.map((g) => g.number)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(plan.groups.map((g) => g.tasks.length)).toEqual([3, 6, 5, 4, 7]);
      expect(plan.tasks.map((t) => t.number)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    }
  });

  it('reproduces the source text exactly, item by item in document order (NFKC, no whitespace)', () => {
    const source = fs.readFileSync(path.join(contentDir, SOURCE_FILE), 'utf8');
    const rebuilt = reconstructChinese(plans.zh)
      .map((s) => s.text)
      .join('\n');
    expect(normalizeForFidelity(rebuilt)).toBe(normalizeForFidelity(source));
  });

  it('keeps the scraping debris out of the project source copy', () => {
    const source = fs.readFileSync(path.join(contentDir, SOURCE_FILE), 'utf8');
    expect(source).not.toContain('扫描二维码');
    expect(source.trim().split('\n').at(-1)).toBe('本实施方案自2020年2月1日起施行。');
  });

  it('typesets full-width punctuation in the Chinese', () => {
    const items = [...plans.zh.principles, ...plans.zh.goals, ...plans.zh.tasks];
    for (const item of items) {
      for (const sentence of item.sentences) expect(sentence, item.file).not.toMatch(/[,():;]/u);
    }
  });

  it('aligns zh and en sentence by sentence', () => {
    for (const type of ITEM_FOLDERS) {
      plans.zh[type].forEach((item, i) => {
        expect(plans.en[type][i]!.sentences.length, item.file).toBe(item.sentences.length);
      });
    }
    for (const id of Object.keys(plans.zh.sections) as (keyof typeof plans.zh.sections)[]) {
      expect(plans.en.sections[id].length, id).toBe(plans.zh.sections[id].length);
    }
  });

  it('uses the official English names and one abbreviation for the central bank', () => {
    const english = [...plans.en.principles, ...plans.en.goals, ...plans.en.tasks]
      .flatMap((i) => i.sentences)
      .concat(...Object.values(plans.en.sections))
      .join('\n');
    expect(english).not.toMatch(/\bPBC\b/u);
    expect(english).not.toMatch(/\b(centre|programme|organisation)s?\b/iu);
    expect(english).toContain('Lujiazui Financial City');
    expect(english).toContain('Zhangjiang Science City');
    expect(english).toContain('Lin-gang Special Area of China (Shanghai) Pilot Free Trade Zone');
    expect(english).toContain('Cross-border Interbank Payment System (CIPS)');
    expect(english).toContain('SSE STAR Market');
    expect(plans.en.document.officialReference).toBe('SMPG GO D〔2020〕No. 1');
  });
});
