import type { DriftIgnoreDocument } from './documents.js';
import type { LoadedRepository } from './repository.js';

/** A manifest's waiver of a rule, where it is written: drift reports the ones that expired or soon will. */
export interface DeclaredException {
  /** The manifest's account name. */
  account: string;
  /** Repository-relative path of the manifest. */
  file: string;
  /** Line of the exception's `expires`. */
  line: number;
  rule: string;
  reason: string;
  approvedBy: string;
  /** YYYY-MM-DD, as written. */
  expires: string;
}

/** One `ignore:` entry of baselines/organization.yaml, as written, with its line. */
export interface DriftIgnoreEntry extends DriftIgnoreDocument {
  line: number;
}

export function declaredExceptions(repository: LoadedRepository): DeclaredException[] {
  return repository.accounts.flatMap(({ source, value }) =>
    (value.exceptions ?? []).map((exception, index) => ({
      account: value.name,
      file: source.file,
      line: source.positionOf(['exceptions', index, 'expires']).line,
      rule: exception.rule,
      reason: exception.reason,
      approvedBy: exception.approvedBy,
      expires: exception.expires,
    })),
  );
}

export function driftIgnoreEntries(repository: LoadedRepository): DriftIgnoreEntry[] {
  const organization = repository.organization;
  if (!organization) return [];
  return (organization.value.ignore ?? []).map((entry, index) => ({
    ...entry,
    line: organization.source.positionOf(['ignore', index]).line,
  }));
}
