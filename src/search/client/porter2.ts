// Porter2 as an ES module with one export: its chunk holds the CommonJS wrapper, so the code that loads it needs none.
export { stem } from 'porter2';
