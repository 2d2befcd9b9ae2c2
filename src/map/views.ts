// The layout map's two views (whole city, downtown riverside) and the link-card thumbnail, assembled as drawing data.
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, LineString } from 'geojson';
import { formatPath, geometryPath, scaleBar, simplifyLine, unitsPerKm, type Point } from './geo-svg';
import { bboxPoints, boundsOf, curve, fitted, offsetLine, project, round1, sideOf } from './geometry';
import { makeLabel } from './labels';
import { DETAIL_BOUNDS, LABEL_SIZE, LABELS, LINKS, PAD, PLACE_SIZE, PLACES, WIDTH } from './layout';
import {
  siteZoneId,
  type GeoFeatures,
  type GeoZone,
  type GeoZones,
  type MapThumbnail,
  type MapTexts,
  type MapView,
  type MapZone,
} from './model';

function byKind(geo: GeoFeatures, kind: string): Feature<Geometry, { kind: string; [key: string]: unknown }> {
  const feature = geo.features.find((f) => f.properties.kind === kind);
  if (!feature) throw new Error(`map views: src/map/data/shanghai.geojson has no "${kind}" feature`);
  return feature;
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
