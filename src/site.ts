// Deployment facts in one place: the public origin (set SITE_URL when deploying) and contact addresses.
export const SITE_URL = process.env.SITE_URL ?? 'https://fintech-plan.example.org';
export const ACCESSIBILITY_EMAIL = process.env.ACCESSIBILITY_EMAIL ?? `accessibility@${new URL(SITE_URL).hostname}`;
export const TRANSLATION_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
