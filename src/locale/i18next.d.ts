// Types i18next keys from the Chinese resource: a misspelt key is a type error in `astro check`.
import 'i18next';
import type zh from './strings/zh.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof zh };
    returnNull: false;
  }
}
