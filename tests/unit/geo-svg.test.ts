// The build-time map geometry: simplification stays within its tolerance, paths are compact and exact, clipping works.
import { geoMercator } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import {
  formatPath,
  geometryPath,
  projectParts,
  ringArea,
  scaleBar,
  simplifyLine,
  simplifyRing,
  smoothPath,
  unitsPerKm,
  type Point,
} from '../../src/map/geo-svg';

/** Absolute points back from a path made by formatPath (M x y l dx dy … [z]). */
function parsePath(d: string): Point[][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((part) => {
      const nums = (part.replace(/z$/u, '').match(/-?\d+(\.\d+)?/gu) ?? []).map(Number);
      const points: Point[] = [[nums[0]!, nums[1]!]];
      for (let i = 2; i < nums.length; i += 2) {
        const [x, y] = points.at(-1)!;
        points.push([x + nums[i]!, y + nums[i + 1]!]);
      }
      return points;
    });
}

function distanceToPolyline(p: Point, line: Point[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
    best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
  }
  return best;
}

describe('simplifyLine (Douglas–Peucker)', () => {
  const wiggly: Point[] = Array.from({ length: 200 }, (_, i) => [i, Math.sin(i / 10) * 20 + (i % 2) * 0.2]);

  it('keeps both ends and drops points that lie within the tolerance', () => {
    const out = simplifyLine(wiggly, 0.5);
    expect(out[0]).toEqual(wiggly[0]);
    expect(out.at(-1)).toEqual(wiggly.at(-1));
    expect(out.length).toBeLessThan(wiggly.length / 4);
  });

  it('never moves the line by more than the tolerance', () => {
    const out = simplifyLine(wiggly, 0.5);
    expect(Math.max(...wiggly.map((p) => distanceToPolyline(p, out)))).toBeLessThanOrEqual(0.5);
  });

  it('reduces a straight line to its two ends', () => {
    expect(
      simplifyLine(
        [
          [0, 0],
          [1, 1],
          [2, 2],
          [3, 3],
        ],
        0.01,
      ),
    ).toEqual([
      [0, 0],
      [3, 3],
    ]);
  });
});

describe('simplifyRing', () => {
  it('keeps the corners of a square drawn with many points, without the closing repeat', () => {
    const side = (from: Point, to: Point) =>
      Array.from(
        { length: 10 },
        (_, i) => [from[0] + ((to[0] - from[0]) * i) / 10, from[1] + ((to[1] - from[1]) * i) / 10] as Point,
      );
    const ring = [
      ...side([0, 0], [10, 0]),
      ...side([10, 0], [10, 10]),
      ...side([10, 10], [0, 10]),
      ...side([0, 10], [0, 0]),
      [0, 0] as Point,
    ];
    const out = simplifyRing(ring, 0.1);
    expect(out).toHaveLength(4);
    expect(Math.abs(ringArea(out))).toBe(100);
  });
});

describe('formatPath', () => {
  it('writes the first point absolute and the rest relative, rounded to the grid', () => {
    expect(
      formatPath(
        [
          [
            [10.04, 20],
            [12, 19.96],
            [12, 25],
          ],
        ],
        false,
        1,
      ),
    ).toBe('M10 20l2 0 0 5');
  });

  it('keeps the zeros of whole numbers (a -400 step stays -400)', () => {
    const d = formatPath(
      [
        [
          [400, 0],
          [400, 410],
          [0, 410],
          [0, 0],
        ],
      ],
      true,
      0,
    );
    expect(d).toBe('M400 0l0 410-400 0 0-410z');
    expect(parsePath(d)[0]).toEqual([
      [400, 0],
      [400, 410],
      [0, 410],
      [0, 0],
    ]);
  });

  it('drops repeated points and rings that collapse below three points', () => {
    expect(
      formatPath(
        [
          [
            [0, 0],
            [0.01, 0.01],
            [0.02, 0],
          ],
        ],
        true,
        0,
      ),
    ).toBe('');
  });

  it('accumulates no rounding drift over a long line', () => {
    const line: Point[] = Array.from({ length: 500 }, (_, i) => [i * 0.37, Math.cos(i) * 3.3]);
    const back = parsePath(formatPath([line], false, 1))[0]!;
    back.forEach((p, i) => {
      expect(Math.abs(p[0] - line[i]![0])).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(Math.abs(p[1] - line[i]![1])).toBeLessThanOrEqual(0.05 + 1e-9);
    });
  });
});

describe('projecting and clipping', () => {
  // A square of about 11 × 11 km around Shanghai's centre, wound clockwise as d3-geo expects.
  const square = {
    type: 'Polygon' as const,
    coordinates: [
      [
        [121.4, 31.2],
        [121.4, 31.3],
        [121.5, 31.3],
        [121.5, 31.2],
        [121.4, 31.2],
      ],
    ],
  };

  it('gives the whole view when the polygon covers it', () => {
    const projection = geoMercator()
      .precision(0)
      .fitExtent(
        [
          [0, 0],
          [100, 100],
        ],
        {
          type: 'MultiPoint',
          coordinates: [
            [121.44, 31.24],
            [121.46, 31.26],
          ],
        },
      )
      .clipExtent([
        [0, 0],
        [100, 100],
      ]);
    const { rings } = projectParts(square, projection);
    expect(rings).toHaveLength(1);
    expect(Math.abs(ringArea(rings[0]!))).toBeCloseTo(10_000, 0);
    expect(geometryPath(square, projection, { tolerance: 0.5, digits: 0 })).toMatch(/^M\d+ \d+l.*z$/u);
  });

  it('drops rings smaller than minArea', () => {
    const projection = geoMercator().fitWidth(100, square);
    expect(geometryPath(square, projection, { tolerance: 0.5, digits: 0 })).not.toBe('');
    expect(geometryPath(square, projection, { tolerance: 0.5, digits: 0, minArea: 20_000 })).toBe('');
  });

  it('measures kilometres where they are used and picks a round scale bar', () => {
    const projection = geoMercator().fitWidth(400, square);
    const perKm = unitsPerKm(projection, [121.45, 31.25]);
    // The square is 0.1° of longitude wide: 9.51 km at 31.25° N.
    expect(perKm * 9.51).toBeCloseTo(400, -1);
    expect(scaleBar(perKm, 100)).toEqual({ km: 2, units: 2 * perKm });
    expect(scaleBar(10, 60)).toEqual({ km: 5, units: 50 });
  });

  it('draws a smooth curve through every point', () => {
    const d = smoothPath(
      [
        [0, 0],
        [10, 5],
        [20, 0],
      ],
      1,
    );
    expect(d.startsWith('M0 0')).toBe(true);
    expect(d).toContain('C');
    expect(d.endsWith('20 0')).toBe(true);
  });
});
