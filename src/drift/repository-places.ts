import { ORGANIZATION_FILE } from '../config/repository.js';
import type { DriftContext } from './drift-context.js';

/**
 * Where main declares something, in the words an `accept` hint uses: the file and the key a person would edit.
 * Plain text; renderers escape it.
 */
export function scpListOf(context: DriftContext, target: string): string {
  if (target === 'root') return `root.scps in ${ORGANIZATION_FILE}`;
  if (target.startsWith('ou:')) return `the scps of OU ${target.slice('ou:'.length)} in ${ORGANIZATION_FILE}`;
  return `scps in ${manifestOf(context, target.slice('account:'.length))}`;
}

/** Where `fullAWSAccess` is set for a target. */
export function fullAwsAccessSettingOf(context: DriftContext, target: string): string {
  if (target === 'root') return `root.fullAWSAccess in ${ORGANIZATION_FILE}`;
  if (target.startsWith('ou:')) return `fullAWSAccess of OU ${target.slice('ou:'.length)} in ${ORGANIZATION_FILE}`;
  return `fullAWSAccess in ${manifestOf(context, target.slice('account:'.length))}`;
}

/** An account's manifest, `accounts/<name>.yaml`, as the repository names it. */
export function manifestOf(context: DriftContext, account: string): string {
  return context.declaredAccount(account)?.file ?? `accounts/${account}.yaml`;
}

/** The repository file of a baseline's template, `baselines/stacksets/<name>.yaml`. */
export function templateFileOf(context: DriftContext, baseline: string): string {
  const file = context.desired.baselines.find((candidate) => candidate.name === baseline)?.templateFile;
  return underBaselines(file ?? `stacksets/${baseline}.yaml`);
}

/** The repository file of a catalogue SCP, `baselines/scps/<name>.json`. */
export function scpFileOf(context: DriftContext, scp: string): string {
  const file = context.desired.scps.find((candidate) => candidate.name === scp)?.file;
  return underBaselines(file ?? `scps/${scp}.json`);
}

/** A path relative to baselines/ (as organization.yaml writes it), or one that already starts there (as loaded). */
function underBaselines(file: string): string {
  return file.startsWith('baselines/') ? file : `baselines/${file}`;
}

/** Said of every change apply makes only with `allow-destructive`. */
export const DESTRUCTIVE = 'a destructive change: apply carries it out only with allow-destructive';

/** Said of every change apply makes only with `allow-high-impact`, beside DESTRUCTIVE where it is both. */
export const HIGH_IMPACT = 'a high-impact change: apply carries it out only with allow-high-impact';
