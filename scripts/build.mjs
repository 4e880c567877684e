// Bundles the action (dist/index.js) and the CLI (dist/cli.js). Code splitting keeps the AWS SDK in
// chunks that only plan, apply and drift import, so `vend validate` starts without loading it.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Usage: node scripts/build.mjs [outdir]  (default dist/; check-dist builds elsewhere and compares).

const outdir = process.argv[2] ?? 'dist';

// The schemas are compiled to code here, once, rather than by Ajv on every run: that took about 190 ms of each
// `vend validate`. The generator is TypeScript, so it is bundled first, under node_modules/.cache/ where its
// packages resolve (as scripts/run-typescript.mjs does).
const generator = fileURLToPath(new URL('../node_modules/.cache/vend-build/schema-standalone.mjs', import.meta.url));
await build({
  entryPoints: ['src/config/schema-standalone.ts'],
  outfile: generator,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
const { standaloneValidatorsSource } = await import(pathToFileURL(generator).href);
const validatorsModule = resolve('src/config/schema-validators.ts');
const precompiledSchemas = {
  name: 'precompiled-schemas',
  setup(bundle) {
    bundle.onLoad({ filter: /schema-validators\.ts$/ }, (args) =>
      args.path === validatorsModule
        ? { contents: standaloneValidatorsSource(), loader: 'js', resolveDir: dirname(validatorsModule) }
        : undefined,
    );
  },
};

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
  plugins: [precompiledSchemas],
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);",
  },
});
