// The layout map drawn from the real data in both languages: every zone linked once, labels clear, geometry lean.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readZoneGeometry } from '../../src/content-check/check-node';
import { readContentDir } from '../../src/content-check/content-files-node';
import type { Point } from '../../src/map/geo-svg';
import { buildPlans } from '../../src/content-check/plan-model';
import { LANGS } from '../../src/locale/locales';
import { buildZoneMap } from '../../src/map/views';
import { labelCollisions } from '../../src/map/labels';
import { siteZoneId, type GeoFeatures, type GeoZones, type MapView } from '../../src/map/model';
import { buildZones, ZONE_IDS } from '../../src/map/zones';

const ROOT = path.resolve('.');
const GEO_DIR = path.join(ROOT, 'src/map/data');
const geo = JSON.parse(fs.readFileSync(path.join(GEO_DIR, 'shanghai.geojson'), 'utf8')) as GeoFeatures;
const geoZones = JSON.parse(fs.readFileSync(path.join(GEO_DIR, 'zones.json'), 'utf8')) as GeoZones;
const { files } = readContentDir(path.join(ROOT, 'content'));
const { zones } = buildZones(files, buildPlans(files), readZoneGeometry(ROOT));
const viewsOf = Object.fromEntries(
  LANGS.map((lang) => [
    lang,
    buildZoneMap(geo, geoZones, {
      zoneLabels: Object.fromEntries(zones[lang].map((z) => [z.id, z.label])),
      districts: Object.fromEntries(
        geo.features
          .filter((f) => f.properties.kind === 'district')
          .map((f) => [String(f.properties.adcode), String(f.properties[lang === 'zh' ? 'name_zh' : 'name_en'])]),
      ),
      river: lang === 'zh' ? '黄浦江' : 'Huangpu River',
      frame: lang === 'zh' ? '放大图范围' : 'Area enlarged',
    }),
  ]),
) as Record<(typeof LANGS)[number], [MapView, MapView]>;

/** Every number pair of a path made of M/l (absolute start, relative steps) as absolute points. */
function pathPoints(d: string): Point[] {
  return d
    .split('M')
    .filter(Boolean)
    .flatMap((part) => {
      const nums = (part.match(/-?\d+(\.\d+)?/gu) ?? []).map(Number);
      const points: Point[] = [[nums[0]!, nums[1]!]];
      for (let i = 2; i < nums.length; i += 2) {
        const [x, y] = points.at(-1)!;
        points.push([x + nums[i]!, y + nums[i + 1]!]);
      }
      return points;
    });
}

describe('the copied map data', () => {
  it('is byte-identical to the files whose SHA-256 the NOTICE records', () => {
    const notice = fs.readFileSync(path.join(GEO_DIR, 'NOTICE.md'), 'utf8');
    for (const name of ['shanghai.geojson', 'zones.json']) {
      const sha = crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(GEO_DIR, name)))
        .digest('hex');
      expect(notice, name).toContain(`| \`${name}\` | \`${sha}\` |`);
    }
  });

  it('has geometry for exactly the seven zones the site names', () => {
    expect(geoZones.zones.map((z) => siteZoneId(z.id)).sort()).toEqual([...ZONE_IDS].sort());
  });
});

describe.each(LANGS)('the map in %s', (lang) => {
  const views = viewsOf[lang];

  it('makes every zone a link in exactly one view', () => {
    const links = views.flatMap((v) => v.zones.filter((z) => z.link).map((z) => z.id));
    expect(links.sort()).toEqual([...ZONE_IDS].sort());
  });

  it('labels every linked zone with the name from its content file', () => {
    for (const view of views) {
      for (const zone of view.zones.filter((z) => z.link)) {
        expect(zone.label?.lines, zone.id).toEqual(zones[lang].find((z) => z.id === zone.id)?.label);
      }
    }
  });

  it.each([0, 1])('view %i has no label outside the drawing, on another label or on another zone', (i) => {
    expect(labelCollisions(views[i]!)).toEqual([]);
  });

  it('keeps land and borders inside the drawing (clipped), rounded to whole units', () => {
    for (const view of views) {
      for (const d of [view.land, view.borders, view.context]) {
        for (const [x, y] of pathPoints(d)) {
          expect(Number.isInteger(x) && Number.isInteger(y), `${view.id}: ${x},${y}`).toBe(true);
          expect(x >= 0 && x <= view.width && y >= 0 && y <= view.height, `${view.id}: ${x},${y}`).toBe(true);
        }
      }
    }
  });

  it('draws the belt on the bank of each riverside zone, not on the river', () => {
    const detail = views[1];
    for (const zone of detail.zones.filter((z) => z.kind === 'belt')) {
      expect(zone.line, zone.id).toMatch(/^M[\d.]+ [\d.]+C/u);
    }
  });

  it('simplifies the geometry to what the drawing size needs (≤ 24 KB of path data for both views)', () => {
    const bytes = views
      .flatMap((v) => [v.context, v.land, v.borders, v.river, ...v.zones.flatMap((z) => [z.area ?? '', z.line ?? ''])])
      .join('').length;
    expect(bytes).toBeLessThanOrEqual(24_000);
    // …but not to mush: the Shanghai coast keeps a few hundred points in the whole-city view.
    expect(pathPoints(views[0].land).length).toBeGreaterThan(300);
  });
});
