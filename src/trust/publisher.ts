// Publisher configuration (site.config.json + environment overrides) and the placeholders a release may not keep.
import { LANGS, type Lang } from '../locale/locales';

export interface Publisher {
  /** Public origin, no trailing slash: canonical, share-card, citation and data URLs use it. */
  siteUrl: string;
  publisherName: Record<Lang, string>;
  contactEmail: string;
  /** Where "report a problem" mails go. */
  feedbackEmail: string;
  accessibilityEmail: string;
  /** Optional web form for problem reports; when set, report links open it instead of the reader's mail. */
  feedbackFormUrl: string;
  /** ICP filing number (ICP备案号), shown in the footer when set: needed to serve the site in mainland China. */
  icpFiling: string;
  /** Map approval number (审图号), shown in the footer when set. */
  mapApproval: string;
}

type Env = Record<string, string | undefined>;

/** Environment variable that overrides the publisher's name in one language: PUBLISHER_NAME_ZH, PUBLISHER_NAME_EN. */
export const nameEnv = (lang: Lang) => `PUBLISHER_NAME_${lang.toUpperCase()}`;

/** Environment variable that overrides each other field. */
export const ENV_NAMES = {
  siteUrl: 'SITE_URL',
  contactEmail: 'CONTACT_EMAIL',
  feedbackEmail: 'FEEDBACK_EMAIL',
  accessibilityEmail: 'ACCESSIBILITY_EMAIL',
  feedbackFormUrl: 'FEEDBACK_FORM_URL',
  icpFiling: 'ICP_FILING',
  mapApproval: 'MAP_APPROVAL',
} as const;

const STRING_FIELDS = [
  'siteUrl',
  'contactEmail',
  'feedbackEmail',
  'accessibilityEmail',
  'feedbackFormUrl',
  'icpFiling',
  'mapApproval',
] as const;

/** Reads the configuration file's object, lets the environment override each field, and checks the shapes. */
export function readPublisher(file: unknown, env: Env = {}): Publisher {
  const raw = (file ?? {}) as Record<string, unknown>;
  const text = (key: string, envName: string): string => {
    const fromEnv = env[envName];
    if (fromEnv !== undefined) return fromEnv.trim();
    const value = raw[key] ?? '';
    if (typeof value !== 'string') throw new Error(`site.config.json: field "${key}": must be a string`);
    return value.trim();
  };
  const names = (raw.publisherName ?? {}) as Record<string, unknown>;
  const out = {
    publisherName: Object.fromEntries(
      LANGS.map((lang) => [lang, env[nameEnv(lang)]?.trim() ?? String(names[lang] ?? '').trim()]),
    ),
  } as Publisher;
  for (const key of STRING_FIELDS) out[key] = text(key, ENV_NAMES[key]);
  out.siteUrl = out.siteUrl.replace(/\/+$/u, '');
  const problems: string[] = [];
  if (!/^https?:\/\/[^/]+$/u.test(out.siteUrl)) problems.push(`field "siteUrl": "${out.siteUrl}" is not an origin`);
  for (const key of ['contactEmail', 'feedbackEmail', 'accessibilityEmail'] as const) {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/u.test(out[key])) problems.push(`field "${key}": "${out[key]}" is not an address`);
  }
  if (out.feedbackFormUrl && !/^https:\/\//u.test(out.feedbackFormUrl))
    problems.push(`field "feedbackFormUrl": "${out.feedbackFormUrl}" must be an https URL`);
  for (const lang of LANGS) if (!out.publisherName[lang]) problems.push(`field "publisherName.${lang}": empty`);
  if (problems.length) throw new Error(problems.map((p) => `site.config.json: ${p}`).join('\n'));
  return out;
}

/** A value nobody should publish: a reserved example domain (RFC 2606) or a name still in [brackets]. */
export function isPlaceholder(value: string): boolean {
  return (
    /(^|[@./])example\.(org|com|net)(?=$|[/:])|\.(example|invalid|test)(?=$|[/:])/iu.test(value) ||
    /^\[.*\]$/u.test(value)
  );
}

/** Each field still holding a placeholder, named as in the file with the variable that overrides it. */
export function placeholders(p: Publisher): string[] {
  const out: string[] = [];
  for (const key of STRING_FIELDS)
    if (p[key] && isPlaceholder(p[key])) out.push(`${key} (${ENV_NAMES[key]}) = "${p[key]}"`);
  for (const lang of LANGS)
    if (isPlaceholder(p.publisherName[lang]))
      out.push(`publisherName.${lang} (${nameEnv(lang)}) = "${p.publisherName[lang]}"`);
  return out;
}

/**
 * What a build says about placeholders: nothing when there are none; one warning in a development build;
 * an error naming each one in a release build (RELEASE=1).
 */
export function placeholderVerdict(
  p: Publisher,
  release: boolean,
): { level: 'ok' } | { level: 'warn' | 'error'; message: string } {
  const found = placeholders(p);
  if (found.length === 0) return { level: 'ok' };
  if (release)
    return {
      level: 'error',
      message: `Release build refused: site.config.json still has placeholders:\n${found.map((f) => `  - ${f}`).join('\n')}\nSet real values in site.config.json or in the environment (see README, Deploying).`,
    };
  return {
    level: 'warn',
    message: `development build: ${found.length} placeholder(s) in site.config.json (${found.map((f) => f.split(' ')[0]).join(', ')}); RELEASE=1 refuses them`,
  };
}
