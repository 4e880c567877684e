import { shellQuoted } from '../shell-quoted.js';
import { isDeclarableOrganizationalUnitName, ORGANIZATIONAL_UNIT_NAME_RULE } from '../config/schema-patterns.js';
import { compareText } from '../ordering.js';
import { FULL_AWS_ACCESS_POLICY_NAME, MANAGED_BY_TAG } from '../config/desired-state.js';
import { ORGANIZATION_FILE } from '../config/repository.js';
import type { Change, PlanProblem } from '../plan/plan.js';
import { countOf, listNames, quoted } from '../report/phrasing.js';
import type { DriftContext } from './drift-context.js';
import { makeFinding } from './drift-report.js';
import type { DriftFinding } from './drift-report.js';
import type { RenamedOrganizationalUnit } from './renamed-organizational-units.js';

/**
 * A declared OU the plan creates. Only the top of a missing subtree is a finding (its declared children are missing
 * with it), and an OU that was renamed is told as a rename.
 */
export function missingOrganizationalUnitFinding(context: DriftContext, change: Change): DriftFinding | undefined {
  const path = String(change.scope.ou);
  // Renamed, or beneath a renamed OU under its own name: there, and told by the rename. One deleted beneath a renamed
  // OU is missing all the same.
  if (context.renamedPathIds.has(path)) return undefined;
  const unit = context.desired.organizationalUnits.find((candidate) => candidate.path === path);
  if (!unit || context.organizationalUnitId(unit.parentPath ?? '') === undefined) return undefined;
  const children = context.desired.organizationalUnits.filter((other) => other.path.startsWith(`${path}/`));
  const parent = unit.parentPath ? `OU ${unit.parentPath}` : 'the root';
  // Too little to call a rename (it holds none of main's accounts: renamed-organizational-units.ts), yet worth a
  // look before apply makes a second OU beside it: an undeclared OU under the same parent with the SCPs declared here,
  // or with its name in another case.
  const parentId = context.organizationalUnitId(unit.parentPath ?? '');
  const declaredIds = new Set(context.ouIdByPath.values());
  const alike = context.observed.organizationalUnits
    .filter((candidate) => candidate.parentId === parentId && !declaredIds.has(candidate.id))
    .map((candidate) => ({
      candidate,
      scps: context.observed.policies
        .filter((policy) => unit.scps.includes(policy.name) && policy.targetIds.includes(candidate.id))
        .map((policy) => policy.name),
    }))
    // Or named as the declared OU but for case: AWS OU names are case-sensitive, people are not.
    .filter(({ candidate, scps }) => scps.length > 0 || candidate.name.toLowerCase() === unit.name.toLowerCase());
  const lookFirst = alike
    .map(
      ({ candidate, scps }) =>
        `; OU ${quoted(candidate.name)} (${candidate.id}) under ${parent} ${scps.length > 0 ? `holds the SCPs declared on it (${listNames(scps, Infinity)})` : 'has its name but for case'}: if it is this OU renamed, rename it back instead (aws organizations update-organizational-unit --organizational-unit-id ${candidate.id} --name=${shellQuoted(unit.name)})`,
    )
    .join('');
  return makeFinding(
    'ou-missing',
    change.target,
    {
      expected: `OU ${unit.name} under ${parent}${children.length > 0 ? `, with ${countOf(children.length, 'OU')} beneath it` : ''}`,
      actual: `no OU named ${quoted(unit.name)} under ${parent}`,
      restore: `apply creates it, attaches its SCPs and moves its accounts into it${lookFirst}`,
      accept: `remove OU ${path} from ${ORGANIZATION_FILE}, and move its accounts’ ou elsewhere`,
    },
    context.checkedOn,
  );
}

/**
 * A declared OU that is not tagged as vend's: its tag was removed or rewritten, or it was made outside vend at a
 * declared path before vend could create it. The plan adopts it (tags it), as it would a new one.
 */
export function ownershipTagOrganizationalUnitFinding(context: DriftContext, change: Change): DriftFinding {
  const path = String(change.scope.ou);
  const managedBy = (change.before as { managedBy?: string } | null)?.managedBy;
  return makeFinding(
    'ou-ownership-tag',
    change.target,
    {
      expected: `OU ${path} tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}`,
      actual: `${String(change.scope.ouId)}: ${managedBy === undefined ? `no ${MANAGED_BY_TAG.key} tag` : `${MANAGED_BY_TAG.key}=${quoted(managedBy)}`}`,
      restore: 'apply tags it again (its plan shows this as adopting the OU)',
      accept: context.desired.organizationalUnits.some((unit) => unit.path.startsWith(`${path}/`))
        ? `remove OU ${path} and the OUs declared beneath it from ${ORGANIZATION_FILE}, and move their accounts’ ou elsewhere, to give the OU up`
        : `remove OU ${path} from ${ORGANIZATION_FILE}, and move its accounts’ ou elsewhere, to give the OU up`,
    },
    context.checkedOn,
  );
}

/** Declared OUs renamed in AWS, found by what they hold (renamed-organizational-units.ts). */
export function renamedOrganizationalUnitFindings(context: DriftContext): DriftFinding[] {
  return context.renamed.map((rename) => {
    const declaredName = rename.path.split('/').at(-1)!;
    return makeFinding(
      'ou-renamed',
      `ou:${rename.path}`,
      {
        expected: `OU named ${quoted(declaredName)}`,
        // Without a record of the declared OU's id, a rename and a replacement holding its accounts look alike.
        actual: `renamed to ${quoted(rename.name)} (${rename.id}), or replaced by it, ${heldAccounts(rename)}`,
        restore: `apply would create a second OU ${rename.path}${rename.accounts.held.length > 0 ? ' and move the accounts it holds into it' : mainPutsAccounts(rename) ? ' and move main’s accounts into it' : ''}, leaving ${rename.id} behind: rename it back instead (aws organizations update-organizational-unit --organizational-unit-id ${rename.id} --name=${shellQuoted(declaredName)})`,
        accept: isDeclarableOrganizationalUnitName(rename.name)
          ? `rename OU ${rename.path} to ${quoted(rename.name)} in ${ORGANIZATION_FILE}, and the ou of its accounts`
          : `none in the repository: ${quoted(rename.name)} is not a name it can declare (${ORGANIZATIONAL_UNIT_NAME_RULE}); rename the OU back in AWS`,
      },
      context.checkedOn,
    );
  });
}

/**
 * Which of the accounts main puts in the renamed OU's subtree it holds: some may have been moved out, or have left
 * (their own findings say where they are); one where main puts none is known as renamed by its SCPs or child OUs.
 */
function heldAccounts(rename: RenamedOrganizationalUnit): string {
  const { held, elsewhere, left } = rename.accounts;
  const total = held.length + elsewhere.length;
  const where = `main puts in ${rename.path} or beneath it`;
  const gone = left.length > 0 ? `; ${listNames(left)} left the organization` : '';
  // Recognised by its SCPs or child OUs alone, a rename holds none when main puts none there still in the organization.
  if (total === 0)
    return left.length > 0
      ? `holding none of main's accounts: every one ${where} left the organization (${listNames(left)})`
      : `holding no account: main puts none in ${rename.path} or beneath it`;
  // Only its tag tells it (renamed-organizational-units.ts): every account main puts there is elsewhere.
  if (held.length === 0)
    return `tagged ${MANAGED_BY_TAG.key}: ${MANAGED_BY_TAG.value}, holding ${total === 1 ? 'not the account' : `none of the ${total} accounts`} ${where} (${listNames(elsewhere)} ${elsewhere.length === 1 ? 'is' : 'are'} elsewhere)${gone}`;
  if (elsewhere.length === 0)
    return `holding ${total === 1 ? 'the account' : total === 2 ? 'both accounts' : `all ${total} accounts`} ${where}${left.length > 0 ? ' still in the organization' : ''}: ${listNames(held)}${gone}`;
  return `holding ${held.length} of the ${countOf(total, 'account')} ${where}: ${listNames(held)} (not ${listNames(elsewhere)})${gone}`;
}

/**
 * OUs the repository does not declare, other than renamed ones. Only the top of each undeclared subtree is a finding;
 * what it holds is counted.
 */
export function undeclaredOrganizationalUnitFindings(context: DriftContext): DriftFinding[] {
  const known = new Set(context.ouIdByPath.values());
  for (const rename of context.renamed) for (const id of rename.subtreeIds) known.add(id);
  for (const id of context.ambiguousSubtreeIds) known.add(id);
  const undeclared = context.observed.organizationalUnits.filter((unit) => !known.has(unit.id));
  const undeclaredIds = new Set(undeclared.map((unit) => unit.id));
  return undeclared
    .filter((unit) => !undeclaredIds.has(unit.parentId))
    .sort((a, b) => compareText(a.path, b.path))
    .map((unit) => {
      // By ids, as everywhere: the display path is names joined with '/', which an OU name may hold.
      const beneath = context.subtreeIds([unit.id]);
      const accounts = context.observed.accounts.filter((account) => beneath.has(account.parentId)).length;
      return makeFinding(
        'ou-undeclared',
        `ou:${unit.path}`,
        {
          expected: 'no such OU',
          actual: `OU ${unit.path} (${unit.id})${beneathPhrase(beneath.size - 1, accounts)}`,
          restore: 'apply leaves it alone: vend never deletes an OU',
          // An OU path joins names with '/', so a name that holds one cannot be declared as it is, nor can a
          // name the schema refuses (`..`, a leading space).
          accept: unit.name.includes('/')
            ? `rename it in AWS without '/' (an OU path joins names with '/'), then declare it under organizationalUnits in ${ORGANIZATION_FILE}`
            : !isDeclarableOrganizationalUnitName(unit.name)
              ? `rename it in AWS to a name the repository can declare (${ORGANIZATIONAL_UNIT_NAME_RULE}), then declare it under organizationalUnits in ${ORGANIZATION_FILE}`
              : `declare it under organizationalUnits in ${ORGANIZATION_FILE}`,
        },
        context.checkedOn,
      );
    });
}

/** Several OUs of one declared OU's name under its parent: the plan can tell none of them is it. */
export function ambiguousOrganizationalUnitFinding(
  context: DriftContext,
  problem: PlanProblem,
): DriftFinding | undefined {
  const path = problem.target.slice('ou:'.length);
  const ambiguous = context.ambiguousOrganizationalUnits.find((candidate) => candidate.path === path);
  if (!ambiguous) return undefined;
  const declared = context.desired.organizationalUnits.find((unit) => unit.path === path);
  const wanted = declared ? [...(declared.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : []), ...declared.scps] : [];
  return makeFinding(
    'ou-ambiguous',
    problem.target,
    {
      expected: `one OU named ${quoted(path.split('/').at(-1)!)} under its parent`,
      actual: `${ambiguous.ids.length} OUs: ${listNames(ambiguous.ids)}`,
      restore:
        'apply is blocked until only one is left: move the accounts out of the others, then rename or remove them in AWS Organizations',
      accept: `none: an OU path in ${ORGANIZATION_FILE} names one OU`,
      // Which twin holds which accounts, and which lacks the guardrails declared there: a same-named OU is a way to
      // take an account out from under them.
      details: ambiguous.ids.map((id) => twinDetail(context, id, wanted)),
    },
    context.checkedOn,
  );
}

/** `ou-1: holds payments-dev; lacks SCP deny-x declared there`, for one of several OUs of a declared path. */
function twinDetail(context: DriftContext, id: string, wanted: readonly string[]): string {
  const beneath = context.subtreeIds([id]);
  const accounts = context.observed.accounts
    .filter((account) => beneath.has(account.parentId))
    .map((account) => account.name)
    .sort(compareText);
  const attached = new Set([
    ...context.observed.policies.filter((policy) => policy.targetIds.includes(id)).map((policy) => policy.name),
    ...(context.observed.foreignScpsByTarget[id] ?? []).map((policy) => policy.name),
  ]);
  const lacks = wanted.filter((scp) => !attached.has(scp));
  // What else is attached there, anyone's: a twin is also a way to put accounts under an SCP no one declared.
  const extra = [...attached].filter((scp) => !wanted.includes(scp)).sort(compareText);
  const scps = (names: readonly string[]) => `${names.length === 1 ? 'SCP' : 'SCPs'} ${listNames(names, names.length)}`;
  return `${id}: ${accounts.length > 0 ? `holds ${listNames(accounts)}` : 'holds no account'}; ${lacks.length > 0 ? `lacks ${scps(lacks)} declared there` : 'has every SCP declared there'}${extra.length > 0 ? `; also has ${scps(extra)}, not declared there` : ''}`;
}

/** `, with 2 OUs and 1 account beneath it`; empty when nothing is beneath. */
function beneathPhrase(units: number, accounts: number): string {
  const parts = [...(units > 0 ? [countOf(units, 'OU')] : []), ...(accounts > 0 ? [countOf(accounts, 'account')] : [])];
  return parts.length > 0 ? `, with ${parts.join(' and ')} beneath it` : ', with nothing beneath it';
}

/** Whether main puts accounts in the renamed OU's subtree at all, wherever AWS has them. */
function mainPutsAccounts(rename: RenamedOrganizationalUnit): boolean {
  return rename.accounts.held.length + rename.accounts.elsewhere.length > 0;
}
