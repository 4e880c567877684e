import { createHash } from 'node:crypto';
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
  /**
   * For an entry by `id`: the critical finding of this repository that id names (criticalFindingOf), so a reviewer
   * reads what it holds back rather than 12 hex digits.
   */
  names?: { kind: string; target: string };
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
  return (organization.value.ignore ?? []).map((entry, index) => {
    const names = entry.id === undefined ? undefined : criticalFindingOf(repository, entry.id);
    return {
      ...entry,
      ...(names ? { names } : {}),
      line: organization.source.positionOf(['ignore', index]).line,
      expiresAt: organization.source.positionOf(['ignore', index, 'expires']),
    };
  });
}

/**
 * The stable fingerprint of a drift finding: 12 hex digits of sha256 over its kind and target, so the same
 * difference keeps its id from run to run (drift-report.ts, findingId).
 */
export function findingFingerprint(kind: string, target: string): string {
  return createHash('sha256').update(`${kind}\n${target}`).digest('hex').slice(0, 12);
}

/** Critical kinds whose targets a repository foresees: every other critical kind is scp-policy-type-disabled's. */
const FORESEEN_CRITICAL_KINDS = ['scp-missing', 'scp-content', 'scp-detached', 'account-left-organization'];

/**
 * The critical finding an ignore entry's `id` names among those this repository can have: its SCPs deleted, edited
 * or detached where they are attached, its accounts gone, SCPs switched off. Anyone can compute such an id offline
 * before the drift exists, so an entry by id could hold back tomorrow's detached guardrail unread. Undefined for an
 * id of no such finding (a lower severity, or a target the repository does not declare).
 */
export function criticalFindingOf(
  repository: LoadedRepository,
  id: string,
): { kind: string; target: string } | undefined {
  if (findingFingerprint('scp-policy-type-disabled', 'root') === id)
    return { kind: 'scp-policy-type-disabled', target: 'root' };
  for (const kind of FORESEEN_CRITICAL_KINDS)
    for (const { target } of declaredCriticalTargets(repository, kind))
      if (findingFingerprint(kind, target) === id) return { kind, target };
  return undefined;
}

/**
 * The targets findings of a critical kind can have in this repository, each with the one name it stands for (the SCP
 * or the account): the catalogue's SCPs, where they are attached, and the declared accounts.
 */
export function declaredCriticalTargets(
  repository: LoadedRepository,
  kind: string,
): { name: string; target: string }[] {
  const organization = repository.organization?.value;
  const scps = Object.keys(organization?.scps ?? {});
  switch (kind) {
    case 'scp-missing':
    case 'scp-content':
      return scps.map((name) => ({ name, target: `scp:${name}` }));
    case 'scp-detached':
      return [
        { place: 'root', attached: organization?.root?.scps },
        ...repository.organizationalUnits.map((unit) => ({ place: `ou:${unit.path}`, attached: unit.document.scps })),
        ...repository.accounts.map(({ value }) => ({ place: `account:${value.name}`, attached: value.scps })),
      ].flatMap(({ place, attached }) => (attached ?? []).map((name) => ({ name, target: `scp:${name}@${place}` })));
    case 'account-left-organization':
      return repository.accounts.map(({ value }) => ({ name: value.name, target: `account:${value.name}` }));
    default:
      return [];
  }
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
