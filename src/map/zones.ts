// The zones of the layout map: checks each file's citations against the plan and the map data, then resolves them.
import type { z } from 'zod';
import type { ContentFile } from '../content-check/content-files-node';
import { zoneSchema } from '../content-check/schemas';
import { ITEM_FOLDERS } from '../plan/items';
import { formatRef, resolveRef, type SentenceRef as PlanSentenceRef } from '../plan/refs';
import type { Plan } from '../plan/types';
import type { ZoneKind } from './kinds';
import { LANGS, SOURCE_LANG, type Lang } from '../locale/locales';

/** The seven zones of "两城、一带、一港", in the ids the site uses (URL fragments, data-zone). */
export const ZONE_IDS = [
  'lujiazui',
  'zhangjiang',
  'yangpu-riverside',
  'north-bund',
  'bund',
  'xuhui-riverside',
  'lingang',
] as const;

export interface SentenceRef extends PlanSentenceRef {
  /** As written in the content file: tasks/19/#s3 */
  cite: string;
  /** The sentence in the zone file's language. */
  text: string;
}

export interface Zone {
  id: string;
  lang: Lang;
  order: number;
  layout: ZoneKind;
  name: string;
  aka?: string;
  label: string[];
  district: string;
  keywords: string[];
  role: SentenceRef & { quote: string };
  mentions: (SentenceRef & { note?: string })[];
  drawn: string;
  file: string;
}

/** What the map data says about a zone, to check the content against. */
export interface ZoneGeometry {
  id: string;
  layout: string;
}

type ZoneData = z.infer<typeof zoneSchema>;

/** The cited sentence in one language, or what is wrong with the citation (src/plan/refs.ts). */
function resolve(plan: Plan, cite: string): SentenceRef | string {
  const ref = resolveRef(plan, cite);
  return typeof ref === 'string'
    ? ref
    : { type: ref.type, number: ref.number, sentence: ref.sentence, cite, text: ref.text };
}

/** Every citable sentence of the plan that contains one of the words, as citations. */
function sentencesMentioning(plan: Plan, keywords: string[]): string[] {
  const found: string[] = [];
  for (const collection of ITEM_FOLDERS) {
    for (const item of plan[collection]) {
      item.sentences.forEach((sentence, i) => {
        if (keywords.some((k) => sentence.includes(k))) found.push(formatRef({ ...item, sentence: i }));
      });
    }
  }
  return found;
}

/** Splits a sentence into runs, marking each occurrence of a keyword (for <mark> in the zone's quotes). */
export function markKeywords(text: string, keywords: string[]): { text: string; mark: boolean }[] {
  const words = keywords.filter((k) => k !== '').sort((a, b) => b.length - a.length);
  if (words.length === 0) return [{ text, mark: false }];
  const pattern = new RegExp(`(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')})`, 'gu');
  return text
    .split(pattern)
    .filter((part) => part !== '')
    .map((part) => ({ text: part, mark: words.includes(part) }));
}

function checkOne(f: ContentFile, data: ZoneData, plan: Plan, problems: string[]): Zone | undefined {
  const before = problems.length;
  const fail = (field: string, what: string) => problems.push(`${f.file}: field "${field}": ${what}`);
  const mentionsZone = (ref: SentenceRef) => data.keywords.some((k) => ref.text.includes(k));

  const role = resolve(plan, data.role.cite);
  if (typeof role === 'string') fail('role.cite', role);
  else {
    if (!role.text.includes(data.role.text)) {
      fail('role.text', `"${data.role.text}" is not in ${data.role.cite} ("${role.text.slice(0, 40)}…")`);
    }
    if (!mentionsZone(role)) fail('role.cite', `${data.role.cite} does not mention ${data.keywords.join(' or ')}`);
  }
  const mentions: Zone['mentions'] = [];
  const cited = new Set([data.role.cite]);
  data.mentions.forEach((m, i) => {
    if (cited.has(m.cite)) fail(`mentions.${i}.cite`, `${m.cite} is cited twice`);
    cited.add(m.cite);
    const ref = resolve(plan, m.cite);
    if (typeof ref === 'string') return fail(`mentions.${i}.cite`, ref);
    if (!mentionsZone(ref)) fail(`mentions.${i}.cite`, `${m.cite} does not mention ${data.keywords.join(' or ')}`);
    mentions.push({ ...ref, ...(m.note ? { note: m.note } : {}) });
  });
  for (const cite of sentencesMentioning(plan, data.keywords)) {
    if (!cited.has(cite)) fail('mentions', `${cite} mentions ${data.keywords.join(' or ')} but is not cited`);
  }
  if (problems.length > before || typeof role === 'string') return undefined;
  return {
    id: f.key,
    lang: f.locale,
    order: data.order,
    layout: data.layout,
    name: data.name,
    ...(data.aka ? { aka: data.aka } : {}),
    label: data.label,
    district: data.district,
    keywords: data.keywords,
    role: { ...role, quote: data.role.text },
    mentions,
    drawn: data.drawn,
    file: f.file,
  };
}

/** The structure both languages must share: the same zone cites the same sentences in the same order. */
function structure(data: ZoneData): Record<string, string> {
  return {
    order: String(data.order),
    layout: data.layout,
    'role.cite': data.role.cite,
    mentions: data.mentions.map((m) => m.cite).join(', ') || '(none)',
  };
}

/**
 * Checks the zone files (schema, citations, keywords, zh/en agreement, the map data) and resolves them.
 * Each problem names the file and the field, like the rest of the content check.
 */
export function buildZones(
  files: ContentFile[],
  plans: Record<Lang, Plan>,
  geometry: ZoneGeometry[],
): { zones: Record<Lang, Zone[]>; problems: string[] } {
  const problems: string[] = [];
  const zones = { zh: [], en: [] } as Record<Lang, Zone[]>;
  const parsed = new Map<ContentFile, ZoneData>();
  for (const f of files.filter((file) => file.collection === 'zones')) {
    const result = zoneSchema.safeParse(f.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${f.file}: field "${issue.path.join('.') || '(file)'}": ${issue.message}`);
      }
      continue;
    }
    parsed.set(f, result.data);
  }
  const geoById = new Map(geometry.map((g) => [g.id, g]));
  for (const lang of LANGS) {
    const mine = [...parsed].filter(([f]) => f.locale === lang);
    for (const id of geoById.keys()) {
      if (!mine.some(([f]) => f.key === id)) {
        problems.push(
          `content/zones/${lang}/${id}.yaml: missing; the map data (src/map/data/zones.json) draws "${id}"`,
        );
      }
    }
    const orders = new Map<number, string>();
    for (const [f, data] of mine) {
      const geo = geoById.get(f.key);
      if (!geo) {
        problems.push(
          `${f.file}: the map data (src/map/data/zones.json) has no zone "${f.key}"; zones are ${[...geoById.keys()].join(', ')}`,
        );
        continue;
      }
      if (geo.layout !== data.layout) {
        problems.push(`${f.file}: field "layout": is "${data.layout}" but the map data draws it as "${geo.layout}"`);
      }
      const other = orders.get(data.order);
      if (other) problems.push(`${f.file}: field "order": ${data.order} is also the order of ${other}`);
      orders.set(data.order, f.file);
      if (lang !== SOURCE_LANG) {
        const zh = [...parsed].find(([g]) => g.locale === SOURCE_LANG && g.key === f.key);
        if (zh) {
          const a = structure(zh[1]);
          const b = structure(data);
          for (const field of Object.keys(a)) {
            if (a[field] !== b[field]) {
              problems.push(`${f.file}: field "${field}": is ${b[field]} but ${zh[0].file} has ${a[field]}`);
            }
          }
        }
      }
      const zone = checkOne(f, data, plans[lang], problems);
      if (zone) zones[lang].push(zone);
    }
    zones[lang].sort((a, b) => a.order - b.order);
  }
  return { zones, problems };
}
