// Routes (plan/routes.ts): one URL per item in both languages, and the language switch.
import { describe, expect, it } from 'vitest';
import { itemUrl, switchLangPath } from '../../src/plan/routes';

describe('urls', () => {
  it('gives every item one short URL per language', () => {
    expect(itemUrl('zh', 'task', 7)).toBe('/zh/tasks/7/');
    expect(itemUrl('en', 'goal', 3)).toBe('/en/goals/3/');
  });
  it('switches language keeping the path', () => {
    expect(switchLangPath('/zh/tasks/7/', 'en')).toBe('/en/tasks/7/');
    expect(switchLangPath('/en/', 'zh')).toBe('/zh/');
  });
});
