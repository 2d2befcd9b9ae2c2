// The layout map's two views (whole city, downtown riverside) as drawing data: paths, labels, scale, north.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, LineString, MultiPoint } from 'geojson';
import { formatPath, geometryPath, scaleBar, simplifyLine, smoothPath, unitsPerKm, type Point } from './geo-svg';

export const ZONE_KINDS = ['city', 'belt', 'port'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

/** The parts of src/map/data/zones.json the map draws. */
export interface GeoZone {
  id: string;
  layout: ZoneKind;
  point: Point;
  extent: Geometry | null;
  riverfront: LineString | null;
}
export interface GeoZones {
  belt_line: { geometry: LineString };
  zones: GeoZone[];
}
export type GeoFeatures = FeatureCollection<Geometry, { kind: string; [key: string]: unknown }>;

/** The site's zone id (hyphens, as in URLs) for a geometry id of zones.json (underscores). */
export function siteZoneId(geoId: string): string {
  return geoId.replace(/_/gu, '-');
}

export type Anchor = 'start' | 'middle' | 'end';

export interface MapLabel {
  x: number;
  y: number;
  anchor: Anchor;
  lines: string[];
  size: number;
  /** A short line from the label to the feature it names, when the label sits away from it. */
  leader?: [number, number, number, number];
  /** Estimated box of the text, for the collision test. */
  box: Box;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MapZone {
  id: string;
  kind: ZoneKind;
  /** Area outline (cities, port, and the North Bund's extent). */
  area?: string;
  /** Bounding box of the area, which other zones' labels must keep clear of. */
  areaBox?: Box;
  /** Line along the river bank (belt) or the whole belt as one band (overview). */
  line?: string;
  /** Marker position: where a zone too small to see as an area is drawn as a symbol. */
  marker: Point;
  /** Is this the zone's link? Each zone is a link in exactly one view; elsewhere it is drawing only. */
  link: boolean;
  label?: MapLabel;
}

export interface MapView {
  id: 'overview' | 'detail';
  width: number;
  height: number;
  context: string;
  land: string;
  borders: string;
  river: string;
  riverWidth: number;
  zones: MapZone[];
  places: MapLabel[];
  scale: { x: number; y: number; units: number; km: number };
  north: Point;
  /** The detail view's extent drawn on the overview. */
  frame?: Box & { label: MapLabel };
}

export interface MapTexts {
  /** Label lines per site zone id. */
  zoneLabels: Record<string, string[]>;
  /** District name by adcode (detail view place labels). */
  districts: Record<string, string>;
  river: string;
  frame: string;
}

interface LabelSpec {
  /** Where the label points: the zone's marker (default) or a fixed [lon, lat]. */
  at?: Point;
  dx: number;
  dy: number;
  anchor: Anchor;
  leader?: boolean;
}

const WIDTH = 400;
const PAD = 8;
export const LABEL_SIZE = 14;
const PLACE_SIZE = 11;
/** The downtown riverside: the whole belt plus the two cities. [west, south, east, north] */
export const DETAIL_BOUNDS: [number, number, number, number] = [121.385, 31.105, 121.668, 31.36];

/** Where each zone is a link, and where its label sits (drawing units, offsets from the marker). */
const LINKS: Record<string, 'overview' | 'detail'> = {
  lujiazui: 'detail',
  zhangjiang: 'detail',
  'yangpu-riverside': 'detail',
  'north-bund': 'detail',
  bund: 'detail',
  'xuhui-riverside': 'detail',
  lingang: 'overview',
};
const LABELS: Record<'overview' | 'detail', Record<string, LabelSpec>> = {
  overview: {
    lingang: { dx: -6, dy: -30, anchor: 'end', leader: true },
  },
  detail: {
    lujiazui: { dx: 82, dy: -37, anchor: 'start', leader: true },
    zhangjiang: { dx: 0, dy: 22, anchor: 'middle' },
    'yangpu-riverside': { at: [121.545, 31.262], dx: 20, dy: -34, anchor: 'start', leader: true },
    'north-bund': { dx: -16, dy: -30, anchor: 'end', leader: true },
    bund: { at: [121.4895, 31.232], dx: -22, dy: 4, anchor: 'end', leader: true },
    'xuhui-riverside': { at: [121.458, 31.125], dx: -12, dy: 0, anchor: 'end', leader: true },
  },
};
/** District labels in the detail view: adcode → [lon, lat] placed clear of the zones. */
const PLACES: Record<string, Point> = {
  '310101': [121.455, 31.208],
  '310104': [121.422, 31.178],
  '310109': [121.48, 31.283],
  '310110': [121.523, 31.3],
  '310115': [121.58, 31.135],
};

/**
 * Estimated width of a text line: CJK characters are 1 em; Latin is taken at 0.68 em, the average of the widest
 * common system sans in bold (DejaVu Sans on Linux), so that a label fits whatever font the reader has.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/u.test(ch) ? 1 : ch === ' ' ? 0.32 : 0.68;
  return em * size;
}

function labelBox(x: number, y: number, anchor: Anchor, lines: string[], size: number): Box {
  const w = Math.max(...lines.map((l) => textWidth(l, size)));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  const lineHeight = size * 1.2;
  // y is the baseline of the first line.
  return { x: left, y: y - size, w, h: lineHeight * (lines.length - 1) + size * 1.25 };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function makeLabel(
  marker: Point,
  spec: LabelSpec,
  lines: string[],
  size: number,
  projection: GeoProjection,
  height: number,
): MapLabel {
  const anchorPoint = spec.at ? (projection(spec.at) as Point) : marker;
  let x = round1(anchorPoint[0] + spec.dx);
  let y = round1(anchorPoint[1] + spec.dy);
  // A longer name (English) may not fit where the Chinese does: slide it back inside the drawing.
  const first = labelBox(x, y, spec.anchor, lines, size);
  x = round1(x + Math.max(0, 2 - first.x) - Math.max(0, first.x + first.w - (WIDTH - 2)));
  y = round1(y + Math.max(0, 2 - first.y) - Math.max(0, first.y + first.h - (height - 2)));
  const box = labelBox(x, y, spec.anchor, lines, size);
  let leader: MapLabel['leader'];
  if (spec.leader) {
    // From the feature to the nearest edge of the text box, stopping short of both.
    const tx = Math.max(box.x, Math.min(anchorPoint[0], box.x + box.w));
    const ty = Math.max(box.y, Math.min(anchorPoint[1], box.y + box.h));
    const len = Math.hypot(tx - anchorPoint[0], ty - anchorPoint[1]);
    if (len > 8) {
      const k1 = 3 / len;
      const k2 = (len - 2) / len;
      leader = [
        round1(anchorPoint[0] + (tx - anchorPoint[0]) * k1),
        round1(anchorPoint[1] + (ty - anchorPoint[1]) * k1),
        round1(anchorPoint[0] + (tx - anchorPoint[0]) * k2),
        round1(anchorPoint[1] + (ty - anchorPoint[1]) * k2),
      ];
    }
  }
  return { x, y, anchor: spec.anchor, lines, size, box, ...(leader ? { leader } : {}) };
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
function sideOf(points: Point[], p: Point): 1 | -1 {
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

function curve(points: Point[]): string {
  return smoothPath(points, 1);
}

function bboxPoints([w, s, e, n]: [number, number, number, number]): MultiPoint {
  return {
    type: 'MultiPoint',
    coordinates: [
      [w, s],
      [e, n],
    ],
  };
}

function byKind(geo: GeoFeatures, kind: string): Feature<Geometry, { kind: string; [key: string]: unknown }> {
  const feature = geo.features.find((f) => f.properties.kind === kind);
  if (!feature) throw new Error(`zone-map: src/map/data/shanghai.geojson has no "${kind}" feature`);
  return feature;
}

/** A Mercator projection of the given width fitted to an object; returns it with the height it needs. */
function fitted(object: Geometry, bottom: number): { projection: GeoProjection; height: number } {
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

function boundsOf(object: Geometry, projection: GeoProjection): [Point, Point] {
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

function baseLayers(geo: GeoFeatures, projection: GeoProjection, tolerance: number) {
  const river = byKind(geo, 'river').geometry as LineString;
  return {
    context: geometryPath(byKind(geo, 'context_land').geometry, projection, { tolerance, digits: 0, minArea: 4 }),
    land: geometryPath(byKind(geo, 'land').geometry, projection, { tolerance, digits: 0, minArea: 2 }),
    borders: geometryPath(byKind(geo, 'district_border').geometry, projection, { tolerance, digits: 0 }),
    river: curve(project(projection, river)),
  };
}

/** An area's path and its box, when the zone has an extent. */
function areaOf(z: GeoZone, projection: GeoProjection, tolerance: number): Pick<MapZone, 'area' | 'areaBox'> {
  if (!z.extent) return {};
  const [[x0, y0], [x1, y1]] = boundsOf(z.extent, projection);
  return {
    area: geometryPath(z.extent, projection, { tolerance, digits: 1 }),
    areaBox: { x: round1(x0), y: round1(y0), w: round1(x1 - x0), h: round1(y1 - y0) },
  };
}

function project(projection: GeoProjection, line: LineString): Point[] {
  return line.coordinates.map((c) => projection([c[0]!, c[1]!]) as Point);
}

/** Bottom right: open water on the overview, open Pudong land on the detail, clear of every label. */
function scaleFor(projection: GeoProjection, height: number, at: Point) {
  const { km, units } = scaleBar(unitsPerKm(projection, at), WIDTH / 4);
  return { x: round1(WIDTH - PAD - 44 - units), y: height - PAD - 6, units: round1(units), km };
}

/** The whole municipality: land, districts, river, the two cities and the port as areas, the belt as a band. */
function overview(geo: GeoFeatures, zones: GeoZones, texts: MapTexts): MapView {
  const land = byKind(geo, 'land').geometry;
  const { projection, height } = fitted(land, 24);
  const base = baseLayers(geo, projection, 0.6);
  const beltLine = simplifyLine(project(projection, zones.belt_line.geometry), 0.3);
  const mapZones: MapZone[] = zones.zones.map((z) => {
    const id = siteZoneId(z.id);
    const marker = projection(z.point) as Point;
    const link = LINKS[id] === 'overview';
    const spec = LABELS.overview[id];
    return {
      id,
      kind: z.layout,
      ...(z.layout !== 'belt' ? areaOf(z, projection, 0.4) : {}),
      marker: [round1(marker[0]), round1(marker[1])],
      link,
      ...(spec ? { label: makeLabel(marker, spec, texts.zoneLabels[id] ?? [id], LABEL_SIZE, projection, height) } : {}),
    };
  });
  // The belt is one band along the river in this view; it is drawn once, under the first belt zone.
  const firstBelt = mapZones.find((z) => z.kind === 'belt');
  if (firstBelt) firstBelt.line = curve(beltLine);
  const [[fx0, fy0], [fx1, fy1]] = boundsOf(bboxPoints(DETAIL_BOUNDS), projection);
  const frame = { x: round1(fx0), y: round1(fy0), w: round1(fx1 - fx0), h: round1(fy1 - fy0) };
  return {
    id: 'overview',
    width: WIDTH,
    height,
    ...base,
    riverWidth: 2,
    zones: mapZones,
    places: [],
    scale: scaleFor(projection, height, [121.5, 31.0]),
    north: [WIDTH - PAD - 14, PAD + 20],
    frame: {
      ...frame,
      label: makeLabel(
        [frame.x, frame.y],
        { dx: -4, dy: 12, anchor: 'end' },
        [texts.frame],
        PLACE_SIZE,
        projection,
        height,
      ),
    },
  };
}

/** The downtown riverside: the belt's four riverfronts along the banks, Lujiazui and Zhangjiang as areas. */
function detail(geo: GeoFeatures, zones: GeoZones, texts: MapTexts): MapView {
  const { projection, height } = fitted(bboxPoints(DETAIL_BOUNDS), 0);
  const base = baseLayers(geo, projection, 0.35);
  const perKm = unitsPerKm(projection, [121.5, 31.23]);
  // The river is drawn about 400 m wide; a riverfront sits on its bank, beside the water.
  const riverWidth = round1(Math.max(4, 0.4 * perKm));
  const bankOffset = riverWidth / 2 + 2.5;
  const mapZones: MapZone[] = zones.zones
    .filter((z) => z.layout !== 'port')
    .map((z) => {
      const id = siteZoneId(z.id);
      const marker = projection(z.point) as Point;
      const spec = LABELS.detail[id];
      let line: string | undefined;
      if (z.riverfront) {
        const points = project(projection, z.riverfront);
        line = curve(offsetLine(points, bankOffset * sideOf(points, marker)));
      }
      return {
        id,
        kind: z.layout,
        ...areaOf(z, projection, 0.3),
        ...(line ? { line } : {}),
        marker: [round1(marker[0]), round1(marker[1])],
        link: LINKS[id] === 'detail',
        ...(spec
          ? { label: makeLabel(marker, spec, texts.zoneLabels[id] ?? [id], LABEL_SIZE, projection, height) }
          : {}),
      };
    });
  const places = Object.entries(PLACES).flatMap(([adcode, at]) => {
    const name = texts.districts[adcode];
    if (!name) return [];
    return [
      makeLabel(projection(at) as Point, { dx: 0, dy: 0, anchor: 'middle' }, [name], PLACE_SIZE, projection, height),
    ];
  });
  const riverAt = projection([121.551, 31.33]) as Point;
  places.push(makeLabel(riverAt, { dx: 8, dy: 0, anchor: 'start' }, [texts.river], PLACE_SIZE, projection, height));
  return {
    id: 'detail',
    width: WIDTH,
    height,
    ...base,
    riverWidth,
    zones: mapZones,
    places,
    scale: scaleFor(projection, height, [121.5, 31.15]),
    north: [WIDTH - PAD - 14, PAD + 20],
  };
}

/** A small picture of the whole city for the link cards (home page, task 14): no labels, no links. */
export interface MapThumbnail {
  width: number;
  height: number;
  land: string;
  river: string;
  zones: { kind: ZoneKind; area?: string; line?: string }[];
}

export function buildThumbnail(geo: GeoFeatures, zones: GeoZones, width: number): MapThumbnail {
  const land = byKind(geo, 'land').geometry;
  const projection = geoMercator().precision(0).fitWidth(width, land);
  const [[, y0], [, y1]] = boundsOf(land, projection);
  const options = { tolerance: width / 64, digits: 0, minArea: (width / 32) ** 2 };
  return {
    width,
    height: Math.ceil(y1 - y0),
    land: geometryPath(land, projection, options),
    river: formatPath([simplifyLine(project(projection, byKind(geo, 'river').geometry as LineString), 0.5)], false, 0),
    zones: [
      ...zones.zones
        .filter((z) => z.layout !== 'belt' && z.extent)
        .map((z) => ({ kind: z.layout, area: geometryPath(z.extent!, projection, { ...options, minArea: 0 }) })),
      { kind: 'belt' as const, line: formatPath([project(projection, zones.belt_line.geometry)], false, 0) },
    ],
  };
}

/** Both views of the layout map, in one language. */
export function buildZoneMap(geo: GeoFeatures, zones: GeoZones, texts: MapTexts): [MapView, MapView] {
  return [overview(geo, zones, texts), detail(geo, zones, texts)];
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * What is wrong with a view's labels: a label outside the drawing, two labels (zones, places, scale bar) that
 * overlap, or a zone's label on another zone's area. Empty when the layout is clean.
 */
export function labelCollisions(view: MapView): string[] {
  const labels = [
    ...view.zones.flatMap((z) => (z.label ? [{ name: z.id, box: z.label.box }] : [])),
    ...view.places.map((p) => ({ name: p.lines.join(' '), box: p.box })),
    ...(view.frame ? [{ name: 'frame', box: view.frame.label.box }] : []),
    { name: 'scale bar', box: { x: view.scale.x, y: view.scale.y - 11, w: view.scale.units + 44, h: 14 } },
    { name: 'north arrow', box: { x: view.north[0] - 6, y: view.north[1] - 16, w: 12, h: 26 } },
  ];
  const found: string[] = [];
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    const outside = a.box.x < 0 || a.box.y < 0 || a.box.x + a.box.w > view.width || a.box.y + a.box.h > view.height;
    if (outside) found.push(`${view.id}: "${a.name}" runs outside the drawing`);
    for (let j = i + 1; j < labels.length; j++) {
      const b = labels[j]!;
      if (overlaps(a.box, b.box)) found.push(`${view.id}: "${a.name}" overlaps "${b.name}"`);
    }
  }
  for (const zone of view.zones) {
    for (const other of view.zones) {
      if (zone.label && other !== zone && other.areaBox && overlaps(zone.label.box, other.areaBox)) {
        found.push(`${view.id}: the label of "${zone.id}" lies on the area of "${other.id}"`);
      }
    }
  }
  return found;
}
