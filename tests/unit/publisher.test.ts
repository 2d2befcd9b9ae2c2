// The publisher configuration: environment overrides, shape checks, and placeholders (warned in development, refused in a release).
import { describe, expect, it } from 'vitest';
import config from '../../site.config.json';
import { isPlaceholder, placeholders, placeholderVerdict, readPublisher } from '../../src/trust/publisher';

const real = {
  SITE_URL: 'https://fintech.example-publisher.cn',
  PUBLISHER_NAME_ZH: '某某研究所',
  PUBLISHER_NAME_EN: 'Some Institute',
  CONTACT_EMAIL: 'contact@example-publisher.cn',
  FEEDBACK_EMAIL: 'feedback@example-publisher.cn',
  ACCESSIBILITY_EMAIL: 'a11y@example-publisher.cn',
};

describe('publisher configuration', () => {
  it('the committed file is development placeholders: a development build warns once, naming the fields', () => {
    const p = readPublisher(config, {});
    const verdict = placeholderVerdict(p, false);
    expect(verdict.level).toBe('warn');
    const message = verdict.level === 'warn' ? verdict.message : '';
    expect(message.split('\n')).toHaveLength(1);
    for (const field of ['siteUrl', 'contactEmail', 'feedbackEmail', 'accessibilityEmail', 'publisherName.zh'])
      expect(message).toContain(field);
  });

  it('a release build is refused, naming each placeholder and the variable that overrides it', () => {
    const verdict = placeholderVerdict(readPublisher(config, { FEEDBACK_EMAIL: 'f@real.cn' }), true);
    expect(verdict.level).toBe('error');
    const message = verdict.level === 'error' ? verdict.message : '';
    expect(message).toContain('siteUrl (SITE_URL) = "https://fintech-plan.example.org"');
    expect(message).toContain('publisherName.en (PUBLISHER_NAME_EN) = "[Publisher name]"');
    expect(message).not.toContain('feedbackEmail');
  });

  it('real values pass a release build, and the environment overrides the file', () => {
    const p = readPublisher(config, real);
    expect(p.siteUrl).toBe('https://fintech.example-publisher.cn');
    expect(p.publisherName.zh).toBe('某某研究所');
    expect(placeholders(p)).toEqual([]);
    expect(placeholderVerdict(p, true)).toEqual({ level: 'ok' });
  });

  it('optional ICP and map approval numbers stay empty unless set', () => {
    expect(readPublisher(config, real).icpFiling).toBe('');
    expect(readPublisher(config, { ...real, ICP_FILING: '沪ICP备00000000号' }).icpFiling).toBe('沪ICP备00000000号');
  });

  it('refuses malformed values, naming file and field', () => {
    expect(() => readPublisher(config, { ...real, SITE_URL: 'fintech.cn/path' })).toThrow(/field "siteUrl"/u);
    expect(() => readPublisher(config, { ...real, FEEDBACK_EMAIL: 'nobody' })).toThrow(/field "feedbackEmail"/u);
    expect(() => readPublisher(config, { ...real, FEEDBACK_FORM_URL: 'http://form.cn' })).toThrow(
      /field "feedbackFormUrl"/u,
    );
  });

  it('knows reserved example domains and bracketed names, not look-alikes', () => {
    expect(isPlaceholder('https://fintech-plan.example.org')).toBe(true);
    expect(isPlaceholder('a@b.example')).toBe(true);
    expect(isPlaceholder('[Publisher name]')).toBe(true);
    expect(isPlaceholder('https://example-publisher.cn')).toBe(false);
    expect(isPlaceholder('Publisher [Shanghai]')).toBe(false);
  });
});
