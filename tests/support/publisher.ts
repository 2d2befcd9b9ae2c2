// A configured publisher, as a release would set it (environment overrides of site.config.json), for the tests
// that build the site: with the committed placeholders a release build fails and a development build warns.
export const TEST_PUBLISHER = {
  SITE_URL: 'https://fintech-plan.publisher-test.cn',
  PUBLISHER_NAME_ZH: '测试出版者',
  PUBLISHER_NAME_EN: 'Test Publisher',
  CONTACT_EMAIL: 'contact@publisher-test.cn',
  FEEDBACK_EMAIL: 'feedback@publisher-test.cn',
  ACCESSIBILITY_EMAIL: 'access@publisher-test.cn',
};
