import { accessSync, constants, lstatSync, readlinkSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { writeLocalFile } from '../local-files.js';
import { compareText } from '../ordering.js';
import { EnvironmentError, UsageError } from '../settings/settings.js';

/** What a person can do when import refuses where it would write. */
const WAY_OUT = 'Nothing was written. Move it out of the way, or import into another --repo.';

/**
 * Checks every file of `files` (repository-relative paths) before the first is written, so that an import writes
 * all of them or none: a refusal halfway would leave a repository that is part this organization and part whatever
 * was there. Returns the files that exist already (sorted), which are replaced only with --force.
 *
 * @throws UsageError when `root` is a file; EnvironmentError, naming the path, when a path runs through a symbolic
 *   link (the link could point anywhere, so vend never writes through one), a directory on the way is a file, a file
 *   to write is a directory, or a directory to write in cannot be written.
 */
export function checkTargets(root: string, files: Iterable<string>): string[] {
  const seen = new Map<string, Stats | undefined>();
  const stat = (path: string) => {
    if (!seen.has(path)) seen.set(path, lstatSync(join(root, path), { throwIfNoEntry: false }));
    return seen.get(path);
  };
  // The repository is what the person named, through a link or not; only what lies inside it is checked for links.
  const rootStats = statSync(root, { throwIfNoEntry: false });
  if (!rootStats) return [];
  if (!rootStats.isDirectory())
    throw new UsageError(`Cannot import into ${root}: it is a file, not a directory. Name a directory with --repo.`);
  const existing: string[] = [];
  for (const file of [...files].sort(compareText)) {
    const parts = file.split('/');
    let deepestDirectory = '.';
    for (let depth = 1; depth <= parts.length; depth++) {
      const path = parts.slice(0, depth).join('/');
      const stats = stat(path);
      if (!stats) break;
      const last = depth === parts.length;
      if (stats.isSymbolicLink())
        throw new EnvironmentError(
          `Refusing to write ${file} in ${root}: ${path} is a symbolic link (to ${readlinkSync(join(root, path))}), and vend import never writes through a link, which could lead out of the repository. ${WAY_OUT}`,
        );
      if (!last && !stats.isDirectory())
        throw new EnvironmentError(`Cannot write ${file} in ${root}: ${path} is a file, not a directory. ${WAY_OUT}`);
      if (last && !stats.isFile())
        throw new EnvironmentError(`Cannot write ${file} in ${root}: it is a directory or a special file. ${WAY_OUT}`);
      if (last) existing.push(file);
      else deepestDirectory = path;
    }
    // --force truncates a file that exists; otherwise the file is created in the deepest directory there is.
    writable(root, existing.at(-1) === file ? file : deepestDirectory, file);
  }
  return existing;
}

/**
 * Writes the imported repository's files under `root`, creating the directories they need; checkTargets has
 * checked them all. Nothing is written through a symbolic link, and, unless `replace` is set, no file that exists
 * is replaced: both still hold against a link or a file that appears in the meantime.
 *
 * @throws EnvironmentError when a path runs through a link, or a file exists and `replace` is not set.
 */
export function writeRepository(
  root: string,
  files: ReadonlyMap<string, string>,
  { replace }: { replace: boolean },
): void {
  for (const [file, text] of [...files].sort(([a], [b]) => compareText(a, b)))
    try {
      writeLocalFile(join(root, file), text, {
        untrustedRoots: [root],
        keepExisting: !replace,
        createDirectories: true,
        linkAdvice: 'vend import never writes through a link, which could lead out of the repository.',
      });
    } catch (error) {
      // writeLocalFile's refusals are usage errors for a path given on the command line; here the path is import's.
      throw error instanceof UsageError ? new EnvironmentError(error.message) : error;
    }
}

function writable(root: string, path: string, file: string): void {
  try {
    accessSync(join(root, path), constants.W_OK);
  } catch {
    throw new EnvironmentError(
      `Cannot write ${file} in ${root}: ${path === '.' ? 'the repository' : path} is not writable. Nothing was written.`,
    );
  }
}
