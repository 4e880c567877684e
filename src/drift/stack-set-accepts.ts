import { RULES } from '../config/diagnostics.js';
import { ORGANIZATION_FILE } from '../config/repository.js';
import { templateProblems, templateRuleProblems } from '../config/file-checks.js';
import { namedIamResource } from '../config/rules/template-rules.js';
import { listNames } from '../name-lists.js';
import { readTemplateFacts } from '../plan/template-change.js';
import type { DriftContext } from './drift-context.js';
import { manifestOf, templateFileOf } from './repository-places.js';
import { compareText } from '../ordering.js';
import type { ObservedStackInstance, ObservedStackSet } from '../observe/observed-state.js';
import { canonicalJson } from '../plan/canonical-json.js';

/* What accepting StackSet drift takes in the repository, when the repository can take it at all. */

/**
 * Copying the deployed template into the repository, unless validate would refuse it there (an IAM user added by
 * hand, say): then the repository cannot accept it as it is, and the hint says why.
 */
export function deployedTemplateAccept(context: DriftContext, baseline: string, body: string): string {
  const file = templateFileOf(context, baseline);
  const [problem] = [
    ...templateProblems(file, body),
    ...templateRuleProblems(baseline, file, body, context.desired.organization.quotas),
    ...namedIamRegionProblem(context, baseline, body),
  ];
  return problem === undefined
    ? `copy the deployed template into ${file}`
    : `none as it is: validate would refuse the deployed template in ${file} (${problem}); restore main's template, or copy it once that is fixed`;
}

/**
 * template-named-iam-single-region, which reads organization.yaml and the manifests as well as the template: a
 * named IAM resource in a baseline that one account receives in more than one region.
 */
function namedIamRegionProblem(context: DriftContext, baseline: string, body: string): string[] {
  const facts = readTemplateFacts(body);
  const named = namedIamResource(facts?.resources ?? [], facts?.conditions);
  if (!named) return [];
  const own = context.desired.baselines.find((candidate) => candidate.name === baseline)?.regions;
  const several = own
    ? own.length > 1
    : context.desired.accounts.some(
        (account) => !account.closed && account.baselines.includes(baseline) && account.regions.length > 1,
      );
  return several
    ? [
        `${RULES.templateNamedIamSingleRegion}: it names IAM resources (${named.logicalId}), and the baseline deploys to more than one region of an account`,
      ]
    : [];
}

/**
 * How to let another keep a StackSet that lost vend's tag. Renaming the baseline would leave this StackSet and its
 * stacks where they are and deploy a second one beside it, whose named IAM resources already exist in every account
 * that has both: CloudFormation fails those stacks (AlreadyExists), in apply's last stage. Removing the baseline
 * leaves the StackSet alone, as vend never touches one it does not own.
 */
export function givingUpStackSet(context: DriftContext, baseline: string): string {
  const { baselines, organizationalUnits, accounts } = context.desired;
  const body = baselines.find((candidate) => candidate.name === baseline)?.templateBody ?? '';
  const facts = readTemplateFacts(body);
  const named = namedIamResource(facts?.resources ?? [], facts?.conditions);
  // validate refuses every name of a baseline the catalogue lacks (baseline-reference): each must go with it.
  const dependents = baselines.filter((candidate) => candidate.dependsOn.includes(baseline)).map(({ name }) => name);
  const units = organizationalUnits.filter((unit) => unit.baselines.includes(baseline)).map(({ path }) => path);
  const manifests = accounts
    .filter(
      (account) =>
        Object.hasOwn(account.parameters, baseline) ||
        (account.waivers?.excludedBaselines.includes(baseline) ?? false) ||
        (account.baselines.includes(baseline) &&
          !units.some((path) => account.ou === path || account.ou.startsWith(`${path}/`))),
    )
    .map(({ file }) => file);
  const references = [
    // A manifest under such an OU may list the baseline as well, which the desired state does not tell apart.
    ...(units.length > 0
      ? [`the baselines of OU ${listNames(units, Infinity)} and of any manifest beneath them that lists it too`]
      : []),
    ...(manifests.length > 0
      ? [`its baselines, parameters and excludeBaselines in ${listNames(manifests, Infinity)}`]
      : []),
    ...(dependents.length > 0
      ? [`the dependsOn of ${listNames(dependents, Infinity)}, which must then do without it`]
      : []),
  ];
  return `to give the StackSet up, remove baseline ${baseline} from ${ORGANIZATION_FILE}${references.length > 0 ? ` and every name of it (${references.join('; ')})` : ''}: vend then leaves the StackSet and its stacks as they are, deploys nothing in their place, and drift reports the StackSet as stackset-foreign, which an ignore: entry accepts${
    named
      ? `. Renaming the baseline instead deploys a second StackSet beside this one, and its template names IAM resources (${named.logicalId}), which already exist wherever this one has stacks, so those fail (AlreadyExists)`
      : ''
  }`;
}

/**
 * The accept of a StackSet's roles changed outside vend. The roles are one setting for every StackSet
 * (organization.yaml's stackSets), so taking the deployed ones for this StackSet moves the others onto them too: the
 * edit says so, and names them, and that for this StackSet alone restoring is the only way.
 */
export function rolesAccept(context: DriftContext, stackSet: string, roles: readonly string[]): string {
  const settings = roles
    .map((role) => (role === 'ExecutionRoleName' ? 'executionRoleName' : 'administrationRoleArn'))
    .join(' and ');
  const them = roles.length === 1 ? 'it' : 'them';
  const { namePrefix, executionRoleName } = context.desired.organization.stackSets;
  // SCPs commonly exempt the execution role by its name (ArnNotLike aws:PrincipalArn …:role/<name>): another role
  // gets no such exemption, and the StackSet's operations would meet what those SCPs deny.
  const execution = roles.includes('ExecutionRoleName') && executionRoleName ? executionRoleName : undefined;
  const exempting = execution
    ? context.desired.scps.filter((scp) => namesRole(scp.content, execution)).map((scp) => scp.name)
    : [];
  // A baseline may name it too: the permissions boundary protects the execution role by its name.
  const naming = execution
    ? context.desired.baselines
        .filter(
          (baseline) =>
            Object.values(baseline.parameters).includes(execution) || namesRole(baseline.templateBody, execution),
        )
        .map((baseline) => baseline.name)
    : [];
  const caveat = execution
    ? `; first ${[
        ...(exempting.length > 0
          ? [
              `read ${exempting.length === 1 ? 'SCP' : 'SCPs'} ${listNames(exempting)}, which ${exempting.length === 1 ? 'names' : 'name'} role ${execution}: the deployed role gets no exemption written for that one, so what they deny would deny its operations`,
            ]
          : []),
        ...(naming.length > 0
          ? [
              `change the role's name where ${naming.length === 1 ? 'baseline' : 'baselines'} ${listNames(naming)} ${naming.length === 1 ? 'names' : 'name'} it (its parameters or template), or what they protect stays the old role`,
            ]
          : []),
        `update the bootstrap stack's ExecutionRoleName, since the administration role may assume only the role of that name`,
      ].join('; ')}`
    : '';
  const edit = `set stackSets.${settings} in ${ORGANIZATION_FILE} to the deployed ${roles.length === 1 ? 'one' : 'ones'}${caveat}`;
  const others = context.desired.baselines
    .map((baseline) => `${namePrefix}${baseline.name}`)
    .filter((candidate) => candidate !== stackSet);
  if (others.length === 0) return edit;
  return `${edit}. Do so only if every baseline is to run with ${them}: the setting is every StackSet's, so apply then moves ${listNames(others)} onto ${them} too (high impact). For this StackSet alone there is none: restore it`;
}

/**
 * The manifest edit that accepts an instance's overrides as deployed. A manifest declares one set per baseline for
 * the whole account, so it does so only where the account's instances in every region carry the same overrides;
 * otherwise accepting one region's would be drift in the others, and the hint says so.
 */
export function acceptOverrides(
  context: DriftContext,
  stackSet: ObservedStackSet | undefined,
  instance: ObservedStackInstance,
  baseline: string,
  account: string,
): string {
  const manifest = manifestOf(context, account);
  // Only the regions the repository deploys the baseline to in this account: an instance elsewhere is its own
  // finding (no longer targeted), which apply removes.
  const declared = context.declaredAccount(account);
  const targeted = new Set(
    context.desired.baselines.find((candidate) => candidate.name === baseline)?.regions ?? declared?.regions ?? [],
  );
  const others = (stackSet?.instances ?? []).filter(
    (candidate) =>
      candidate.accountId === instance.accountId &&
      targeted.has(candidate.region) &&
      canonicalJson(candidate.parameterOverrides) !== canonicalJson(instance.parameterOverrides),
  );
  if (others.length > 0) {
    // An instance with none is told as such: "other overrides" would send the reader looking for values.
    const regions = (list: ObservedStackInstance[]) => listNames(list.map((other) => other.region).sort(compareText));
    const bare = others.filter((other) => Object.keys(other.parameterOverrides).length === 0);
    const carrying = others.filter((other) => Object.keys(other.parameterOverrides).length > 0);
    const differ = [
      ...(carrying.length > 0 ? [`in ${regions(carrying)} carry other overrides`] : []),
      ...(bare.length > 0 ? [`in ${regions(bare)} carry none`] : []),
    ];
    return `none by one manifest edit: its ${baseline} instances ${differ.join(', and ')}, and ${manifest} declares one set for every region; make the instances agree first`;
  }
  return Object.keys(instance.parameterOverrides).length === 0
    ? `remove parameters.${baseline} from ${manifest}: the instance has no overrides`
    : `declare the deployed values under parameters.${baseline} in ${manifest}`;
}

/**
 * Whether `text` names IAM role `name` in an ARN's `role/…` part, written out or as a pattern that matches it
 * (`role/OrganizationAccountAccess*`: IAM's `*` and `?` wildcards, IAM User Guide, "IAM JSON policy elements:
 * Resource"), or as a bare value equal to it.
 */
function namesRole(text: string, name: string): boolean {
  for (const [, pattern] of text.matchAll(/role\/(?:[\w+=,.@-]*\/)*([\w+=,.@*?-]+)/g)) {
    const glob = new RegExp(
      `^${pattern!
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
    );
    if (glob.test(name)) return true;
  }
  return false;
}
