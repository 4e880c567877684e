import { accountClosureLimit, formatCount, QUOTAS } from '../config/quotas.js';
import { compareText } from '../ordering.js';
import { declarationOf } from './declarations.js';
import { CHANGE_KINDS, PLAN_PROBLEMS } from './plan.js';
import type { PlanDraft } from './plan-draft.js';

/** A closed account's stacks can no longer be deleted, so every removal that touches it goes first. */
export function closeAccountsLast(draft: PlanDraft): void {
  for (const change of draft.changes.values()) {
    if (change.kind !== CHANGE_KINDS.closeAccount) continue;
    const account = change.target.slice('account:'.length);
    const removals = [...(draft.changesByAccount.get(account) ?? [])].filter(
      (id) => draft.changes.get(id)?.kind === CHANGE_KINDS.removeStackInstances,
    );
    change.dependsOn = [...new Set([...change.dependsOn, ...removals])].sort(compareText);
  }
}

/**
 * Refuses a plan that closes more accounts than CloseAccount allows in a rolling 30 days ("the higher of either 250
 * or 20% of the member accounts in your organization, up to a maximum of 1,000", API Reference): closures run last, so past the limit apply would have
 * changed everything else and then stop with CLOSE_ACCOUNT_QUOTA_EXCEEDED, accounts half closed. Accounts still
 * PENDING_CLOSURE were closed within the window and count; those closed earlier in it show no date, so the message
 * says they count too. Member accounts: the active ones beside the management account, the smaller reading.
 */
export function checkAccountClosureQuota(draft: PlanDraft): void {
  const closing = [...draft.changes.values()]
    .filter((change) => change.kind === CHANGE_KINDS.closeAccount)
    .map((change) => change.target)
    .sort(compareText);
  if (closing.length === 0) return;
  const management = draft.observed.organization.managementAccountId;
  const members = draft.observed.accounts.filter(
    (account) => account.id !== management && account.status === 'ACTIVE',
  ).length;
  const pending = draft.observed.accounts.filter((account) => account.status === 'PENDING_CLOSURE').length;
  const quotas = draft.desired.organization.quotas;
  const limit = accountClosureLimit(quotas, members);
  if (closing.length + pending <= limit) return;
  const overridden = (['accountClosurePercent', 'accountClosureMinimum', 'accountClosureMaximum'] as const).some(
    (name) => quotas[name] !== QUOTAS[name].default,
  );
  const room = Math.max(0, limit - pending);
  const first = closing[0]!;
  draft.problem(
    PLAN_PROBLEMS.accountClosureQuota,
    first,
    `This plan closes ${closing.length === 1 ? '1 account' : `${formatCount(closing.length)} accounts`}${pending > 0 ? `, and ${formatCount(pending)} ${pending === 1 ? 'is' : 'are'} still closing` : ''}, but CloseAccount closes at most ${formatCount(limit)} in a rolling 30 days here: ${quotas.accountClosurePercent}% of ${formatCount(members)} member accounts, at least ${formatCount(quotas.accountClosureMinimum)} and at most ${formatCount(quotas.accountClosureMaximum)}${overridden ? ' (as quotas: in baselines/organization.yaml overrides it)' : ' (quotas accountClosurePercent, accountClosureMinimum, accountClosureMaximum)'}. Past it AWS refuses the rest (CLOSE_ACCOUNT_QUOTA_EXCEEDED) after everything else is applied. Accounts closed earlier in the 30 days count too, which vend cannot see. ${room === 0 ? `Close none now: remove closed: true from ${closing.length === 1 ? 'this manifest' : 'these manifests'} until the accounts still closing are closed and the window allows more` : `Set closed: true on at most ${formatCount(room)} now, and the others once the window allows`}.`,
    declarationOf(first, draft.desired, 'closed'),
  );
}
