// The kinds of zone in the plan's layout, "two cities, one belt, one port", and how each is drawn: the one list of
// kinds. Tailwind class names are written out in full here so that Tailwind's scanner finds them.

export const ZONE_KIND_STYLES = {
  city: {
    /** How the map draws it: an area, a line along the river, or a hatched area (never colour alone). */
    shape: 'area',
    stroke: 'stroke-zone-city',
    cardFill: 'fill-zone-city/40',
    legend: 'fill-zone-city/30 stroke-zone-city',
    nameKey: 'map.kindCity',
    legendKey: 'map.legendCity',
  },
  belt: {
    shape: 'line',
    stroke: 'stroke-zone-belt',
    cardFill: 'fill-zone-belt/40',
    legend: 'stroke-zone-belt',
    nameKey: 'map.kindBelt',
    legendKey: 'map.legendBelt',
  },
  port: {
    shape: 'hatched',
    stroke: 'stroke-zone-port',
    cardFill: 'fill-zone-port/40',
    legend: 'stroke-zone-port',
    nameKey: 'map.kindPort',
    legendKey: 'map.legendPort',
  },
} as const;

export type ZoneKind = keyof typeof ZONE_KIND_STYLES;

/** The kinds in the plan's order (and the map list's). */
export const ZONE_KINDS = Object.keys(ZONE_KIND_STYLES) as ZoneKind[];
