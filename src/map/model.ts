// The layout map's data shapes: the geo data it reads (zones.json, shanghai.geojson), the views it draws.
import type { FeatureCollection, Geometry, LineString } from 'geojson';
import type { Point } from './geo-svg';
import type { ZoneKind } from './kinds';

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

/** A small picture of the whole city for the link cards (home page, task 14): no labels, no links. */
export interface MapThumbnail {
  width: number;
  height: number;
  land: string;
  river: string;
  zones: { kind: ZoneKind; area?: string; line?: string }[];
}
