// Hand-placed design data of the layout map: drawing size, type sizes, the detail view's extent, which view links
// each zone, where zone and district labels sit. This is what a designer edits; everything else is computed.
import type { Point } from './geo-svg';
import type { Anchor } from './model';

export interface LabelSpec {
  /** Where the label points: the zone's marker (default) or a fixed [lon, lat]. */
  at?: Point;
  dx: number;
  dy: number;
  anchor: Anchor;
  leader?: boolean;
}

export const WIDTH = 400;
export const PAD = 8;
export const LABEL_SIZE = 14;
export const PLACE_SIZE = 11;
/** The downtown riverside: the whole belt plus the two cities. [west, south, east, north] */
export const DETAIL_BOUNDS: [number, number, number, number] = [121.385, 31.105, 121.668, 31.36];

/** Where each zone is a link, and where its label sits (drawing units, offsets from the marker). */
export const LINKS: Record<string, 'overview' | 'detail'> = {
  lujiazui: 'detail',
  zhangjiang: 'detail',
  'yangpu-riverside': 'detail',
  'north-bund': 'detail',
  bund: 'detail',
  'xuhui-riverside': 'detail',
  lingang: 'overview',
};
export const LABELS: Record<'overview' | 'detail', Record<string, LabelSpec>> = {
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
export const PLACES: Record<string, Point> = {
  '310101': [121.455, 31.208],
  '310104': [121.422, 31.178],
  '310109': [121.48, 31.283],
  '310110': [121.523, 31.3],
  '310115': [121.58, 31.135],
};
