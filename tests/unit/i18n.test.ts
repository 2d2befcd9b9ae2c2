// UI strings: both locales define the same keys, none empty.
import { describe, expect, it } from 'vitest';
import zh from '../../src/locale/strings/zh.json';
import en from '../../src/locale/strings/en.json';
import { useTranslations } from '../../src/locale';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}

describe('UI strings', () => {
  it('zh and en define the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });
  it('no string is empty', () => {
    const get = (obj: object, key: string) =>
      key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], obj);
    for (const key of keys(zh)) {
      expect(String(get(zh, key)).trim(), `zh ${key}`).not.toBe('');
      expect(String(get(en, key)).trim(), `en ${key}`).not.toBe('');
    }
  });
  it('translates with interpolation and fails loudly on a missing key', () => {
    expect(useTranslations('en')('item.label', { type: 'Task', number: 7 })).toBe('Task 7');
    expect(useTranslations('zh')('item.label', { type: '重点任务', number: 7 })).toBe('重点任务 7');
    expect(() => useTranslations('en')('no.such.key' as 'skip')).toThrow(/missing UI string "no.such.key"/u);
  });
});
