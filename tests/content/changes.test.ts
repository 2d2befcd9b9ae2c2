// The real corrections log, content/changes.yaml: its schema, and every reference resolves to something that exists.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildChanges, type ChangeTargets } from '../../src/trust/changes';

describe('content/changes.yaml (the real log)', () => {
  const root = path.resolve(__dirname, '../..');
  const names = (dir: string) => fs.readdirSync(path.join(root, dir)).map((f) => f.replace(/\.[a-z]+$/u, ''));
  const lines = (file: string) =>
    fs
      .readFileSync(path.join(root, file), 'utf8')
      .replace(/^---\n[\s\S]*?\n---\n/u, '')
      .split('\n')
      .filter((l) => l.trim()).length;
  const items = new Map<string, number>();
  for (const type of ['principles', 'goals', 'tasks'])
    for (const f of fs.readdirSync(path.join(root, 'content', type, 'zh')))
      items.set(`${type}/${Number(f.replace('.mdx', ''))}`, lines(`content/${type}/zh/${f}`));
  const facts = parse(fs.readFileSync(path.join(root, 'content/context/facts.yaml'), 'utf8')) as {
    id: string;
    section: string;
  }[];
  const targets: ChangeTargets = {
    items,
    sections: new Map(names('content/sections/zh').map((id) => [id, lines(`content/sections/zh/${id}.mdx`)])),
    about: new Set(facts.flatMap((f) => [f.id, `about-${f.section}`])),
    glossary: new Set(names('content/glossary')),
    themes: new Set(names('content/themes')),
    zones: new Set(names('content/zones/zh')),
  };

  it('passes the schema and every reference resolves', () => {
    const problems: string[] = [];
    const changes = buildChanges(
      parse(fs.readFileSync(path.join(root, 'content/changes.yaml'), 'utf8')),
      targets,
      problems,
    );
    expect(problems).toEqual([]);
    expect(changes.length).toBeGreaterThan(1);
    expect(changes.at(-1)!.items).toContain('plan/');
  });
});
