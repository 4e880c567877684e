import { readRepositoryBytes } from './repository.js';

/** The bootstrap stack's template: the roles vend runs as, deployed by hand with the management account. */
export const BOOTSTRAP_TEMPLATE = 'baselines/bootstrap/management-account.yaml';

/**
 * How the repository's bootstrap template differs from the base branch's, or undefined when it does not. Vend never
 * deploys that template and the plan has no change for it, yet it decides who may assume vend's roles and what they
 * may do, so a pull request that edits it must say so where reviewers look. A file vend refuses to read (a symbolic
 * link) counts as changed.
 *
 * @returns `added`, `removed`, `changed`, or the reason the pull request's copy was refused.
 */
export function bootstrapTemplateChange(root: string, baseRoot: string): string | undefined {
  const proposed = readRepositoryBytes(root, BOOTSTRAP_TEMPLATE);
  const current = readRepositoryBytes(baseRoot, BOOTSTRAP_TEMPLATE);
  if (proposed.refused) return proposed.refused;
  if (!proposed.bytes && !current.bytes) return undefined;
  if (!current.bytes) return 'added';
  if (!proposed.bytes) return 'removed';
  return Buffer.from(proposed.bytes).equals(Buffer.from(current.bytes)) ? undefined : 'changed';
}
