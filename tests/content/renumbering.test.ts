// The renumbering of December 2026 (#s1 was the title; now the title is #title and #s1 the body's first sentence):
// every citation in content/ must point at the same text as before. tests/fixtures/citations-before-renumbering.json
// was recorded from content/ under the old numbering, before the migration; this test stays as a regression check.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content-check/check-node';
import { resolveRef } from '../../src/plan/refs';

interface Recorded {
  file: string;
  field: string;
  old: string;
  zh: string;
  en: string;
}
const before = JSON.parse(
  fs.readFileSync(path.resolve('tests/fixtures/citations-before-renumbering.json'), 'utf8'),
) as Recorded[];
const plans = loadCheckedContent(path.resolve('content'));
const yaml = (file: string) => parse(fs.readFileSync(path.resolve(file), 'utf8'));
const SENTENCE = /^(principles|goals|tasks)\//u;

/** Every sentence citation of content/ as it is now, in file order, with the file and field it is in. */
function citationsNow(): { file: string; field: string; ref: string }[] {
  const out: { file: string; field: string; ref: string }[] = [];
  for (const lang of ['zh', 'en']) {
    const dir = `content/zones/${lang}`;
    for (const name of fs.readdirSync(dir).sort()) {
      const file = `${dir}/${name}`;
      const data = yaml(file) as { role: { cite: string }; mentions?: { cite: string }[] };
      out.push({ file, field: 'role.cite', ref: data.role.cite });
      (data.mentions ?? []).forEach((m, i) => out.push({ file, field: `mentions.${i}.cite`, ref: m.cite }));
    }
  }
  for (const name of fs.readdirSync('content/themes').sort()) {
    const file = `content/themes/${name}`;
    for (const ref of (yaml(file) as { sentences: string[] }).sentences) out.push({ file, field: 'sentences', ref });
  }
  const facts = yaml('content/context/facts.yaml') as { id: string; sources: string[] }[];
  for (const fact of facts) {
    for (const ref of fact.sources.filter((s) => SENTENCE.test(s))) {
      out.push({ file: 'content/context/facts.yaml', field: `${fact.id}.sources`, ref });
    }
  }
  const changes = yaml('content/changes.yaml') as { items: string[] }[];
  changes.forEach((entry, i) => {
    for (const ref of entry.items.filter((s) => SENTENCE.test(s))) {
      out.push({ file: 'content/changes.yaml', field: `${i}.items`, ref });
    }
  });
  return out;
}

describe('renumbering of sentence citations', () => {
  const now = citationsNow();

  it('keeps every citation: the same count in every file', () => {
    const count = (list: { file: string }[]) =>
      list.reduce<Record<string, number>>((acc, c) => ({ ...acc, [c.file]: (acc[c.file] ?? 0) + 1 }), {});
    expect(before.length).toBeGreaterThan(200);
    expect(count(now)).toEqual(count(before));
  });

  it('points every citation at the same Chinese and English text as before, in the same order', () => {
    const texts = (list: { file: string; zh: string; en: string }[]) =>
      list.map((c) => `${c.file}: ${c.zh} | ${c.en}`).sort();
    const resolved = now.map((c) => {
      const zh = resolveRef(plans.zh, c.ref);
      const en = resolveRef(plans.en, c.ref);
      if (typeof zh === 'string' || typeof en === 'string') throw new Error(`${c.file}: field "${c.field}": ${zh}`);
      return { file: c.file, zh: zh.text, en: en.text };
    });
    // Zones, context facts and changes keep their order; themes are lists now, in the order the maps had.
    expect(resolved.map((c) => `${c.file}: ${c.zh}`)).toEqual(before.map((c) => `${c.file}: ${c.zh}`));
    expect(texts(resolved)).toEqual(texts(before));
  });

  it('uses the new syntax everywhere: no old-style citation is left', () => {
    for (const c of now)
      expect(c.ref, `${c.file} ${c.field}`).toMatch(/^(principles|goals|tasks)\/\d+\/#(title|s\d+)$/u);
    const old = now.filter((c, i) => c.ref === before[i]!.old && !before[i]!.old.endsWith('#title'));
    // A citation whose text moved must have a new id; only none can keep its old id (s2 → s1 and so on).
    expect(old).toEqual([]);
  });
});
