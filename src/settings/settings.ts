import { existsSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DRIFT_SEVERITIES } from '../drift/drift-kinds.js';
import type { DriftSeverity } from '../drift/drift-kinds.js';

/** The commands the action runs; its `command` input names one of them. */
export const COMMANDS = ['validate', 'plan', 'apply', 'drift'] as const;

/**
 * The commands the CLI carries out: the action's, and `import`, the CLI's only. A person runs it once, with the
 * management account's credentials, to describe an organization that adopts vend; no workflow does.
 */
export const AVAILABLE_COMMANDS = [...COMMANDS, 'import'] as const;
export type Command = (typeof AVAILABLE_COMMANDS)[number];

export const OUTPUT_FORMATS = ['text', 'json', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/**
 * Everything a run needs to know, parsed once from the action's inputs or the CLI's arguments. Nothing else
 * reads inputs or argv, so both front ends behave the same for the same settings.
 */
export interface VendSettings {
  command: Command;
  /** Absolute path of the repository holding accounts/ and baselines/. */
  repositoryRoot: string;
  outputFormat: OutputFormat;
  /** Post (or update) the PR comment / drift issue. */
  comment: boolean;
  allowDestructive: boolean;
  /** apply: carry out the approved plan's high-impact changes (the workflow sets it where they get a second review). */
  allowHighImpact: boolean;
  /** apply without a saved plan: take the plan apply computes as approved, without asking (Terraform's -auto-approve). */
  autoApprove: boolean;
  /** Lets the action apply from a ref other than the default branch (an emergency fix branch, say). */
  allowNonDefaultBranch?: boolean;
  /** drift: exit 1 (fail the step) when a finding of this severity or worse is reported; never when undefined. */
  failOnDrift?: DriftSeverity;
  /** drift: how long to wait for StackSet drift detection, in minutes (default DEFAULT_DETECTION_MINUTES). */
  detectionMinutes?: number;
  /**
   * plan: the base branch's repository (the pull request's target), so the plan comment sets apart the changes that
   * only correct drift already there.
   */
  baseRepositoryRoot?: string;
  /** Where `plan` writes the JSON plan. */
  planOutputFile?: string;
  /** The saved plan `apply` carries out (`vend plan --out`): nothing outside it reaches the organization. */
  savedPlanFile?: string;
  /** A guardrail proof report (markdown) to include in the plan comment. */
  guardrailReportFile?: string;
  /** import: the OU paths whose subtrees to import (`--ou`); the whole organization when absent. */
  importOrganizationalUnits?: string[];
  /** import: write account manifests only, for the repository's own organization file (`--accounts-only`). */
  accountsOnly?: boolean;
  /** import: replace files that exist (`--force`). */
  force?: boolean;
}

/** How long vend drift waits for StackSet drift detection unless told otherwise, in minutes. */
export const DEFAULT_DETECTION_MINUTES = 15;

/** A mistake in how vend was invoked (exit code 2), as opposed to findings in the repository (exit code 1). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * What vend was pointed at stops it, though it was invoked right: no credentials or region, credentials of another
 * organization, a path it cannot write. Exit code 2, like a usage error, but without the pointer to `vend --help`,
 * which would not help.
 */
export class EnvironmentError extends Error {
  override readonly name = 'EnvironmentError';
}

export function parseChoice<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Invalid ${name} '${value}'. Expected one of: ${allowed.join(', ')}.`);
}

export function parseBoolean(name: string, value: string): boolean {
  const normalized = value.trim().toLowerCase();
  if (normalized === 'true') return true;
  if (normalized === 'false') return false;
  throw new UsageError(`Invalid ${name} '${value}'. Expected true or false.`);
}

/**
 * `fail-on-drift`: `false` never fails, `true` fails on any finding, and a severity fails on findings that bad or
 * worse (`high` fails on critical and high findings).
 */
export function parseFailOnDrift(name: string, value: string): DriftSeverity | undefined {
  const normalized = value.trim().toLowerCase();
  if (normalized === 'false') return undefined;
  if (normalized === 'true') return 'info';
  if ((DRIFT_SEVERITIES as readonly string[]).includes(normalized)) return normalized as DriftSeverity;
  throw new UsageError(
    `Invalid ${name} '${value}'. Expected true, false or a severity: ${DRIFT_SEVERITIES.join(', ')}.`,
  );
}

/** What `--detection-minutes` and `detection-minutes` accept, as their errors say it. */
export const MINUTES_RANGE = 'a whole number of minutes from 1 to 1440';

/** A whole number of minutes from 1 to a day, as `--detection-minutes` and `detection-minutes` take it. */
export function parseMinutes(name: string, value: string): number {
  const minutes = Number(value);
  if (/^\d+$/.test(value.trim()) && minutes >= 1 && minutes <= 1440) return minutes;
  throw new UsageError(`Invalid ${name} '${value}'. Expected ${MINUTES_RANGE}.`);
}

/**
 * The repository must exist before anything is read; a wrong path is a usage error, not a finding. `expected` says
 * what the command wants there; `ifMissing`, advice only for a path that does not exist (not for a file).
 */
export function requireDirectory(
  name: string,
  path: string,
  expected = 'Expected a directory holding accounts/ and baselines/.',
  ifMissing = '',
): string {
  let kind: 'directory' | 'other' | 'missing' = 'missing';
  try {
    kind = statSync(path).isDirectory() ? 'directory' : 'other';
  } catch {
    // Missing or unreadable: reported below like any other non-directory.
  }
  if (kind === 'other') throw new UsageError(`Invalid ${name} '${path}': it is a file, not a directory. ${expected}`);
  if (kind === 'missing') throw new UsageError(`Invalid ${name} '${path}'. ${expected}${ifMissing}`);
  return path;
}

/**
 * A file vend writes (`--out`, `--guardrail-report`, the action's plan-file) must not land among the files it reads
 * as the repository: a plan written over accounts/app.yaml would replace a manifest. Returns `path`.
 *
 * @throws UsageError for a path inside `root`'s accounts/ or baselines/.
 */
export function requireOutsideRepositoryFiles(name: string, path: string, root: string): string {
  // Compared where the paths really lead: a link to the repository, or to baselines/, is the same place.
  const target = realLocation(path);
  for (const directory of ['accounts', 'baselines', '.git']) {
    const inside = relative(realLocation(join(root, directory)), target);
    if (inside === '' || (inside !== '..' && !inside.startsWith(`..${sep}`) && !isAbsolute(inside)))
      throw new UsageError(
        `Invalid ${name} '${path}': it is inside ${directory}/, which vend reads as the repository, and writing there would replace its files. Write it elsewhere, outside accounts/, baselines/ and .git/.`,
      );
  }
  return path;
}

/** `path` with the part of it that exists resolved through symbolic links (realpath), the rest as written. */
function realLocation(path: string): string {
  let existing = resolve(path);
  const rest: string[] = [];
  while (!existsSync(existing) && dirname(existing) !== existing) {
    rest.unshift(basename(existing));
    existing = dirname(existing);
  }
  try {
    return join(realpathSync(existing), ...rest);
  } catch {
    return resolve(path);
  }
}
