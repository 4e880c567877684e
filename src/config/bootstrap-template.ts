import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compareText } from '../ordering.js';
import { readRepositoryBytes } from './repository.js';

/** The bootstrap stack's template: the roles vend runs as, deployed by hand with the management account. */
export const BOOTSTRAP_TEMPLATE = 'baselines/bootstrap/management-account.yaml';

/** Where the bootstrap templates live: any file here may be what someone deploys as the bootstrap stack next. */
const BOOTSTRAP_DIRECTORY = 'baselines/bootstrap';

/** One file under baselines/bootstrap/ that a pull request adds, removes, changes, or gives in a form vend refuses. */
export interface BootstrapFileChange {
  file: string;
  /** `added`, `removed`, `changed`, or the reason the pull request's copy was refused (a symbolic link). */
  change: string;
}

/**
 * How the files under baselines/bootstrap/ differ from the base branch's, sorted by file; empty when none does.
 * Vend never deploys them and the plan has no change for them, yet they decide who may assume vend's roles and
 * what they may do, so a pull request that edits one, or adds or renames one (the copy someone deploys next), must
 * say so where reviewers look. A file vend refuses to read (a symbolic link) counts as changed.
 */
export function bootstrapTemplateChanges(root: string, baseRoot: string): BootstrapFileChange[] {
  const files = [...new Set([...bootstrapFiles(root), ...bootstrapFiles(baseRoot)])].sort(compareText);
  return files.flatMap((file) => {
    const proposed = readRepositoryBytes(root, file);
    const current = readRepositoryBytes(baseRoot, file);
    if (proposed.refused) return [{ file, change: proposed.refused }];
    if (!proposed.bytes && !current.bytes) return [];
    if (!current.bytes) return [{ file, change: 'added' }];
    if (!proposed.bytes) return [{ file, change: 'removed' }];
    return Buffer.from(proposed.bytes).equals(Buffer.from(current.bytes)) ? [] : [{ file, change: 'changed' }];
  });
}

/**
 * The files under baselines/bootstrap/, as repository paths. Symbolic links are listed, never followed:
 * readRepositoryBytes refuses each, and a linked directory is listed as itself.
 */
function bootstrapFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(join(root, directory), { withFileTypes: true })) {
      const path = `${directory}/${entry.name}`;
      if (entry.isDirectory()) walk(path);
      else found.push(path);
    }
  };
  // throwIfNoEntry spares only ENOENT: `baselines` as a file makes the lstat beneath it throw ENOTDIR.
  const statOf = (path: string) => {
    try {
      return lstatSync(join(root, path), { throwIfNoEntry: false });
    } catch {
      return undefined;
    }
  };
  const parent = statOf('baselines');
  if (parent?.isSymbolicLink()) return [BOOTSTRAP_DIRECTORY];
  if (parent && !parent.isDirectory()) return [];
  const top = statOf(BOOTSTRAP_DIRECTORY);
  if (top?.isSymbolicLink()) return [BOOTSTRAP_DIRECTORY];
  if (top?.isDirectory()) walk(BOOTSTRAP_DIRECTORY);
  // A file in the directory's place is a change of its own.
  else if (top) found.push(BOOTSTRAP_DIRECTORY);
  return found;
}
