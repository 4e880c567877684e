import { FULL_AWS_ACCESS_POLICY_NAME } from '../config/desired-state.js';
import { ORGANIZATION_FILE } from '../config/repository.js';
import { isDeclarableOrganizationalUnitName, ORGANIZATIONAL_UNIT_NAME_RULE } from '../config/schema-patterns.js';
import type { ObservedAccount } from '../observe/observed-state.js';
import { compareText } from '../ordering.js';
import { scpsInForce } from '../plan/organization-snapshot.js';
import type { Change } from '../plan/plan.js';
import type { DriftContext } from './drift-context.js';
import { makeFinding } from './drift-report.js';
import type { DriftFinding } from './drift-report.js';
import { manifestOf } from './repository-places.js';
import { listNames } from '../report/phrasing.js';

/**
 * An account moved out of its declared OU. One in its declared OU, renamed or beneath a renamed OU, is where main
 * puts it: the rename tells it. One moved elsewhere within a renamed OU's subtree is still moved.
 */
export function wrongOrganizationalUnitFinding(context: DriftContext, change: Change): DriftFinding | undefined {
  const account = String(change.scope.account);
  const declared = String(change.scope.ou);
  const observed = context.existingAccounts.get(account);
  const renamedId = context.renamedPathIds.get(declared);
  if (renamedId !== undefined && observed?.parentId === renamedId) return undefined;
  const where = (change.before as { ou: string }).ou;
  // What the move changes, in the organization as it is now: the plan's radius compares with the state after the
  // whole plan, so an SCP missing for another reason (detached from the root, its own finding) would be blamed on
  // the move.
  const here = scpsInForce(context.live, account);
  const there = scpsInForce(
    { ...context.live, accountPaths: new Map(context.live.accountPaths).set(account, declared) },
    account,
  );
  // Another team's SCP is in force as much as vend's, but it is no guardrail of the repository's: said so, a
  // reader must not take an allow-all policy someone attached for a lost control.
  const catalogue = new Set([FULL_AWS_ACCESS_POLICY_NAME, ...context.desired.scps.map((scp) => scp.name)]);
  const owner = (scp: string) => (catalogue.has(scp) ? scp : `${scp} (not vend's)`);
  const lacks = [...there]
    .filter((scp) => !here.has(scp))
    .sort(compareText)
    .map(owner);
  const extra = [...here]
    .filter((scp) => !there.has(scp))
    .sort(compareText)
    .map(owner);
  const details = [
    ...(lacks.length > 0 ? [`lacks ${scpsNamed(lacks)} where it is`] : []),
    ...(extra.length > 0 ? [`has ${scpsNamed(extra)} that ${declared} does not give`] : []),
  ];
  const radius = context.plan.blastRadius.find((entry) => entry.changeId === change.id);
  const interim =
    radius?.kind === 'move' && radius.untilDetached
      ? `; there it is under SCP ${radius.untilDetached.join(', ')} until apply's detachments run (destructive: refused without allow-destructive, and then it stays)`
      : '';
  return makeFinding(
    'account-wrong-ou',
    change.target,
    {
      expected: `in ${declared}`,
      actual: `in ${where}`,
      restore: `apply moves it back to ${declared}${interim}`,
      accept: acceptOrganizationalUnit(context, account, observed, where),
      details,
    },
    context.checkedOn,
  );
}

/**
 * The edit that keeps an account where it is found. A manifest's ou names a declared OU, so an OU the repository
 * does not declare is declared first, and one whose name (or an ancestor's) the repository cannot write must be
 * renamed in AWS first; the root cannot be named at all.
 */
function acceptOrganizationalUnit(
  context: DriftContext,
  account: string,
  observed: ObservedAccount | undefined,
  where: string,
): string {
  const manifest = manifestOf(context, account);
  if (where === '(root)' || !observed)
    return `none: a manifest cannot keep an account in the root, its ou names a declared OU; move it back, or into an OU that ${manifest} can name`;
  if (context.desired.organizationalUnits.some((unit) => unit.path === where))
    return `set ou: ${where} in ${manifest}${baselineConsequences(context, account, where)}`;
  // A declared OU renamed in AWS, or beneath one, is the declared OU still, found by its id: its rename finding says
  // how to make the names agree, and the manifest names it by its declared path.
  const renamed = context.renamedTargetIds.get(observed.parentId)?.slice('ou:'.length);
  if (renamed !== undefined)
    return `set ou: ${renamed} in ${manifest} (the declared OU, ${where} in AWS since a rename)${baselineConsequences(context, account, renamed)}`;
  const units = new Map(context.observed.organizationalUnits.map((unit) => [unit.id, unit]));
  const names: string[] = [];
  for (let unit = units.get(observed.parentId); unit; unit = units.get(unit.parentId)) names.unshift(unit.name);
  if (names.some((name) => name.includes('/') || !isDeclarableOrganizationalUnitName(name)))
    return `none as it is: the repository cannot name OU ${where} (an OU name it declares has ${ORGANIZATIONAL_UNIT_NAME_RULE}); rename it in AWS first, or move the account back`;
  return `declare OU ${where} under organizationalUnits in ${ORGANIZATION_FILE}, then set ou: ${where} in ${manifest}${baselineConsequences(context, account, where)}`;
}

/**
 * What setting the account's ou to `where` does to its baselines, which OUs give as SCPs are: those of its declared
 * OU path that `where`'s does not give are removed from it (destructive), and the others deployed. Empty when none.
 */
function baselineConsequences(context: DriftContext, account: string, where: string): string {
  const manifest = context.declaredAccount(account);
  if (!manifest) return '';
  const inheritedAt = (path: string) =>
    new Set(
      context.desired.organizationalUnits
        .filter((unit) => path === unit.path || path.startsWith(`${unit.path}/`))
        .flatMap((unit) => unit.baselines),
    );
  const now = inheritedAt(manifest.ou);
  const then = inheritedAt(where);
  const excluded = new Set(manifest.waivers?.excludedBaselines ?? []);
  const lost = manifest.baselines.filter((baseline) => now.has(baseline) && !then.has(baseline));
  const gained = [...then].filter((baseline) => !now.has(baseline) && !excluded.has(baseline)).sort(compareText);
  return [
    ...(lost.length > 0
      ? [
          `; the account then loses ${lost.length === 1 ? 'baseline' : 'baselines'} ${listNames(lost)}, which ${manifest.ou} gives: apply removes ${lost.length === 1 ? 'its stack instances' : 'their stack instances'} (destructive), unless ${manifestOf(context, account)} lists ${lost.length === 1 ? 'it' : 'them'} under baselines`,
        ]
      : []),
    ...(gained.length > 0
      ? [`; it gains ${gained.length === 1 ? 'baseline' : 'baselines'} ${listNames(gained)}, which apply deploys`]
      : []),
  ].join('');
}

/** `SCP deny-leave`, `SCPs a, b and c`: every name, as a move changes few. */
function scpsNamed(names: readonly string[]): string {
  return `${names.length === 1 ? 'SCP' : 'SCPs'} ${listNames(names, names.length)}`;
}
