// One source of truth for serving the site: CSP, security headers, caching, redirects and language negotiation.
// The layouts take the CSP <meta> from here; scripts/deploy-config.mjs writes deploy/nginx.conf,
// public/_headers and public/_redirects from here, so the three cannot drift apart.

import { RESTORE_SCRIPT_HASH } from '../src/reading/restore-script.mjs';

/** CSP directives shared by the <meta> policy of every page and the HTTP header. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
/**
 * Pagefind's WebAssembly needs 'wasm-unsafe-eval'. No 'unsafe-inline': every script is a file of ours except the
 * reading-settings restore, which runs before first paint and is allowed by its hash.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'", RESTORE_SCRIPT_HASH];
export const STYLE_SOURCES = ["'self'"];
/** Directives a <meta> policy cannot carry (browsers ignore them there). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * The policy in every page's <meta> (src/layouts/): for hosts that cannot send headers, and for a page saved or
 * served elsewhere. One hash, the reading-settings restore's; every other script and every style is a file of our
 * origin, which 'self' allows, and pages have no other inline script, no style element or attribute
 * (tests/build/csp.test.ts).
 */
export const CSP_META = [
  ...CSP_DIRECTIVES,
  `script-src ${SCRIPT_SOURCES.join(' ')}`,
  `style-src ${STYLE_SOURCES.join(' ')}`,
].join('; ');

export const CSP_HEADER = [CSP_META, ...HEADER_ONLY_DIRECTIVES].join('; ');

export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP_HEADER,
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Cache-Control by path: hashed assets forever, search index and other files for a while, HTML briefly. */
export const CACHE_RULES = [
  { prefix: '/_astro/', value: 'public, max-age=31536000, immutable' },
  { prefix: '/pagefind/', value: 'public, max-age=3600' },
  { prefix: '/og/', value: 'public, max-age=86400' },
  { prefix: '/data/', value: 'public, max-age=3600' },
];
export const CACHE_HTML = 'public, max-age=300';
export const CACHE_DEFAULT = 'public, max-age=86400';
/**
 * Error responses are never stored: a 400, 414 or 416 cached by a CDN would deny a page to every reader behind it.
 * A 404 may be cached briefly (a page published later shows within a minute).
 */
export const CACHE_ERROR = 'no-store';
export const CACHE_NOT_FOUND = 'public, max-age=60';
/** Sent with every error response (and in the <meta> of every error page): never indexed. */
export const ROBOTS_ERROR = 'noindex';

/** The site's own error pages (src/pages/errors/) by status; 404 has a page per language and /404.html. */
export const ERROR_PAGES = {
  400: '/errors/400/',
  403: '/errors/403/',
  405: '/errors/405/',
  414: '/errors/414/',
  416: '/errors/416/',
  500: '/errors/5xx/',
  502: '/errors/5xx/',
  503: '/errors/5xx/',
  504: '/errors/5xx/',
};
export const NOT_FOUND_PAGE = '/404.html';
/** Not-found page of each language, served for unknown paths under /{lang}/. */
export const notFoundPage = (lang) => `/${lang}/404/`;
/** Instructions for static hosts, copied into dist/ but never content. */
export const DEPLOY_ONLY_FILES = ['/_headers', '/_redirects'];

/** The languages and the default one (the bare domain's fallback): from the one locale table. */
export { LANGS, SOURCE_LANG as DEFAULT_LANG } from '../src/locale/locales.ts';
/** Item folders whose numbers readers may zero-pad (/en/tasks/07/): from the item registry. */
export { ITEM_FOLDERS as NUMBERED } from '../src/plan/items.ts';
