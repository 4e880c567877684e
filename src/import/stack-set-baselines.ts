import { effectiveQuotas } from '../config/quotas.js';
import { compareText } from '../ordering.js';
import { countOf, listNames } from '../report/phrasing.js';
import { MANAGED_BY_TAG } from '../config/desired-state.js';
import type { OrganizationDocument } from '../config/documents.js';
import type { ObservedStackSet } from '../observe/observed-state.js';
import type { ImportedBaseline } from './baseline-placement.js';
import type { ImportFinding } from './imported-repository.js';
import type { LiveOrganization } from './live-organization.js';
import { keyProblem, templateProblems, templateRuleProblems, textProblem } from '../config/file-checks.js';
import { STACK_SET_TAGS } from '../plan/stack-set-ownership.js';
import { replacedByNewTags } from '../plan/resource-replacement.js';
import { readTemplateFacts } from '../plan/template-change.js';
import { CATALOGUE_NAME } from '../config/schema-patterns.js';

/** The bootstrap stack's defaults (baselines/bootstrap/management-account.yaml), for an organization with no StackSet yet. */
const DEFAULT_EXECUTION_ROLE = 'OrganizationAccountAccessRole';
const DEFAULT_ADMINISTRATION_ROLE = 'AWSCloudFormationStackSetAdministrationRole';

/**
 * The StackSets with the prefix that become the catalogue's baselines, and the StackSet settings organization.yaml
 * gets: `configured`, the settings of an organization file already there, when given, else stackSetSettings. A
 * StackSet is left out when the repository could not hold it as it is (a name that is no catalogue name, a
 * template the loader refuses, a parameter with a hidden character), or when its permission model or roles are not
 * organization.yaml's: that file holds one of each, and the plan adopts a StackSet it does not own only when the
 * repository says exactly what it holds (src/plan/stack-set-ownership.ts). vend owns a StackSet only when it is
 * tagged ManagedBy=vend, and leaves an untagged one alone, so leaving that out is a note-worthy `left-out`; a tagged
 * one the catalogue cannot name would be deleted by the first plan, and one with other settings updated or refused,
 * so each of those is a `check`. Pure.
 */
export function baselinesToImport(
  live: Pick<LiveOrganization, 'stackSets' | 'namePrefix' | 'partition' | 'organization' | 'accounts' | 'homeRegion'>,
  configured?: OrganizationDocument['stackSets'],
): { baselines: ImportedBaseline[]; settings: OrganizationDocument['stackSets']; findings: ImportFinding[] } {
  const findings: ImportFinding[] = [];
  if (live.stackSets.length === 0)
    // A StackSet is listed only in the region it is administered from: the wrong AWS_REGION reads none, silently.
    findings.push({
      kind: 'note',
      subject: 'baselines',
      message: `No StackSet named ${live.namePrefix}… is administered from ${live.homeRegion}, the region import ran in (AWS_REGION), so the repository has no baselines and its homeRegion is ${live.homeRegion}. If your StackSets are administered from another region, import again with AWS_REGION set to it.`,
    });
  const expressible: ImportedBaseline[] = [];
  for (const stackSet of [...live.stackSets].sort((a, b) => compareText(a.name, b.name))) {
    const name = stackSet.name.slice(live.namePrefix.length);
    const problem = repositoryProblem(name, stackSet, live.namePrefix) ?? adoptionTemplateProblem(name, stackSet);
    if (!problem) {
      expressible.push({ name, stackSet });
      continue;
    }
    findings.push(notInCatalogue(stackSet, problem));
  }

  const settings = configured ? { ...configured, namePrefix: live.namePrefix } : stackSetSettings(live, expressible);
  const baselines: ImportedBaseline[] = [];
  for (const baseline of expressible) {
    const { stackSet } = baseline;
    const differences = settingDifferences(stackSet, settings);
    const subject = `StackSet ${stackSet.name}`;
    const described = differences.map((d) => `${d.setting} is ${d.held}, not organization.yaml's ${d.written}`);
    if (differences.length === 0) {
      baselines.push(baseline);
      // Adopting keeps the StackSet's own tags and adds ManagedBy: past UpdateStackSet's limit the plan is blocked.
      if (!stackSet.managedByVend && (stackSet.otherTags ?? 0) + 1 > STACK_SET_TAGS)
        findings.push({
          kind: 'check',
          subject,
          message: `It holds ${stackSet.otherTags} tags besides ${MANAGED_BY_TAG.key}, and the first plan adopts it by adding ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}: UpdateStackSet takes at most ${STACK_SET_TAGS}, so that plan is blocked (tag-limit). Remove one of its tags first (an UpdateStackSet with the tags to keep).`,
        });
      // The tag reaches the stacks' resources: a type replaced for a new tag makes the first plan destructive.
      const replaced = stackSet.managedByVend
        ? []
        : replacedByNewTags(readTemplateFacts(stackSet.templateBody)?.resources ?? []);
      if (replaced.length > 0)
        findings.push({
          kind: 'check',
          subject,
          message: `The first plan adopts it by adding ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, which CloudFormation passes to its stacks' resources, and it ${replaced.every((resource) => resource.maybe) ? 'may replace' : 'replaces'} ${listNames(
            replaced.map((resource) => `${resource.logicalId} (${resource.type})`),
            Infinity,
          )} in every instance to change ${replaced.length === 1 ? 'its' : 'their'} tags, or fails the update where one has a custom name: a destructive change. Decide before merging whether vend should manage it; if not, take it out of the catalogue and the manifests.`,
        });
      if (!stackSet.managedByVend && stackSet.managedBy !== undefined)
        findings.push({
          kind: 'check',
          subject,
          message: `Its ${MANAGED_BY_TAG.key} tag is '${stackSet.managedBy}'; the first plan adopts it, setting ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, a high-impact change. Make sure ${stackSet.managedBy} no longer manages it, or take it out of the catalogue and the manifests.`,
        });
    } else if (!stackSet.managedByVend)
      findings.push({
        kind: 'left-out',
        subject,
        message: `Its ${described.join(', and its ')}. organization.yaml holds one permission model and one pair of roles for vend's StackSets (those of vend's own, else those most of them use), and vend adopts a StackSet it does not own only when the repository says exactly what it holds, so it stays as it is, unmanaged, and no manifest mentions its instances. To manage it with vend, update it to organization.yaml's settings, then import again.`,
      });
    else {
      baselines.push(baseline);
      findings.push({
        kind: 'check',
        subject,
        message: `Its ${described.join(', and its ')}. It is tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, so its first plan ${
          differences.some((d) => d.setting === 'permissionModel')
            ? 'reports a problem and changes nothing: AWS cannot change the permission model of a StackSet with instances'
            : `updates it to organization.yaml's settings (${differences.map((d) => `${d.setting} ${d.written}`).join(', ')}) and redeploys its ${stackSet.instances.length} instances, a high-impact change`
        }. Decide before merging: set organization.yaml's stackSets to its settings if all of vend's StackSets should have them, update the StackSet in AWS to organization.yaml's, or remove its tag so that vend leaves it alone.`,
      });
    }
  }
  findings.push(...outsideInstances(live, baselines), ...managementAccountInstances(live, baselines));
  if (!configured) findings.push(...rolesNotTheBootstrapStacks(live, settings, baselines));
  return { baselines, settings, findings };
}

/**
 * Roles chosen from the StackSets found that are not the bootstrap stack's defaults (its ExecutionRoleName and
 * StackSetAdministrationRoleName parameters). The bootstrap stack's apply role may pass only its own administration
 * role (iam:PassRole) and its administration role assume only the execution role it names, so one StackSet made
 * with other roles would have every later apply fail, the first plan's adoption included, unless the bootstrap
 * stack was deployed with these names.
 */
function rolesNotTheBootstrapStacks(
  live: Pick<LiveOrganization, 'partition' | 'organization'>,
  settings: OrganizationDocument['stackSets'],
  baselines: readonly ImportedBaseline[],
): ImportFinding[] {
  if (settings.permissionModel !== 'SELF_MANAGED') return [];
  const bootstrap = {
    executionRoleName: DEFAULT_EXECUTION_ROLE,
    administrationRoleArn: `arn:${live.partition}:iam::${live.organization.managementAccountId}:role/${DEFAULT_ADMINISTRATION_ROLE}`,
  };
  const differing = (['executionRoleName', 'administrationRoleArn'] as const).filter(
    (setting) => settings[setting] !== bootstrap[setting],
  );
  if (differing.length === 0) return [];
  const holders = baselines
    .filter(({ stackSet }) =>
      differing.some(
        (setting) =>
          (setting === 'executionRoleName' ? stackSet.executionRoleName : stackSet.administrationRoleArn) ===
          settings[setting],
      ),
    )
    .map(({ stackSet }) => stackSet.name);
  return [
    {
      kind: 'check',
      subject: 'organization.yaml stackSets',
      message: `${differing.map((setting) => `${setting} is ${settings[setting]}`).join(' and ')}, as StackSet ${holders.join(', ')} ${holders.length === 1 ? 'has' : 'have'} it, not the bootstrap stack's ${differing.map((setting) => bootstrap[setting]).join(' and ')}. The bootstrap stack's apply role may pass only its own administration role (iam:PassRole), which assumes only its ExecutionRoleName, so applies with these roles fail, the first plan's adoption included, unless baselines/bootstrap/management-account.yaml was deployed with them (its ExecutionRoleName and StackSetAdministrationRoleName parameters). Check that it was; otherwise set organization.yaml's stackSets to the bootstrap stack's roles, and update or leave out the StackSets made with others.`,
    },
  ];
}

/**
 * Baselines whose StackSet has instances in accounts this organization does not hold. No manifest can name them,
 * and every update of the StackSet, adopting it included, rolls out to them too, where the bootstrap stack's
 * administration role cannot reach (it is limited to this organization's accounts with aws:ResourceOrgID).
 */
function outsideInstances(
  live: Pick<LiveOrganization, 'accounts' | 'stackSets' | 'namePrefix'>,
  baselines: readonly ImportedBaseline[],
): ImportFinding[] {
  const inOrganization = new Set(live.accounts.map((account) => account.id));
  return baselines.flatMap(({ stackSet }) => {
    const outside = [
      ...new Set(stackSet.instances.map((instance) => instance.accountId).filter((id) => !inOrganization.has(id))),
    ].sort(compareText);
    if (outside.length === 0) return [];
    const count = stackSet.instances.filter((instance) => !inOrganization.has(instance.accountId)).length;
    const those = count === 1 ? 'that instance' : 'those instances';
    return [
      {
        kind: 'check' as const,
        subject: `StackSet ${stackSet.name}`,
        message: `It has ${count === 1 ? 'an instance' : `${count} instances`} in ${outside.length === 1 ? 'an account' : `${outside.length} accounts`} outside this organization (${outside.join(', ')}), which no manifest can name. Every update vend makes to the StackSet (${stackSet.managedByVend ? 'a new template or parameters' : 'adopting it in the first plan, then a new template or parameters'}) rolls out to ${those} too, where the bootstrap stack's administration role, limited to this organization's accounts, cannot reach, so the operation fails there. Remove ${count === 1 ? 'it' : 'them'} in AWS first, or leave the StackSet out of vend.`,
      },
    ];
  });
}

/**
 * Baselines whose StackSet has an instance in the management account. Import writes it no manifest, so no manifest
 * says so, and the plan leaves the instance as it is; but every update of the StackSet, adopting it included,
 * redeploys it with the rest, which a reader of the plan should know: for a StackSet vend adopts, it is to check.
 */
function managementAccountInstances(
  live: Pick<LiveOrganization, 'organization'>,
  baselines: readonly ImportedBaseline[],
): ImportFinding[] {
  const management = live.organization.managementAccountId;
  return baselines.flatMap(({ stackSet }) => {
    const regions = stackSet.instances
      .filter((instance) => instance.accountId === management)
      .map((instance) => instance.region)
      .sort(compareText);
    if (regions.length === 0) return [];
    // Adopting it redeploys in the management account: the first plan holds a high-impact change, no mere adoption.
    return [
      {
        kind: stackSet.managedByVend ? ('note' as const) : ('check' as const),
        subject: `StackSet ${stackSet.name}`,
        message: `It has ${regions.length === 1 ? 'an instance' : 'instances'} in the management account (${management}, ${regions.join(', ')}), which has no manifest: vend leaves ${regions.length === 1 ? 'it' : 'them'} in place, and every update of the StackSet (${stackSet.managedByVend ? 'a new template or parameters' : 'adopting it in the first plan, then a new template or parameters'}) redeploys ${regions.length === 1 ? 'it' : 'them'} with the rest.${stackSet.managedByVend ? '' : ' So the first plan adopts it as a high-impact change, which apply carries out only with allow-high-impact (--allow-high-impact), after the stricter review.'}`,
      },
    ];
  });
}

/**
 * The finding for a StackSet import leaves out of the catalogue, and why (`problem`, a clause): `left-out` when vend
 * does not own it and so leaves it alone; a `check` when it is tagged ManagedBy=vend, since the first plan would
 * delete it.
 */
export function notInCatalogue(stackSet: ObservedStackSet, problem: string): ImportFinding {
  return stackSet.managedByVend
    ? {
        kind: 'check',
        subject: `StackSet ${stackSet.name}`,
        message: `Not in the catalogue: ${problem}. It is tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, so vend owns it, and its first plan would delete it and its ${countOf(stackSet.instances.length, 'instance')}. Fix it in AWS, or remove the tag so that vend leaves it alone, then import again.`,
      }
    : {
        kind: 'left-out',
        subject: `StackSet ${stackSet.name}`,
        message: `Not in the catalogue: ${problem}. It is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, so vend leaves it as it is: the plan never updates or deletes a StackSet it does not own.`,
      };
}

/**
 * Why a StackSet vend would adopt (not tagged ManagedBy=vend) cannot be, for its template: validate would refuse the
 * template as it is, and changing it would make the plan refuse the StackSet as one vend does not own whose content
 * differs (stack-set-not-owned). A StackSet vend owns is written all the same: the fixed template is an update.
 */
function adoptionTemplateProblem(name: string, stackSet: ObservedStackSet): string | undefined {
  if (stackSet.managedByVend) return undefined;
  const file = templateFile(name, stackSet.templateBody);
  const [problem] = templateRuleProblems(name, file, stackSet.templateBody, effectiveQuotas(undefined));
  return problem
    ? `validate would refuse its template (${problem}), and vend adopts a StackSet only as it is: fix the template in AWS, then import again`
    : undefined;
}

/** Why the repository could not hold this StackSet as a baseline as it is, in a few words, or undefined. */
function repositoryProblem(name: string, stackSet: ObservedStackSet, namePrefix: string): string | undefined {
  if (!CATALOGUE_NAME.test(name))
    return `'${name}' after the prefix ${namePrefix} is no catalogue name (1-64 lowercase letters, digits and hyphens, starting with a letter)`;
  const nameProblem = keyProblem(name);
  if (nameProblem) return `its baseline name, a key of the catalogue, ${nameProblem}`;
  for (const [key, value] of Object.entries(stackSet.parameters).sort(([a], [b]) => compareText(a, b))) {
    const problem = keyProblem(key) ?? textProblem(value);
    if (problem) return `its parameter ${JSON.stringify(key)} (or its value) ${problem}`;
  }
  const [templateProblem] = templateProblems(templateFile(name, stackSet.templateBody), stackSet.templateBody);
  if (templateProblem) return `validate would refuse its template file: ${templateProblem}`;
  return undefined;
}

/**
 * The StackSet settings: the permission model and roles of vend's own StackSets with the prefix (tagged: vend
 * deployed them with these), else those most of the others use, ties to the first in text order; the bootstrap
 * stack's defaults when there are none.
 */
export function stackSetSettings(
  live: Pick<LiveOrganization, 'namePrefix' | 'partition' | 'organization'>,
  baselines: readonly ImportedBaseline[],
): OrganizationDocument['stackSets'] {
  const stackSets = baselines.map((baseline) => baseline.stackSet);
  const choose = (values: [string | undefined, ObservedStackSet][], fallback: string): string => {
    const counts = new Map<string, { owned: number; all: number }>();
    for (const [value, stackSet] of values) {
      if (!value) continue;
      const count = counts.get(value) ?? { owned: 0, all: 0 };
      counts.set(value, { owned: count.owned + (stackSet.managedByVend ? 1 : 0), all: count.all + 1 });
    }
    const [best] = [...counts].sort(([a, m], [b, n]) => n.owned - m.owned || n.all - m.all || compareText(a, b));
    return best?.[0] ?? fallback;
  };
  const permissionModel = choose(
    stackSets.map((stackSet) => [stackSet.permissionModel, stackSet]),
    'SELF_MANAGED',
  );
  if (permissionModel === 'SERVICE_MANAGED') return { permissionModel, callAs: 'SELF', namePrefix: live.namePrefix };
  const selfManaged = stackSets.filter((stackSet) => stackSet.permissionModel !== 'SERVICE_MANAGED');
  return {
    permissionModel: 'SELF_MANAGED',
    executionRoleName: choose(
      selfManaged.map((stackSet) => [stackSet.executionRoleName, stackSet]),
      DEFAULT_EXECUTION_ROLE,
    ),
    administrationRoleArn: choose(
      selfManaged.map((stackSet) => [stackSet.administrationRoleArn, stackSet]),
      `arn:${live.partition}:iam::${live.organization.managementAccountId}:role/${DEFAULT_ADMINISTRATION_ROLE}`,
    ),
    namePrefix: live.namePrefix,
  };
}

/**
 * Where a StackSet's permission model and roles differ from `settings`, compared as the plan compares them
 * (src/plan/stack-set-ownership.ts, settingChanges): a value the StackSet does not report is not compared, and
 * roles only under SELF_MANAGED.
 */
function settingDifferences(
  stackSet: ObservedStackSet,
  settings: OrganizationDocument['stackSets'],
): { setting: string; held: string; written: string }[] {
  const differ = (setting: string, held: string | undefined, written: string | undefined) =>
    held && written && held !== written ? [{ setting, held, written }] : [];
  return [
    ...differ('permissionModel', stackSet.permissionModel, settings.permissionModel),
    ...(settings.permissionModel === 'SELF_MANAGED'
      ? [
          ...differ('administrationRoleArn', stackSet.administrationRoleArn, settings.administrationRoleArn),
          ...differ('executionRoleName', stackSet.executionRoleName, settings.executionRoleName),
        ]
      : []),
    // vend deploys per manifest, never by itself to accounts joining an OU; its first plan turns this off.
    ...(stackSet.autoDeployment === true ? [{ setting: 'automatic deployment', held: 'on', written: 'off' }] : []),
  ];
}

/** `baselines/stacksets/<name>.json` for a body that is JSON, `.yaml` otherwise: the file holds the body as it is. */
export function templateFile(baseline: string, body: string): string {
  return `baselines/stacksets/${baseline}.${isJsonObject(body) ? 'json' : 'yaml'}`;
}

function isJsonObject(text: string): boolean {
  try {
    return typeof JSON.parse(text) === 'object';
  } catch {
    return false;
  }
}
