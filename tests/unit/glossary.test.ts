// Glossary (reference/glossary.ts): term matching (first occurrence, longest match, whole words), checks on the files.
import { describe, expect, it } from 'vitest';
import {
  buildGlossary,
  markFirstOccurrences,
  segments,
  termsInOrder,
  type GlossaryTerm,
} from '../../src/reference/glossary';

const term = (slug: string, en: string[], zh: string[] = []): GlossaryTerm => ({
  slug,
  section: 'places',
  term: { zh: zh[0] ?? slug, en: en[0] ?? slug },
  english: 'official',
  note: { zh: '说明。', en: 'Note.' },
  match: { zh, en },
  file: `content/glossary/${slug}.yaml`,
});
const FTZ = term('ftz', ['China (Shanghai) Pilot Free Trade Zone'], ['自贸试验区']);
const LINGANG = term(
  'lin-gang',
  ['Lin-gang Special Area of China (Shanghai) Pilot Free Trade Zone'],
  ['自贸试验区临港新片区', '临港新片区'],
);
const CIPS = term('cips', ['Cross-border Interbank Payment System (CIPS)', 'CIPS']);
const texts = (sentences: string[], marks: ReturnType<typeof markFirstOccurrences>) =>
  marks.map((m, i) => m.map((x) => `${x.slug}:${sentences[i]!.slice(x.start, x.end)}`));

describe('markFirstOccurrences', () => {
  it('marks a term at its first occurrence in the item only', () => {
    const sentences = ['Use CIPS well.', 'CIPS again, and CIPS once more.'];
    expect(texts(sentences, markFirstOccurrences(sentences, [CIPS], 'en'))).toEqual([['cips:CIPS'], []]);
  });

  it('prefers the longest form starting first, and never marks a term inside another', () => {
    const sentences = [
      'Firms in the Lin-gang Special Area of China (Shanghai) Pilot Free Trade Zone.',
      'The China (Shanghai) Pilot Free Trade Zone and the Lin-gang Special Area of China (Shanghai) Pilot Free Trade Zone.',
    ];
    expect(texts(sentences, markFirstOccurrences(sentences, [FTZ, LINGANG], 'en'))).toEqual([
      ['lin-gang:Lin-gang Special Area of China (Shanghai) Pilot Free Trade Zone'],
      ['ftz:China (Shanghai) Pilot Free Trade Zone'],
    ]);
  });

  it('prefers the full name with its abbreviation over the abbreviation alone', () => {
    const sentences = ['The Cross-border Interbank Payment System (CIPS) clears renminbi.'];
    expect(texts(sentences, markFirstOccurrences(sentences, [CIPS], 'en'))).toEqual([
      ['cips:Cross-border Interbank Payment System (CIPS)'],
    ]);
  });

  it('matches whole words in Latin script but any run of Chinese characters', () => {
    const en = ['CIPSX and XCIPS are not CIPS2, but (CIPS) is.'];
    expect(texts(en, markFirstOccurrences(en, [CIPS], 'en'))).toEqual([['cips:CIPS']]);
    const zh = ['发挥自贸试验区及临港新片区先行先试优势。'];
    expect(texts(zh, markFirstOccurrences(zh, [FTZ, LINGANG], 'zh'))).toEqual([
      ['ftz:自贸试验区', 'lin-gang:临港新片区'],
    ]);
  });

  it('is case-sensitive, so common words are not taken for names', () => {
    const sentences = ['Cips is not a name here.'];
    expect(markFirstOccurrences(sentences, [CIPS], 'en')).toEqual([[]]);
  });

  it('lists the marked terms in reading order', () => {
    const sentences = ['CIPS first.', 'Then the China (Shanghai) Pilot Free Trade Zone.'];
    const marks = markFirstOccurrences(sentences, [FTZ, CIPS], 'en');
    expect(termsInOrder(marks, [FTZ, CIPS]).map((t) => t.slug)).toEqual(['cips', 'ftz']);
  });
});

describe('segments', () => {
  it('cuts a sentence into plain text and marked terms', () => {
    const sentence = 'Use CIPS and more.';
    const marks = markFirstOccurrences([sentence], [CIPS], 'en')[0];
    expect(segments(sentence, marks)).toEqual(['Use ', { text: 'CIPS', slug: 'cips' }, ' and more.']);
    expect(segments('CIPS', [{ start: 0, end: 4, slug: 'cips' }])).toEqual([{ text: 'CIPS', slug: 'cips' }]);
    expect(segments('Nothing here.')).toEqual(['Nothing here.']);
  });
});

describe('buildGlossary', () => {
  const record = (key: string, data: object) => ({ key, file: `content/glossary/${key}.yaml`, data });
  const valid = {
    section: 'policy',
    term: { zh: '五个中心', en: 'Five Centers' },
    english: 'official',
    note: { zh: '说明。', en: 'Note.' },
  };

  it('uses the term itself as its form unless the file lists others', () => {
    const problems: string[] = [];
    const [built] = buildGlossary([record('five-centers', valid)], problems);
    expect(problems).toEqual([]);
    expect(built!.match).toEqual({ zh: ['五个中心'], en: ['Five Centers'] });
  });

  it('reports a missing note, an unknown section and a bad file name, naming the file and field', () => {
    const problems: string[] = [];
    buildGlossary(
      [
        record('a', { ...valid, note: { en: 'Note.' } }),
        record('b', { ...valid, section: 'misc' }),
        record('Five_Centers', valid),
      ],
      problems,
    );
    expect(problems).toEqual([
      expect.stringMatching(/^content\/glossary\/a\.yaml: field "note\.zh": /u),
      expect.stringMatching(/^content\/glossary\/b\.yaml: field "section": /u),
      expect.stringMatching(/^content\/glossary\/Five_Centers\.yaml: file name: /u),
    ]);
  });

  it('refuses a form claimed by two terms, naming both files', () => {
    const problems: string[] = [];
    buildGlossary([record('a', valid), record('b', { ...valid, match: { en: ['Five Centers'] } })], problems);
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/glossary\/b\.yaml: field "match\.(zh|en)": ".+" is also a form of content\/glossary\/a\.yaml/u,
      ),
      expect.stringMatching(/^content\/glossary\/b\.yaml: field "match\.en": "Five Centers" is also a form/u),
    ]);
  });
});
