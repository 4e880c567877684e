// Fails when the committed dist/ differs from a fresh build: the action runs dist/, not src/, so a stale bundle
// would ship behaviour nobody reviewed.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const fresh = mkdtempSync(join(tmpdir(), 'vend-dist-'));
try {
  execFileSync(process.execPath, ['scripts/build.mjs', fresh], { stdio: 'inherit' });
  const list = (root) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)))
      .sort();
  const committed = list('dist');
  const built = list(fresh);
  const differences = [
    ...built.filter((file) => !committed.includes(file)).map((file) => `missing from dist/: ${file}`),
    ...committed.filter((file) => !built.includes(file)).map((file) => `stale file in dist/: ${file}`),
    ...built
      .filter(
        (file) => committed.includes(file) && !readFileSync(join(fresh, file)).equals(readFileSync(join('dist', file))),
      )
      .map((file) => `differs: dist/${file}`),
  ];
  if (differences.length > 0) {
    console.error(
      `dist/ is not a fresh build of src/. Run 'npm run build' and commit dist/.\n${differences.join('\n')}`,
    );
    process.exit(1);
  }
  console.log(`dist/ matches a fresh build (${built.length} files).`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
