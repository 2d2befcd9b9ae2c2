// Build side of search beyond the plan: each language's glossary entries, themes, map zones and status facts, as
// the entries of /pagefind/{lang}/extra.json (see extra.ts), linking to their places on the site.
import path from 'node:path';
import { readContentDir } from '../content-check/content-files-node';
import { readZoneGeometry } from '../content-check/check-node';
import type { ContextFact } from '../reference/context';
import type { GlossaryTerm } from '../reference/glossary';
import type { Theme } from '../reference/themes';
import { buildZones } from '../map/zones';
import type { Plan } from '../plan/types';
import type { Lang } from '../locale/locales';
import { aboutUrl, glossaryUrl, mapUrl, themesUrl } from '../plan/routes';
import zhStrings from '../locale/strings/zh.json';
import enStrings from '../locale/strings/en.json';
import type { ExtraEntry, ExtraFile } from './extra';

export interface ExtraContent {
  glossary: GlossaryTerm[];
  themes: Theme[];
  context: ContextFact[];
  plans: Record<Lang, Plan>;
}

/** The map's zones of a language, read and checked from content/zones as the content check does. */
function zonesOf(contentDir: string, plans: Record<Lang, Plan>, lang: Lang) {
  const root = path.dirname(contentDir);
  const { files } = readContentDir(contentDir, root);
  return buildZones(files, plans, readZoneGeometry(root)).zones[lang];
}

export function extraEntries(contentDir: string, content: ExtraContent, lang: Lang): ExtraEntry[] {
  const sections = { zh: zhStrings, en: enStrings }[lang].about.sections;
  const glossary = content.glossary.map((term): ExtraEntry => {
    const aliases = term.aliases[lang].map((a) => a.text);
    return {
      kind: 'glossary',
      title: term.term[lang],
      text: [term.note[lang], ...aliases].join('\n'),
      href: glossaryUrl(lang, term.slug),
      names: [...new Set([term.term[lang], ...term.match[lang], ...aliases])],
    };
  });
  const themes = content.themes.map((theme): ExtraEntry => ({
    kind: 'theme',
    title: theme.title[lang],
    text: theme.summary[lang],
    href: themesUrl(lang, theme.slug),
    names: [theme.title[lang]],
  }));
  const zones = zonesOf(contentDir, content.plans, lang).map((zone): ExtraEntry => ({
    kind: 'map',
    title: zone.name,
    text: [zone.aka, zone.district, zone.role.quote].filter(Boolean).join('\n'),
    href: mapUrl(lang, zone.id),
  }));
  const facts = content.context.map((fact): ExtraEntry => ({
    kind: 'context',
    title: sections[fact.section],
    text: fact.text[lang],
    href: `${aboutUrl(lang)}#${fact.id}`,
  }));
  return [...glossary, ...themes, ...zones, ...facts];
}

/** The file of a language: its entries and the strings that show them. */
export function extraFile(contentDir: string, content: ExtraContent, lang: Lang): ExtraFile {
  const { legend: _legend, ...strings } = { zh: zhStrings, en: enStrings }[lang].searchMore;
  return { strings, entries: extraEntries(contentDir, content, lang) };
}
