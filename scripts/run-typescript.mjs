// Runs a TypeScript entry point on Node 20, which cannot run TypeScript itself: esbuild (a dev dependency)
// bundles it on the fly and the bundle is imported. Packages stay external and resolve from node_modules/,
// which is why bundles are written under node_modules/.cache/ rather than the system temp directory.
// Usage: node scripts/run-typescript.mjs <entry.ts> [args...]; the entry exports main(argv): Promise<number>.
import { build } from 'esbuild';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-typescript.mjs <entry.ts> [args...]');
  process.exit(2);
}
const bundle = fileURLToPath(
  new URL(`../node_modules/.cache/vend-scripts/${basename(entry, '.ts')}.mjs`, import.meta.url),
);
await build({
  entryPoints: [resolve(entry)],
  outfile: bundle,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'error',
});
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(args);
