// Deployment facts in one place: the public origin (set SITE_URL when deploying) and contact addresses.
export const SITE_URL = process.env.SITE_URL ?? 'https://fintech-plan.example.org';
export const ACCESSIBILITY_EMAIL = process.env.ACCESSIBILITY_EMAIL ?? `accessibility@${new URL(SITE_URL).hostname}`;
export const TRANSLATION_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
export const FEEDBACK_EMAIL = process.env.FEEDBACK_EMAIL ?? `feedback@${new URL(SITE_URL).hostname}`;
/** Optional web form for problem reports; when set, report links open it instead of the reader's mail. */
export const FEEDBACK_FORM_URL = process.env.FEEDBACK_FORM_URL ?? '';
