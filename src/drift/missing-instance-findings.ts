import { NAMED_IAM_PROPERTIES } from '../config/rules/template-rules.js';
import { listNames } from '../name-lists.js';
import { readTemplateFacts } from '../plan/template-change.js';
import type { Change } from '../plan/plan.js';
import type { DriftContext } from './drift-context.js';
import { makeFinding } from './drift-report.js';
import type { DriftFinding } from './drift-report.js';
import { manifestOf } from './repository-places.js';
import { baselineOf, instanceTarget, members } from './stack-set-findings.js';

/** Each stack instance main declares that is not there, unless its StackSet or its account is gone as a whole. */
export function missingInstanceFindings(context: DriftContext, change: Change): DriftFinding[] {
  const name = String(change.scope.stackSet);
  if (context.missingStackSets.has(name)) return [];
  const baseline = baselineOf(context, name);
  return members(change)
    .filter(({ account }) => !context.missingAccounts.has(account))
    .map(({ account, region }) =>
      makeFinding(
        'stack-instance-missing',
        instanceTarget(name, `account:${account}`, region),
        {
          expected: `the ${baseline} stack instance in ${account} ${region}`,
          actual: 'no stack instance',
          restore: restoreMissing(context, baseline, account, region),
          accept: acceptMissing(context, baseline, account, region),
        },
        context.checkedOn,
      ),
    );
}

/**
 * What apply does about a missing instance: it deploys it, unless the instance was removed keeping its stack
 * (DeleteStackInstances with RetainStacks, CloudFormation API Reference), whose resources stay in the account. A
 * resource the template names explicitly, an IAM role say, then exists already under that name, and the deploy
 * fails (EntityAlreadyExists) until that stack is deleted. Only the account shows whether such a stack is left.
 */
function restoreMissing(context: DriftContext, baseline: string, account: string, region: string): string {
  const named = namedIamResource(context, baseline);
  if (!named) return 'apply deploys it';
  return `apply deploys it, unless the instance was removed keeping its stack (RetainStacks): that stack in ${account} ${region} still holds the IAM resources the template names (${named}), so the deploy fails (EntityAlreadyExists) until the stack is deleted in the account`;
}

/**
 * The logical id of the first resource in `baseline`'s template that sets an IAM name explicitly, which a stack kept
 * by RetainStacks still holds; undefined when there is none.
 */
export function namedIamResource(context: DriftContext, baseline: string): string | undefined {
  const facts = readTemplateFacts(
    context.desired.baselines.find((candidate) => candidate.name === baseline)?.templateBody ?? '',
  );
  return facts?.resources.find((resource) => {
    const property = NAMED_IAM_PROPERTIES[resource.type];
    return property !== undefined && resource.properties[property] !== undefined;
  })?.logicalId;
}

/**
 * The manifest edit that accepts a missing instance, or one that cannot deploy (stack-instance-failed): leaving the
 * baseline out for the account, unless other
 * baselines the account gets depend on it, which validate would then refuse (baseline-reference). Dropping the
 * region from the account's regions is offered only where that leaves it a region and the baseline has none of its
 * own; it takes every such baseline of the account out of the region.
 */
export function acceptMissing(context: DriftContext, baseline: string, account: string, region: string): string {
  const manifest = manifestOf(context, account);
  const declared = context.declaredAccount(account);
  const dependents = context.desired.baselines
    .filter(
      (candidate) => candidate.dependsOn.includes(baseline) && (declared?.baselines.includes(candidate.name) ?? false),
    )
    .map((candidate) => candidate.name);
  // A baseline with regions of its own deploys there whatever the account's regions say.
  const ownRegions = context.desired.baselines.find((candidate) => candidate.name === baseline)?.regions;
  const fixedRegions = ownRegions !== undefined;
  const regions = declared?.regions ?? [];
  // Leaving the baseline out removes its instances in the account's other regions too, which stand today.
  const elsewhere = (ownRegions ?? regions).filter((candidate) => candidate !== region);
  const removes =
    elsewhere.length > 0
      ? `, which also makes apply remove its ${elsewhere.length === 1 ? 'instance' : 'instances'} in ${listNames(elsewhere)} (destructive)`
      : '';
  // A baseline the manifest lists itself is left out by taking it off that list; one an OU gives needs an exclusion.
  const inherited = context.desired.organizationalUnits.some(
    (unit) =>
      unit.baselines.includes(baseline) &&
      declared !== undefined &&
      (declared.ou === unit.path || declared.ou.startsWith(`${unit.path}/`)),
  );
  const leaveOut = inherited
    ? `leave ${baseline} out for ${account} in ${manifest} (excludeBaselines, with a baseline-opt-out exception)`
    : `remove ${baseline} from baselines in ${manifest}`;
  // Every other baseline of the account without regions of its own leaves the region too, its instance removed.
  const alsoLeaving = (declared?.baselines ?? []).filter(
    (name) =>
      name !== baseline &&
      context.desired.baselines.find((candidate) => candidate.name === name)?.regions === undefined,
  );
  const dropRegion =
    !fixedRegions && regions.length > 1 && regions.includes(region)
      ? `; or set its regions to [${regions.filter((candidate) => candidate !== region).join(', ')}]${alsoLeaving.length > 0 ? `, which also makes apply remove the instances of ${listNames(alsoLeaving, Infinity)} in ${region} (destructive)` : ''}`
      : '';
  // excludeBaselines needs an approved exception (baseline-opt-out): the hint says so, or validate refuses the edit.
  return dependents.length > 0
    ? `none while ${listNames(dependents)} ${dependents.length === 1 ? 'stays' : 'stay'} there: ${dependents.length === 1 ? 'it depends' : 'they depend'} on ${baseline}, and validate refuses one without the other (baseline-reference). Leaving all of them out of ${account} (excludeBaselines in ${manifest}, with a baseline-opt-out exception) makes apply remove ${dependents.length === 1 ? 'its instances' : 'their instances'} too`
    : `${leaveOut}${removes}${dropRegion}`;
}
