import { limitPhrase } from '../config/quotas.js';
import { FULL_AWS_ACCESS_POLICY_NAME, MANAGED_BY_TAG } from '../config/desired-state.js';
import type { DesiredScp, ScpAttachments } from '../config/desired-state.js';
import type { ObservedPolicy } from '../observe/observed-state.js';
import { canonicalJson, sha256Digest } from './canonical-json.js';
import { adoptionDifferences, policyStatements } from './organization-snapshot.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from './plan.js';
import { declarationOf } from './declarations.js';
import type { TargetReference } from './plan.js';
import { accountReference, describeTarget, ouReference, scpReference } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';
import { replacedScps } from './scp-replacement.js';

/**
 * Catalogue SCPs: created, updated, adopted, or reported when a policy vend does not own has the name and holds
 * something else.
 */
export function planScps(draft: PlanDraft): void {
  for (const scp of draft.desired.scps) {
    const existing = draft.policiesByName.get(scp.name);
    const after = { name: scp.name, description: scp.description, content: scp.content };
    const scope = { scp: scp.name, content: sha256Digest(scp.content), description: scp.description };
    if (!existing) {
      const replaces = replacedScps(draft, scp);
      const loosened = replaces.filter((replaced) => loosens(replaced.content, scp.content));
      draft.add(CHANGE_KINDS.createScp, scpReference(scp.name), {
        before: null,
        after: { ...after, ...(replaces.length > 0 ? { replaces } : {}) },
        scope,
        // Swapping a guardrail for a weaker one under a new name is as good as loosening it in place.
        highImpact: loosened.length > 0,
        highImpactReason: `it replaces ${loosened.map((replaced) => `SCP ${replaced.name} on ${replaced.targets.map(describeTarget).join(', ')}`).join(' and ')}, and may let through what that stopped (a Deny statement changed or removed, or an Allow added)`,
        description: `Create SCP ${scp.name} from ${scp.file}${replaces.length > 0 ? `, in place of ${replaces.map((replaced) => replaced.name).join(', ')}` : ''}`,
      });
    } else if (existing.awsManaged || existing.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) {
      planForeignScp(draft, scp, existing);
    } else if (existing.content !== scp.content || existing.description !== scp.description) {
      draft.add(CHANGE_KINDS.updateScp, scpReference(scp.name), {
        before: { name: existing.name, description: existing.description, content: existing.content },
        after,
        scope,
        // New content reaches every account under every target at once; and one that loosens a guardrail is as
        // good as detaching it, which the security gate sees too.
        ...contentImpact(draft, scp, existing),
        description: `Update SCP ${scp.name} from ${scp.file}`,
      });
    }
  }
}

/**
 * An existing catalogue SCP attached where the plan detaches one of vend's: a swap made in two steps (the SCP created
 * earlier, attached now), which a reviewer must see as the rename it is, the new content set against the old.
 * `leaving` are the names the plan detaches from the target. Undefined for a new SCP (its create change shows the
 * swap), FullAWSAccess, or no single SCP of vend's leaving.
 */
function swappedIn(
  draft: PlanDraft,
  name: string,
  leaving: readonly string[],
): { replaces: { name: string; content: string }; content: string; loosens: boolean } | undefined {
  const content = draft.desired.scps.find((scp) => scp.name === name)?.content;
  if (content === undefined || !draft.policiesByName.has(name)) return undefined;
  const replaced = leaving
    .map((other) => draft.policiesByName.get(other))
    .filter((policy) => policy !== undefined && policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value);
  if (replaced.length !== 1) return undefined;
  const [old] = replaced as [ObservedPolicy];
  return { replaces: { name: old.name, content: old.content }, content, loosens: loosens(old.content, content) };
}

/**
 * A policy vend does not own holds the catalogue name. Vend adopts it (tags it ManagedBy: vend, and from then on
 * keeps it as the catalogue says) only when the catalogue already says exactly what it holds, content and
 * description: adopting then changes nothing the policy does, which is what `vend import` writes for each policy it
 * finds. Anything else is a problem: vend never rewrites a policy it does not own, nor takes one over by name.
 */
function planForeignScp(draft: PlanDraft, scp: DesiredScp, existing: ObservedPolicy): void {
  const differences = adoptionDifferences(scp, existing);
  if (existing.awsManaged || differences.length > 0) {
    draft.problem(
      PLAN_PROBLEMS.scpNotOwned,
      scpReference(scp.name),
      `An SCP named '${scp.name}' already exists (${existing.id}) but is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}${existing.awsManaged ? ' (AWS manages it)' : `, and its ${differences.join(' and ')} ${differences.length === 1 ? 'differs' : 'differ'} from ${scp.file}`}; vend will not change a policy it does not own. Rename the catalogue entry, make it say exactly what the policy holds (vend then adopts it), or tag the policy to hand it to vend.`,
      declarationOf(scpReference(scp.name), draft.desired),
    );
    return;
  }
  // Attached where no manifest reaches, the policy also guards other teams' accounts: once vend owns it, a content
  // change in this repository reaches them too. Adopting it is then set apart for the reviewer, with those targets.
  const declared = new Set([
    draft.observed.root.id,
    ...draft.ouIdByPath.values(),
    ...[...draft.existingAccounts.values()].map((account) => account.id),
  ]);
  const elsewhere = enforcedTargetIds(draft, existing).filter((id) => !declared.has(id));
  draft.add(CHANGE_KINDS.adoptScp, scpReference(scp.name), {
    before: { id: existing.id, name: existing.name, tags: existing.tags },
    after: { id: existing.id, tags: { [MANAGED_BY_TAG.key]: MANAGED_BY_TAG.value } },
    scope: { scp: scp.name, policyId: existing.id, content: sha256Digest(scp.content) },
    highImpact: elsewhere.length > 0,
    highImpactReason: `once vend owns it, its content changes reach ${elsewhere.length === 1 ? 'that target' : 'those targets'} too`,
    description: `Adopt existing SCP ${scp.name} (${existing.id}), whose content and description are ${scp.file}'s${elsewhere.length > 0 ? `; it is also attached to ${elsewhere.length === 1 ? 'a target' : `${elsewhere.length} targets`} no manifest declares (${elsewhere.map((id) => observedTarget(draft, id)).join(', ')})` : ''}`,
  });
}

/** SCP attachments on the root, every declared OU and every declared account, FullAWSAccess included. */
export function planAttachments(draft: PlanDraft): void {
  const targets: {
    reference: TargetReference;
    id?: string;
    attachments: ScpAttachments;
    dependsOn: (string | undefined)[];
    account?: string;
  }[] = [
    { reference: 'root', id: draft.observed.root.id, attachments: draft.desired.organization.root, dependsOn: [] },
    ...draft.desired.organizationalUnits.map((unit) => ({
      reference: ouReference(unit.path),
      id: draft.ouIdByPath.get(unit.path),
      attachments: unit,
      dependsOn: [`create-ou:${ouReference(unit.path)}`, `adopt-ou:${ouReference(unit.path)}`],
    })),
    // SCPs do not apply to the management account, so vend neither attaches nor detaches any there.
    ...draft.desired.accounts
      .filter((account) => draft.plansFor(account) && !draft.isManagementAccount(account.name))
      .map((account) => ({
        reference: accountReference(account.name),
        id: draft.existingAccounts.get(account.name)?.id,
        attachments: account as ScpAttachments,
        dependsOn: [
          `create-account:${accountReference(account.name)}`,
          `adopt-account:${accountReference(account.name)}`,
        ],
        account: account.name,
      })),
  ];
  const enableScpType = draft.changeIdIfPlanned('enable-scp-type:root');
  for (const target of targets) {
    const attached = new Set(
      target.id === undefined
        ? []
        : draft.observed.policies
            .filter((policy) => policy.targetIds.includes(target.id!))
            .map((policy) => policy.name),
    );
    // AWS attaches FullAWSAccess to every new OU and account, and to every existing target when SCPs are enabled.
    if (target.id === undefined || enableScpType) attached.add(FULL_AWS_ACCESS_POLICY_NAME);
    const wanted = new Set([
      ...target.attachments.scps,
      ...(target.attachments.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : []),
    ]);
    // Attachments run before detachments (destructive changes go last), so for a moment the target carries both,
    // and every SCP someone else attached there counts too.
    const foreign = (target.id === undefined ? [] : (draft.observed.foreignScpsByTarget[target.id] ?? [])).map(
      (policy) => policy.name,
    );
    // "You can't remove the last SCP from a root, OU or account" (DetachPolicy: ConstraintViolationException,
    // MIN_POLICY_TYPE_ATTACHMENT_LIMIT_EXCEEDED); apply would stop halfway, at the detachment. Where vend has nothing
    // attached, it detaches nothing: whatever holds the target there (another team's SCP) stays.
    if (wanted.size === 0 && foreign.length === 0 && attached.size > 0)
      draft.problem(
        PLAN_PROBLEMS.scpTargetLeftEmpty,
        target.reference,
        `${describeTarget(target.reference)} would be left with no SCP attached, which AWS refuses: every root, OU and account keeps at least one. Keep fullAWSAccess: true there, or declare another SCP (one that allows what its accounts need: an action needs an Allow at every level).`,
        declarationOf(target.reference, draft.desired, 'fullAWSAccess'),
      );
    const peak = new Set([...attached, ...wanted]).size + foreign.length;
    const quota = draft.desired.organization.quotas.scpsPerTarget;
    if (peak > quota) {
      const leaving = [...attached].filter((name) => !wanted.has(name)).sort();
      const theirs =
        foreign.length > 0 ? `, counting ${foreign.length} that vend does not manage (${foreign.join(', ')})` : '';
      draft.problem(
        PLAN_PROBLEMS.scpAttachmentQuota,
        target.reference,
        leaving.length > 0
          ? `${describeTarget(target.reference)} would briefly carry ${peak} SCPs${theirs}, because new attachments are made before ${leaving.join(', ')} is detached; ${limitPhrase('AWS', 'scpsPerTarget', quota)}. Split the change: first merge a pull request that only removes ${leaving.join(', ')}, then one that adds the new SCPs.`
          : `${describeTarget(target.reference)} would carry ${peak} SCPs${theirs}; ${limitPhrase('AWS', 'scpsPerTarget', quota)}. Declare fewer SCPs there, or have the others detached. No request raises this hard limit; only if AWS has raised it for everyone since this vend, set quotas.scpsPerTarget in baselines/organization.yaml.`,
        declarationOf(target.reference, draft.desired, 'scps'),
      );
    }
    for (const name of [...wanted].sort()) {
      if (attached.has(name)) continue;
      const swap = swappedIn(
        draft,
        name,
        [...attached].filter((other) => !wanted.has(other)),
      );
      const reasons = [
        target.reference === 'root' ? 'at the root: it reaches every account' : '',
        swap?.loosens
          ? `in place of SCP ${swap.replaces.name} there, it may let through what that stopped (a Deny statement changed or removed, or an Allow added)`
          : '',
      ].filter(Boolean);
      draft.add(CHANGE_KINDS.attachScp, target.reference, {
        id: `attach-scp:${name}@${target.reference}`,
        before: null,
        after: {
          policy: name,
          target: target.reference,
          ...(swap ? { replaces: swap.replaces, content: swap.content } : {}),
        },
        scope: { scp: name, target: target.reference },
        highImpact: reasons.length > 0,
        highImpactReason: reasons.join(', and ') || 'at the root: it reaches every account',
        dependsOn: [
          ...target.dependsOn,
          enableScpType,
          `create-scp:${scpReference(name)}`,
          `adopt-scp:${scpReference(name)}`,
        ],
        description: `Attach SCP ${name} to ${describeTarget(target.reference)}${swap ? `, in place of ${swap.replaces.name}` : ''}`,
        accounts: target.account ? [target.account] : [],
      });
      if (target.account && !draft.accountStatus.has(target.account))
        draft.accountStatus.set(target.account, 'updated');
    }
    for (const name of [...attached].sort()) {
      // FullAWSAccess is AWS's, but whether it stays attached is declared per target (fullAWSAccess). A catalogue
      // SCP this plan adopts is vend's once adopted: its attachments to declared targets follow the repository in
      // this plan, where the reviewer sees them, not in the next.
      const adoption = `${CHANGE_KINDS.adoptScp}:${scpReference(name)}`;
      const owned =
        name === FULL_AWS_ACCESS_POLICY_NAME ||
        draft.policiesByName.get(name)?.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value ||
        draft.changes.has(adoption);
      if (wanted.has(name) || !owned) continue;
      draft.add(CHANGE_KINDS.detachScp, target.reference, {
        id: `detach-scp:${name}@${target.reference}`,
        before: { policy: name, target: target.reference },
        after: null,
        scope: { scp: name, target: target.reference },
        highImpact: target.reference === 'root',
        highImpactReason: 'at the root: it reaches every account',
        dependsOn: [
          ...target.dependsOn,
          enableScpType,
          adoption,
          ...[...wanted].map((wantedName) => `attach-scp:${wantedName}@${target.reference}`),
          // An account moving out of the OU is beneath it until its move runs: if the move fails, the account stays
          // under the OU, where the plan did not count it, and the detachment waits.
          ...movesOutOf(draft, target.reference),
        ],
        description: `Detach SCP ${name} from ${describeTarget(target.reference)}`,
        accounts: target.account ? [target.account] : [],
      });
      if (target.account && !draft.accountStatus.has(target.account))
        draft.accountStatus.set(target.account, 'updated');
    }
  }
}

/** The moves of accounts beneath an OU today (by ids) whose new OU, as the repository declares it, is not. */
function movesOutOf(draft: PlanDraft, reference: string): string[] {
  if (!reference.startsWith('ou:')) return [];
  const path = reference.slice('ou:'.length);
  const declaredBeneath = (ou: unknown) => typeof ou === 'string' && (ou === path || ou.startsWith(`${path}/`));
  return [...draft.changes.values()]
    .filter(
      (change) =>
        change.kind === CHANGE_KINDS.moveAccount &&
        draft.holdsToday(path, change.target.slice('account:'.length)) &&
        !declaredBeneath((change.after as { ou?: unknown } | null)?.ou),
    )
    .map((change) => change.id);
}

/**
 * SCPs vend created that the catalogue no longer names. planAttachments already detaches them from declared
 * targets; once those detaches are done the policy can be deleted. Attachments to targets nobody declares are
 * left for a person to resolve, since vend does not change those targets.
 */
export function planRetiredScps(draft: PlanDraft): void {
  const catalogue = new Set(draft.desired.scps.map((scp) => scp.name));
  const declaredTargets = new Map<string, TargetReference>([[draft.observed.root.id, 'root']]);
  for (const unit of draft.desired.organizationalUnits) {
    const id = draft.ouIdByPath.get(unit.path);
    if (id) declaredTargets.set(id, ouReference(unit.path));
  }
  for (const [name, account] of draft.existingAccounts) declaredTargets.set(account.id, accountReference(name));
  for (const policy of draft.observed.policies) {
    if (policy.awsManaged || catalogue.has(policy.name)) continue;
    if (policy.tags[MANAGED_BY_TAG.key] !== MANAGED_BY_TAG.value) continue;
    const undeclared = policy.targetIds.filter((id) => !declaredTargets.has(id));
    if (undeclared.length > 0) {
      draft.problem(
        PLAN_PROBLEMS.scpRetiredInUse,
        scpReference(policy.name),
        `SCP '${policy.name}' (${policy.id}) is vend's but no longer in the catalogue, and it is attached to ${undeclared.map((id) => observedTarget(draft, id)).join(', ')}, which the repository does not declare. Detach it there by hand, or put it back in the catalogue.`,
        declarationOf(scpReference(policy.name), draft.desired),
      );
      continue;
    }
    draft.add(CHANGE_KINDS.deleteScp, scpReference(policy.name), {
      before: { name: policy.name, id: policy.id },
      after: null,
      scope: { scp: policy.name, policyId: policy.id },
      dependsOn: policy.targetIds.map((id) => `detach-scp:${policy.name}@${declaredTargets.get(id)}`),
      description: `Delete SCP ${policy.name} (${policy.id}): it is no longer in the catalogue`,
    });
  }
}

/** Attached (now or once applied) to the root or to more than one target. */
function reachesWidely(draft: PlanDraft, scp: string, observedTargetIds: readonly string[]): boolean {
  return (
    draft.desired.organization.root.scps.includes(scp) ||
    observedTargetIds.includes(draft.observed.root.id) ||
    declaredTargetCount(draft, scp) > 1 ||
    observedTargetIds.length > 1
  );
}

/**
 * The policy's targets its content acts on: all but the management account, which SCPs do not affect (AWS
 * Organizations User Guide, "Service control policies (SCPs)": SCPs don't affect users or roles in the management
 * account). An attachment there changes no one's permissions, whatever the policy says.
 */
function enforcedTargetIds(draft: PlanDraft, policy: ObservedPolicy): string[] {
  return policy.targetIds.filter((id) => id !== draft.observed.organization.managementAccountId);
}

/** Attached anywhere today, or declared somewhere: its content is in force for some account. */
function isAttached(draft: PlanDraft, scp: string, observedTargetIds: readonly string[]): boolean {
  return observedTargetIds.length > 0 || declaredTargetCount(draft, scp) > 0;
}

/** The root, OUs and open accounts the repository attaches the SCP to. */
function declaredTargetCount(draft: PlanDraft, scp: string): number {
  return (
    (draft.desired.organization.root.scps.includes(scp) ? 1 : 0) +
    draft.desired.organizationalUnits.filter((unit) => unit.scps.includes(scp)).length +
    draft.desired.accounts.filter((account) => !account.closed && account.scps.includes(scp)).length
  );
}

/**
 * Whether new SCP content may let through something the old content stopped: a Deny statement of the old content is
 * gone or changed, or a new Allow statement appears. Only adding Deny statements, adding actions to a Deny's Action
 * (or taking them out of its NotAction) with nothing else changed, or changing whitespace, order or Sids, is not;
 * any other change to a Deny is compared whole, since telling narrower from wider in general is IAM evaluation.
 * Content that does not read as a policy counts as loosening. Pure.
 */
export function loosens(before: string, after: string): boolean {
  const old = policyStatements(before);
  const next = policyStatements(after);
  if (!old || !next) return true;
  const oldTexts = new Set(old.map(statementText));
  const nextDenies = next.filter((statement) => statement.Effect === 'Deny');
  return (
    old.some(
      (statement) => statement.Effect === 'Deny' && !nextDenies.some((kept) => deniesAtLeast(kept, statement)),
    ) || next.some((statement) => statement.Effect !== 'Deny' && !oldTexts.has(statementText(statement)))
  );
}

/** A statement as compared: a Sid names a statement and changes nothing it does. */
function statementText({ Sid: _sid, ...statement }: Record<string, unknown>): string {
  return canonicalJson(statement);
}

/**
 * Whether Deny statement `next` denies all that `old` did: the same statement, or one whose Action lists every action
 * `old`'s did (or whose NotAction leaves out no more), all else equal. IAM matches action names case-insensitively.
 */
function deniesAtLeast(next: Record<string, unknown>, old: Record<string, unknown>): boolean {
  const rest = ({ Action: _action, NotAction: _notAction, ...statement }: Record<string, unknown>) =>
    statementText(statement);
  if (statementText(next) === statementText(old)) return true;
  if (rest(next) !== rest(old)) return false;
  const actions = (value: unknown) =>
    new Set((Array.isArray(value) ? value : [value]).map((action) => String(action).toLowerCase()));
  const within = (small: Set<string>, large: Set<string>) => [...small].every((action) => large.has(action));
  if ('Action' in old && 'Action' in next) return within(actions(old.Action), actions(next.Action));
  if ('NotAction' in old && 'NotAction' in next) return within(actions(next.NotAction), actions(old.NotAction));
  return false;
}

/**
 * A target the repository does not declare, as AWS shows it to the person who must find it: `OU "CI/CD"
 * (ou-…)` by its path built from ids, `account Name (id)`; the bare id only for a target observe did not read.
 */
function observedTarget(draft: PlanDraft, id: string): string {
  const unit = draft.observed.organizationalUnits.find((candidate) => candidate.id === id);
  if (unit) return `OU ${unit.path} (${id})`;
  const account = draft.observed.accounts.find((candidate) => candidate.id === id);
  return account ? `account ${account.name} (${id})` : id;
}

/**
 * Whether new content for a vend SCP is high impact, and why: it reaches more than one account at once, or it
 * loosens a guardrail in force, which is as good as detaching it.
 */
function contentImpact(
  draft: PlanDraft,
  scp: DesiredScp,
  existing: ObservedPolicy,
): { highImpact: boolean; highImpactReason?: string } {
  if (existing.content === scp.content) return { highImpact: false };
  const targets = enforcedTargetIds(draft, existing);
  // Both reasons when both hold: a guardrail loosened everywhere at once is the case a reviewer must not miss.
  const reasons = [
    reachesWidely(draft, scp.name, targets) ? 'new content for an SCP in force for more than one account' : '',
    isAttached(draft, scp.name, targets) && loosens(existing.content, scp.content)
      ? 'the new content may loosen a guardrail in force (a Deny statement changed or removed, or an Allow added)'
      : '',
  ].filter(Boolean);
  return reasons.length > 0 ? { highImpact: true, highImpactReason: reasons.join(', and ') } : { highImpact: false };
}
