// Drawing geometry of the layout map: projection fitting, bounds, projected lines, riverbank offsets, rounding.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Geometry, LineString, MultiPoint } from 'geojson';
import { smoothPath, type Point } from './geo-svg';
import { PAD, WIDTH } from './layout';

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * A polyline moved sideways by `distance` units (positive = to the left of its direction), so that a riverside
 * zone is drawn along the bank it lies on rather than on top of the river's centre line.
 */
export function offsetLine(points: Point[], distance: number): Point[] {
  return points.map((p, i) => {
    const a = points[Math.max(0, i - 1)]!;
    const b = points[Math.min(points.length - 1, i + 1)]!;
    const dx = b[0] - a[0];
    const dy = b[1] - a[1];
    const len = Math.hypot(dx, dy) || 1;
    // Left normal in screen coordinates (y grows downwards).
    return [p[0] + (dy / len) * distance, p[1] - (dx / len) * distance];
  });
}

/** Which side of a line (as drawn) a point lies on: 1 = left, -1 = right. */
export function sideOf(points: Point[], p: Point): 1 | -1 {
  let best = Infinity;
  let side: 1 | -1 = 1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const mx = (a[0] + b[0]) / 2;
    const my = (a[1] + b[1]) / 2;
    const d = Math.hypot(p[0] - mx, p[1] - my);
    if (d < best) {
      best = d;
      const cross = (b[0] - a[0]) * (p[1] - a[1]) - (b[1] - a[1]) * (p[0] - a[0]);
      side = cross < 0 ? 1 : -1;
    }
  }
  return side;
}

export function curve(points: Point[]): string {
  return smoothPath(points, 1);
}

export function bboxPoints([w, s, e, n]: [number, number, number, number]): MultiPoint {
  return {
    type: 'MultiPoint',
    coordinates: [
      [w, s],
      [e, n],
    ],
  };
}

/** A Mercator projection of the given width fitted to an object; returns it with the height it needs. */
export function fitted(object: Geometry, bottom: number): { projection: GeoProjection; height: number } {
  const projection = geoMercator().precision(0);
  projection.fitWidth(WIDTH - 2 * PAD, object);
  const [x, y] = projection.translate();
  projection.translate([x + PAD, y + PAD]);
  const [[, y0], [, y1]] = boundsOf(object, projection);
  const height = Math.ceil(y1 - y0 + 2 * PAD + bottom);
  projection.clipExtent([
    [0, 0],
    [WIDTH, height],
  ]);
  return { projection, height };
}

export function boundsOf(object: Geometry, projection: GeoProjection): [Point, Point] {
  const coords: number[][] =
    object.type === 'MultiPoint'
      ? object.coordinates
      : object.type === 'Polygon'
        ? object.coordinates.flat()
        : object.type === 'MultiPolygon'
          ? object.coordinates.flat(2)
          : [];
  const pts = coords.map((c) => projection([c[0]!, c[1]!]) as Point);
  return [
    [Math.min(...pts.map((p) => p[0])), Math.min(...pts.map((p) => p[1]))],
    [Math.max(...pts.map((p) => p[0])), Math.max(...pts.map((p) => p[1]))],
  ];
}

export function project(projection: GeoProjection, line: LineString): Point[] {
  return line.coordinates.map((c) => projection([c[0]!, c[1]!]) as Point);
}
