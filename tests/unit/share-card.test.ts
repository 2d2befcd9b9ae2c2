// Share cards: the layout says what it must, fonts load by subset, and the cache redraws only on change.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cached } from '../../src/press/cards/render-node';
import {
  cardKey,
  cardText,
  cardTree,
  parseUnicodeRange,
  subsetsFor,
  quoteSize,
  titleSize,
  type CardContent,
  type CardNode,
} from '../../src/press/cards/layout-node';

const card: CardContent = {
  kicker: '重点任务 7',
  title: '着力推动智慧银行建设',
  reference: '沪府办规〔2020〕1号',
  footer: '《加快推进上海金融科技中心建设实施方案》',
};
const versions = { satori: '1', resvg: '1', font: '1' };

describe('card layout', () => {
  it('is 1200×630 and shows number, title, document number and footer', () => {
    const tree = cardTree(card, 'f');
    expect(tree.props.style).toMatchObject({ width: 1200, height: 630 });
    expect(cardText(tree)).toBe(
      '重点任务 7着力推动智慧银行建设沪府办规〔2020〕1号《加快推进上海金融科技中心建设实施方案》',
    );
  });

  it('sets long titles smaller so they fit (CJK characters count double)', () => {
    expect(titleSize('Develop fintech standards')).toBe(72);
    expect(titleSize('Strengthen the protection of the rights and interests of financial consumers (investors)')).toBe(
      50,
    );
    expect(titleSize('x'.repeat(121))).toBe(42);
    expect(titleSize('推动金融科技产业联盟和专业智库发展')).toBe(72);
    expect(titleSize('着'.repeat(30))).toBe(60);
  });

  it("sets a quote card's sentence beside a rule, in regular weight, at a size that fits its quote area", () => {
    const tree = cardTree({ ...card, title: '以生物识别等技术为支撑，推进智慧银行建设。', quote: true }, 'f');
    const top = (tree.props.children as CardNode[])[0]!;
    const quote = (top.props.children as CardNode[])[1]!.props.style;
    expect(quote).toMatchObject({ fontWeight: 400, borderLeft: '8px solid #9e1b16', maxHeight: 340 });
    // Lines at a size: a Latin character is about half the size wide, a CJK one the full size; 1,020 px a line.
    const height = (units: number) => {
      const size = quoteSize('x'.repeat(units));
      return Math.ceil((units * 0.5 * size) / 1020) * size * 1.4;
    };
    for (const units of [40, 150, 202, 330, 463, 600]) expect(height(units), `${units} units`).toBeLessThanOrEqual(340);
    expect(quoteSize('x'.repeat(463))).toBe(28);
    expect(quoteSize('建'.repeat(101))).toBe(38);
  });
});

describe('font subsets', () => {
  const table: [string, [number, number][]][] = [
    ['latin', parseUnicodeRange('U+0000-00FF, U+2013')],
    ['117', parseUnicodeRange('U+4efb,U+52a1-52a3')],
  ];

  it('reads CSS unicode-range lists', () => {
    expect(parseUnicodeRange('U+20-22,U+4efb, U+1f1e9-1f1f5')).toEqual([
      [0x20, 0x22],
      [0x4efb, 0x4efb],
      [0x1f1e9, 0x1f1f5],
    ]);
    expect(() => parseUnicodeRange('U+zz')).toThrow(/cannot read "U\+zz"/u);
  });

  it('picks only the subsets a text needs, in table order, and reports characters none covers', () => {
    expect(subsetsFor('Task 任务', table)).toEqual({ subsets: ['latin', '117'], missing: [] });
    expect(subsetsFor('务 A', table)).toEqual({ subsets: ['latin', '117'], missing: [] });
    expect(subsetsFor('Tk', table)).toEqual({ subsets: ['latin'], missing: [] });
    expect(subsetsFor('龘', table)).toEqual({ subsets: [], missing: ['龘'] });
  });
});

describe('cache', () => {
  it('keys on everything that changes the pixels', () => {
    const key = cardKey(cardTree(card, 'f'), versions);
    expect(cardKey(cardTree(card, 'f'), versions)).toBe(key);
    expect(cardKey(cardTree({ ...card, title: '着力推动智慧银行发展' }, 'f'), versions)).not.toBe(key);
    expect(cardKey(cardTree(card, 'f'), { ...versions, satori: '2' })).not.toBe(key);
  });

  it('draws a card once and serves the stored file after that', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-'));
    let draws = 0;
    const draw = async () => {
      draws += 1;
      return new Uint8Array([1, 2, 3]);
    };
    expect(await cached(dir, 'abc', draw)).toEqual({ data: new Uint8Array([1, 2, 3]), made: true });
    const again = await cached(dir, 'abc', draw);
    expect(again.made).toBe(false);
    expect([...again.data]).toEqual([1, 2, 3]);
    expect(draws).toBe(1);
    await cached(dir, 'other', draw);
    expect(draws).toBe(2);
    expect(fs.readdirSync(dir).sort()).toEqual(['abc.png', 'other.png']);
    fs.rmSync(dir, { recursive: true });
  });
});
