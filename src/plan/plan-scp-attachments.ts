import { limitPhrase } from '../config/quotas.js';
import { FULL_AWS_ACCESS_POLICY_NAME, MANAGED_BY_TAG } from '../config/desired-state.js';
import type { ScpAttachments } from '../config/desired-state.js';
import type { ObservedPolicy } from '../observe/observed-state.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from './plan.js';
import { declarationOf } from './declarations.js';
import type { TargetReference } from './plan.js';
import { accountReference, describeTarget, ouReference, scpReference } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';
import { loosens } from './scp-loosening.js';
import { lazySnapshot, movedWithin } from './scp-replacement.js';
import { compareText } from '../ordering.js';

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
  const planned = lazySnapshot(draft);
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
        [...attached].filter((other) => !wanted.has(other) && !movedWithin(planned(), target.reference, other)),
      );
      const reasons = [
        target.reference === 'root' ? 'at the root: it reaches every account' : '',
        swap?.loosens
          ? `in place of SCP ${swap.replaces.name} there, it may let through what that stopped (a Deny statement changed or removed, or an Allow added)`
          : '',
      ].filter(Boolean);
      const attachId = draft.add(CHANGE_KINDS.attachScp, target.reference, {
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
          // An account on its way out must not come under it: the attachment waits for its move (stageOf).
          ...movesOutOf(draft, target.reference),
          enableScpType,
          `create-scp:${scpReference(name)}`,
          `adopt-scp:${scpReference(name)}`,
          // With the content the repository declares, not what someone left it holding.
          `update-scp:${scpReference(name)}`,
        ],
        description: `Attach SCP ${name} to ${describeTarget(target.reference)}${swap ? `, in place of ${swap.replaces.name}` : ''}`,
        accounts: target.account ? [target.account] : [],
      });
      if (target.account && !draft.accountStatus.has(target.account))
        draft.accountStatus.set(target.account, 'updated');
      arrivalsWaitFor(draft, attachId);
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

/**
 * Accounts created beneath an attachment's target, or moved there from elsewhere, wait for it: if it fails, they are
 * not put where the guardrail is missing (a stop between stages is covered by the stage order alone). Creations wait
 * for the root's attachments too: CreateAccount puts the account in the root. An attachment to an account comes
 * after the account, and so cannot be waited for. One thing can defeat the order: accounts swapping between two OUs
 * that both gain an SCP, where each attachment waits for the other's arrival to leave. Then the arrival goes first,
 * and a note on its account says it is without that SCP until the attachment runs.
 */
function arrivalsWaitFor(draft: PlanDraft, attachId: string): void {
  const attach = draft.changes.get(attachId)!;
  const target = String(attach.scope.target);
  if (target.startsWith('account:')) return;
  const path = target === 'root' ? undefined : target.slice('ou:'.length);
  const within = (ou: unknown) => path === undefined || ou === path || String(ou).startsWith(`${path}/`);
  for (const change of draft.changes.values()) {
    const arrives =
      change.kind === CHANGE_KINDS.createAccount
        ? within(change.scope.ou)
        : change.kind === CHANGE_KINDS.moveAccount && path !== undefined
          ? within(change.scope.ou) && !within(change.scope.from)
          : false;
    if (!arrives) continue;
    if (dependsOnTransitively(draft, attachId, change.id)) {
      draft.note(
        String(change.scope.account),
        `It arrives in ${String(change.scope.ou)} before SCP ${String(attach.scope.scp)} is attached to ${describeTarget(target)}, which waits for another account to leave there first (accounts swap between OUs that both gain an SCP): until then, and for good if that attachment fails, it is without that SCP. To avoid the gap, move the accounts in one pull request and attach the SCPs in the next.`,
      );
      continue;
    }
    change.dependsOn = [...new Set([...change.dependsOn, attachId])].sort(compareText);
  }
}

/** Whether change `from` waits, directly or through others, for change `on`. */
function dependsOnTransitively(draft: PlanDraft, from: string, on: string): boolean {
  const seen = new Set<string>();
  const pending = [from];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next === on) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    pending.push(...(draft.changes.get(next)?.dependsOn ?? []));
  }
  return false;
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
 * An existing catalogue SCP attached where the plan detaches one of vend's: a swap made in two steps (the SCP created
 * earlier, attached now), which a reviewer must see as the rename it is, the new content set against the old.
 * `leaving` are the names the plan detaches from the target and that do not stay in force beneath it (movedWithin). Undefined for a new SCP (its create change shows the
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
