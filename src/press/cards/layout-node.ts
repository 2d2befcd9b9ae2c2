// Share cards (1200×630 Open Graph images): the layout as a satori element tree, font subsets, cache keys.
import { createHash } from 'node:crypto';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardContent {
  /** Small line above the title: "重点任务 7", "Task 7". */
  kicker: string;
  title: string;
  /** Document number line: 沪府办规〔2020〕1号. */
  reference: string;
  /** Bottom line: the document's title, and on English cards that the translation is unofficial. */
  footer: string;
  /** A quote card: the title is one sentence of the plan, set as a quotation (a rule beside it) at a size that fits. */
  quote?: boolean;
}

/** A satori element: plain objects, no React needed. */
export interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | CardNode | string };
}

const el = (type: string, style: CardNode['props']['style'], children: CardNode['props']['children']): CardNode => ({
  type,
  props: { style, children },
});

/** Colours of the site's @theme (src/styles/global.css): satori cannot read CSS custom properties. */
export const CARD_COLOURS = { brand: '#9e1b16', ink: '#1a1a1a', muted: '#505a5f', paper: '#ffffff', wash: '#f3f2f1' };

/** Title size that fits three lines: long English titles get smaller type. */
export function titleSize(title: string): number {
  const units = [...title].reduce((sum, ch) => sum + (ch.codePointAt(0)! > 0x2e80 ? 2 : 1), 0);
  return units <= 40 ? 72 : units <= 80 ? 60 : units <= 120 ? 50 : 42;
}

/** Size for a quoted sentence to fit the card's quote area (the longest: 101 Chinese characters, 463 Latin ones). */
export function quoteSize(text: string): number {
  const units = [...text].reduce((sum, ch) => sum + (ch.codePointAt(0)! > 0x2e80 ? 2 : 1), 0);
  return units <= 80 ? 56 : units <= 150 ? 46 : units <= 230 ? 38 : units <= 330 ? 32 : units <= 480 ? 28 : 24;
}

/** The card: a brand band with the site name, the item's number, its title, and the document number. */
export function cardTree(card: CardContent, fontFamily: string): CardNode {
  const c = CARD_COLOURS;
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      background: c.paper,
      color: c.ink,
      fontFamily,
      borderTop: `24px solid ${c.brand}`,
    },
    [
      el('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 0' }, [
        el('div', { fontSize: 36, fontWeight: 700, color: c.brand }, card.kicker),
        card.quote
          ? el(
              'div',
              {
                fontSize: quoteSize(card.title),
                fontWeight: 400,
                lineHeight: 1.4,
                marginTop: 24,
                maxHeight: 340,
                paddingLeft: 28,
                borderLeft: `8px solid ${c.brand}`,
              },
              card.title,
            )
          : el(
              'div',
              { fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.25, marginTop: 20, maxHeight: 300 },
              card.title,
            ),
      ]),
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          padding: '28px 72px 40px',
          background: c.wash,
          fontSize: 28,
          color: c.muted,
        },
        [el('div', { color: c.ink, fontWeight: 700 }, card.reference), el('div', { marginTop: 6 }, card.footer)],
      ),
    ],
  );
}

/** Every string in a tree: what the fonts must cover. */
export function cardText(node: CardNode | string): string {
  if (typeof node === 'string') return node;
  const { children } = node.props;
  if (children === undefined) return '';
  return (Array.isArray(children) ? children : [children]).map(cardText).join('');
}

/** A parsed CSS unicode-range list: [[from, to], …]. */
export type UnicodeRanges = [number, number][];

export function parseUnicodeRange(value: string): UnicodeRanges {
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/iu, '').split('-');
    const a = Number.parseInt(from ?? '', 16);
    const b = to === undefined ? a : Number.parseInt(to, 16);
    if (Number.isNaN(a) || Number.isNaN(b)) throw new Error(`unicode-range: cannot read "${part}"`);
    return [a, b];
  });
}

/**
 * The font subsets that cover a text, from a subset → unicode-range table (@fontsource's unicode.json), so a card
 * loads a few hundred KB of its CJK font instead of all of it. Characters no subset covers are returned too.
 */
export function subsetsFor(text: string, table: [string, UnicodeRanges][]): { subsets: string[]; missing: string[] } {
  const subsets = new Set<string>();
  const missing: string[] = [];
  for (const ch of new Set(text)) {
    if (/\s/u.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    const hit = table.find(([, ranges]) => ranges.some(([a, b]) => cp >= a && cp <= b));
    if (hit) subsets.add(hit[0]);
    else missing.push(ch);
  }
  // In table order: satori takes the first font that has a glyph, so the table's order is the preference.
  return { subsets: table.map(([name]) => name).filter((name) => subsets.has(name)), missing };
}

/** Content hash of everything that decides a card's pixels: the tree and the renderer's and fonts' versions. */
export function cardKey(tree: CardNode, versions: Record<string, string>): string {
  return createHash('sha256').update(JSON.stringify({ tree, versions })).digest('hex').slice(0, 32);
}
