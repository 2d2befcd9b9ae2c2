// A release build (RELEASE=1) refuses the publisher placeholders of site.config.json, naming each, and passes with
// real values, leaving no placeholder address in what it builds. Runs real `astro build`s into temporary folders.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_PUBLISHER } from '../support/publisher';

const astro = path.resolve('node_modules/.bin/astro');
const dirs: string[] = [];
function build(env: Record<string, string>) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'release-build-'));
  dirs.push(outDir);
  const result = spawnSync(astro, ['build', '--outDir', outDir], {
    env: { ...process.env, RELEASE: '1', ...env },
    encoding: 'utf8',
    timeout: 280_000,
  });
  return { outDir, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? files(full) : [full];
  });
}
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const REAL = { ...TEST_PUBLISHER, ICP_FILING: '沪ICP备00000000号' };

describe('release build', () => {
  it('fails with the committed placeholders, naming each one, and builds nothing', () => {
    const { outDir, status, output } = build({});
    expect(status).not.toBe(0);
    for (const field of [
      'siteUrl (SITE_URL)',
      'contactEmail (CONTACT_EMAIL)',
      'feedbackEmail (FEEDBACK_EMAIL)',
      'accessibilityEmail (ACCESSIBILITY_EMAIL)',
      'publisherName.zh (PUBLISHER_NAME_ZH)',
      'publisherName.en (PUBLISHER_NAME_EN)',
    ])
      expect(output).toContain(field);
    expect(fs.existsSync(path.join(outDir, 'index.html'))).toBe(false);
  }, 120_000);

  it('passes with real values, which replace every placeholder in the built site', () => {
    const { outDir, status, output } = build(REAL);
    expect(status, output.slice(-2000)).toBe(0);
    expect(output).not.toContain('placeholder');
    const text = files(outDir).filter((f) => /\.(html|xml|json|txt|csv)$/u.test(f));
    expect(text.length).toBeGreaterThan(200);
    const leaks = text.filter((f) =>
      /example\.org|\[Publisher name\]|\[出版者名称\]/u.test(fs.readFileSync(f, 'utf8')),
    );
    expect(leaks.map((f) => path.relative(outDir, f))).toEqual([]);
    const about = fs.readFileSync(path.join(outDir, 'en/about-site/index.html'), 'utf8');
    expect(about).toContain('Test Publisher');
    const home = fs.readFileSync(path.join(outDir, 'zh/index.html'), 'utf8');
    expect(home).toContain('<link rel="canonical" href="https://fintech-plan.publisher-test.cn/zh/">');
    expect(home).toContain('沪ICP备00000000号');
    expect(home).toContain('mailto:feedback@publisher-test.cn');
  }, 300_000);
});
