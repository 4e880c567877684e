import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { writeLocalFile } from '../local-files.js';
import { compareText } from '../ordering.js';

/** The files of `files` (repository-relative paths) that exist under `root` already, links included, sorted. */
export function existingFiles(root: string, files: Iterable<string>): string[] {
  return [...files].filter((file) => lstatSync(join(root, file), { throwIfNoEntry: false }) !== undefined).sort();
}

/**
 * Writes the imported repository's files under `root`, creating the directories they need. Nothing is written
 * through a symbolic link, and, unless `replace` is set, no file that exists is replaced (the caller has checked
 * with existingFiles first; this also holds against a file that appears in the meantime).
 *
 * @throws UsageError when a path runs through a link, or a file exists and `replace` is not set.
 */
export function writeRepository(
  root: string,
  files: ReadonlyMap<string, string>,
  { replace }: { replace: boolean },
): void {
  for (const [file, text] of [...files].sort(([a], [b]) => compareText(a, b)))
    writeLocalFile(join(root, file), text, { untrustedRoots: [root], keepExisting: !replace, createDirectories: true });
}
