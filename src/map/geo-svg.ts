// GeoJSON → compact SVG path data at build time: d3-geo projects and clips, then we simplify and round in pixels.
import { geoStream, type GeoProjection, type GeoStream } from 'd3-geo';
import { line as d3Line, curveCatmullRom } from 'd3-shape';
import type { Geometry } from 'geojson';

export type Point = [number, number];

export interface PathOptions {
  /** Douglas–Peucker tolerance in drawing units: detail finer than this cannot be seen at the drawn size. */
  tolerance: number;
  /** Decimal places kept in the path (0 = whole units). */
  digits: number;
  /** Rings (islets, slivers) smaller than this many square units are dropped. */
  minArea?: number;
}

/** Perpendicular distance from p to the segment a–b. */
function segmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Douglas–Peucker simplification of an open polyline; keeps both ends. */
export function simplifyLine(points: Point[], tolerance: number): Point[] {
  if (points.length <= 2) return points.slice();
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    let worst = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = segmentDistance(points[i]!, points[first]!, points[last]!);
      if (d > worst) {
        worst = d;
        index = i;
      }
    }
    if (index !== -1 && worst > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/**
 * Simplifies a closed ring (first point = last point or not): it is split at the vertex farthest from the
 * first one so that both halves keep their shape. Returns the ring without the repeated closing point.
 */
export function simplifyRing(ring: Point[], tolerance: number): Point[] {
  const open = samePoint(ring[0], ring.at(-1)) ? ring.slice(0, -1) : ring.slice();
  if (open.length <= 3) return open;
  let far = 0;
  let farDistance = -1;
  open.forEach((p, i) => {
    const d = Math.hypot(p[0] - open[0]![0], p[1] - open[0]![1]);
    if (d > farDistance) {
      farDistance = d;
      far = i;
    }
  });
  const a = simplifyLine(open.slice(0, far + 1), tolerance);
  const b = simplifyLine([...open.slice(far), open[0]!], tolerance);
  return [...a, ...b.slice(1, -1)];
}

function samePoint(a: Point | undefined, b: Point | undefined): boolean {
  return !!a && !!b && a[0] === b[0] && a[1] === b[1];
}

/** Signed area of a ring (shoelace), in square units. */
export function ringArea(ring: Point[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** A number as written in a path: fixed digits, no trailing zeros, no "-0". */
function num(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  const s = digits > 0 ? fixed.replace(/\.?0+$/u, '') : fixed;
  return s === '-0' ? '0' : s;
}

/**
 * SVG path data for polylines (open) or rings (closed with Z). Points are rounded to the grid first, the
 * first point of each part is absolute and the rest relative, so the string stays short; repeated points go.
 */
export function formatPath(parts: Point[][], closed: boolean, digits: number): string {
  const f = 10 ** digits;
  let out = '';
  for (const part of parts) {
    const grid = part.map(([x, y]) => [Math.round(x * f), Math.round(y * f)] as Point);
    const unique = grid.filter((p, i) => i === 0 || !samePoint(p, grid[i - 1]));
    if (closed && unique.length > 1 && samePoint(unique[0], unique.at(-1))) unique.pop();
    if (unique.length < (closed ? 3 : 2)) continue;
    const [x0, y0] = unique[0]!;
    out += `M${num(x0 / f, digits)} ${num(y0 / f, digits)}l`;
    const steps: string[] = [];
    for (let i = 1; i < unique.length; i++) {
      const [x, y] = unique[i]!;
      const [px, py] = unique[i - 1]!;
      steps.push(`${num((x - px) / f, digits)} ${num((y - py) / f, digits)}`);
    }
    out += steps.join(' ').replace(/ -/gu, '-');
    if (closed) out += 'z';
  }
  return out;
}

/** The rings or lines d3-geo emits for a geometry once projected and clipped. */
export function projectParts(geometry: Geometry, projection: GeoProjection): { rings: Point[][]; lines: Point[][] } {
  const rings: Point[][] = [];
  const lines: Point[][] = [];
  let current: Point[] | null = null;
  let inPolygon = false;
  const sink: GeoStream = {
    point(x, y) {
      current?.push([x, y]);
    },
    lineStart() {
      current = [];
    },
    lineEnd() {
      if (current) (inPolygon ? rings : lines).push(current);
      current = null;
    },
    polygonStart() {
      inPolygon = true;
    },
    polygonEnd() {
      inPolygon = false;
    },
    sphere() {},
  };
  geoStream(geometry, projection.stream(sink));
  return { rings, lines };
}

/** Projects, clips, simplifies and rounds a geometry into SVG path data (areas closed, lines open). */
export function geometryPath(geometry: Geometry, projection: GeoProjection, options: PathOptions): string {
  const { rings, lines } = projectParts(geometry, projection);
  const minArea = options.minArea ?? 0;
  const simpleRings = rings
    .map((ring) => simplifyRing(ring, options.tolerance))
    .filter((ring) => ring.length >= 3 && Math.abs(ringArea(ring)) >= minArea);
  const simpleLines = lines.map((l) => simplifyLine(l, options.tolerance)).filter((l) => l.length >= 2);
  return formatPath(simpleRings, true, options.digits) + formatPath(simpleLines, false, options.digits);
}

/** A smooth curve through projected points (the river line's vertices are ~500 m apart). */
export function smoothPath(points: Point[], digits: number): string {
  return d3Line().curve(curveCatmullRom).digits(digits)(points)?.replace(/,/gu, ' ') ?? '';
}

/** Drawing units per kilometre around a point (Mercator stretches with latitude, so measure where it is used). */
export function unitsPerKm(projection: GeoProjection, at: Point): number {
  const [lon, lat] = at;
  const dLon = 1 / (111.32 * Math.cos((lat * Math.PI) / 180));
  const a = projection([lon, lat]);
  const b = projection([lon + dLon, lat]);
  if (!a || !b) throw new Error('geo-svg: scale point is outside the projection');
  return Math.hypot(b[0] - a[0], b[1] - a[1]);
}

/** The longest "round" distance (1, 2, 5 × 10ⁿ km) whose bar fits in maxUnits. */
export function scaleBar(perKm: number, maxUnits: number): { km: number; units: number } {
  const steps = [1, 2, 5];
  let best = { km: 0, units: 0 };
  for (let exp = -1; exp <= 3; exp++) {
    for (const s of steps) {
      const km = s * 10 ** exp;
      if (km * perKm <= maxUnits && km > best.km) best = { km: Number(km.toPrecision(3)), units: km * perKm };
    }
  }
  return best;
}
