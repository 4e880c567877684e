import { listNames } from '../name-lists.js';
import { compareText } from '../ordering.js';
import type { DesiredBaseline } from '../config/desired-state.js';
import type { ObservedStackInstance } from '../observe/observed-state.js';
import { canonicalJson, sha256Digest } from './canonical-json.js';
import { stackSetsReachManagementAccount } from './planned-accounts.js';
import type { ChangeScope, StackInstanceTarget } from './plan.js';
import { unmasked } from './no-echo-parameters.js';
import type { PlanDraft } from './plan-draft.js';

/**
 * An account that overrides any parameter gets every StackSet parameter as an override: the baseline's values
 * with its own on top. AWS fills unlisted parameters from the StackSet, but the emulator does not, and the
 * explicit form behaves the same on both. The cost: a change to a StackSet-level value also updates these
 * accounts' overrides, which the plan shows as an override update.
 */
export function wantedInstances(
  draft: PlanDraft,
  baseline: DesiredBaseline,
): (StackInstanceTarget & { overrides: Record<string, string>; own: Record<string, string> })[] {
  const reachesManagement = stackSetsReachManagementAccount(draft);
  return draft.desired.accounts
    .filter((account) => draft.plansFor(account) && account.baselines.includes(baseline.name))
    .filter((account) => reachesManagement || !draft.isManagementAccount(account.name))
    .flatMap((account) => {
      const own = account.parameters[baseline.name];
      const overrides = own ? { ...baseline.parameters, ...own } : {};
      return (baseline.regions ?? account.regions).map((region) => ({
        account: account.name,
        region,
        overrides,
        own: own ?? {},
      }));
    });
}

/**
 * Whether an instance's overrides in AWS give it the parameters the repository wants (`wanted`, in the explicit
 * form of wantedInstances). CloudFormation takes every parameter an instance does not override from the StackSet
 * (AWS CloudFormation User Guide, "Override parameters on stack instances"), so overrides someone set by hand for
 * one parameter match when, laid over the StackSet's parameters as the repository declares them, they give every
 * parameter the same value. An account that overrides nothing must hold no overrides: that is how a dropped
 * override is reset. A masked value of a `secret` (NoEcho) parameter cannot be read and counts as the wanted one.
 */
export function overridesMatch(
  stackSetParameters: Record<string, string>,
  observed: Record<string, string>,
  wanted: Record<string, string>,
  secret: readonly string[],
): boolean {
  if (Object.keys(wanted).length === 0) return Object.keys(observed).length === 0;
  return canonicalJson({ ...stackSetParameters, ...unmasked(observed, wanted, secret) }) === canonicalJson(wanted);
}

/**
 * Whether updating an instance from its `observed` overrides to `wanted` (the explicit form of wantedInstances)
 * changes more than the values it carries over from the StackSet: an override the account declares itself (`own`),
 * one set or reset, or one someone set by hand. A parameter the account does not override, whose value follows the
 * StackSet's from `before` to `after`, is the StackSet parameter change's effect, reviewed there; counting it again
 * here would show one edit as one more high-impact change per override group.
 */
export function changesOwnOverrides(
  stackSetParameters: { before: Record<string, string>; after: Record<string, string> },
  observed: Record<string, string>,
  wanted: Record<string, string>,
  own: Record<string, string>,
  secret: readonly string[],
): boolean {
  if (Object.keys(wanted).length === 0 || Object.keys(observed).length === 0)
    return Object.keys(wanted).length !== Object.keys(observed).length;
  const current = unmasked(observed, wanted, secret);
  if (Object.keys(current).some((key) => wanted[key] === undefined)) return true;
  return Object.entries(wanted).some(([key, value]) => {
    const deployed = current[key] ?? stackSetParameters.before[key];
    if (deployed === value) return false;
    const carried =
      own[key] === undefined && deployed === stackSetParameters.before[key] && value === stackSetParameters.after[key];
    return !carried;
  });
}

export function compareInstances(a: ObservedStackInstance, b: ObservedStackInstance): number {
  return compareText(a.accountId, b.accountId) || compareText(a.region, b.region);
}

export function compareInstanceTargets(a: StackInstanceTarget, b: StackInstanceTarget): number {
  return compareText(a.account, b.account) || compareText(a.region, b.region);
}

/**
 * Only a stack instance whose last deployment succeeded is done. Instances are listed whatever their state, so
 * without this a baseline that failed (FAILED, CANCELLED), was skipped (SKIPPED_SUSPENDED_ACCOUNT) or never finished
 * (PENDING, RUNNING, OUTDATED) would never be retried: the next plan would see every instance present. The
 * statuses are CloudFormation's StackInstanceDetailedStatus, or StackInstanceStatus where no detailed one is given.
 */
const DONE_STATUSES = new Set(['SUCCEEDED', 'CURRENT']);
/** StackInstanceDetailedStatus INOPERABLE: CloudFormation refuses every further operation on the instance. */
export const INOPERABLE = 'INOPERABLE';

export function isDone(status: string): boolean {
  return DONE_STATUSES.has(status);
}

/** A change to stack instances in at most this many accounts names them in its description. */
export const NAMED_ACCOUNTS = 3;

/**
 * The description of an update-stack-instances change, naming its `accounts` when few. `carriedOnly`: the overrides change only by the StackSet
 * values they carry (changesOwnOverrides).
 */
export function describeInstanceUpdate(
  baseline: string,
  count: number,
  accounts: readonly string[],
  notDone: readonly string[],
  carriedOnly = false,
): string {
  const plural = (n: number) => (n === 1 ? '' : 's');
  const statuses = [...new Set(notDone)].sort().join(', ');
  // Named when few: groups with other overrides are otherwise lines alike, telling no account apart.
  const where = accounts.length <= NAMED_ACCOUNTS ? ` in ${listNames(accounts)}` : '';
  const instances = `${count} ${baseline} instance${plural(count)}${where}`;
  if (notDone.length === count) return `Redeploy ${instances}, whose last deployment did not succeed (${statuses})`;
  const what = carriedOnly
    ? `Carry the StackSet's new parameter values into the overrides of ${instances}`
    : `Update parameter overrides of ${instances}`;
  return notDone.length === 0 ? what : `${what} (${notDone.length} of them did not succeed last time: ${statuses})`;
}

/** Instances with different parameter overrides need separate API calls; the suffix keeps their ids distinct and stable. */
export function groupSuffix(overridesKey: string): string {
  return overridesKey === '{}' ? '' : `#${sha256Digest(overridesKey).slice('sha256:'.length, 'sha256:'.length + 8)}`;
}

export function instanceScope(
  stackSet: string,
  overrides: Record<string, string>,
  targets: readonly StackInstanceTarget[],
): ChangeScope {
  return {
    stackSet,
    parameterOverrides: sha256Digest(canonicalJson(overrides)),
    members: targets.map((target) => `${target.account}/${target.region}`),
  };
}
