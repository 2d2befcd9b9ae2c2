// Bad content fails with one line per problem naming the file and what to do: one small broken copy per case, run
// through the content check exactly as the build runs it (runContentCheck, what the Astro integration calls).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content-check/check-node';
import { runContentCheck } from '../../src/content-check/integration-node';
import { formatDate } from '../../src/plan/numbering';
import { brokenCopy, edit, setLine } from '../support/content-fixtures';

const ROOT = path.resolve('.');

/** The problem lines the build prints for a broken copy; fails if the copy is accepted or a line repeats. */
function problems(change: (content: string) => void): string[] {
  const result = runContentCheck(brokenCopy(change));
  if (result.ok) throw new Error('the broken content was accepted');
  const [head, ...lines] = result.lines;
  expect(head).toMatch(/^Content check failed: \d+ problems?\. Nothing was built; fix (it|them) and build again\.$/u);
  const found = lines.map((line) => line.trim());
  expect(found.length, 'each problem is printed once').toBe(new Set(found).size);
  for (const line of found)
    expect(line, 'one line per problem, naming the file').toMatch(/^content\/[^:\n]+: [^\n]+$/u);
  return found;
}

const pristine = loadCheckedContent(path.join(ROOT, 'content'));

describe('bad content is rejected, naming the file and the field', () => {
  it('a missing field', () => {
    const found = problems((c) => edit(`${c}/tasks/en/07.mdx`, /group: 2\n/u, ''));
    expect(found).toEqual(['content/tasks/en/07.mdx: field "group": is missing; add it (a number)']);
  });

  it('a malformed field', () => {
    const found = problems((c) => edit(`${c}/goals/zh/3.mdx`, 'number: 3', 'number: three'));
    expect(found).toEqual([
      expect.stringMatching(/^content\/goals\/zh\/3\.mdx: field "number": must be a number \(.*\); correct the value$/u),
    ]);
  });

  it('an unknown field (a typo in frontmatter)', () => {
    const found = problems((c) => edit(`${c}/tasks/zh/01.mdx`, 'group: 1', 'group: 1\ngruop: 1'));
    expect(found).toEqual([
      'content/tasks/zh/01.mdx: field "gruop": unknown field; remove it or correct its spelling',
    ]);
  });

  it('a missing metadata field in the English document', () => {
    const found = problems((c) => edit(`${c}/metadata/en.yaml`, /officialReference:.*\n/u, ''));
    expect(found).toEqual(['content/metadata/en.yaml: field "officialReference": is missing; add it (a string)']);
  });

  it('a number that does not match the file name', () => {
    const found = problems((c) => edit(`${c}/tasks/en/12.mdx`, 'number: 12', 'number: 13'));
    expect(found).toContainEqual(
      expect.stringMatching(/^content\/tasks\/en\/12\.mdx: field "number": 13 does not match/u),
    );
  });

  it('a missing counterpart in the other language', () => {
    const found = problems((c) => fs.rmSync(`${c}/tasks/en/07.mdx`));
    expect(found).toContainEqual(
      expect.stringMatching(/^content\/tasks\/en\/07\.mdx: missing; content\/tasks\/zh\/07\.mdx has no counterpart/u),
    );
  });

  it('a zh/en sentence-count mismatch', () => {
    const found = problems((c) => {
      const file = `${c}/tasks/en/05.mdx`;
      const lines = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
      fs.writeFileSync(file, lines.slice(0, -1).join('\n') + '\n');
    });
    expect(found).toContainEqual(
      expect.stringMatching(
        /^content\/tasks\/en\/05\.mdx: body: has \d+ sentence lines but content\/tasks\/zh\/05\.mdx has \d+/u,
      ),
    );
  });

  it('two Chinese sentences on one line', () => {
    const found = problems((c) => edit(`${c}/tasks/zh/06.mdx`, /。\n(持续提升)/u, '。$1'));
    expect(found).toEqual([
      expect.stringMatching(/^content\/tasks\/zh\/06\.mdx: line 6: must be exactly one sentence/u),
    ]);
  });

  it('a reference to a group that does not exist', () => {
    const found = problems((c) => edit(`${c}/tasks/zh/25.mdx`, 'group: 5', 'group: 9'));
    expect(found).toContainEqual(
      expect.stringMatching(/^content\/tasks\/zh\/25\.mdx: field "group": refers to group 9, which does not exist/u),
    );
  });

  it('Chinese text that drifts from the source', () => {
    const found = problems((c) => edit(`${c}/tasks/zh/14.mdx`, '临港新片区', '临港片区'));
    expect(found).toEqual([
      expect.stringMatching(/^content\/tasks\/zh\/14\.mdx: Chinese text drifts from content\/source\//u),
    ]);
  });

  it('Chinese text that drops a sentence', () => {
    const found = problems((c) => {
      edit(`${c}/goals/zh/6.mdx`, /\n建立健全金融科技风险防范机制.*\n/u, '\n');
      edit(`${c}/goals/en/6.mdx`, /\n[^\n]*\n$/u, '\n');
    });
    expect(found).toEqual([
      expect.stringMatching(/^content\/goals\/zh\/6\.mdx or content\/metadata\/zh\.yaml: Chinese text drifts/u),
    ]);
  });

  it('MDX syntax in an English line', () => {
    const found = problems((c) => edit(`${c}/tasks/en/03.mdx`, /\n([A-Z])/u, '\n<b>$1'));
    expect(found).toEqual([expect.stringMatching(/^content\/tasks\/en\/03\.mdx: line 6: contains < or >/u)]);
  });
});

describe('bad zones of the layout map are rejected, naming the file and the field', () => {
  it('a zone citing a task that does not exist', () => {
    const found = problems((c) => edit(`${c}/zones/zh/lujiazui.yaml`, 'tasks/19/#s2', 'tasks/29/#s2'));
    expect(found).toContainEqual(
      expect.stringMatching(
        /^content\/zones\/zh\/lujiazui\.yaml: field "mentions\.0\.cite": tasks\/29\/#s2 does not exist: there are 25 tasks/u,
      ),
    );
  });

  it('a sentence number past the end of the task', () => {
    const found = problems((c) => edit(`${c}/zones/en/lingang.yaml`, 'tasks/15/#s1', 'tasks/15/#s9'));
    expect(found).toContainEqual(
      expect.stringMatching(
        /^content\/zones\/en\/lingang\.yaml: field "mentions\.1\.cite": tasks\/15\/#s9 does not exist: task 15 has a title and \d+ sentences/u,
      ),
    );
  });

  it('a citation that is not written as a sentence link', () => {
    const found = problems((c) => edit(`${c}/zones/zh/bund.yaml`, 'cite: tasks/14/#s3', 'cite: task 14 s3'));
    expect(found).toContainEqual(
      expect.stringMatching(/^content\/zones\/zh\/bund\.yaml: field "role\.cite": must name a sentence of the plan/u),
    );
  });

  it('a role that is not quoted verbatim from the cited sentence', () => {
    const found = problems((c) =>
      edit(`${c}/zones/zh/zhangjiang.yaml`, 'text: 核心技术创新城', 'text: 核心技术示范城'),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /^content\/zones\/zh\/zhangjiang\.yaml: field "role\.text": "核心技术示范城" is not in tasks\/14\/#s2/u,
      ),
    );
  });

  it('a cited sentence that does not mention the zone', () => {
    const found = problems((c) => edit(`${c}/zones/en/lujiazui.yaml`, 'tasks/19/#s2', 'tasks/19/#s1'));
    expect(found).toContainEqual(
      expect.stringMatching(
        /^content\/zones\/en\/lujiazui\.yaml: field "mentions\.0\.cite": tasks\/19\/#s1 does not mention Lujiazui/u,
      ),
    );
  });

  it('a sentence that mentions the zone but is not cited', () => {
    const found = problems((c) => {
      edit(`${c}/zones/zh/lingang.yaml`, /\n  - cite: tasks\/15\/#s1/u, '');
      edit(`${c}/zones/en/lingang.yaml`, /\n  - cite: tasks\/15\/#s1/u, '');
    });
    expect(found).toContainEqual(
      expect.stringMatching(
        /^content\/zones\/zh\/lingang\.yaml: field "mentions": tasks\/15\/#s1 mentions 临港新片区 but is not cited/u,
      ),
    );
  });

  it('the two languages citing different sentences', () => {
    const found = problems((c) => edit(`${c}/zones/en/zhangjiang.yaml`, /\nmentions:\n(.*\n)+?drawn/u, '\ndrawn'));
    expect(found).toContainEqual(
      expect.stringMatching(
        /^content\/zones\/en\/zhangjiang\.yaml: field "mentions": is \(none\) but content\/zones\/zh\/zhangjiang\.yaml has tasks\/19\/#s4/u,
      ),
    );
  });

  it('a zone the map data cannot draw, and a zone of the map data without a file', () => {
    const found = problems((c) => {
      for (const lang of ['zh', 'en'])
        fs.renameSync(`${c}/zones/${lang}/bund.yaml`, `${c}/zones/${lang}/the-bund.yaml`);
    });
    expect(found).toContainEqual(
      expect.stringMatching(
        /^content\/zones\/zh\/the-bund\.yaml: the map data \(src\/map\/data\/zones\.json\) has no zone "the-bund"/u,
      ),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /^content\/zones\/en\/bund\.yaml: missing; the map data \(src\/map\/data\/zones\.json\) draws "bund"/u,
      ),
    );
  });

  it('a zone drawn as another kind than the map data draws it', () => {
    const found = problems((c) => edit(`${c}/zones/zh/lingang.yaml`, 'layout: port', 'layout: city'));
    expect(found).toContainEqual(
      expect.stringMatching(
        /^content\/zones\/zh\/lingang\.yaml: field "layout": is "city" but the map data draws it as "port"/u,
      ),
    );
  });
});

describe('bad glossary, themes and context are rejected, naming the file and the field', () => {
  it('a theme citing a task that does not exist', () => {
    const found = problems((c) => edit(`${c}/themes/banking.yaml`, 'tasks/24/#s3', 'tasks/26/#s3'));
    expect(found).toEqual([
      'content/themes/banking.yaml: field "sentences.5": tasks/26/#s3 does not exist: there are 25 tasks',
    ]);
  });

  it('a theme citing a sentence that does not exist', () => {
    const found = problems((c) => edit(`${c}/themes/banking.yaml`, 'tasks/7/#s3', 'tasks/7/#s9'));
    expect(found).toEqual([
      'content/themes/banking.yaml: field "sentences.4": tasks/7/#s9 does not exist: task 7 has a title and 3 sentences (s1–s3)',
    ]);
  });

  it('a theme citing a sentence in the old form (a number list)', () => {
    const found = problems((c) => edit(`${c}/themes/banking.yaml`, '  - tasks/7/#title', '  - tasks/7: [1]'));
    expect(found).toContainEqual(
      expect.stringMatching(/^content\/themes\/banking\.yaml: field "sentences\.1": must be a string/u),
    );
  });

  it('a context fact citing a sentence that does not exist, or a sentence in the old form', () => {
    const missing = problems((c) => edit(`${c}/context/facts.yaml`, 'tasks/19/#s2]', 'tasks/19/#s9]'));
    expect(missing).toEqual([
      'content/context/facts.yaml: field "bund-conference.sources": tasks/19/#s9 does not exist: task 19 has a title and 4 sentences (s1–s4)',
    ]);
    const old = problems((c) => edit(`${c}/context/facts.yaml`, 'tasks/19/#s2]', '/tasks/19/#s3]'));
    expect(old).toContainEqual(
      expect.stringMatching(
        /^content\/context\/facts\.yaml: field "bund-conference\.sources\.3": must be a source id/u,
      ),
    );
  });

  it('a task no theme cites', () => {
    const found = problems((c) => fs.rmSync(`${c}/themes/space.yaml`));
    expect(found).toEqual(['content/tasks/zh/14.mdx: no theme cites task 14; tag it in content/themes/']);
  });

  it('a glossary entry without its Chinese note', () => {
    const found = problems((c) => edit(`${c}/glossary/cips.yaml`, /\n {2}zh: "经中国人民银行[^\n]*/u, ''));
    expect(found).toEqual([expect.stringMatching(/^content\/glossary\/cips\.yaml: field "note\.zh": /u)]);
  });

  it('an alias leading to a form the plan does not contain (fintech is marked nowhere in English)', () => {
    const found = problems((c) =>
      edit(
        `${c}/glossary/fintech.yaml`,
        'text: "financial technology", kind: full',
        'text: "e-finance", kind: everyday, search: "e-finance"',
      ),
    );
    expect(found).toEqual([
      'content/glossary/fintech.yaml: field "aliases.en.0.search": "e-finance" is not part of the term fintech',
    ]);
  });

  it('an alias leading to a part of the term the plan does not contain in that language', () => {
    const found = problems((c) =>
      edit(
        `${c}/glossary/iit-subsidy.yaml`,
        'text: "个税补贴", kind: everyday',
        'text: "个税补贴", kind: everyday, search: "税负差额补贴"',
      ),
    );
    expect(found).toEqual([
      'content/glossary/iit-subsidy.yaml: field "aliases.zh.0.search": "个税补贴" leads to "税负差额补贴", which the plan\'s zh text does not contain',
    ]);
  });

  it('an alias whose term has no form in the text of that language', () => {
    const found = problems((c) =>
      fs.appendFileSync(
        `${c}/glossary/general-office.yaml`,
        'aliases:\n  zh:\n    - { text: "市府办", kind: abbreviation }\n',
      ),
    );
    expect(found).toEqual([
      'content/glossary/general-office.yaml: field "aliases.zh.0": "市府办" leads to "上海市人民政府办公厅", which the plan\'s zh text does not contain',
    ]);
  });

  it('an alias the plan itself uses, and an alias of two terms', () => {
    const found = problems((c) => {
      edit(
        `${c}/glossary/regulatory-sandbox.yaml`,
        'text: "sandbox", kind: everyday',
        'text: "regulatory pilots", kind: everyday',
      );
      edit(
        `${c}/glossary/shanghai-ftz.yaml`,
        'text: "FTZ", kind: abbreviation',
        'text: "fintech sandbox", kind: abbreviation',
      );
    });
    expect(found).toEqual([
      'content/glossary/regulatory-sandbox.yaml: field "aliases.en.1.text": the plan\'s en text contains "regulatory pilots" itself; no alias needed',
      'content/glossary/regulatory-sandbox.yaml: field "aliases.en.2.text": "fintech sandbox" is already a form or alias of content/glossary/shanghai-ftz.yaml; one term per alias',
    ]);
  });

  it('an alias of an unknown kind', () => {
    const found = problems((c) =>
      edit(`${c}/glossary/shanghai-ftz.yaml`, 'text: "FTZ", kind: abbreviation', 'text: "FTZ", kind: nickname'),
    );
    expect(found).toEqual([
      expect.stringMatching(/^content\/glossary\/shanghai-ftz\.yaml: field "aliases\.en\.0\.kind": /u),
    ]);
  });

  it('a context fact citing a source that is not listed', () => {
    const found = problems((c) => edit(`${c}/context/facts.yaml`, 'sources: [S43]', 'sources: [S99]'));
    expect(found).toEqual([
      'content/context/facts.yaml: field "pboc-shanghai-measures.sources": S99 is not in content/context/sources.yaml',
      'content/context/sources.yaml: field "S43": no fact cites this source',
    ]);
  });
});

/**
 * Realistic editing mistakes, each with its expected outcome: the exact problem lines (a pattern each, every one
 * naming the file), or `harmless` when the build must accept it and publish the same plan as before.
 */
interface Mistake {
  name: string;
  change: (content: string) => void;
  /** The problems, in the order printed; omitted for a harmless edit. */
  fails?: RegExp[];
}

const GBK_LINE = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xa1, 0xa3]); // 中文。 in GBK
const t = (c: string, file: string) => `${c}/${file}`;

const MISTAKES: Mistake[] = [
  // Encoding: named as such, and nothing else about the file.
  {
    name: 'a byte-order mark added by a Windows editor',
    change: (c) =>
      fs.writeFileSync(t(c, 'tasks/en/07.mdx'), `\uFEFF${fs.readFileSync(t(c, 'tasks/en/07.mdx'), 'utf8')}`),
    fails: [/^content\/tasks\/en\/07\.mdx: starts with a byte-order mark \(U\+FEFF\); save it as UTF-8 without BOM$/u],
  },
  {
    name: 'a byte-order mark in a glossary file',
    change: (c) =>
      fs.writeFileSync(t(c, 'glossary/cips.yaml'), `\uFEFF${fs.readFileSync(t(c, 'glossary/cips.yaml'), 'utf8')}`),
    fails: [/^content\/glossary\/cips\.yaml: starts with a byte-order mark/u],
  },
  {
    name: 'a Chinese line pasted from a GBK-encoded file',
    change: (c) => {
      const file = t(c, 'tasks/zh/07.mdx');
      const lines = fs.readFileSync(file).toString('utf8').split('\n');
      const bytes = Buffer.concat([
        Buffer.from(`${lines.slice(0, 6).join('\n')}\n`),
        GBK_LINE,
        Buffer.from(`\n${lines.slice(7).join('\n')}`),
      ]);
      fs.writeFileSync(file, bytes);
    },
    fails: [
      /^content\/tasks\/zh\/07\.mdx: line 7: is not valid UTF-8 \(saved as GBK or another legacy encoding\?\); save the file as UTF-8$/u,
    ],
  },
  {
    name: 'a Chinese file saved as UTF-16 ("Unicode" in Notepad)',
    change: (c) => {
      const file = t(c, 'tasks/zh/03.mdx');
      fs.writeFileSync(
        file,
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fs.readFileSync(file, 'utf8'), 'utf16le')]),
      );
    },
    fails: [/^content\/tasks\/zh\/03\.mdx: line 1: is not valid UTF-8/u],
  },
  {
    name: 'a character lost in a conversion (U+FFFD)',
    change: (c) => edit(t(c, 'tasks/zh/07.mdx'), '生物识别', '生物\uFFFD别'),
    fails: [
      /^content\/tasks\/zh\/07\.mdx: line 7: column \d+: U\+FFFD REPLACEMENT CHARACTER, .*put the original character back$/u,
    ],
  },
  // Structure: one problem per mistake, with the right cause.
  {
    name: 'a task renumbered in its frontmatter only (once: 18 repeated "expected 1 to 24" lines before)',
    change: (c) => edit(t(c, 'tasks/zh/07.mdx'), 'number: 7', 'number: 8'),
    fails: [/^content\/tasks\/zh\/07\.mdx: field "number": 8 does not match the file name "07"$/u],
  },
  {
    name: 'a task deleted in both languages',
    change: (c) => ['zh', 'en'].forEach((l) => fs.rmSync(t(c, `tasks/${l}/12.mdx`))),
    fails: [
      /^content\/tasks\/zh\/: no file for task 12; tasks are numbered 1 to 25 without gaps/u,
      /^content\/tasks\/en\/: no file for task 12; /u,
    ],
  },
  {
    name: 'an English task put in another group than its Chinese twin',
    change: (c) => edit(t(c, 'tasks/en/07.mdx'), 'group: 2', 'group: 3'),
    fails: [
      /^content\/tasks\/en\/07\.mdx: field "group": is 3 but content\/tasks\/zh\/07\.mdx has 2; the English must agree with the Chinese$/u,
    ],
  },
  {
    name: 'an English issue date different from the Chinese',
    change: (c) => edit(t(c, 'metadata/en.yaml'), 'issued: 2020-01-08', 'issued: 2020-01-18'),
    fails: [
      /^content\/metadata\/en\.yaml: field "issued": is 2020-01-18 but content\/metadata\/zh\.yaml has 2020-01-08; /u,
    ],
  },
  {
    name: 'an English document number different from the Chinese',
    change: (c) => edit(t(c, 'metadata/en.yaml'), 'number: 沪府办规〔2020〕1号', 'number: 沪府办规〔2020〕2号'),
    fails: [
      /^content\/metadata\/en\.yaml: field "number": is 沪府办规〔2020〕2号 but content\/metadata\/zh\.yaml has 沪府办规〔2020〕1号/u,
    ],
  },
  {
    name: 'a date written "8 January 2020"',
    change: (c) => edit(t(c, 'metadata/en.yaml'), 'issued: 2020-01-08', 'issued: 8 January 2020'),
    fails: [
      /^content\/metadata\/en\.yaml: field "issued": must be a date written YYYY-MM-DD, like 2020-01-08 \(not "8 January 2020"\)$/u,
    ],
  },
  {
    name: 'a date without leading zeros',
    change: (c) => edit(t(c, 'metadata/zh.yaml'), 'inForce: 2020-02-01', 'inForce: 2020-2-1'),
    fails: [/^content\/metadata\/zh\.yaml: field "inForce": must be a date written YYYY-MM-DD/u],
  },
  {
    name: 'a date that does not exist',
    change: (c) => edit(t(c, 'metadata/zh.yaml'), 'inForce: 2020-02-01', 'inForce: 2020-02-30'),
    fails: [/^content\/metadata\/zh\.yaml: field "inForce": must be a date written YYYY-MM-DD.*not "2020-02-30"/u],
  },
  {
    name: 'a date with a time and a time zone',
    change: (c) => edit(t(c, 'metadata/en.yaml'), 'inForce: 2020-02-01', 'inForce: 2020-02-01T00:00:00+08:00'),
    fails: [/^content\/metadata\/en\.yaml: field "inForce": must be a date written YYYY-MM-DD/u],
  },
  {
    name: 'a task file saved under another name by an editor ("07 copy.mdx")',
    change: (c) => fs.copyFileSync(t(c, 'tasks/en/07.mdx'), t(c, 'tasks/en/07 copy.mdx')),
    fails: [/^content\/tasks\/en\/07 copy\.mdx: file name: must be the task's number, like 07/u],
  },
  // Chinese typography that NFKC would hide from the comparison with the source.
  {
    name: 'an ASCII comma replacing "，" in the Chinese',
    change: (c) => edit(t(c, 'tasks/zh/07.mdx'), '交互、情景感知等技术为支撑，', '交互、情景感知等技术为支撑,'),
    fails: [
      /^content\/tasks\/zh\/07\.mdx: line 7: column \d+: ASCII "," in Chinese text; use the full-width "，" as the source does$/u,
    ],
  },
  {
    name: 'ASCII parentheses replacing （） in the Chinese',
    change: (c) => edit(t(c, 'tasks/zh/06.mdx'), '（CIPS）', '(CIPS)'),
    fails: [
      /^content\/tasks\/zh\/06\.mdx: line 7: column \d+: ASCII "\(" in Chinese text; use the full-width "（"/u,
      /^content\/tasks\/zh\/06\.mdx: line 7: column \d+: ASCII "\)"/u,
    ],
  },
  {
    name: 'an ASCII comma in the Chinese addressees',
    change: (c) => edit(t(c, 'metadata/zh.yaml'), '各区人民政府，', '各区人民政府,'),
    fails: [/^content\/metadata\/zh\.yaml: field "addressees": column 7: ASCII ","/u],
  },
  {
    name: 'a no-break space in the Chinese (pasted from a web page)',
    change: (c) => edit(t(c, 'tasks/zh/06.mdx'), '不断优化', '不断\u00A0优化'),
    fails: [
      /^content\/tasks\/zh\/06\.mdx: line 6: column 3: U\+00A0 NO-BREAK SPACE in Chinese text, which has no spaces; delete it$/u,
    ],
  },
  {
    name: 'a zero-width space in the Chinese',
    change: (c) => edit(t(c, 'tasks/zh/06.mdx'), '支付结算', '支付\u200B结算'),
    fails: [/^content\/tasks\/zh\/06\.mdx: line 6: column \d+: invisible U\+200B ZERO WIDTH SPACE; delete it$/u],
  },
  {
    name: 'a zero-width joiner in the English',
    change: (c) => edit(t(c, 'tasks/en/06.mdx'), 'Keep improving', 'Keep\u200D improving'),
    fails: [/^content\/tasks\/en\/06\.mdx: line 6: column 5: invisible U\+200D ZERO WIDTH JOINER; delete it$/u],
  },
  {
    name: 'a control character in the English (pasted from a PDF)',
    change: (c) => edit(t(c, 'tasks/en/06.mdx'), 'Keep improving', 'Keep\u0007improving'),
    fails: [/^content\/tasks\/en\/06\.mdx: line 6: column 5: control character U\+0007; delete it$/u],
  },
  // Glossary parity.
  {
    name: 'a misspelt English glossary term',
    change: (c) => edit(t(c, 'glossary/five-centers.yaml'), 'en: "Five Centers"', 'en: "Five Centres"'),
    fails: [
      /^content\/glossary\/five-centers\.yaml: field "match\.en": the translation has these forms nowhere but the source has the term in ideology; /u,
    ],
  },
  {
    name: 'a misspelt Chinese glossary term',
    change: (c) => edit(t(c, 'glossary/lujiazui.yaml'), 'zh: "陆家嘴金融城"', 'zh: "陆家咀金融城"'),
    fails: [
      /^content\/glossary\/lujiazui\.yaml: field "match\.zh": no form of the term is found in the source text; correct the spelling/u,
    ],
  },
  {
    name: 'a translation that drops the official English name',
    change: (c) =>
      edit(t(c, 'tasks/en/06.mdx'), 'Cross-border Interbank Payment System (CIPS)', 'RMB cross-border payment system'),
    fails: [
      /^content\/glossary\/cips\.yaml: field "match\.en": the translation has these forms nowhere but the source has the term in task-6; /u,
    ],
  },
  // Markup that MDX would run or the site would publish literally.
  {
    name: 'Markdown bold in an English sentence',
    change: (c) => edit(t(c, 'tasks/en/06.mdx'), 'Keep improving', '**Keep** improving'),
    fails: [/^content\/tasks\/en\/06\.mdx: line 6: contains Markdown bold/u],
  },
  {
    name: 'a Markdown link in an English sentence',
    change: (c) =>
      edit(
        t(c, 'tasks/en/06.mdx'),
        'Cross-border Interbank Payment System (CIPS)',
        '[Cross-border Interbank Payment System (CIPS)](https://www.cips.com.cn/)',
      ),
    fails: [/^content\/tasks\/en\/06\.mdx: line 7: contains a Markdown link or image/u],
  },
  {
    name: 'a list marker before an English sentence',
    change: (c) => setLine(t(c, 'tasks/en/06.mdx'), 8, (l) => `- ${l}`),
    fails: [/^content\/tasks\/en\/06\.mdx: line 8: starts with a list marker/u],
  },
  {
    name: 'a numbered list marker before a Chinese sentence',
    change: (c) => setLine(t(c, 'tasks/zh/06.mdx'), 8, (l) => `1. ${l}`),
    fails: [/^content\/tasks\/zh\/06\.mdx: line 8: starts with a list marker/u],
  },
  {
    name: 'a Markdown heading marker on a title',
    change: (c) => setLine(t(c, 'tasks/en/06.mdx'), 6, (l) => `## ${l}`),
    fails: [/^content\/tasks\/en\/06\.mdx: line 6: starts with "#", which Markdown makes a heading/u],
  },
  {
    name: 'an export line that would become a task title',
    change: (c) => setLine(t(c, 'tasks/en/06.mdx'), 6, () => "export const title = 'Payments';"),
    fails: [/^content\/tasks\/en\/06\.mdx: line 6: is an import\/export line, which MDX runs as JavaScript/u],
  },
  {
    name: 'an import line in place of a sentence',
    change: (c) => setLine(t(c, 'tasks/zh/06.mdx'), 9, () => "import Note from '../../Note.astro';"),
    fails: [/^content\/tasks\/zh\/06\.mdx: line 9: is an import\/export line/u],
  },
  {
    name: 'an HTML line break in the Chinese',
    change: (c) => edit(t(c, 'tasks/zh/06.mdx'), '服务。', '服务。<br>'),
    fails: [/^content\/tasks\/zh\/06\.mdx: line 6: contains < or >, which MDX reads as HTML or JSX/u],
  },
  {
    name: 'curly braces in an English sentence',
    change: (c) => edit(t(c, 'tasks/en/06.mdx'), '(CIPS)', '{CIPS}'),
    fails: [/^content\/tasks\/en\/06\.mdx: line 7: contains \{ or \}, which MDX reads as a JavaScript expression/u],
  },
  {
    name: 'Markdown code in an English sentence',
    change: (c) => edit(t(c, 'tasks/en/06.mdx'), '(CIPS)', '(`CIPS`)'),
    fails: [/^content\/tasks\/en\/06\.mdx: line 7: contains a backtick/u],
  },
  {
    name: 'an HTML entity in an English sentence',
    change: (c) => edit(t(c, 'tasks/en/06.mdx'), 'Keep improving', 'Keep&nbsp;improving'),
    fails: [/^content\/tasks\/en\/06\.mdx: line 6: contains an HTML entity/u],
  },
  // Spreadsheet formulas (plan.csv).
  {
    name: 'an English title that is a spreadsheet formula',
    change: (c) => setLine(t(c, 'tasks/en/06.mdx'), 6, () => '=HYPERLINK("https://evil.example","Payments")'),
    fails: [
      /^content\/tasks\/en\/06\.mdx: line 6: starts with "=", which a spreadsheet runs as a formula \(plan\.csv\); start with a word$/u,
    ],
  },
  {
    name: 'an English sentence starting with "+"',
    change: (c) => setLine(t(c, 'tasks/en/06.mdx'), 7, (l) => `+${l}`),
    fails: [/^content\/tasks\/en\/06\.mdx: line 7: starts with "\+", which a spreadsheet runs as a formula/u],
  },
  {
    name: 'an English sentence starting with "-" (no space)',
    change: (c) => setLine(t(c, 'tasks/en/06.mdx'), 7, (l) => `-${l}`),
    fails: [/^content\/tasks\/en\/06\.mdx: line 7: starts with "-", which a spreadsheet runs as a formula/u],
  },
  {
    name: 'an English title starting with "@"',
    change: (c) => setLine(t(c, 'tasks/en/06.mdx'), 6, (l) => `@${l}`),
    fails: [/^content\/tasks\/en\/06\.mdx: line 6: starts with "@"/u],
  },
  {
    name: 'a sentence line indented with a tab',
    change: (c) => setLine(t(c, 'tasks/en/06.mdx'), 8, (l) => `\t${l}`),
    fails: [/^content\/tasks\/en\/06\.mdx: line 8: starts with a tab; delete it$/u],
  },
  {
    name: 'a group title that is a formula',
    change: (c) => edit(t(c, 'groups/en/3.yaml'), 'title: Mobilizing', 'title: =Mobilizing'),
    fails: [/^content\/groups\/en\/3\.yaml: field "title": starts with "=", which a spreadsheet runs as a formula/u],
  },
  // The same rules for the text fields of YAML files.
  {
    name: 'a theme title that is a formula',
    change: (c) => edit(t(c, 'themes/banking.yaml'), 'en: "Banking and lending"', 'en: "=Banking and lending"'),
    fails: [
      /^content\/themes\/banking\.yaml: field "title\.en": starts with "=", which a spreadsheet runs as a formula/u,
    ],
  },
  {
    name: 'a no-break space in the Chinese role of a map zone',
    change: (c) => edit(t(c, 'zones/zh/lingang.yaml'), 'text: 金融科技创新试验港', 'text: 金融科技\u00A0创新试验港'),
    fails: [
      /^content\/zones\/zh\/lingang\.yaml: field "role\.text": column 5: U\+00A0 NO-BREAK SPACE in Chinese text/u,
    ],
  },
  {
    name: 'an ASCII comma in the Chinese text of a context fact',
    change: (c) => edit(t(c, 'context/facts.yaml'), '本方案于2020年1月8日印发，', '本方案于2020年1月8日印发,'),
    fails: [/^content\/context\/facts\.yaml: field "in-force\.text\.zh": column 16: ASCII ","/u],
  },
  {
    name: 'an unquoted colon in a group title (YAML)',
    change: (c) => edit(t(c, 'groups/en/3.yaml'), 'title: Mobilizing all resources', 'title: Mobilizing: all resources'),
    fails: [/^content\/groups\/en\/3\.yaml: cannot be parsed: .*at line 2, column \d+; correct the YAML/u],
  },
  {
    name: 'frontmatter without its closing ---',
    change: (c) => edit(t(c, 'tasks/en/07.mdx'), 'group: 2\n---\n', 'group: 2\n\n'),
    fails: [/^content\/tasks\/en\/07\.mdx: frontmatter: opened with --- on line 1 but never closed; add a line ---/u],
  },
  {
    name: 'a carriage return inside a quoted group title',
    change: (c) => edit(t(c, 'groups/en/3.yaml'), /title: Mobilizing all (.*)\n/u, 'title: "Mobilizing all\\r $1"\n'),
    fails: [/^content\/groups\/en\/3\.yaml: field "title": column 15: control character U\+000D; delete it$/u],
  },
  // Characters the share-card font cannot draw (checked before anything is rendered).
  {
    name: 'an emoji in an English task title',
    change: (c) => setLine(t(c, 'tasks/en/07.mdx'), 6, (l) => `🚀 ${l}`),
    fails: [
      /^content\/tasks\/en\/07\.mdx: line 6: "🚀" \(U\+1F680\) has no glyph in the share-card font \(@fontsource\/noto-sans-sc\); /u,
    ],
  },
  {
    name: 'an arrow the font lists in its unicode-range but has no glyph for',
    change: (c) => setLine(t(c, 'tasks/en/07.mdx'), 7, (l) => `➤ ${l}`),
    fails: [/^content\/tasks\/en\/07\.mdx: line 7: "➤" \(U\+27A4\) has no glyph in the share-card font/u],
  },
  {
    name: 'a subscript digit ("CO₂") in an English sentence',
    change: (c) => edit(t(c, 'tasks/en/06.mdx'), 'Keep improving', 'Keep CO₂ improving'),
    fails: [/^content\/tasks\/en\/06\.mdx: line 6: "₂" \(U\+2082\) has no glyph in the share-card font/u],
  },
  // Harmless edits: accepted, and the published plan is exactly the same.
  {
    name: 'Windows line ends (CRLF) in a task file',
    change: (c) =>
      fs.writeFileSync(
        t(c, 'tasks/en/07.mdx'),
        fs.readFileSync(t(c, 'tasks/en/07.mdx'), 'utf8').replaceAll('\n', '\r\n'),
      ),
  },
  {
    name: 'trailing spaces after sentences and blank lines between them',
    change: (c) => edit(t(c, 'tasks/en/07.mdx'), /\.\n/gu, '.  \n\n'),
  },
  {
    name: 'no newline at the end of the file',
    change: (c) =>
      fs.writeFileSync(t(c, 'tasks/zh/07.mdx'), fs.readFileSync(t(c, 'tasks/zh/07.mdx'), 'utf8').trimEnd()),
  },
  {
    name: 'frontmatter keys in another order, a YAML comment and a quoted date',
    change: (c) => {
      edit(t(c, 'tasks/en/07.mdx'), 'number: 7\ngroup: 2', '# moved\ngroup: 2\nnumber: 7');
      edit(t(c, 'metadata/en.yaml'), 'issued: 2020-01-08', 'issued: "2020-01-08"');
    },
  },
  {
    name: 'a quoted group title with a leading tab and trailing spaces (trimmed as before)',
    change: (c) =>
      edit(t(c, 'groups/en/3.yaml'), /title: (.*)\n/u, 'title: "\\t$1  "\n'),
  },
];

describe('realistic editing mistakes: each fails naming the file, or builds harmlessly', () => {
  it('the list holds at least 40 mistakes', () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(40);
  });

  for (const mistake of MISTAKES) {
    if (mistake.fails) {
      const fails = mistake.fails;
      it(`fails: ${mistake.name}`, () => {
        expect(problems(mistake.change)).toEqual(fails.map((p) => expect.stringMatching(p)));
      });
    } else {
      it(`builds harmlessly: ${mistake.name}`, () => {
        const root = brokenCopy(mistake.change);
        expect(runContentCheck(root)).toEqual({ ok: true, summary: expect.stringMatching(/^content OK: 25 tasks/u) });
        expect(loadCheckedContent(path.join(root, 'content'))).toEqual(pristine);
      });
    }
  }

  it('dates are calendar days: no time zone shifts them (TZ=Asia/Shanghai, America/Los_Angeles)', () => {
    const before = process.env.TZ;
    try {
      for (const tz of ['Asia/Shanghai', 'America/Los_Angeles', 'UTC']) {
        process.env.TZ = tz;
        const plans = loadCheckedContent(path.join(ROOT, 'content'));
        expect(formatDate('zh', plans.zh.document.issued), tz).toBe('2020年1月8日');
        expect(formatDate('en', plans.en.document.issued), tz).toBe('January 8, 2020');
        expect(formatDate('en', plans.en.document.inForce), tz).toBe('February 1, 2020');
        expect(plans.en.document.issued.toISOString(), tz).toBe('2020-01-08T00:00:00.000Z');
      }
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  });
});
