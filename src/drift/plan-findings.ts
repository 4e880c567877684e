import { computePlan } from '../plan/compute-plan.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from '../plan/plan.js';
import { problemPlace } from '../plan/declarations.js';
import type { Change, ChangeKind, PlanProblem } from '../plan/plan.js';
import { countOf, listNames } from '../report/phrasing.js';
import {
  accountNameFinding,
  accountProblemFinding,
  accountTagFindings,
  leftOrganizationFinding,
  notClosedFinding,
  overridesRecordFinding,
  ownershipTagFinding,
  undeclaredOwnedAccountFindings,
  unmanagedAccountFindings,
} from './account-findings.js';
import { wrongOrganizationalUnitFinding } from './account-placement-findings.js';
import { DriftContext } from './drift-context.js';
import { makeFinding } from './drift-report.js';
import { DESTRUCTIVE, HIGH_IMPACT } from './repository-places.js';
import type { DriftFinding, NotChecked } from './drift-report.js';
import {
  ambiguousOrganizationalUnitFinding,
  missingOrganizationalUnitFinding,
  ownershipTagOrganizationalUnitFinding,
  renamedOrganizationalUnitFindings,
  undeclaredOrganizationalUnitFindings,
} from './organizational-unit-findings.js';
import {
  detachedScpFinding,
  scpPolicyTypeFindings,
  scpProblemFinding,
  scpAdoptionFinding,
  scpUpdateFindings,
  undeclaredAttachmentFinding,
} from './scp-findings.js';
import { foreignScpFindings, strayAttachmentFindings } from './foreign-scps.js';
import {
  missingScpFinding,
  renamedCatalogueScp,
  retiredPolicyFinding,
  retiredScpFinding,
} from './missing-scp-findings.js';
import { renamedTargetScpFindings } from './renamed-target-scps.js';
import type { ForeignScpAttachment } from './foreign-scps.js';
import {
  inoperableInstanceFindings,
  foreignStackSetFindings,
  members,
  missingStackSetFinding,
  stackSetAdoptionFinding,
  stackSetUpdateFindings,
  undeclaredStackSetFinding,
  updatedInstanceFindings,
} from './stack-set-findings.js';
import { missingInstanceFindings } from './missing-instance-findings.js';
import { UNTAGGED_RESTORE, unownedStackSetFindings } from './unowned-stack-set-findings.js';
import { unreadableSecretsNotChecked } from './unreadable-secrets.js';
import {
  instancesInClosedAccountsFindings,
  instancesInUndeclaredAccountsFindings,
  instancesOutsideOrganizationFindings,
  untargetedInstanceFindings,
} from './unwanted-instance-findings.js';

type Derived = DriftFinding | NotChecked | undefined;

/**
 * What each kind of planned change says about drift. Exhaustive over the change kinds, so a new kind of change
 * cannot silently go unreported. Kinds whose findings are per account or said once for the whole organization
 * (tags, the SCP policy type) are gathered in `organizationFindings` instead and map to nothing here.
 */
const FROM_CHANGE: Record<ChangeKind, (context: DriftContext, change: Change) => Derived | Derived[]> = {
  [CHANGE_KINDS.enableScpType]: () => undefined,
  [CHANGE_KINDS.createOrganizationalUnit]: missingOrganizationalUnitFinding,
  [CHANGE_KINDS.adoptOrganizationalUnit]: ownershipTagOrganizationalUnitFinding,
  [CHANGE_KINDS.createScp]: missingScpFinding,
  [CHANGE_KINDS.adoptScp]: scpAdoptionFinding,
  [CHANGE_KINDS.updateScp]: scpUpdateFindings,
  [CHANGE_KINDS.deleteScp]: retiredScpFinding,
  [CHANGE_KINDS.createAccount]: leftOrganizationFinding,
  [CHANGE_KINDS.adoptAccount]: ownershipTagFinding,
  [CHANGE_KINDS.moveAccount]: wrongOrganizationalUnitFinding,
  [CHANGE_KINDS.tagAccount]: () => undefined,
  [CHANGE_KINDS.untagAccount]: () => undefined,
  [CHANGE_KINDS.renameAccount]: accountNameFinding,
  [CHANGE_KINDS.attachScp]: detachedScpFinding,
  [CHANGE_KINDS.detachScp]: undeclaredAttachmentFinding,
  [CHANGE_KINDS.createStackSet]: missingStackSetFinding,
  [CHANGE_KINDS.adoptStackSet]: stackSetAdoptionFinding,
  [CHANGE_KINDS.updateStackSet]: stackSetUpdateFindings,
  [CHANGE_KINDS.addStackInstances]: missingInstanceFindings,
  [CHANGE_KINDS.updateStackInstances]: updatedInstanceFindings,
  [CHANGE_KINDS.recordParameterOverrides]: overridesRecordFinding,
  [CHANGE_KINDS.removeStackInstances]: untargetedInstanceFindings,
  [CHANGE_KINDS.deleteStackSet]: undeclaredStackSetFinding,
  [CHANGE_KINDS.closeAccount]: notClosedFinding,
};

/**
 * The findings `vend drift` reports for one change of main's plan, as organizationFindings derives them, the
 * per-account and organization-wide kinds included (account tags, the SCP policy type). Empty for a change that is
 * told inside another finding (the attachments of a deleted SCP, say). Pure.
 */
export function changeFindings(context: DriftContext, change: Change): DriftFinding[] {
  const derived: Derived[] = fromChange(context, change);
  if (change.kind === CHANGE_KINDS.tagAccount || change.kind === CHANGE_KINDS.untagAccount)
    derived.push(...accountTagFindings(context).filter((finding) => finding.target === change.target));
  if (change.kind === CHANGE_KINDS.enableScpType) derived.push(...scpPolicyTypeFindings(context));
  return derived.filter((item): item is DriftFinding => item !== undefined && 'id' in item);
}

/**
 * The findings that tell a change of main's plan inside them, when changeFindings has none of its own: an attachment
 * of an SCP deleted (scp-missing), made while SCPs are switched off (scp-policy-type-disabled), which cover it, or to
 * an account that left (account-left-organization); stack instances of a StackSet deleted (stackset-missing) or in
 * an account that left. A pull request that keeps the SCP, the StackSet or the account but drops what it held
 * accepts that drift too. Pure.
 */
export function tellingFindings(context: DriftContext, change: Change): DriftFinding[] {
  const findingsOf = (kind: ChangeKind, key: string, values: readonly string[]) =>
    context
      .changesOf(kind)
      .filter((made) => values.includes(String(made.scope[key])))
      .flatMap((made) => changeFindings(context, made));
  if (change.kind === CHANGE_KINDS.attachScp) {
    if (context.scpPolicyTypeDisabled) return scpPolicyTypeFindings(context);
    const scp = findingsOf(CHANGE_KINDS.createScp, 'scp', [String(change.scope.scp)]);
    if (scp.length > 0 || !change.target.startsWith('account:')) return scp;
    return findingsOf(CHANGE_KINDS.createAccount, 'account', [change.target.slice('account:'.length)]);
  }
  if (change.kind !== CHANGE_KINDS.addStackInstances) return [];
  const stackSet = String(change.scope.stackSet);
  if (context.missingStackSets.has(stackSet)) return findingsOf(CHANGE_KINDS.createStackSet, 'stackSet', [stackSet]);
  const gone = members(change)
    .map(({ account }) => account)
    .filter((account) => context.missingAccounts.has(account));
  return findingsOf(CHANGE_KINDS.createAccount, 'account', gone);
}

export interface OrganizationDrift {
  findings: DriftFinding[];
  notChecked: NotChecked[];
}

/**
 * Organization and StackSet drift: the plan that would bring the organization back to main, read as findings,
 * plus what the plan does not act on (foreign SCPs, undeclared OUs, unmanaged accounts, instances outside the
 * organization). Pure.
 */
export function organizationFindings(
  context: DriftContext,
  foreignAttachments: readonly ForeignScpAttachment[],
): OrganizationDrift {
  const derived: Derived[] = [
    ...scpPolicyTypeFindings(context),
    ...accountTagFindings(context),
    ...renamedOrganizationalUnitFindings(context),
    ...context.plan.changes.flatMap((change) => fromChange(context, change)),
    ...problemFindings(context),
    ...foreignScpFindings(context, foreignAttachments),
    ...strayAttachmentFindings(context),
    ...renamedTargetScpFindings(context),
    ...undeclaredOrganizationalUnitFindings(context),
    ...undeclaredOwnedAccountFindings(context),
    ...unmanagedAccountFindings(context),
    ...instancesOutsideOrganizationFindings(context),
    ...instancesInUndeclaredAccountsFindings(context),
    ...instancesInClosedAccountsFindings(context),
    ...foreignStackSetFindings(context),
    ...unreadableSecretsNotChecked(context),
  ];
  const findings = new Map<string, DriftFinding>();
  const notChecked: NotChecked[] = [];
  for (const item of derived) {
    if (item === undefined) continue;
    if ('id' in item) findings.set(item.id, item);
    else notChecked.push(item);
  }
  return { findings: whileBlocked(context, [...findings.values()]), notChecked };
}

/**
 * A change's findings, whose restore says which flags apply needs for it (allow-destructive, allow-high-impact, or
 * both), as the plan marks the change: without them, an apply run to restore a guardrail (an SCP reattached to the
 * root, a StackSet template that replaces a resource) refuses and changes nothing.
 */
function fromChange(context: DriftContext, change: Change): Derived[] {
  const derived = [FROM_CHANGE[change.kind](context, change)].flat();
  // A missing SCP's finding tells its attachments too: apply needs whatever flag any of them needs (one at the root).
  const told = [change, ...(change.kind === CHANGE_KINDS.createScp ? attachmentsOf(context, change) : [])];
  const needs = [
    ...(told.some((one) => one.destructive) ? [DESTRUCTIVE] : []),
    ...(told.some((one) => one.highImpact) ? [HIGH_IMPACT] : []),
  ];
  if (needs.length === 0) return derived;
  return derived.map((item) => {
    if (
      item === undefined ||
      !('id' in item) ||
      !/^apply /.test(item.restore) ||
      RESTORED_BY_NO_APPLY.test(item.restore)
    )
      return item;
    const unsaid = needs.filter((need) => !item.restore.includes(need));
    return unsaid.length > 0 ? { ...item, restore: [item.restore, ...unsaid].join('; ') } : item;
  });
}

function attachmentsOf(context: DriftContext, created: Change): Change[] {
  return context.changesOf(CHANGE_KINDS.attachScp).filter((attachment) => attachment.scope.scp === created.scope.scp);
}

/** Restores that are no apply's to make: apply leaving the thing alone, unable to, or not seeing it at all. */
const RESTORED_BY_NO_APPLY = /^apply (?:leaves|cannot|is blocked|does not see)/;

/**
 * While main's plan has problems, or an exception has expired, apply changes nothing: a restore hint that says what
 * apply does must say it waits for them, or the nightly issue promises a critical guardrail back that no apply will
 * attach.
 */
function whileBlocked(context: DriftContext, findings: DriftFinding[]): DriftFinding[] {
  const targets = [...new Set(context.plan.problems.map((problem) => problem.target))].sort();
  const expired = context.expiredExceptions;
  if (targets.length === 0 && expired.length === 0) return findings;
  // Each problem by the place to fix it, as the plan names it: `account:x at accounts/x.yaml:2:1 [account-suspended]`.
  const places = [
    ...new Set(context.plan.problems.map((problem) => `${problem.target} at ${problemPlace(problem)}`)),
  ].sort();
  const blockers = [
    ...(targets.length > 0
      ? [`main's plan has ${countOf(context.plan.problems.length, 'problem')} (${listNames(places)})`]
      : []),
    ...(expired.length > 0
      ? [`validation fails on ${countOf(expired.length, 'expired exception')} (${listNames(expired)})`]
      : []),
  ];
  const count = context.plan.problems.length + expired.length;
  // Restores that are no apply's to make wait: a rename back by hand, or apply leaving the thing alone.
  const byHand = (finding: DriftFinding) => finding.kind === 'ou-renamed' || RESTORED_BY_NO_APPLY.test(finding.restore);
  return findings.map((finding) => ({
    ...finding,
    restore:
      finding.kind === 'blocking-problem'
        ? finding.restore
        : targets.includes(finding.target)
          ? `${finding.restore}; until then, apply changes nothing at all`
          : byHand(finding)
            ? finding.restore
            : `${finding.restore}, once apply is unblocked: ${blockers.join(' and ')}, and apply changes nothing until ${count === 1 ? 'it is' : 'they are'} fixed`,
  }));
}

/**
 * The plan's problems, each as the finding it stands for; a problem no kind explains is a `blocking-problem`,
 * since it stops apply from restoring anything. Problems on one target are one finding.
 */
function problemFindings(context: DriftContext): DriftFinding[] {
  const unexplained = new Map<string, PlanProblem[]>();
  const findings: DriftFinding[] = [];
  for (const problem of context.plan.problems) {
    // A declared OU missing beside vend's OU renamed: drift's own ou-renamed or ou-missing finding on that path says
    // it, with the rename back.
    if (problem.rule === PLAN_PROBLEMS.organizationalUnitRenamed) continue;
    const explained = explainProblem(context, problem);
    if (explained.length > 0) findings.push(...explained);
    else unexplained.set(problem.target, [...(unexplained.get(problem.target) ?? []), problem]);
  }
  for (const [target, problems] of unexplained)
    findings.push(
      makeFinding(
        'blocking-problem',
        target,
        {
          expected: 'a plan apply can carry out',
          actual: problems.map((problem) => `${problem.message} (${problemPlace(problem)})`).join(' '),
          restore: 'apply changes nothing while the plan has a problem: fix it as the problem says',
          accept: 'as the problem says',
        },
        context.checkedOn,
      ),
    );
  return findings;
}

function explainProblem(context: DriftContext, problem: PlanProblem): DriftFinding[] {
  const [kind] = problem.target.split(':');
  const single = (finding: DriftFinding | undefined) => (finding ? [finding] : []);
  switch (kind) {
    case 'scp': {
      // A retired SCP held back by an OU renamed in AWS may be a catalogue SCP renamed outside git there too: still
      // that rename, whose undoing needs no detach by hand.
      const policy = context.observed.policies.find((candidate) => `scp:${candidate.name}` === problem.target);
      return policy && renamedCatalogueScp(context, policy.id)
        ? [retiredPolicyFinding(context, policy, true)]
        : scpProblemFinding(context, problem);
    }
    case 'account':
      return single(accountProblemFinding(context, problem));
    case 'ou':
      return single(ambiguousOrganizationalUnitFinding(context, problem));
    case 'stackset': {
      const unowned = unownedStackSetFindings(context, problem);
      return unowned.length > 0
        ? untaggedStackSetFindings(context, problem.target, unowned)
        : inoperableInstanceFindings(context, problem.target.slice('stackset:'.length));
    }
    default:
      return [];
  }
}

/**
 * The findings of a StackSet main declares, as they would be with its ManagedBy tag back: its template and
 * parameters, its instances. Removing the tag refuses the StackSet's plan (stack-set-not-owned), which then holds no
 * change for it: that must neither hide a missing instance, an edited override or an instance in an undeclared
 * account, nor announce them as cleared (their ids are those of a tagged StackSet's), and each restore names the
 * flags apply needs once it may act. Apply restores them only once the tag is back.
 */
function untaggedStackSetFindings(
  context: DriftContext,
  target: string,
  /** The StackSet's own findings (its lost tag): their restore gains the flags apply then needs. */
  ownership: readonly DriftFinding[],
): DriftFinding[] {
  const name = target.slice('stackset:'.length);
  const observed = {
    ...context.observed,
    stackSets: context.observed.stackSets.map((stackSet) =>
      stackSet.name === name ? { ...stackSet, managedByVend: true } : stackSet,
    ),
  };
  const tagged = new DriftContext(
    context.desired,
    observed,
    computePlan(context.desired, observed),
    context.checkedOn,
    context.expiredExceptions,
  );
  const kinds: ReadonlySet<ChangeKind> = new Set([
    CHANGE_KINDS.updateStackSet,
    CHANGE_KINDS.addStackInstances,
    CHANGE_KINDS.updateStackInstances,
    CHANGE_KINDS.removeStackInstances,
  ]);
  const derived: Derived[] = [
    ...tagged.plan.changes
      .filter((change) => change.target === target && kinds.has(change.kind))
      .flatMap((change) => fromChange(tagged, change)),
    ...[...instancesInUndeclaredAccountsFindings(tagged), ...instancesInClosedAccountsFindings(tagged)].filter(
      (finding) => finding.target.startsWith(`${target}@`),
    ),
  ];
  const acting = tagged.plan.changes.filter(
    (change) => change.target === target || change.target.startsWith(`${target}@`),
  );
  const flags = [
    ...(acting.some((change) => change.destructive) ? ['allow-destructive'] : []),
    ...(acting.some((change) => change.highImpact) ? ['allow-high-impact'] : []),
  ];
  return [
    ...ownership.map((finding) =>
      flags.length > 0 ? { ...finding, restore: `${finding.restore}, with ${flags.join(' and ')}` } : finding,
    ),
    ...derived
      .filter((item): item is DriftFinding => item !== undefined && 'id' in item)
      // What apply leaves alone, it leaves alone tagged or not.
      .map((finding) =>
        RESTORED_BY_NO_APPLY.test(finding.restore)
          ? finding
          : { ...finding, restore: `${UNTAGGED_RESTORE}${finding.restore}` },
      ),
  ];
}
