import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadRepository } from '../../src/config/load-repository.js';
import type { ImportedRepository } from '../../src/import/imported-repository.js';
import type { LiveOrganization } from '../../src/import/live-organization.js';
import { renderRepository } from '../../src/import/render-repository.js';

/** The day unit tests of import validate on: exceptions and dates are judged against it. */
export const IMPORT_NOW = new Date('2026-11-28T12:00:00Z');

/**
 * Writes what import describes (and `extra` files) to a fresh directory and loads it as vend validate and plan do;
 * the directory is removed before this returns.
 */
export function loadImported(
  imported: ImportedRepository,
  live: LiveOrganization,
  extra: Record<string, string> = {},
): ReturnType<typeof loadRepository> {
  const root = mkdtempSync(join(tmpdir(), 'vend-import-unit-'));
  try {
    for (const [file, text] of [...renderRepository(imported, live.organization.id), ...Object.entries(extra)]) {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    }
    return loadRepository(root, { now: IMPORT_NOW });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
