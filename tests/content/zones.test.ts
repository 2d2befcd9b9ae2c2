// The zones of the layout map as the content defines them: citations resolved, every mention found, both languages alike.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZoneGeometry } from '../../src/content-check/check-node';
import { readContentDir } from '../../src/content-check/content-files-node';
import { buildPlans } from '../../src/content-check/plan-model';
import { LANGS } from '../../src/locale/locales';
import { buildZones, ZONE_IDS } from '../../src/map/zones';

const ROOT = path.resolve('.');
const { files } = readContentDir(path.join(ROOT, 'content'));
const plans = buildPlans(files);
const { zones, problems } = buildZones(files, plans, readZoneGeometry(ROOT));

describe('zone content', () => {
  it('has no problems', () => {
    expect(problems).toEqual([]);
  });

  it.each(LANGS)('has the seven zones in layout order in %s: two cities, one belt of four, one port', (lang) => {
    expect(zones[lang].map((z) => z.id)).toEqual([...ZONE_IDS]);
    expect(zones[lang].map((z) => z.layout)).toEqual(['city', 'city', 'belt', 'belt', 'belt', 'belt', 'port']);
  });

  it('quotes each role verbatim from task 14 in Chinese', () => {
    for (const zone of zones.zh) {
      expect(zone.role.type, zone.id).toBe('task');
      expect(zone.role.number, zone.id).toBe(14);
      expect(zone.role.text, zone.id).toContain(zone.role.quote);
    }
  });

  it('cites every sentence of the plan that names a zone, in both languages', () => {
    const cites = (id: string) => zones.zh.find((z) => z.id === id)!.mentions.map((m) => m.cite);
    // The places the issue names: Lujiazui and Zhangjiang in task 19, Lin-gang in tasks 12 and 15.
    expect(cites('lujiazui')).toEqual(['tasks/19/#s2']);
    expect(cites('zhangjiang')).toEqual(['tasks/19/#s4']);
    expect(cites('lingang')).toEqual(['tasks/12/#s4', 'tasks/15/#s1']);
    for (const zone of zones.zh) {
      const en = zones.en.find((z) => z.id === zone.id)!;
      expect(
        en.mentions.map((m) => m.cite),
        zone.id,
      ).toEqual(zone.mentions.map((m) => m.cite));
    }
  });
});
