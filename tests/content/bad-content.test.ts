// Bad content fails with a message naming the file and what is wrong: one small broken copy per case.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCheckedContent } from '../../src/content-check/check-node';
import { ContentError } from '../../src/content-check/plan-model';

const ROOT = path.resolve('.');
const temps: string[] = [];
afterAll(() => temps.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A copy of content/ (and the map data) with one change applied; returns the project root of the copy. */
function brokenCopy(change: (content: string) => void): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bad-content-'));
  temps.push(root);
  fs.cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
  // The zones are checked against the map data, which lives with the code.
  fs.cpSync(path.join(ROOT, 'src/map/data'), path.join(root, 'src/map/data'), { recursive: true });
  change(path.join(root, 'content'));
  return root;
}

function edit(file: string, from: string | RegExp, to: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did not apply to ${file}`);
  fs.writeFileSync(file, next);
}

function problems(change: (content: string) => void): string[] {
  const root = brokenCopy(change);
  try {
    loadCheckedContent(path.join(root, 'content'));
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).problems;
  }
  throw new Error('the broken content was accepted');
}

describe('bad content is rejected, naming the file and the field', () => {
  it('a missing field', () => {
    const found = problems((c) => edit(`${c}/tasks/en/07.mdx`, /group: 2\n/u, ''));
    expect(found).toContainEqual(expect.stringMatching(/^content\/tasks\/en\/07\.mdx: field "group": /u));
  });

  it('a malformed field', () => {
    const found = problems((c) => edit(`${c}/goals/zh/3.mdx`, 'number: 3', 'number: three'));
    expect(found).toContainEqual(expect.stringMatching(/^content\/goals\/zh\/3\.mdx: field "number": /u));
  });

  it('an unknown field (a typo in frontmatter)', () => {
    const found = problems((c) => edit(`${c}/tasks/zh/01.mdx`, 'group: 1', 'group: 1\ngruop: 1'));
    expect(found).toContainEqual(
      expect.stringMatching(/^content\/tasks\/zh\/01\.mdx: field "\(frontmatter\)": .*gruop/u),
    );
  });

  it('a missing metadata field in the English document', () => {
    const found = problems((c) => edit(`${c}/metadata/en.yaml`, /officialReference:.*\n/u, ''));
    expect(found).toContainEqual(expect.stringMatching(/^content\/metadata\/en\.yaml: field "officialReference": /u));
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
    expect(found).toContainEqual(
      expect.stringMatching(/^content\/tasks\/zh\/06\.mdx: line 1 of the body: must be exactly one sentence/u),
    );
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
    expect(found).toContainEqual(expect.stringMatching(/^content\/tasks\/en\/03\.mdx: line 1 of the body: contains/u));
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
      expect.stringMatching(/^content\/themes\/banking\.yaml: field "sentences\.1": Invalid input: expected string/u),
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

  it('a context fact citing a source that is not listed', () => {
    const found = problems((c) => edit(`${c}/context/facts.yaml`, 'sources: [S43]', 'sources: [S99]'));
    expect(found).toEqual([
      'content/context/facts.yaml: field "pboc-shanghai-measures.sources": S99 is not in content/context/sources.yaml',
      'content/context/sources.yaml: field "S43": no fact cites this source',
    ]);
  });
});
