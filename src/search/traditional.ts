// Traditional characters in a query: each becomes the simplified characters of the index it can stand for.

/** Traditional (or Taiwan, Hong Kong variant) character → the simplified characters of the index it can stand for. */
export type TraditionalTable = Record<string, string>;

/** At most this many readings of one query are searched (each ambiguous character doubles them). */
const MAX_READINGS = 16;

/**
 * The simplified readings of a query: 區塊鏈 → [区块链]; a character that stands for two characters of the index
 * (著 for 着 and 著) gives both readings. A query without traditional characters gives itself.
 */
export function simplifiedReadings(query: string, table: TraditionalTable): string[] {
  let readings = [''];
  for (const ch of query) {
    const options = [...(table[ch] ?? ch)];
    readings = readings.flatMap((r) => options.map((o) => r + o)).slice(0, MAX_READINGS);
  }
  return readings;
}
