// The site's page templates: what each one's URLs look like, and one sample page of each for browser checks that
// cannot afford every page (phone layout, focus contrast, keyboard). tests/build/templates.test.ts proves that every
// built page belongs to exactly one template, so a new kind of page must be added here.
export interface Template {
  name: string;
  /** Matches the URL path of every page built from this template. */
  pattern: RegExp;
  /** One page of this template (the languages alternate across templates; `inBothLanguages` gives both). */
  sample: string;
}

export const TEMPLATES: Template[] = [
  { name: 'home', pattern: /^\/(zh|en)\/$/u, sample: '/en/' },
  { name: 'full text', pattern: /^\/(zh|en)\/plan\/$/u, sample: '/zh/plan/' },
  { name: 'full text side by side', pattern: /^\/(zh|en)\/plan\/parallel\/$/u, sample: '/en/plan/parallel/' },
  { name: 'item list', pattern: /^\/(zh|en)\/(principles|goals|tasks)\/$/u, sample: '/zh/goals/' },
  { name: 'item', pattern: /^\/(zh|en)\/(principles|goals|tasks)\/\d+\/$/u, sample: '/en/tasks/7/' },
  {
    name: 'item side by side',
    pattern: /^\/(zh|en)\/(principles|goals|tasks)\/\d+\/parallel\/$/u,
    sample: '/zh/tasks/7/parallel/',
  },
  { name: 'about the plan', pattern: /^\/(zh|en)\/about\/$/u, sample: '/en/about/' },
  { name: 'glossary', pattern: /^\/(zh|en)\/glossary\/$/u, sample: '/zh/glossary/' },
  { name: 'theme list', pattern: /^\/(zh|en)\/themes\/$/u, sample: '/en/themes/' },
  { name: 'theme', pattern: /^\/(zh|en)\/themes\/[a-z0-9-]+\/$/u, sample: '/zh/themes/payments/' },
  { name: 'map', pattern: /^\/(zh|en)\/map\/$/u, sample: '/en/map/' },
  { name: 'open data', pattern: /^\/(zh|en)\/data\/$/u, sample: '/zh/data/' },
  { name: 'search', pattern: /^\/(zh|en)\/search\/$/u, sample: '/en/search/' },
  { name: 'not found', pattern: /^\/(zh|en)\/404\/$/u, sample: '/zh/404/' },
  { name: 'not found (root)', pattern: /^\/404\.html$/u, sample: '/404.html' },
  { name: 'language choice', pattern: /^\/$/u, sample: '/' },
];

/** The sample pages, each in both languages where the template has two (the root pages have one). */
export function inBothLanguages(templates = TEMPLATES): string[] {
  return templates.flatMap(({ sample }) => {
    const m = /^\/(zh|en)\//u.exec(sample);
    if (!m) return [sample];
    const other = m[1] === 'zh' ? 'en' : 'zh';
    return [sample, sample.replace(/^\/(zh|en)\//u, `/${other}/`)];
  });
}

/** Samples of the templates that have the site's header (everything but the root language choice). */
export const WITH_HEADER = TEMPLATES.filter((t) => t.name !== 'language choice');
