import { listNames } from '../name-lists.js';
import { declarationOf } from './declarations.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from './plan.js';
import type { Change, ChangeKind } from './plan.js';
import type { PlanDraft } from './plan-draft.js';

/**
 * The Organizations operations behind each change kind that AWS takes only from the management account, each
 * operation's API Reference saying "You can only call this operation from the management account" (CreateAccount,
 * CloseAccount, MoveAccount, CreateOrganizationalUnit). A delegated administrator may call the SCP and tag
 * operations ("from the management account or a member account that is a delegated administrator"), not these. A
 * created account is moved into its OU as well.
 */
const MANAGEMENT_ONLY: Partial<Record<ChangeKind, { operations: string; key: string }>> = {
  [CHANGE_KINDS.createAccount]: { operations: 'CreateAccount and MoveAccount', key: 'name' },
  [CHANGE_KINDS.moveAccount]: { operations: 'MoveAccount', key: 'ou' },
  [CHANGE_KINDS.closeAccount]: { operations: 'CloseAccount', key: 'closed' },
  [CHANGE_KINDS.createOrganizationalUnit]: { operations: 'CreateOrganizationalUnit', key: '' },
};

/**
 * When vend runs from another account than the management account (the delegated administrator), one problem per
 * change kind that needs the management account, at its first change: AWS would refuse it in apply, after the stages
 * before it (SCPs, tags) had run. Nothing when the observation names no caller.
 */
export function refuseManagementOnlyChanges(draft: PlanDraft): void {
  const { callerAccountId, organization } = draft.observed;
  if (!callerAccountId || callerAccountId === organization.managementAccountId) return;
  const byKind = new Map<ChangeKind, Change[]>();
  for (const change of draft.changes.values())
    if (MANAGEMENT_ONLY[change.kind]) byKind.set(change.kind, [...(byKind.get(change.kind) ?? []), change]);
  for (const [kind, changes] of byKind) {
    const { operations, key } = MANAGEMENT_ONLY[kind]!;
    const [first] = changes as [Change, ...Change[]];
    const described = listNames(changes.map((change) => change.description));
    draft.problem(
      PLAN_PROBLEMS.managementAccountOnly,
      first.target,
      `${described}: AWS takes ${operations} only from the management account (${organization.managementAccountId}), and vend runs as ${callerAccountId}, so apply would fail there after the stages before it had run. Run this plan and its apply with the management account's credentials, or leave these changes out of this pull request.`,
      declarationOf(first.target, draft.desired, ...(key ? [key] : [])),
    );
  }
}
