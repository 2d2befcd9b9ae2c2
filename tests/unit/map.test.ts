// Map helpers (map/geometry.ts, labels.ts, views.ts) and the map's colours in styles/global.css.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Point } from '../../src/map/geo-svg';
import { buildThumbnail } from '../../src/map/views';
import { textWidth } from '../../src/map/labels';
import { offsetLine } from '../../src/map/geometry';
import type { GeoFeatures, GeoZones } from '../../src/map/model';

const ROOT = path.resolve('.');
const GEO_DIR = path.join(ROOT, 'src/map/data');
const geo = JSON.parse(fs.readFileSync(path.join(GEO_DIR, 'shanghai.geojson'), 'utf8')) as GeoFeatures;
const geoZones = JSON.parse(fs.readFileSync(path.join(GEO_DIR, 'zones.json'), 'utf8')) as GeoZones;

describe('map helpers', () => {
  it('offsetLine moves a line sideways by the distance, to the left of its direction', () => {
    const east: Point[] = [
      [0, 10],
      [10, 10],
      [20, 10],
    ];
    // Screen coordinates: y grows downwards, so "left" of an eastward line is up (smaller y).
    expect(offsetLine(east, 3)).toEqual([
      [0, 7],
      [10, 7],
      [20, 7],
    ]);
    expect(offsetLine(east, -3).map((p) => p[1])).toEqual([13, 13, 13]);
  });

  it('estimates Chinese labels at 1 em a character and Latin ones narrower', () => {
    expect(textWidth('陆家嘴', 10)).toBe(30);
    expect(textWidth('Bund', 10)).toBeCloseTo(27.2);
  });

  it('draws a small thumbnail for the link cards in well under a kilobyte and a half', () => {
    const thumb = buildThumbnail(geo, geoZones, 96);
    const bytes = [thumb.land, thumb.river, ...thumb.zones.map((z) => z.area ?? z.line ?? '')].join('').length;
    expect(thumb.zones.map((z) => z.kind).sort()).toEqual(['belt', 'city', 'city', 'port']);
    expect(bytes).toBeLessThan(1500);
    expect(thumb.height).toBeGreaterThan(80);
  });
});

describe('colours', () => {
  const css = fs.readFileSync(path.join(ROOT, 'src/styles/global.css'), 'utf8');
  const token = (name: string) => {
    const hex = new RegExp(`--color-${name}:\\s*(#[0-9a-f]{6})`, 'u').exec(css)?.[1];
    if (!hex) throw new Error(`--color-${name} is not in src/styles/global.css`);
    return hex;
  };
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(token(a)), luminance(token(b))].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it.each(['zone-city', 'zone-belt', 'zone-port', 'map-river', 'map-coast'])(
    '%s stands out at 3:1 or more against land and water (WCAG 1.4.11)',
    (name) => {
      expect(contrast(name, 'map-land')).toBeGreaterThanOrEqual(3);
      if (name !== 'map-river') expect(contrast(name, 'map-water')).toBeGreaterThanOrEqual(3);
    },
  );

  it('labels (ink, muted) are readable on land and water at 4.5:1 or more', () => {
    for (const text of ['ink', 'muted']) {
      expect(contrast(text, 'map-land')).toBeGreaterThanOrEqual(4.5);
      expect(contrast(text, 'map-water')).toBeGreaterThanOrEqual(4.5);
    }
  });
});
