// The site's page templates: what each one's URLs look like, and one sample page of each for browser checks that
// cannot afford every page (phone layout, focus contrast, keyboard). tests/build/templates.test.ts proves that every
// built page belongs to exactly one template, so a new kind of page must be added here.
import { isLang, LANGS } from '../../src/locale/locales';

export interface Template {
  name: string;
  /** Matches the URL path of every page built from this template. */
  pattern: RegExp;
  /** One page of this template (the languages alternate across templates; `inBothLanguages` gives both). */
  sample: string;
}

/** A URL path pattern under any locale: at('tasks/\\d+/') matches /zh/tasks/7/ and /en/tasks/7/. */
const at = (rest: string) => new RegExp(`^/(${LANGS.join('|')})/${rest}$`, 'u');

export const TEMPLATES: Template[] = [
  { name: 'home', pattern: at(''), sample: '/en/' },
  { name: 'full text', pattern: at('plan/'), sample: '/zh/plan/' },
  { name: 'full text side by side', pattern: at('plan/parallel/'), sample: '/en/plan/parallel/' },
  { name: 'item list', pattern: at('(principles|goals|tasks)/'), sample: '/zh/goals/' },
  { name: 'item', pattern: at('(principles|goals|tasks)/\\d+/'), sample: '/en/tasks/7/' },
  {
    name: 'item side by side',
    pattern: at('(principles|goals|tasks)/\\d+/parallel/'),
    sample: '/zh/tasks/7/parallel/',
  },
  { name: 'sentence share page', pattern: at('(principles|goals|tasks)/\\d+/s\\d+/'), sample: '/en/tasks/7/s3/' },
  { name: 'about the plan', pattern: at('about/'), sample: '/en/about/' },
  { name: 'about this site', pattern: at('about-site/'), sample: '/zh/about-site/' },
  { name: 'accessibility statement', pattern: at('accessibility/'), sample: '/en/accessibility/' },
  { name: 'changes', pattern: at('changes/'), sample: '/zh/changes/' },
  { name: 'glossary', pattern: at('glossary/'), sample: '/zh/glossary/' },
  { name: 'theme list', pattern: at('themes/'), sample: '/en/themes/' },
  { name: 'theme', pattern: at('themes/[a-z0-9-]+/'), sample: '/zh/themes/payments/' },
  { name: 'map', pattern: at('map/'), sample: '/en/map/' },
  { name: 'open data', pattern: at('data/'), sample: '/zh/data/' },
  { name: 'search', pattern: at('search/'), sample: '/en/search/' },
  { name: 'not found', pattern: at('404/'), sample: '/zh/404/' },
  { name: 'not found (root)', pattern: /^\/404\.html$/u, sample: '/404.html' },
  { name: 'server error', pattern: /^\/errors\/[0-9x]+\/$/u, sample: '/errors/5xx/' },
  { name: 'language choice', pattern: /^\/$/u, sample: '/' },
];

/** The sample pages, each in every language where the template has one per language (the root pages have one). */
export function inBothLanguages(templates = TEMPLATES): string[] {
  return templates.flatMap(({ sample }) => {
    const lang = /^\/([a-z]+)\//u.exec(sample)?.[1];
    if (!isLang(lang)) return [sample];
    return [sample, ...LANGS.filter((l) => l !== lang).map((l) => sample.replace(`/${lang}/`, `/${l}/`))];
  });
}

/** Templates a browser test can open as they are: all but the language choice at /, which redirects at once. */
export const BROWSABLE = TEMPLATES.filter((t) => t.name !== 'language choice');
