import { compareText } from '../ordering.js';
import type { AccountDocument } from '../config/documents.js';
import type { ObservedStackInstance, ObservedStackSet } from '../observe/observed-state.js';
import { canonicalJson } from '../plan/canonical-json.js';
import { noEchoIn } from '../plan/no-echo-parameters.js';
import type { ImportFinding } from './imported-repository.js';
import { listNames } from '../report/phrasing.js';

/** A StackSet with vend's prefix, as a catalogue baseline. */
export interface ImportedBaseline {
  name: string;
  stackSet: ObservedStackSet;
}

/** An account's baselines as its stack instances say. */
export interface AccountBaselines {
  /** Baseline → the parameter overrides its instances carry in AWS (`{}` for none). */
  overrides: Map<string, Record<string, string>>;
  /** The regions its regional baselines (those without fixed regions) are deployed to; undefined when it has none. */
  regions?: string[];
}

/**
 * Each baseline's fixed regions, from the accounts `accountIds` names (those import writes, now or with a later
 * --accounts-only): a baseline deployed to the same regions in every such account gets them as its `regions` (a
 * baseline with named IAM resources must have exactly one, and does); one whose regions differ between accounts
 * follows each account's regions. A baseline no written account has is judged by the accounts it has instances in,
 * the same way; one with no instance follows each account's regions.
 */
export function fixedRegions(
  baselines: readonly ImportedBaseline[],
  accountIds: ReadonlySet<string>,
): Map<string, string[] | undefined> {
  const fixed = new Map<string, string[] | undefined>();
  for (const { name, stackSet } of baselines) {
    const written = stackSet.instances.filter((instance) => accountIds.has(instance.accountId));
    // The accounts that say: those written, else (none written) every account with an instance, which a later
    // --accounts-only import may write once it can: regions the accounts do not agree on are no baseline's.
    const deciding = written.length > 0 ? written : stackSet.instances;
    const sets = new Set(groupByAccount(deciding).map(([, instances]) => regionKey(instances)));
    fixed.set(
      name,
      sets.size === 1 ? [...new Set(deciding.map((instance) => instance.region))].sort(compareText) : undefined,
    );
  }
  return fixed;
}

/**
 * One account's baselines, or why a manifest cannot say what its instances are: a manifest gives one set of
 * overrides per baseline and one `regions` list for all its regional baselines, and a baseline with fixed regions
 * deploys to exactly those.
 */
export function accountBaselines(
  accountId: string,
  baselines: readonly ImportedBaseline[],
  regionsOf: ReadonlyMap<string, string[] | undefined>,
): AccountBaselines | { problem: string } {
  const overrides = new Map<string, Record<string, string>>();
  const regional: [string, string[]][] = [];
  for (const { name, stackSet } of baselines) {
    const instances = stackSet.instances.filter((instance) => instance.accountId === accountId);
    if (instances.length === 0) continue;
    const distinct = new Set(instances.map((instance) => canonicalJson(instance.parameterOverrides)));
    if (distinct.size > 1)
      return {
        problem: `its ${name} instances carry different parameter overrides in different regions, and a manifest holds one set per baseline`,
      };
    overrides.set(name, instances[0]!.parameterOverrides);
    const regions = [...new Set(instances.map((instance) => instance.region))].sort(compareText);
    const fixed = regionsOf.get(name);
    if (!fixed) regional.push([name, regions]);
    else if (regions.join(',') !== [...fixed].sort(compareText).join(','))
      return {
        problem: `its ${name} instances are in ${regions.join(', ')}, but the baseline deploys to ${fixed.join(', ')}`,
      };
  }
  const regionSets = new Set(regional.map(([, regions]) => regions.join(',')));
  if (regionSets.size > 1)
    return {
      problem: `its regional baselines are in different regions (${regional.map(([name, regions]) => `${name}: ${regions.join(', ')}`).join('; ')}), and a manifest has one regions list for them all`,
    };
  return { overrides, ...(regional.length > 0 ? { regions: regional[0]![1] } : {}) };
}

/**
 * `defaultRegions`: the regions most written accounts' regional baselines use, or the home region when none has
 * any; accounts with these regions need no `regions` of their own. A tie goes to a set with the home region, then to
 * the fewest regions, then to text order: an account declared later without `regions` deploys to them all, so the
 * narrowest reading of the evidence is the safe one. Where the accounts disagree, the choice is an `inferred`
 * finding with the evidence.
 */
export function commonRegions(
  accounts: Iterable<AccountBaselines>,
  homeRegion: string,
): { regions: string[]; findings: ImportFinding[] } {
  const counts = new Map<string, number>();
  for (const account of accounts)
    if (account.regions) counts.set(account.regions.join(','), (counts.get(account.regions.join(',')) ?? 0) + 1);
  const ranked = [...counts].sort(
    ([a, m], [b, n]) =>
      n - m ||
      Number(b.split(',').includes(homeRegion)) - Number(a.split(',').includes(homeRegion)) ||
      a.split(',').length - b.split(',').length ||
      compareText(a, b),
  );
  const [best, ...others] = ranked;
  if (!best) return { regions: [homeRegion], findings: [] };
  const regions = best[0].split(',');
  if (others.length === 0) return { regions, findings: [] };
  const total = ranked.reduce((sum, [, count]) => sum + count, 0);
  const tied = others.some(([, count]) => count === best[1]);
  return {
    regions,
    findings: [
      {
        kind: 'inferred',
        subject: 'defaultRegions',
        message: `Set to ${regions.join(', ')}, the regions of ${best[1]} of the ${total} accounts with regional baselines (the others: ${others.map(([key, count]) => `${key.split(',').join(', ')} in ${count}`).join('; ')})${tied ? ', a tie decided for the home region, then for fewer regions' : ''}. An account declared later without regions gets these: make them the regions new accounts should have.`,
      },
    ],
  };
}

/** Fewer accounts than this beneath an OU are no evidence of what the OU's next account should have. */
const ACCOUNTS_TO_DECLARE_ON_AN_OU = 2;

/**
 * The baselines each complete OU declares, so that its accounts inherit them: a baseline goes on the highest OU
 * all of whose written accounts (at any depth, at least two of them) have it, and no ancestor declares it already.
 * A baseline only one account beneath an OU has stays on that account's manifest: it may have opted in on its own,
 * and declaring it on the OU would deploy it to every account created there later. Accounts that are not written do
 * not count: vend does not deploy to them. Each declaration is an `inferred` finding. Pure; `units` parents first.
 */
export function organizationalUnitBaselines(
  units: readonly { path: string; parentPath: string | null; complete: boolean }[],
  accounts: readonly { ou: string; baselines: ReadonlySet<string> }[],
): { declared: Map<string, string[]>; findings: ImportFinding[] } {
  const declared = new Map<string, string[]>();
  const inherited = new Map<string, Set<string>>();
  const findings: ImportFinding[] = [];
  for (const unit of units) {
    const fromAbove = new Set(unit.parentPath === null ? [] : (inherited.get(unit.parentPath) ?? []));
    const beneath = accounts.filter((account) => account.ou === unit.path || account.ou.startsWith(`${unit.path}/`));
    const shared =
      unit.complete && beneath.length >= ACCOUNTS_TO_DECLARE_ON_AN_OU
        ? [...beneath[0]!.baselines].filter(
            (name) => !fromAbove.has(name) && beneath.every((account) => account.baselines.has(name)),
          )
        : [];
    if (shared.length > 0) {
      declared.set(unit.path, shared.sort(compareText));
      findings.push({
        kind: 'inferred',
        subject: `OU ${unit.path}`,
        message: `Declares ${listNames(shared)}, because ${beneath.length === 1 ? 'the one account import writes in it has' : beneath.length === 2 ? 'both accounts import writes in it have' : `all ${beneath.length} accounts import writes in it have`} ${shared.length === 1 ? 'it' : 'them'}: an account created in it later gets ${shared.length === 1 ? 'it' : 'them'} too. If ${shared.length === 1 ? 'it is' : 'they are'} there by each account's choice, move ${shared.length === 1 ? 'it' : 'them'} to the accounts' baselines.`,
      });
    }
    inherited.set(unit.path, new Set([...fromAbove, ...shared]));
  }
  return { declared, findings };
}

/** StackSet instance statuses that mean its last deployment succeeded (the plan's DONE_STATUSES). */
const DONE = new Set(['SUCCEEDED', 'CURRENT']);

/** Instances of written accounts that the first plan redeploys, or reports INOPERABLE, by baseline. */
export function unfinishedInstances(
  baselines: readonly ImportedBaseline[],
  accountIds: ReadonlySet<string>,
): ImportFinding[] {
  return baselines.flatMap(({ stackSet }) => {
    const unfinished = stackSet.instances.filter(
      (instance) => accountIds.has(instance.accountId) && !DONE.has(instance.status),
    );
    if (unfinished.length === 0) return [];
    const statuses = [...new Set(unfinished.map((instance) => instance.status || 'no status'))].sort(compareText);
    return [
      {
        kind: 'check' as const,
        subject: `StackSet ${stackSet.name}`,
        message: `${unfinished.length} of its instances in written accounts did not finish their last deployment (${statuses.join(', ')}): the first plan redeploys them${statuses.includes('INOPERABLE') ? ', and reports an INOPERABLE one as a problem to clear by hand' : ''}.`,
      },
    ];
  });
}

/**
 * Parameters a template declares NoEcho, whose values AWS returns masked (`****`): import writes what it was given, so
 * the repository holds the mask where the secret was, which apply keeps rather than deploys (see stackSetParameters),
 * and the reader should know. `accounts` are the manifests import writes; `withStackSetParameters` whether it writes
 * organization.yaml.
 */
export function secretParameters(
  baselines: readonly ImportedBaseline[],
  accounts: readonly AccountDocument[],
  withStackSetParameters: boolean,
): ImportFinding[] {
  return baselines.flatMap(({ name, stackSet }) => {
    const secret = noEchoIn(stackSet.templateBody);
    const written = [
      ...(withStackSetParameters ? Object.keys(stackSet.parameters) : []),
      ...accounts.flatMap((account) => Object.keys(account.parameters?.[name] ?? {})),
    ];
    const masked = [...new Set(written.filter((parameter) => secret.includes(parameter)))].sort(compareText);
    if (masked.length === 0) return [];
    // An account whose instance overrides a secret may run one of its own, which nobody reading the repository sees.
    const ownSecrets = accounts
      .filter((account) => Object.keys(account.parameters?.[name] ?? {}).some((key) => secret.includes(key)))
      .map((account) => account.name);
    // A note, not a check: the first plan only adopts, since apply keeps what is deployed while the mask stands.
    return [
      {
        kind: 'note' as const,
        subject: `baseline ${name}`,
        message: `${masked.join(', ')} ${masked.length === 1 ? 'is' : 'are'} NoEcho: AWS returns the value masked, and that mask is what the repository now holds. While it does, vend keeps the deployed secret (UsePreviousValue) when it updates the StackSet or its instances; a new instance takes the StackSet's value, and a new StackSet from it is refused. Put the real value there (organization.yaml, or the manifests' parameters) to change it.${ownSecrets.length > 0 ? ` ${listNames(ownSecrets)} ${ownSecrets.length === 1 ? 'overrides' : 'override'} ${masked.length === 1 ? 'it' : 'them'} on ${ownSecrets.length === 1 ? 'its instances' : 'their instances'}, perhaps with a secret of ${ownSecrets.length === 1 ? 'its' : 'their'} own, which the manifest, holding the mask, cannot show.` : ''}`,
      },
    ];
  });
}

function groupByAccount(instances: readonly ObservedStackInstance[]): [string, ObservedStackInstance[]][] {
  const groups = new Map<string, ObservedStackInstance[]>();
  for (const instance of instances)
    groups.set(instance.accountId, [...(groups.get(instance.accountId) ?? []), instance]);
  return [...groups];
}

function regionKey(instances: readonly ObservedStackInstance[]): string {
  return [...new Set(instances.map((instance) => instance.region))].sort(compareText).join(',');
}

/**
 * Baselines whose StackSet has instances in member accounts of this organization that no manifest declares after
 * the import: suspended accounts, accounts left out, or outside the --ou chosen. The plan leaves those instances in
 * place, updates of the StackSet redeploy them, and vend drift reports each as a stack instance no longer targeted
 * (medium), which a person should hear of now rather than from the first drift issue. `declared` are the ids of the
 * accounts with a manifest; the management account is reported apart (managementAccountInstances), and so are
 * accounts outside the organization (instancesOutsideOrganization).
 */
export function undeclaredAccountInstances(
  baselines: readonly ImportedBaseline[],
  declared: ReadonlySet<string>,
  managementAccountId: string,
  accounts: {
    /** Suspended or closed accounts: an update skips their instances, and no manifest can be written for them. */
    inactive?: ReadonlySet<string>;
    /** Accounts import left out for a reason (a name, an email), which a later import writes once it is settled. */
    refused?: ReadonlySet<string>;
    /** The organization's accounts; instances elsewhere are not this finding's. All accounts count when absent. */
    members?: ReadonlySet<string>;
    /** `--ou`: accounts outside the imported OUs were not looked at, so what may keep them out is not known here. */
    partial?: boolean;
    /** Account names by id, to name the accounts beside their ids. */
    names?: ReadonlyMap<string, string>;
  } = {},
): ImportFinding[] {
  const inactive = accounts.inactive ?? new Set<string>();
  const refused = accounts.refused ?? new Set<string>();
  return baselines.flatMap(({ stackSet }) => {
    const undeclared = stackSet.instances.filter(
      (instance) =>
        !declared.has(instance.accountId) &&
        instance.accountId !== managementAccountId &&
        (accounts.members === undefined || accounts.members.has(instance.accountId)),
    );
    const instances = undeclared.filter((instance) => !inactive.has(instance.accountId));
    const skipped = undeclared.length - instances.length;
    const withoutManifest = [...new Set(instances.map((instance) => instance.accountId))].sort(compareText);
    const settle = withoutManifest.some((id) => refused.has(id))
      ? `, once what kept ${withoutManifest.length === 1 ? 'it' : 'them'} out, listed under Not written, is settled`
      : accounts.partial
        ? `, which says what may keep ${withoutManifest.length === 1 ? 'it' : 'any of them'} out: an OU organization.yaml does not declare, a place directly under the root`
        : '';
    const besides = skipped > 0 ? ` (${skipped} more in suspended or closing accounts, which updates skip)` : '';
    if (withoutManifest.length === 0)
      return skipped === 0
        ? []
        : [
            {
              kind: 'note' as const,
              subject: `StackSet ${stackSet.name}`,
              // Drift reports each as an instance no longer targeted (unwanted-instance-findings.ts): said here first.
              message: `${skipped === 1 ? 'One of its instances is in a suspended or closing account' : `${skipped} of its instances are in suspended or closing accounts`}: updates skip ${skipped === 1 ? 'it' : 'them'} (SKIPPED_SUSPENDED_ACCOUNT), and vend drift reports ${skipped === 1 ? 'it' : 'each'} as a stack instance no longer targeted until ${skipped === 1 ? 'it is' : 'they are'} removed from the StackSet, keeping ${skipped === 1 ? 'its stack' : 'their stacks'}, which go with the account${skipped === 1 ? '' : 's'} (aws cloudformation delete-stack-instances --retain-stacks), or listed under ignore: in the organization file.`,
            },
          ];
    const them = instances.length === 1 ? 'it' : 'them';
    // Adopting the StackSet is itself an update, so the first plan redeploys them: a high-impact change, as the plan
    // marks it (stack-set-ownership.ts).
    const adopted = !stackSet.managedByVend;
    return [
      {
        kind: adopted ? ('check' as const) : ('note' as const),
        subject: `StackSet ${stackSet.name}`,
        message: `${instances.length === 1 ? 'One of its instances is' : `${instances.length} of its instances are`} in ${withoutManifest.length === 1 ? 'an account' : `${withoutManifest.length} accounts`} with no manifest${besides}, ${listNames(
          withoutManifest.map((id) => (accounts.names?.has(id) ? `'${accounts.names.get(id)}' (${id})` : id)),
          5,
        )}. Vend leaves ${them} in place, every update of the StackSet${adopted ? ' (adopting it in the first plan, then a new template or parameters)' : ''} redeploys ${them}, and vend drift reports ${instances.length === 1 ? 'it' : 'each'} as a stack instance no longer targeted.${adopted ? ' So the first plan adopts it as a high-impact change, which apply carries out only with allow-high-impact (--allow-high-impact), after the stricter review.' : ''} To manage ${them}, give the account${withoutManifest.length === 1 ? '' : 's'} a manifest (vend import --accounts-only${settle}); otherwise delete ${them} in AWS (DeleteStackInstances with RetainStacks, to keep the stacks) or list ${them} under ignore: in the organization file.`,
      },
    ];
  });
}
