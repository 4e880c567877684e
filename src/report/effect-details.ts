import { compareText } from '../ordering.js';
import type { MoveBlastRadius, ScpBlastRadius, StackSetBlastRadius } from '../plan/plan.js';
import { describeTarget } from '../plan/plan-draft.js';
import { countOf, listNames, quoted } from './phrasing.js';

/**
 * Detail lines of change effects, as plain text. Each function is pure and gets exactly the data it shows; the
 * callers in change-effects.ts pick it out of the plan.
 */

/** How a secret parameter's value is shown: never. */
export const HIDDEN_VALUE = '(NoEcho: value not shown)';
/**
 * A parameter this plan's own template change makes NoEcho: hiding its values is what the change does, so a
 * reviewer who sees only "changed" could approve any value (a new principal to trust, say). The values are in the
 * repository's files, where the reviewer is sent.
 */
const NEWLY_HIDDEN =
  "NoEcho only from this plan's template change, so not shown: read the values in the repository's files before approving";

/** `CostCenter: "0000" → "4711"`, `Team: (not set) → "payments"`, `Stale: "yes" → (removed)`; keys sorted. */
export function valueChanges(
  before: Record<string, string>,
  after: Record<string, string | undefined>,
  secret: ReadonlySet<string> = new Set(),
  /** Of `secret`, those NoEcho only from this plan's template change. */
  newlySecret: ReadonlySet<string> = new Set(),
  /**
   * The templates' defaults, before and after: the value in effect where nothing is set; or, for an override,
   * `removed`: what takes the place of one taken away.
   */
  defaults: { before: Record<string, string>; after: Record<string, string>; removed?: (key: string) => string } = {
    before: {},
    after: {},
  },
): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareText);
  return keys.flatMap((key) => {
    const old = Object.hasOwn(before, key) ? before[key] : undefined;
    const next = Object.hasOwn(after, key) ? after[key] : undefined;
    if (old === next) return [];
    // Set or removed says no value; changed would claim there was one before (or is one after).
    const what = old === undefined ? 'set' : next === undefined ? 'removed' : 'changed';
    if (newlySecret.has(key)) return [`${key}: ${what} (${NEWLY_HIDDEN})`];
    if (secret.has(key)) return [`${key}: ${what} (NoEcho: ${what === 'changed' ? 'values' : 'value'} not shown)`];
    const unset = (side: Record<string, string>, word: string) =>
      side[key] === undefined ? `(${word})` : `(${word}: default ${quoted(side[key])})`;
    return [
      `${key}: ${old === undefined ? unset(defaults.before, 'not set') : quoted(old)} → ${next === undefined ? (defaults.removed?.(key) ?? unset(defaults.after, 'removed')) : quoted(next)}`,
    ];
  });
}

/**
 * `BoundaryPolicyName = "vend-workload-boundary"`, with secret values hidden; keys sorted, those in `first` (an
 * override that is not the StackSet's value) before the others, so that a shortened list keeps them.
 */
export function valueAssignments(
  values: Record<string, string>,
  secret: ReadonlySet<string> = new Set(),
  newlySecret: ReadonlySet<string> = new Set(),
  first: ReadonlySet<string> = new Set(),
): string[] {
  return Object.keys(values)
    .sort((a, b) => Number(first.has(b)) - Number(first.has(a)) || compareText(a, b))
    .map(
      (key) =>
        `${key} = ${newlySecret.has(key) ? `(${NEWLY_HIDDEN})` : secret.has(key) ? HIDDEN_VALUE : quoted(values[key]!)}`,
    );
}

/**
 * Stack instances (`account/region` members) as `regions: accounts` lines: accounts that share their regions
 * share a line, so 200 accounts in one region are one line with a count.
 */
export function instanceLines(
  members: readonly string[],
  accountName: (account: string) => string,
  /** Accounts named before the others in each region's list, so that a trimmed list never hides them. */
  first: ReadonlySet<string> = new Set(),
): string[] {
  const regionsByAccount = new Map<string, string[]>();
  for (const member of members) {
    const slash = member.lastIndexOf('/');
    const account = accountName(member.slice(0, slash));
    regionsByAccount.set(account, [...(regionsByAccount.get(account) ?? []), member.slice(slash + 1)]);
  }
  const accountsByRegions = new Map<string, string[]>();
  for (const [account, regions] of regionsByAccount) {
    const key = [...regions].sort(compareText).join(', ');
    accountsByRegions.set(key, [...(accountsByRegions.get(key) ?? []), account]);
  }
  return [...accountsByRegions]
    .sort(([a], [b]) => compareText(a, b))
    .map(([regions, accounts]) => {
      const sorted = [
        ...accounts.filter((account) => first.has(account)).sort(compareText),
        ...accounts.filter((account) => !first.has(account)).sort(compareText),
      ];
      return `${regions}: ${sorted.length > 1 ? `${countOf(sorted.length, 'account')}: ` : ''}${listNames(sorted)}`;
    });
}

const agree = (count: number, singular: string, plural: string) => (count === 1 ? singular : plural);

/** Who an SCP attachment, detachment or new content reaches, and who gains or loses it. */
export function scpReachLines(radius: ScpBlastRadius, kind: 'attach' | 'detach' | 'content'): string[] {
  const { accounts, affected, elsewhere } = radius;
  if (kind === 'content') {
    if (accounts.length === 0) return ['it is in force for no account yet'];
    // Attached to one account only, the account is the whole reach: "1 account through account a: a" says it twice.
    const only = radius.targets.length === 1 && radius.targets[0]!.startsWith('account:') && accounts.length === 1;
    if (only)
      return [
        `in force for ${describeTarget(radius.targets[0]!)} alone`,
        ...undeclaredLines(radius.undeclared),
        ...deniedEverythingLines(radius.deniedEverything),
      ];
    return [
      `in force for ${countOf(accounts.length, 'account')} through ${listNames(radius.targets.map(describeTarget), 4)}: ${listNames(accounts)}`,
      ...undeclaredLines(radius.undeclared),
      ...deniedEverythingLines(radius.deniedEverything),
    ];
  }
  const target = describeTarget(radius.targets[0] ?? 'root');
  const lines: string[] = [];
  // Accounts SCPs act in: closed (suspended) ones run nothing and are not counted, and new ones are not there yet.
  if (accounts.length === 0) return [`no active account is beneath ${target}`];
  // An Allow acts at its own level only: what changes is the Allow there, which the table's SCPs in force, listed by
  // name, would not show where another level holds the same SCP.
  const allow = radius.allowsPerLevel ? ` its Allow at ${target}` : ' it';
  if (kind === 'attach') {
    lines.push(
      affected.length === accounts.length
        ? `applies to ${countOf(accounts.length, 'account')}: ${listNames(accounts)}`
        : affected.length === 0
          ? 'no account gains it'
          : `${countOf(affected.length, 'account')} ${agree(affected.length, 'gains', 'gain')}${allow}: ${listNames(affected)}`,
    );
  } else {
    lines.push(
      affected.length === 0
        ? 'no account loses it'
        : `${countOf(affected.length, 'account')} ${agree(affected.length, 'loses', 'lose')}${allow}: ${listNames(affected)}`,
    );
  }
  // An account target is beneath itself: the one account has the SCP through its OU or the root.
  const accountTarget = (radius.targets[0] ?? '').startsWith('account:');
  if (elsewhere.length > 0 && accountTarget)
    lines.push(
      kind === 'attach'
        ? `${target} has it in force today through its OU or the root`
        : `${target} keeps it through its OU or the root`,
    );
  else if (elsewhere.length > 0)
    lines.push(
      kind === 'attach'
        ? // Beneath the target once the plan is applied: a new OU, or one an account moves into, holds it only then.
          `${countOf(elsewhere.length, 'other account')} beneath ${target} once the plan is applied ${agree(elsewhere.length, 'has', 'have')} it in force already, and ${agree(elsewhere.length, 'keeps', 'keep')} it through another attachment: ${listNames(elsewhere)}`
        : `${countOf(elsewhere.length, 'other account')} beneath ${target} ${agree(elsewhere.length, 'keeps', 'keep')} it through another attachment: ${listNames(elsewhere)}`,
    );
  const kept = radius.keptThroughThis ?? [];
  if (kept.length > 0 && accountTarget)
    lines.push(
      `${target} keeps it, now through this attachment alone (the plan moves it here, or takes away the attachment that gives it today)`,
    );
  else if (kept.length > 0)
    lines.push(
      `${countOf(kept.length, 'account')} beneath ${target} ${agree(kept.length, 'keeps', 'keep')} it, now through this attachment alone (the plan moves ${agree(kept.length, 'it', 'them')} here, or takes away the attachment that gives it today): ${listNames(kept)}`,
    );
  return [
    ...lines,
    ...(radius.widensAllowList
      ? [
          `it allows actions at ${target}, where FullAWSAccess is not attached: the allow list there grows, loosening that guardrail`,
        ]
      : []),
    ...undeclaredLines(radius.undeclared),
    ...deniedEverythingLines(radius.deniedEverything),
  ];
}

function undeclaredLines(accounts: readonly string[] | undefined): string[] {
  if (!accounts || accounts.length === 0) return [];
  return [
    accounts.length === 1
      ? `${accounts[0]} is in no manifest (another team's account?)`
      : `${accounts.length} of them are in no manifest (other teams' accounts?): ${listNames(accounts)}`,
  ];
}

function outsideLines(ids: readonly string[] | undefined): string[] {
  if (!ids || ids.length === 0) return [];
  const one = ids.length === 1;
  return [
    `${listNames(ids)} ${one ? 'is' : 'are'} not in the organization (${one ? 'it' : 'they'} left, or ${one ? 'was' : 'were'} removed): vend drift reports ${one ? 'its instance' : 'their instances'} as stack-instance-outside-organization`,
  ];
}

/**
 * Accounts left with a level where no SCP allows anything. AWS needs an Allow at every level from the root to the
 * account (Organizations User Guide, "SCP evaluation"), so there every action is denied.
 */
function deniedEverythingLines(accounts: readonly string[] | undefined): string[] {
  if (!accounts || accounts.length === 0) return [];
  return [
    `leaves ${countOf(accounts.length, 'account')} with a level where no attached SCP allows anything, so every action in ${agree(accounts.length, 'it', 'them')} is denied: ${listNames(accounts)}`,
  ];
}

/** What redeploying a StackSet with a new template or parameters reaches. */
export function stackSetReachLines(radius: StackSetBlastRadius): string[] {
  const added = radius.added ?? [];
  const addedAccounts = new Set(added.map((instance) => instance.slice(0, instance.lastIndexOf('/')))).size;
  const adding =
    added.length > 0
      ? [
          `${radius.instances.length === 0 ? 'deploys it' : 'and deploys it'} to ${countOf(added.length, 'new stack instance')} in ${countOf(addedAccounts, 'account')} this plan adds:`,
          ...instanceLines(added, (account) => account, new Set()).map((line) => `  ${line}`),
          ...Object.entries(radius.addedOverriding ?? {}).map(
            ([parameter, accounts]) =>
              `${countOf(accounts.length, 'of these accounts', 'of these accounts')} ${agree(accounts.length, 'overrides', 'override')} ${parameter}, so ${agree(accounts.length, 'its new instances take its', 'their new instances take their')} own value, not the new one: ${listNames(accounts)}`,
          ),
        ]
      : [];
  const skipped = radius.skipped ?? 0;
  // Said apart so that an instance the import note or the drift issue names is not denied here.
  const skipping =
    skipped === 0
      ? []
      : radius.instances.length > 0 || added.length > 0
        ? [
            skipped === 1
              ? 'not the stack instance in a suspended or closing account, which StackSet operations skip'
              : `not the ${skipped} stack instances in suspended or closing accounts, which StackSet operations skip`,
          ]
        : [
            skipped === 1
              ? 'its only stack instance is in a suspended or closing account, which StackSet operations skip'
              : `its ${skipped} stack instances are all in suspended or closing accounts, which StackSet operations skip`,
          ];
  if (radius.instances.length === 0)
    return added.length > 0 ? [...adding, ...skipping] : skipped > 0 ? skipping : ['it has no stack instances yet'];
  return [
    `redeploys ${countOf(radius.instances.length, 'stack instance')} in ${countOf(radius.accounts.length, 'account')}:`,
    ...instanceLines(radius.instances, (account) => account, new Set(radius.undeclared)).map((line) => `  ${line}`),
    ...skipping,
    ...(radius.management
      ? [
          `${radius.management} is the management account, which no manifest declares: roles there act over the whole organization, and no SCP limits them`,
        ]
      : []),
    ...outsideLines(radius.outsideOrganization),
    ...undeclaredLines(
      radius.undeclared?.filter(
        (account) => account !== radius.management && !radius.outsideOrganization?.includes(account),
      ),
    ),
    ...Object.entries(radius.overriddenBy ?? {}).map(([parameter, accounts]) =>
      accounts.length === radius.accounts.length
        ? accounts.length === 1
          ? `that account overrides ${parameter} and keeps its own value`
          : `every one of them overrides ${parameter}, so none takes its new value`
        : `${countOf(accounts.length, 'account')} ${agree(accounts.length, 'overrides', 'override')} ${parameter} and ${agree(accounts.length, 'keeps its', 'keep their')} own value: ${listNames(accounts)}`,
    ),
    // Overrides are set after the StackSet update (UpdateStackInstances depends on UpdateStackSet).
    ...Object.entries(radius.overriddenLater ?? {}).map(
      ([parameter, accounts]) =>
        `${countOf(accounts.length, 'account')} ${agree(accounts.length, 'gets', 'get')} the new value of ${parameter} first, until the override this plan sets after the update gives ${agree(accounts.length, 'it its', 'them their')} own: ${listNames(accounts)}`,
    ),
    ...adding,
  ];
}

/** The SCPs and baselines a moved account gains and loses. */
export function moveLines(radius: MoveBlastRadius, foreign: ReadonlySet<string> = new Set()): string[] {
  const named = (verb: string, noun: string, names: readonly string[]) =>
    names.length > 0 ? [`${verb} ${noun}${names.length === 1 ? '' : 's'} ${names.join(', ')}`] : [];
  // Another team's SCP is said to be theirs, as in the accounts table: vend will never change or detach it.
  const scps = (names: readonly string[]) => names.map((name) => (foreign.has(name) ? `${name} (not vend's)` : name));
  const lines = [
    ...named('gains', 'SCP', scps(radius.gains.scps)),
    ...named('loses', 'SCP', scps(radius.loses.scps)),
    ...named('gains', 'baseline', radius.gains.baselines),
    ...named('loses', 'baseline', radius.loses.baselines),
    ...(radius.untilDetached && radius.untilDetached.length > 0
      ? [
          `is under ${radius.untilDetached.length === 1 ? 'SCP' : 'SCPs'} ${radius.untilDetached.join(', ')} until ${radius.untilDetached.length === 1 ? 'its detachment runs' : 'their detachments run'} (destructive, last; refused without allow-destructive, ${radius.untilDetached.length === 1 ? 'it stays' : 'they stay'})`,
        ]
      : []),
    ...(radius.deniedEverythingAt && radius.deniedEverythingAt.length > 0
      ? [
          `no SCP attached to ${listNames(radius.deniedEverythingAt.map(describeTarget))} allows anything: every action in the account is denied`,
        ]
      : []),
    ...(radius.leavesDeniedEverythingAt && radius.leavesDeniedEverythingAt.length > 0
      ? [
          `leaves ${listNames(radius.leavesDeniedEverythingAt.map(describeTarget))}, where no attached SCP allows anything: every action denied there today is allowed again as far as the SCPs of its new path allow`,
        ]
      : []),
  ];
  return lines.length > 0 ? lines : ['keeps the same SCPs in force and the same baselines'];
}

/**
 * The first `count` detail lines to show under a flagged change, where a heading (`parameter overrides:`, with its items
 * indented beneath) does not count but comes with its items, the telling ones
 * first: a value changed from one already deployed, then one that names an ARN or an account id. Padding a change with
 * twenty new parameters, sorted ahead of it, must not push the trusted principal it swaps out of sight. A first line
 * of its own (for stack instances, the accounts and regions) always stays; lines keep their order, items their heading.
 */
export function tellingDetails(details: readonly string[], count: number): string[] {
  const kept = tellingDetailIndices(details, count);
  return details.filter((_, index) => kept.has(index));
}

/** The indices of tellingDetails in `details`, for a rendering that adds lines of its own among them. */
export function tellingDetailIndices(details: readonly string[], count: number): Set<number> {
  const isHeading = (index: number) => details[index]!.endsWith(':') && (details[index + 1] ?? '').startsWith('  ');
  const items = details.map((_, index) => index).filter((index) => !isHeading(index));
  // A value changed from one deployed outranks a new one that names an ARN or account: new parameters are free to
  // add, and twenty of them holding ARNs must not stand level with the one principal swapped.
  const rank = (line: string) =>
    line.includes(' → ') && !/^\s*\S+: \(not set\) → /.test(line) ? 0 : /\barn:|\b\d{12}\b/.test(line) ? 1 : 2;
  // The first line stays first when it stands alone (for stack instances, where they are), not a heading's item.
  const first = items[0] !== undefined && !details[items[0]]!.startsWith('  ') ? [items[0]] : [];
  const rest = items.slice(first.length);
  const chosen = [
    ...first,
    ...[0, 1, 2].flatMap((tier) => rest.filter((index) => rank(details[index]!) === tier)),
  ].slice(0, count);
  const kept = new Set(chosen);
  for (const index of chosen) {
    if (!details[index]!.startsWith('  ')) continue;
    let heading = index - 1;
    while (heading >= 0 && details[heading]!.startsWith('  ')) heading--;
    if (heading >= 0 && isHeading(heading)) kept.add(heading);
  }
  return kept;
}
