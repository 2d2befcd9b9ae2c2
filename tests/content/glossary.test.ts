// The real glossary (content/glossary/): the terms foreign readers need, found alike in both languages.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckedContent, loadReferenceContent } from '../../src/content-check/check-node';
import { markDocument, occurrences } from '../../src/reference/glossary';

describe('the real glossary', () => {
  const contentDir = path.resolve('content');
  const plans = loadCheckedContent(contentDir);
  const { glossary } = loadReferenceContent(contentDir, plans);

  it('has the policy shorthand foreign readers need, with notes in both languages', () => {
    const slugs = glossary.map((t) => t.slug);
    for (const slug of [
      'five-centers',
      'four-brands',
      'four-functions',
      'two-cities-one-belt-one-port',
      'star-market',
      'cips',
      'inclusive-finance',
      'yangtze-river-delta',
    ])
      expect(slugs).toContain(slug);
    for (const t of glossary) {
      expect(t.note.en, t.file).toMatch(/[.)]$/u);
      expect(t.note.zh, t.file).toMatch(/[。）]$/u);
      // US spelling, as in the translation (the PBOC note names "PBC" on purpose).
      expect(t.note.en, t.file).not.toMatch(/centre|organis|programme|licence/u);
    }
  });

  it('finds every term that has forms in the same sections and items in both languages', () => {
    // A term found in an item's Chinese but not its English (or the reverse) means a form is missing or
    // misspelt, or the translation does not use the official name: both worth fixing.
    const where = (lang: 'zh' | 'en') => {
      const found = occurrences(plans[lang], glossary);
      return (slug: string) => found.get(slug)!.map((o) => o.part);
    };
    const [zh, en] = [where('zh'), where('en')];
    for (const t of glossary.filter((g) => g.match.en.length > 0)) {
      expect(zh(t.slug).length, `${t.file} is found nowhere in the plan`).toBeGreaterThan(0);
      expect(en(t.slug), t.file).toEqual(zh(t.slug));
    }
  });

  it('links each term on the English full text once, the Five Centers in the guiding ideology', () => {
    const marks = markDocument(plans.en, glossary);
    const slugs = [...marks.values()].flat(2).map((m) => m.slug);
    expect(slugs.filter((s, i) => slugs.indexOf(s) !== i)).toEqual([]);
    const ideology = marks.get('ideology')!.flat();
    expect(ideology.map((m) => plans.en.sections.ideology[0]!.slice(m.start, m.end))).toEqual(
      expect.arrayContaining(['Five Centers', 'Four Brands', 'Four Functions']),
    );
    // Titles are links on the full text already, so nothing is marked in them.
    for (const item of plans.en.tasks) expect(marks.get(item.id)![0], item.id).toEqual([]);
  });
});
