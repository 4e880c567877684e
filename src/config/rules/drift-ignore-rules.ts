import type { DRIFT_KINDS, DriftKind } from '../../drift/drift-kinds.js';
import { criticalFindingOf, declaredCriticalTargets, targetPatternMatches } from '../drift-declarations.js';
import { RULES } from '../diagnostics.js';
import type { Diagnostic } from '../diagnostics.js';
import type { DriftIgnoreDocument } from '../documents.js';
import type { LoadedRepository } from '../repository.js';
import { DAY_MS, expiryInstant, MAX_EXPIRY_DAYS, notACalendarDate } from './exceptions.js';
import type { Rule } from './rule-context.js';

type CriticalKind = {
  [K in DriftKind]: (typeof DRIFT_KINDS)[K]['severity'] extends 'critical' ? K : never;
}[DriftKind];

/**
 * For each critical kind, pairs of targets its findings can have that share no name (no SCP, account or place in
 * common), and a target to give as an example. A pattern that matches both of a pair names nothing: it holds back
 * every finding of the kind, the guardrail detached tomorrow too. scp-policy-type-disabled has one target, `root`,
 * which an entry of that kind names already.
 */
const CRITICAL_TARGETS: Record<Exclude<CriticalKind, 'scp-policy-type-disabled'>, CriticalTargets> = {
  'scp-missing': { example: 'scp:deny-leave-organization', unrelated: [['scp:a', 'scp:zz-other-1']] },
  'scp-content': { example: 'scp:deny-leave-organization', unrelated: [['scp:a', 'scp:zz-other-1']] },
  'scp-detached': {
    example: 'scp:deny-leave-organization@ou:Workloads',
    unrelated: [
      ['scp:a@root', 'scp:zz-other-1@ou:Zz-other-2'],
      ['scp:a@ou:A', 'scp:zz-other-1@ou:Zz-other-2'],
      ['scp:a@ou:A/B', 'scp:zz-other-1@ou:Zz-other-2/Zz-other-3'],
      ['scp:a@account:a', 'scp:zz-other-1@account:zz-other-2'],
    ],
  },
  'account-left-organization': { example: 'account:payments-prod', unrelated: [['account:a', 'account:zz-other-1']] },
};

interface CriticalTargets {
  example: string;
  unrelated: [string, string][];
}

/**
 * Why an entry would hold back every finding of a critical kind, if it would: it names the kind alone, or a target
 * pattern that matches targets with nothing in common (`scp:*@ou:*`, `**`).
 */
function blanketCriticalEntry(entry: DriftIgnoreDocument): string | undefined {
  if (entry.id !== undefined || !entry.kind || !(entry.kind in CRITICAL_TARGETS)) return undefined;
  const { example, unrelated } = CRITICAL_TARGETS[entry.kind as keyof typeof CRITICAL_TARGETS];
  const { target } = entry;
  if (target !== undefined && !unrelated.some((pair) => pair.every((probe) => targetPatternMatches(target, probe))))
    return undefined;
  return `ignore entry ${target === undefined ? 'names kind' : `target '${target}' matches any target of kind`} '${entry.kind}', which is critical: it would hold back every such finding, the next guardrail lost too, and the drift issue could close over them. Name the target: a finding 'id' from vend drift, or a 'target' such as '${example}'.`;
}

/**
 * Why an entry of a critical kind reaches past one SCP or account of this repository, or one SCP past one place it
 * is attached, if it does: a pattern the fixed probes of blanketCriticalEntry miss (`scp:deny-*@*`) still shows here
 * by what it matches, and so does one that reads as naming a single OU whose name holds a `*` (`ou:Teams/*`).
 */
function criticalEntryReach(entry: DriftIgnoreDocument, repository: LoadedRepository): string | undefined {
  const { target, kind } = entry;
  if (entry.id !== undefined || target === undefined || !kind || !(kind in CRITICAL_TARGETS)) return undefined;
  const matched = declaredCriticalTargets(repository, kind).filter((candidate) =>
    targetPatternMatches(target, candidate.target),
  );
  const names = [...new Set(matched.map((candidate) => candidate.name))].sort();
  if (names.length === 1 && matched.length > 1) {
    const places = matched.map((candidate) => `'${candidate.target.slice(candidate.target.indexOf('@') + 1)}'`).sort();
    return `ignore entry target '${target}' matches findings of kind '${kind}', which is critical, for SCP '${names[0]}' at ${matched.length} places (${places.slice(0, 5).join(', ')}${places.length > 5 ? ', …' : ''}): one entry would hold back that guardrail's findings at each. '*' matches any name, an OU's named '*' too: write one entry per place, naming it literally, or, for a place whose name holds a '*', the finding's id from vend drift.`;
  }
  if (names.length < 2) return undefined;
  const shown = names.slice(0, 5).map((name) => `'${name}'`);
  return `ignore entry target '${target}' matches findings of kind '${kind}', which is critical, for ${names.length} different ${kind === 'account-left-organization' ? 'accounts' : 'SCPs'} (${shown.join(', ')}${names.length > shown.length ? ', …' : ''}): one entry would hold back each of those guardrails' findings. Write one entry per ${kind === 'account-left-organization' ? 'account' : 'SCP'}, naming it literally.`;
}

/** What every finding target begins with (drift-report.ts, FindingTarget): a plan problem's `organization` too. */
const TARGET_PREFIXES = new Set(['root', 'organization', 'scp', 'ou', 'account', 'account-id', 'stackset']);

/**
 * Why an entry's target matches no finding it could be meant for, if it does: spaces at an end, a prefix no target
 * has (`acount:`), or, for a critical kind, a name written out that this repository declares nowhere. It fails safe,
 * the finding stays reported, but whoever wrote it believes it held back.
 */
function unmatchableTarget(entry: DriftIgnoreDocument, repository: LoadedRepository): string | undefined {
  const { target, kind } = entry;
  if (entry.id !== undefined || typeof target !== 'string') return undefined;
  if (target !== target.trim())
    return `ignore entry target '${target}' has spaces at an end, which no finding target has, so it matches nothing: remove them.`;
  const prefix = /^([a-zA-Z]+(?:-[a-zA-Z]+)*)(?::|$)/.exec(target)?.[1];
  if (prefix !== undefined && !TARGET_PREFIXES.has(prefix))
    return `ignore entry target '${target}' begins '${prefix}', which no finding target does (they begin root, organization, scp:, ou:, account:, account-id: or stackset:), so it matches nothing: copy the target from vend drift.`;
  if (!kind || !(kind in CRITICAL_TARGETS) || target.includes('*')) return undefined;
  if (declaredCriticalTargets(repository, kind).some((candidate) => targetPatternMatches(target, candidate.target)))
    return undefined;
  return `ignore entry target '${target}' names no ${kind === 'account-left-organization' ? 'account' : kind === 'scp-detached' ? 'SCP attachment' : 'SCP'} this repository declares, so it holds back no finding of kind '${kind}': check the spelling, or copy the target from vend drift.`;
}

/**
 * While SCPs are switched off on the root, one scp-policy-type-disabled finding stands for every SCP detached with
 * them (its `covers`), so an entry of that kind holds back the loss of every guardrail at once.
 */
const POLICY_TYPE_DISABLED_ENTRY =
  "ignore entry of kind 'scp-policy-type-disabled', which is critical: while SCPs are switched off on the root, its one finding stands for every SCP detached with them, so this entry holds back the loss of every guardrail at once. Keep it only while SCPs are meant to be off, with an expiry days ahead, not months.";

/**
 * `ignore:` in baselines/organization.yaml. The schema checks each field; this checks what the schema cannot say
 * clearly: an entry names exactly one finding id or one kind (a target pattern needs a kind), and its expiry is a
 * calendar date (a schema error otherwise, as for exceptions). An expired entry is only a warning: it no longer applies, so vend drift reports the finding again,
 * which is the safe side.
 */
export const checkDriftIgnore: Rule = ({ repository, now }) => {
  const organization = repository.organization;
  if (!organization) return [];
  const diagnostics: Diagnostic[] = [];
  const { source } = organization;
  (organization.value.ignore ?? []).forEach((entry, index) => {
    const path = ['ignore', index];
    if (entry.id !== undefined && (entry.kind !== undefined || entry.target !== undefined)) {
      diagnostics.push(
        source.diagnostic(
          RULES.driftIgnore,
          `ignore entry names finding id '${entry.id}' and a ${entry.kind !== undefined ? 'kind' : 'target'}; an id already names one finding, so remove the ${entry.kind !== undefined ? 'kind' : 'target'}, or drop the id to ignore by kind and target.`,
          path,
        ),
      );
    } else if (entry.id === undefined && entry.kind === undefined) {
      diagnostics.push(
        source.diagnostic(
          RULES.driftIgnore,
          `ignore entry names no finding: add 'id' (a finding id from vend drift) or 'kind' (with an optional 'target' pattern).`,
          path,
        ),
      );
    }
    // A pattern crosses `/` with `**` only when it is a whole part; inside one it is `*`, and matches less than
    // its writer meant. That fails safe (findings stay reported), but the entry does not do what it says.
    // An SCP's name is no path, and AWS allows '*' in it: a target copied from vend drift for an SCP named `a**b`
    // matches that finding exactly. Only where it is attached, after the '@' (escaped in names), is checked.
    const pathPart =
      typeof entry.target === 'string' && entry.target.startsWith('scp:')
        ? `scp:${entry.target.includes('@') ? entry.target.slice(entry.target.indexOf('@')) : ''}`
        : entry.target;
    if (typeof pathPart === 'string' && pathPart.split('/').some((part) => part.includes('**') && part !== '**'))
      diagnostics.push({
        ...source.diagnostic(
          RULES.driftIgnore,
          `target '${entry.target}' has '**' inside a '/'-separated part, where it matches like '*', within that part only; '**' crosses parts only as a part of its own ('ou:Sandbox/**'). For every OU, write two entries: 'ou:*' and 'ou:*/**' after the prefix.`,
          [...path, 'target'],
        ),
        severity: 'warning',
      });
    // An id is opaque to a reviewer, and computable before the drift exists: one that names a critical finding is
    // said in words, so nobody approves silencing tomorrow's detached guardrail by reading hex.
    const named = entry.id === undefined ? undefined : criticalFindingOf(repository, entry.id);
    if (named)
      diagnostics.push({
        ...source.diagnostic(
          RULES.driftIgnore,
          `ignore entry id '${entry.id}' is the critical finding '${named.kind}' at '${named.target}': it would hold that guardrail's drift out of the report, whenever it happens. Write it as kind: ${named.kind} and target: '${named.target}', so that reviewers read what it holds back.`,
          [...path, 'id'],
        ),
        severity: 'warning',
      });
    const blanket =
      (entry.id === undefined && entry.kind === 'scp-policy-type-disabled' ? POLICY_TYPE_DISABLED_ENTRY : undefined) ??
      blanketCriticalEntry(entry) ??
      criticalEntryReach(entry, repository) ??
      unmatchableTarget(entry, repository);
    if (blanket)
      diagnostics.push({
        ...source.diagnostic(RULES.driftIgnore, blanket, [...path, entry.target === undefined ? 'kind' : 'target']),
        severity: 'warning',
      });
    const expires = expiryInstant(entry.expires);
    if (Number.isNaN(expires)) {
      diagnostics.push(notACalendarDate(source, entry.expires, [...path, 'expires']));
    } else if (expires - now.getTime() > MAX_EXPIRY_DAYS * DAY_MS) {
      diagnostics.push({
        ...source.diagnostic(
          RULES.driftIgnore,
          `ignore entry expires on ${entry.expires}, more than ${MAX_EXPIRY_DAYS} days ahead; its findings would stay out of the report and fail-on-drift until then. Set an expiry within a year, and renew it when it comes.`,
          [...path, 'expires'],
        ),
        severity: 'warning',
      });
    } else if (expires < now.getTime()) {
      diagnostics.push({
        ...source.diagnostic(
          RULES.driftIgnoreExpired,
          `ignore entry expired on ${entry.expires}, so vend drift reports its findings again; renew it with a new date and reason, or remove it.`,
          [...path, 'expires'],
        ),
        severity: 'warning',
      });
    }
  });
  return diagnostics;
};
