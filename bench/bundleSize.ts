/**
 * Sizes of the production build: the JavaScript the first page load needs (the entry chunk and
 * its static imports, as index.html links them) gzipped, and each lazily loaded chunk.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export function bundleFigures(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const assets = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'));
  const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
  const initialGz = initial.reduce((n, f) => n + gz(f), 0);
  const lines = [`initial JavaScript: ${kB(initialGz)} gzipped (${initial.length} file${initial.length === 1 ? '' : 's'}; aim < 120 kB)`];
  for (const file of assets) {
    const path = `assets/${file}`;
    if (!initial.includes(path)) lines.push(`  lazy ${file}: ${kB(gz(path))} gzipped`);
  }
  return lines;
}
