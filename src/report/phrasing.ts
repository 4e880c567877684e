// Counts and lists of names are phrased the same in validate's and the plan's own messages, which cannot import the
// report.
import { countOf, listNames } from '../name-lists.js';
import { compareText } from '../ordering.js';
export { countOf, LISTED_NAMES, listNames } from '../name-lists.js';
export { formatCount } from '../config/quotas.js';
// Drift names a problem's place as the reports do.
export { problemPlace } from '../plan/declarations.js';

/** A value a reviewer compares character by character: quoted, so empty strings and spaces show. */
export function quoted(value: string): string {
  return JSON.stringify(value);
}

/**
 * How the high-impact changes listed apart from the destructive ones are counted: `2 high-impact changes`; with
 * destructive changes marked high impact too, which are listed (and counted) with the destructive ones, `2 more
 * high-impact changes` and `, besides the destructive one also marked high impact`, so the count matches the marks.
 */
export function highImpactCount(count: number, alsoDestructive: number): { label: string; besides: string } {
  if (alsoDestructive === 0) return { label: countOf(count, 'high-impact change'), besides: '' };
  return {
    label: countOf(count, 'more high-impact change'),
    besides: `, besides the ${alsoDestructive === 1 ? 'destructive one' : `${alsoDestructive} destructive ones`} also marked high impact`,
  };
}

/**
 * What a plan cannot say about unmanaged accounts whose tags it did not read (`ownedByVend` absent): one of them
 * may still be vend's, its manifest deleted earlier. A plan reads an undeclared account's tags only when it carries
 * a declared name or the plan creates an account; the drift check reads them all.
 */
export function unreadOwnershipNote(accounts: readonly { ownedByVend?: boolean }[]): string {
  const unread = accounts.filter((account) => account.ownedByVend === undefined).length;
  const whose =
    unread === accounts.length ? (unread === 1 ? 'Its tags' : 'Their tags') : `The tags of ${unread} of them`;
  return `${whose} were not read, so ${unread === 1 ? 'it' : 'one'} may still be vend's, its manifest deleted earlier (deleting a manifest closes nothing). The drift check reads ${unread === 1 ? 'its tags and says whether it is' : "them and names vend's"}.`;
}

/**
 * Why a change this run made is still planned (PendingChange.undoneDuringRun). What to do about it is the heading's
 * to say: a re-run, or a new plan when the run refused changes the approved plan no longer covers.
 */
export const UNDONE_DURING_RUN = 'made by this run, then changed during it, by hand or by another tool';

/** Said of an apply change whose request got no answer (PendingChange.unanswered). */
export const UNANSWERED =
  'its request got no answer: AWS may have carried it out, and a re-run plans only what is left';

/**
 * Where stack instances are, from `account/region` members, accounts grouped by their Regions, to follow the change's
 * description: `: payments-prod in eu-west-1 and us-east-1`, or `: a and b in us-east-1; c in eu-west-1`, trimmed to
 * three groups; ` in us-east-1` when the description names every account already.
 */
export function whereInstances(members: readonly string[], description: string): string {
  const regionsByAccount = new Map<string, string[]>();
  for (const member of members) {
    const [, account, region] = /^(.*)\/([^/]+)$/.exec(member) ?? [member, member, ''];
    regionsByAccount.set(account!, [...(regionsByAccount.get(account!) ?? []), region!]);
  }
  const accountsByRegions = new Map<string, string[]>();
  // In name order, as the change's own list shows them: trimmed, both name the same first accounts.
  for (const [account, regions] of [...regionsByAccount].sort(([a], [b]) => compareText(a, b))) {
    const key = listNames([...regions].sort(compareText), Infinity);
    accountsByRegions.set(key, [...(accountsByRegions.get(key) ?? []), account]);
  }
  const groups = [...accountsByRegions];
  // A description that already names every account needs only the Regions after it: named as a whole word, since
  // account `automation` is not named by baseline `automation-roles`.
  if (groups.length === 1 && groups[0]![1].every((account) => namesWhole(description, account)))
    return ` in ${groups[0]![0]}`;
  const named = groups.map(([regions, accounts]) => `${listNames(accounts, 3)} in ${regions}`);
  // As listNames does, a last group is named rather than counted: it takes as much room.
  const shown = named.length <= 4 ? named : named.slice(0, 3);
  return `: ${shown.join('; ')}${named.length > shown.length ? `; and ${named.length - shown.length} more groups of accounts` : ''}`;
}

/** Whether `text` holds `name` with no name character (letter, digit, `-`, `_`) either side of it. */
function namesWhole(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (!/[\w-]/.test(text[at - 1] ?? '') && !/[\w-]/.test(text[at + name.length] ?? '')) return true;
  }
  return false;
}

/**
 * What a reviewer must know of quotas organization.yaml raises (Plan.raisedQuotas): validate and the plan trusted the
 * raised values, so if AWS has not raised them too, it refuses in apply, after earlier stages ran.
 */
export function raisedQuotasNote(raised: readonly { quota: string; value: number; awsValue: number }[]): string {
  const listed = raised.map(
    ({ quota, value, awsValue }) =>
      `${quota} ${value.toLocaleString('en-US')} (AWS: ${awsValue.toLocaleString('en-US')})`,
  );
  return `baselines/organization.yaml raises ${raised.length === 1 ? 'a quota' : `${raised.length} quotas`} above AWS's published ${raised.length === 1 ? 'value' : 'values'}: ${listNames(listed, Infinity)}. Validate and this plan checked against the raised ${raised.length === 1 ? 'value' : 'values'}; unless AWS has raised ${raised.length === 1 ? 'it' : 'them'} too, it refuses in apply, after earlier stages ran. Approve only with the AWS page that shows the new ${raised.length === 1 ? 'value' : 'values'}.`;
}

/**
 * A change id as a person reads it beside the change's description, `update-stack-instances:stackset:vend-roles`:
 * without the `#` and eight hexadecimal digits that tell apart a StackSet's instance groups with other parameter
 * overrides (stack-instance-targets.ts, groupSuffix), since the description names the accounts of the group.
 */
export function changeLabel(id: string): string {
  return id.replace(/#[0-9a-f]{8}$/, '');
}
