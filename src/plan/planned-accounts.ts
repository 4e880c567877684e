import { compareText } from '../ordering.js';
import { accountAccessRoleName, FULL_AWS_ACCESS_POLICY_NAME } from '../config/desired-state.js';
import type { DesiredAccount, ScpAttachments } from '../config/desired-state.js';
import { accountGainsAndLosses, deployedInstances } from './account-gains.js';
import { levelsAllowingNothing, levelsOf, scpsInForce as scpsInForceOf } from './organization-snapshot.js';
import type { OrganizationSnapshot } from './organization-snapshot.js';
import { describeTarget } from './plan-draft.js';
import type { PlanDraft } from './plan-draft.js';
import type { PlannedAccount, TargetReference } from './plan.js';

/**
 * The accounts table: every declared account the plan touches, with the SCPs and baselines it ends up with, and the
 * management account whenever a manifest declares it, set apart: no SCP applies to it. An account the plan does not
 * change itself but whose SCPs in force change (through its OU or the root) is listed too, as `reached`.
 */
export function plannedAccounts(
  draft: PlanDraft,
  snapshots: { before: OrganizationSnapshot; after: OrganizationSnapshot },
): PlannedAccount[] {
  const { after } = snapshots;
  const root = draft.desired.organization.root;
  const ouByPath = new Map(draft.desired.organizationalUnits.map((unit) => [unit.path, unit]));
  const deployed = deployedInstances(draft.observed, {
    namePrefix: draft.desired.organization.stackSets.namePrefix,
    declaredBaselines: new Set(draft.desired.baselines.map((baseline) => baseline.name)),
  });
  return draft.desired.accounts
    .flatMap((account): PlannedAccount[] => {
      const management = draft.isManagementAccount(account.name);
      const status = draft.accountStatus.get(account.name);
      const existing = draft.existingAccounts.get(account.name);
      // A closing account keeps its SCPs to the end and loses every stack instance; one a problem holds back (a
      // refused close, a changed email) changes nothing, so it is not listed for what other changes reach.
      const closing = status === 'closing';
      const withheld = draft.withheldAccounts.has(account.name);
      const declared = management && !stackSetsReachManagementAccount(draft) ? [] : account.baselines;
      const baselines = (closing || withheld ? [] : declared).map((name) => {
        const baseline = draft.desired.baselines.find((candidate) => candidate.name === name)!;
        return { name, regions: [...(baseline.regions ?? account.regions)] };
      });
      const instancesBefore = existing ? (deployed.get(existing.id) ?? []) : [];
      const gainsAndLosses =
        management || !existing || withheld
          ? undefined
          : closing
            ? closingLosses(instancesBefore)
            : accountGainsAndLosses({ name: account.name, baselines }, snapshots, instancesBefore);
      const allowChanges = management || !existing || withheld ? [] : allowingChanges(snapshots, account.name);
      const reached =
        (gainsAndLosses?.gains.scps.length ?? 0) + (gainsAndLosses?.loses.scps.length ?? 0) > 0 ||
        allowChanges.length > 0;
      if (!status && !management && !reached) return [];
      if (management) noteManagementAccount(draft, account);
      const lineage: ScpAttachments[] = [root];
      const parts = account.ou.split('/');
      for (let depth = 1; depth <= parts.length; depth++) {
        const unit = ouByPath.get(parts.slice(0, depth).join('/'));
        if (unit) lineage.push(unit);
      }
      lineage.push(account);
      const scpsInForce = [
        ...new Set(
          lineage.flatMap((level) => [...(level.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : []), ...level.scps]),
        ),
      ];
      const catalogue = new Set([FULL_AWS_ACCESS_POLICY_NAME, ...draft.desired.scps.map((scp) => scp.name)]);
      const foreignScps = management
        ? []
        : [...scpsInForceOf(after, account.name)].filter((name) => !catalogue.has(name)).sort(compareText);
      // "SCPs in force" lists what is attached on the path; it says nothing if a level allows nothing at all.
      const allowsNothing = management ? [] : levelsAllowingNothing(after, account.name);
      if (allowsNothing.length > 0)
        draft.note(
          account.name,
          `No SCP attached to ${allowsNothing.map(describeTarget).join(', ')} allows anything: an action needs an Allow at every level from the root to the account, so every action in this account is denied.`,
        );
      else
        for (const { level, before, after: now } of allowChanges)
          draft.note(
            account.name,
            `What allows actions at ${describeTarget(level)} changes from ${before?.join(', ') || (before ? 'nothing' : 'everything (SCPs are not enabled yet)')} to ${now.join(', ') || 'nothing'}: an action needs an Allow at every level from the root to the account, so this account may do ${(before?.includes(FULL_AWS_ACCESS_POLICY_NAME) ?? true) && !now.includes(FULL_AWS_ACCESS_POLICY_NAME) ? 'less' : 'other things'} than before${before ? ', though the SCPs in force keep their names' : ''}.`,
          );
      const planned: PlannedAccount = {
        name: account.name,
        email: account.email,
        // The management account stays where it is: vend never moves it.
        ou: management ? (draft.existingAccounts.get(account.name)?.parentPath ?? '') : account.ou,
        status: management ? 'management' : (status ?? 'reached'),
        management,
        notes: draft.accountNotes.get(account.name) ?? [],
        scpsInForce: management ? [] : scpsInForce,
        ...(foreignScps.length > 0 ? { foreignScpsInForce: foreignScps } : {}),
        baselines,
        changeIds: [...(draft.changesByAccount.get(account.name) ?? [])].sort(),
        ...(gainsAndLosses ? { gainsAndLosses } : {}),
      };
      return [planned];
    })
    .sort((a, b) => compareText(a.name, b.name));
}

type AllowingChange = { level: TargetReference; before: string[] | undefined; after: string[] };

/**
 * The levels on an account's path (root, OUs, the account) where the SCPs that allow actions change while the
 * account stays put. "SCPs in force" is a set of names across the path, and an Allow counts only at every level:
 * FullAWSAccess detached from the account's OU leaves the set as it was (it is still on the root), yet the OU now
 * allows only what its other SCPs allow. Deny SCPs are not compared here: for them the set of names is the effect.
 * `before` is undefined where SCPs were not enabled: then everything was allowed. Source: AWS Organizations User
 * Guide, "SCP evaluation"; "Enabling a policy type" (enabling SCPs attaches FullAWSAccess to every target).
 */
function allowingChanges(
  snapshots: { before: OrganizationSnapshot; after: OrganizationSnapshot },
  account: string,
): AllowingChange[] {
  const { before, after } = snapshots;
  const path = after.accountPaths.get(account);
  if (path === undefined || path !== before.accountPaths.get(account) || !after.enforced) return [];
  const allowing = (snapshot: OrganizationSnapshot, level: TargetReference) =>
    [...(snapshot.attachments.get(level) ?? [])].filter((name) => snapshot.granting.has(name)).sort(compareText);
  return levelsOf(account, path).flatMap((level): AllowingChange[] => {
    // Another team's SCP there may allow anything: its content is not read, so nothing is said of what allows.
    if (before.foreignAttached.has(level) || after.foreignAttached.has(level)) return [];
    const now = allowing(after, level);
    // With SCPs not enabled yet everything is allowed (undefined): enabling them with FullAWSAccess left in place, as
    // AWS attaches it everywhere, changes nothing, so an import's first plan is not hundreds of alarms.
    if (!before.enforced)
      return now.includes(FULL_AWS_ACCESS_POLICY_NAME) ? [] : [{ level, before: undefined, after: now }];
    const was = allowing(before, level);
    return was.join('\n') === now.join('\n') ? [] : [{ level, before: was, after: now }];
  });
}

/** What closing takes from an account: none of its SCPs (they stay until it leaves), every stack instance. */
function closingLosses(instances: readonly string[]): PlannedAccount['gainsAndLosses'] {
  if (instances.length === 0) return undefined;
  return { gains: { scps: [], instances: [] }, loses: { scps: [], instances: [...instances].sort(compareText) } };
}

/**
 * SERVICE_MANAGED StackSets never deploy to the management account (AWS CloudFormation User Guide, "StackSets
 * concepts": stack instances are not deployed to the organization's management account). SELF_MANAGED ones reach it
 * only through the execution role, if someone created it there.
 */
export function stackSetsReachManagementAccount(draft: Pick<PlanDraft, 'desired'>): boolean {
  return draft.desired.organization.stackSets.permissionModel === 'SELF_MANAGED';
}

function noteManagementAccount(draft: PlanDraft, account: DesiredAccount): void {
  const declared = [
    ...account.scps.map((scp) => `scps: ${scp}`),
    ...(account.fullAWSAccess ? [] : ['fullAWSAccess: false']),
  ];
  draft.note(
    account.name,
    `SCPs do not apply to the management account: none is in force there, and vend attaches none to it${declared.length > 0 ? `, so ${account.file} declares in vain ${declared.join(', ')}` : ''}.`,
  );
  if (account.baselines.length === 0) return;
  draft.note(
    account.name,
    stackSetsReachManagementAccount(draft)
      ? `Its baselines deploy only if it has the execution role ${accountAccessRoleName(draft.desired.organization.stackSets)}: vend has AWS Organizations create that role in the accounts it creates, but the management account has it only if someone created it there.`
      : 'Its baselines are not deployed: SERVICE_MANAGED StackSets never deploy to the management account.',
  );
}
