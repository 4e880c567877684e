// Bundles the action (dist/index.js) and the CLI (dist/cli.js). Code splitting keeps the AWS SDK in
// chunks that only plan, apply and drift import, so `vend validate` starts without loading it.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

// Usage: node scripts/build.mjs [outdir]  (default dist/; check-dist builds elsewhere and compares).

const outdir = process.argv[2] ?? 'dist';
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: { index: 'src/main.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);",
  },
});
