// The map's zones (checked against the plan and the map data) and the two map views, per language.
import { contentFiles, getPlan } from '../plan/load-node';
import geoText from './data/shanghai.geojson?raw';
import geoZones from './data/zones.json';
import { useTranslations } from '../locale';
import { ContentError } from '../content-check/plan-model';
import type { Plan } from '../plan/types';
import { LANGS, LOCALES, type Lang } from '../locale/locales';
import { buildThumbnail, buildZoneMap } from './views';
import { siteZoneId, type GeoFeatures, type GeoZones, type MapThumbnail, type MapView } from './model';
import { buildZones, type Zone } from './zones';
import { parseRef } from '../plan/refs';
import { splitAround, type PhraseLink } from '../plan/marks';
import type { PlanItem } from '../plan/types';
import { mapUrl } from '../plan/routes';

export const geo = JSON.parse(geoText) as GeoFeatures;
export const zonesData = geoZones as unknown as GeoZones;

let cache: Promise<Record<Lang, Zone[]>> | undefined;

async function load(): Promise<Record<Lang, Zone[]>> {
  const plans = Object.fromEntries(await Promise.all(LANGS.map(async (l) => [l, await getPlan(l)]))) as Record<
    Lang,
    Plan
  >;
  const geometry = zonesData.zones.map((z) => ({ id: siteZoneId(z.id), layout: z.layout }));
  const { zones, problems } = buildZones(await contentFiles(['zones']), plans, geometry);
  if (problems.length > 0) throw new ContentError(problems);
  return zones;
}

/** The seven zones in one language, in layout order. */
export async function getZones(lang: Lang): Promise<Zone[]> {
  cache ??= load();
  return (await cache)[lang];
}

/** Both views of the layout map, labelled in one language. */
export async function getZoneMap(lang: Lang): Promise<[MapView, MapView]> {
  const t = useTranslations(lang);
  const zones = await getZones(lang);
  const districts = Object.fromEntries(
    geo.features
      .filter((f) => f.properties.kind === 'district')
      .map((f) => [String(f.properties.adcode), String(f.properties[LOCALES[lang].geoName])]),
  );
  return buildZoneMap(geo, zonesData, {
    zoneLabels: Object.fromEntries(zones.map((z) => [z.id, z.label])),
    districts,
    river: t('map.river'),
    frame: t('map.frame'),
  });
}

let thumbnail: MapThumbnail | undefined;

/** The small whole-city picture of the map cards, drawn once for every page that shows one. */
export function getMapThumbnail(): MapThumbnail {
  thumbnail ??= buildThumbnail(geo, zonesData, 96);
  return thumbnail;
}

/** The sentence of the plan that sets out the layout; its phrase “两城、一带、一港” links to the map. */
export const LAYOUT_SENTENCE = 'tasks/14/#s1';

/** The map link inside an item's sentences, if the item holds the layout sentence; fails the build if lost. */
export function layoutSentenceLink(lang: Lang, item: PlanItem): PhraseLink | undefined {
  const cite = parseRef(LAYOUT_SENTENCE)!;
  if (item.type !== cite.type || item.number !== cite.number) return undefined;
  const phrase = useTranslations(lang)('map.layoutPhrase');
  const parts = splitAround(item.sentences[cite.sentence] ?? '', phrase);
  if (!parts) {
    throw new ContentError([
      `${item.file}: line ${cite.sentence + 1} of the body: no longer contains ${phrase}, which links to the layout map (map.layoutPhrase in src/locale/strings/${lang}.json)`,
    ]);
  }
  return { sentence: cite.sentence, parts, href: mapUrl(lang) };
}
