// Writes a .gz beside every compressible file of dist/ (gzip -9), which nginx serves with gzip_static.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const dist = path.resolve(process.argv[2] ?? 'dist');
const COMPRESSIBLE = /\.(html|css|js|mjs|json|csv|svg|xml|txt|webmanifest)$/u;
let files = 0;
let before = 0;
let after = 0;
for (const entry of fs.readdirSync(dist, { withFileTypes: true, recursive: true })) {
  const file = path.join(entry.parentPath, entry.name);
  if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
  const data = fs.readFileSync(file);
  if (data.length < 512) continue;
  const gz = zlib.gzipSync(data, { level: 9 });
  if (gz.length >= data.length) continue;
  fs.writeFileSync(`${file}.gz`, gz);
  files += 1;
  before += data.length;
  after += gz.length;
}
console.log(`precompress: ${files} files, ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB gzip`);
