import type { DriftIgnoreDocument } from './documents.js';
import type { LoadedRepository } from './repository.js';

/** A manifest's waiver of a rule, where it is written: drift reports the ones that expired or soon will. */
export interface DeclaredException {
  /** The manifest's account name. */
  account: string;
  /** Repository-relative path of the manifest. */
  file: string;
  /** Line and column of the exception's `expires`, where validate's exception-expired points. */
  line: number;
  column: number;
  rule: string;
  reason: string;
  approvedBy: string;
  /** YYYY-MM-DD, as written. */
  expires: string;
}

/** One `ignore:` entry of baselines/organization.yaml, as written, with its line. */
export interface DriftIgnoreEntry extends DriftIgnoreDocument {
  line: number;
  /** Where its `expires` is, as validate's warning about an expired entry points: file:line:col of the value. */
  expiresAt: { line: number; column: number };
}

export function declaredExceptions(repository: LoadedRepository): DeclaredException[] {
  return repository.accounts.flatMap(({ source, value }) =>
    (value.exceptions ?? []).map((exception, index) => ({
      account: value.name,
      file: source.file,
      ...source.positionOf(['exceptions', index, 'expires']),
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
    expiresAt: organization.source.positionOf(['ignore', index, 'expires']),
  }));
}

/**
 * Whether an `ignore:` entry's target pattern matches a finding's target. A target the pattern spells exactly always
 * matches, so one copied from vend drift's output names that finding whatever its characters. Otherwise `*` is the
 * only wildcard: it matches within one `/`-separated part of a target, and `**` crosses parts only as a part of its
 * own, so `ou:Sandbox/**` is every OU beneath Sandbox (not Sandbox itself; within a part, `scp:*@**`, it is a `*`)
 * and `account:legacy-*` every account named so. Every other character is itself: OU names may hold `[`, `?`, `{`
 * and `!` (CreateOrganizationalUnit takes any ASCII), which glob syntax would read as classes or alternatives.
 */
export function targetPatternMatches(pattern: string, target: string): boolean {
  return pattern === target || patternExpression(pattern).test(target);
}

function patternExpression(pattern: string): RegExp {
  const parts = pattern.split('/');
  const source = parts
    .map((part, index) => {
      const last = index === parts.length - 1;
      if (part === '**') return last ? '.*' : '(?:[^/]*/)*';
      return `${part.split('*').map(escapeForExpression).join('[^/]*')}${last ? '' : '/'}`;
    })
    .join('');
  return new RegExp(`^${source}$`, 's');
}

function escapeForExpression(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}
