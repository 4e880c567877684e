import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MINIMAL_REPOSITORY = fileURLToPath(new URL('../fixtures/minimal-repo', import.meta.url));
/**
 * The example organization the README describes, as the tests read it: a copy, so that an adopter who replaces the
 * root's accounts/ and baselines/ with their own (README, "vend import") keeps a test suite that still passes.
 */
export const EXAMPLE_REPOSITORY = fileURLToPath(new URL('../fixtures/example-repo', import.meta.url));
/** The repository itself: its README, sources and node_modules. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));

const created: string[] = [];

/**
 * Copies a fixture repository to a temporary directory and applies edits: a string writes the file, a Buffer
 * writes raw bytes, null deletes it. Every test gets its own copy, so tests can run in parallel.
 */
export function fixtureRepository(
  edits: Record<string, string | Buffer | null> = {},
  from = MINIMAL_REPOSITORY,
): string {
  const root = mkdtempSync(join(tmpdir(), 'vend-fixture-'));
  created.push(root);
  for (const part of ['accounts', 'baselines']) cpSync(join(from, part), join(root, part), { recursive: true });
  for (const [file, content] of Object.entries(edits)) {
    const path = join(root, file);
    if (content === null) rmSync(path, { force: true });
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
    }
  }
  return root;
}

export function removeFixtureRepositories(): void {
  for (const root of created.splice(0)) rmSync(root, { recursive: true, force: true });
}

/** Where `needle` first occurs in `text`, as the 1-based line and column an editor shows; throws when absent. */
export function positionIn(text: string, needle: string): { line: number; column: number } {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`'${needle}' is not in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}
