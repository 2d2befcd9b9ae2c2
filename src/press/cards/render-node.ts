// Build-time only: draws share cards with satori → resvg, loading just the font subsets a card needs, cached on disk.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { CARD_HEIGHT, CARD_WIDTH, cardKey, cardText, cardTree, subsetsFor, type CardContent } from './layout-node';
import { FONT_PACKAGE, fontFile, missingGlyphs, subsetTable, WEIGHTS } from './fonts-node';

const require = createRequire(path.join(process.cwd(), 'package.json'));
/** Outside dist/ so that it survives rebuilds; node_modules/.cache is where build tools keep such caches. */
export const CARD_CACHE_DIR = path.resolve(process.env.SHARE_CARD_CACHE ?? 'node_modules/.cache/share-cards');

const version = (pkg: string) => String((require(`${pkg}/package.json`) as { version: string }).version);

const fontData = new Map<string, Buffer>();
function font(subset: string, weight: number): Buffer {
  const file = fontFile(subset, weight);
  let data = fontData.get(file);
  if (!data) {
    data = fs.readFileSync(file);
    fontData.set(file, data);
  }
  return data;
}

/**
 * Returns the file for `key` from the cache directory, or makes it, stores it (atomically) and returns it.
 * `made` tells whether it had to be drawn.
 */
export async function cached(
  dir: string,
  key: string,
  make: () => Promise<Uint8Array>,
): Promise<{ data: Uint8Array; made: boolean }> {
  const file = path.join(dir, `${key}.png`);
  if (fs.existsSync(file)) return { data: fs.readFileSync(file), made: false };
  const data = await make();
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
  return { data, made: true };
}

/** The PNG of one card. Fails the build, naming the card, if a character has no glyph in the font. */
export async function renderCard(card: CardContent): Promise<Uint8Array<ArrayBuffer>> {
  // One family name per subset: satori falls back across family names, not across files of one family.
  const tree = cardTree(card, 'card');
  const text = cardText(tree);
  const { subsets } = subsetsFor(text, subsetTable());
  // The content check refuses such characters before anything is built; this guards text from elsewhere (UI strings).
  const missing = missingGlyphs(text);
  if (missing.length > 0) {
    throw new Error(`share card "${card.kicker}": ${FONT_PACKAGE} has no glyph for ${missing.join(' ')}`);
  }
  const key = cardKey(tree, {
    satori: version('satori'),
    resvg: version('@resvg/resvg-js'),
    font: version(FONT_PACKAGE),
    subsets: subsets.join(','),
  });
  const { data } = await cached(CARD_CACHE_DIR, key, async () => {
    const fonts = subsets.flatMap((subset) =>
      WEIGHTS.map((weight) => ({ name: `sc-${subset}`, weight, style: 'normal' as const, data: font(subset, weight) })),
    );
    const svg = await satori(tree as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts });
    return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
  });
  return new Uint8Array(data);
}

/** The response of a card endpoint. */
export async function cardResponse(card: CardContent): Promise<Response> {
  return new Response(await renderCard(card), { headers: { 'Content-Type': 'image/png' } });
}
