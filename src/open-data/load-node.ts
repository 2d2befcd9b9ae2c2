// The context every open-data file is built from: both plans, the themes, the site's origin and the licences.
import { getPlan } from '../plan/load-node';
import { getThemes } from '../reference/load-node';
import { useTranslations } from '../locale';
import type { DataContext } from './records';
import { SITE_URL, TRANSLATION_LICENSE } from '../site';
import { translationVersion } from '../trust/changes';
import { getChanges } from '../trust/load-node';

export async function dataContext(site: URL | undefined): Promise<DataContext> {
  const origin = site ?? new URL(SITE_URL);
  const [zh, en] = [useTranslations('zh'), useTranslations('en')];
  const url = new URL('/', origin).href;
  return {
    site: origin,
    plans: { zh: await getPlan('zh'), en: await getPlan('en') },
    themes: await getThemes(),
    translation: translationVersion(await getChanges()),
    license: {
      translation: { ...TRANSLATION_LICENSE, covers: { zh: zh('data.covers'), en: en('data.covers') } },
      chineseText: { zh: zh('data.chineseText'), en: en('data.chineseText') },
      attribution: { zh: zh('data.attribution', { url }), en: en('data.attribution', { url }) },
    },
  };
}
