// Deployment facts in one place: the publisher configuration from site.config.json (environment overrides), licences.
import config from '../site.config.json';
import { readPublisher } from './trust/publisher';

export const PUBLISHER = readPublisher(config, process.env);
export const SITE_URL = PUBLISHER.siteUrl;
export const ACCESSIBILITY_EMAIL = PUBLISHER.accessibilityEmail;
export const CONTACT_EMAIL = PUBLISHER.contactEmail;
export const FEEDBACK_EMAIL = PUBLISHER.feedbackEmail;
/** Optional web form for problem reports; when set, report links open it instead of the reader's mail. */
export const FEEDBACK_FORM_URL = PUBLISHER.feedbackFormUrl;
export const TRANSLATION_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };
