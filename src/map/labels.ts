// Map labels: estimated text width, label boxes kept inside the drawing, leader lines, and the collision check.
import type { GeoProjection } from 'd3-geo';
import type { Point } from './geo-svg';
import { round1 } from './geometry';
import { WIDTH, type LabelSpec } from './layout';
import type { Anchor, Box, MapLabel, MapView } from './model';

/**
 * Estimated width of a text line: CJK characters are 1 em; Latin is taken at 0.68 em, the average of the widest
 * common system sans in bold (DejaVu Sans on Linux), so that a label fits whatever font the reader has.
 */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/u.test(ch) ? 1 : ch === ' ' ? 0.32 : 0.68;
  return em * size;
}

export function labelBox(x: number, y: number, anchor: Anchor, lines: string[], size: number): Box {
  const w = Math.max(...lines.map((l) => textWidth(l, size)));
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  const lineHeight = size * 1.2;
  // y is the baseline of the first line.
  return { x: left, y: y - size, w, h: lineHeight * (lines.length - 1) + size * 1.25 };
}

export function makeLabel(
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

export function overlaps(a: Box, b: Box): boolean {
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
