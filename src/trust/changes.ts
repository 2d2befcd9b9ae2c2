// The corrections log (content/changes.yaml): schema, checked references, stable entry ids, revisions per item.
import { z } from 'zod';
import { parseRef } from '../plan/refs';
import { issueProblems } from '../content-check/parse-records';
import type { Lang } from '../locale/locales';
import { ITEM_FOLDERS } from '../plan/items';

export const CHANGES_FILE = 'content/changes.yaml';

const bilingual = z.object({ zh: z.string().trim().min(1), en: z.string().trim().min(1) }).strict();

/**
 * A reference is written like the page's URL without the language: `tasks/23/` (an item), `tasks/23/#s4` (one of its
 * sentences), `plan/#ideology-s1`, `glossary/#<term>`, `about/#<fact id>`, `themes/<slug>/`, `map/#zone-<id>`,
 * or a whole page (`plan/`, `glossary/`, `map/`).
 */
export const changeRefSchema = z
  .string()
  .regex(/^[a-z]+\/([a-z0-9-]+\/)?(#[a-z0-9-]+)?$/u, 'a reference looks like tasks/23/#s4, glossary/#pboc or plan/');

export const changeSchema = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'a date is YYYY-MM-DD'),
    items: z.array(changeRefSchema).min(1),
    summary: bilingual,
  })
  .strict();

/** What a reference may point at: ids that exist, gathered from the plan and our notes. */
export interface ChangeTargets {
  /** `tasks/23` → how many sentences the item has after its title (`s1` … `sN`; the title is `#title`). */
  items: Map<string, number>;
  /** `ideology` → how many sentences (`ideology-s1` …) the full-text section has. */
  sections: Map<string, number>;
  /** Anchors on the status page: fact ids and section ids (`about-status`). */
  about: Set<string>;
  glossary: Set<string>;
  themes: Set<string>;
  /** Zone ids (`lingang`), anchored on the map page as `zone-<id>`. */
  zones: Set<string>;
}

export interface Change {
  /** Stable anchor: the date, and for a second entry of the same day `-2` (counted from the oldest). */
  id: string;
  date: string;
  items: string[];
  summary: Record<Lang, string>;
}

/** Why a reference points nowhere, or undefined when it resolves. */
export function refProblem(ref: string, targets: ChangeTargets): string | undefined {
  const [pathPart = '', anchor] = ref.split('#');
  const [page = '', sub] = pathPart.split('/').filter(Boolean);
  if ((ITEM_FOLDERS as string[]).includes(page)) {
    const count = sub ? targets.items.get(`${page}/${sub}`) : undefined;
    if (!sub || count === undefined) return `${ref}: no such item`;
    if (anchor === undefined) return undefined;
    // A sentence is cited like everywhere in content/ (src/plan/refs.ts): #title, then #s1 … #sN after it.
    const sentence = parseRef(ref)?.sentence;
    return sentence !== undefined && sentence <= count ? undefined : `${ref}: no sentence #${anchor} in ${page}/${sub}`;
  }
  if (sub !== undefined && page !== 'themes') return `${ref}: no such page`;
  switch (page) {
    case 'plan': {
      if (anchor === undefined) return undefined;
      const m = /^([a-z]+)-s(\d+)$/u.exec(anchor);
      const count = m ? targets.sections.get(m[1]!) : undefined;
      return m && count !== undefined && Number(m[2]) <= count && Number(m[2]) >= 1
        ? undefined
        : `${ref}: no sentence #${anchor} in the full text`;
    }
    case 'glossary':
      return anchor === undefined || targets.glossary.has(anchor) ? undefined : `${ref}: no glossary term "${anchor}"`;
    case 'about':
      return anchor === undefined || targets.about.has(anchor) ? undefined : `${ref}: no fact or section "${anchor}"`;
    case 'themes':
      if (anchor !== undefined) return `${ref}: no such page`;
      return sub === undefined || targets.themes.has(sub) ? undefined : `${ref}: no theme "${sub}"`;
    case 'map':
      return anchor === undefined || (anchor.startsWith('zone-') && targets.zones.has(anchor.slice(5)))
        ? undefined
        : `${ref}: no zone "${anchor}"`;
    default:
      return `${ref}: no such page`;
  }
}

/**
 * Checks the log (newest first, dates not increasing, every reference resolving) and gives each entry its id.
 * Problems name the file and the field (`field "3.items.2"`).
 */
export function buildChanges(raw: unknown, targets: ChangeTargets, problems: string[]): Change[] {
  const parsed = z.array(changeSchema).min(1).safeParse(raw);
  if (!parsed.success) {
    problems.push(...issueProblems(CHANGES_FILE, parsed.error.issues));
    return [];
  }
  const entries = parsed.data;
  entries.forEach((entry, i) => {
    if (Number.isNaN(Date.parse(`${entry.date}T00:00:00Z`)))
      problems.push(`${CHANGES_FILE}: field "${i}.date": "${entry.date}" is not a date`);
    if (i > 0 && entry.date > entries[i - 1]!.date)
      problems.push(
        `${CHANGES_FILE}: field "${i}.date": newest first, but ${entry.date} follows ${entries[i - 1]!.date}`,
      );
    entry.items.forEach((ref, j) => {
      const problem = refProblem(ref, targets);
      if (problem) problems.push(`${CHANGES_FILE}: field "${i}.items.${j}": ${problem}`);
    });
  });
  const seen = new Map<string, number>();
  const ids = [...entries].reverse().map((entry) => {
    const n = (seen.get(entry.date) ?? 0) + 1;
    seen.set(entry.date, n);
    return n === 1 ? entry.date : `${entry.date}-${n}`;
  });
  ids.reverse();
  return entries.map((entry, i) => ({
    id: `c${ids[i]}`,
    date: entry.date,
    items: entry.items,
    summary: entry.summary,
  }));
}

/** The page a reference belongs to: `tasks/23/#s4` → `tasks/23/`. */
export function refPage(ref: string): string {
  return ref.split('#')[0]!;
}

/**
 * The entries that revised an item (`tasks/23/`), newest first: those naming it or one of its sentences, and those
 * naming the whole text (`plan/`), such as the first publication.
 */
export function revisionsOf(changes: Change[], page: string): Change[] {
  return changes.filter((c) => c.items.some((ref) => refPage(ref) === page || ref === 'plan/'));
}

/** Version of the translation for the open data: one step per day with changes, and the date of the last. */
export function translationVersion(changes: Change[]): { version: string; date: string } {
  const days = new Set(changes.map((c) => c.date));
  return { version: `${days.size}.0`, date: changes[0]?.date ?? '' };
}

/** First sentence of a summary, as the entry's heading and its feed item's title. */
export function changeTitle(summary: string): string {
  const first = /^.+?(?:[。：:]|\.(?=\s|$))/u.exec(summary)?.[0] ?? summary;
  const clean = first.replace(/[：:。.]$/u, ''); // a heading: no closing stop or colon
  return clean.length > 90 ? `${clean.slice(0, 89)}…` : clean;
}
