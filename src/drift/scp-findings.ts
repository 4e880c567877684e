import { FULL_AWS_ACCESS_POLICY_NAME, MANAGED_BY_TAG } from '../config/desired-state.js';
import { ORGANIZATION_FILE } from '../config/repository.js';
import { CHANGE_KINDS } from '../plan/plan.js';
import type { Change, PlanProblem } from '../plan/plan.js';
import { accountsLackingAttachment } from '../plan/organization-snapshot.js';
import { attachedElsewhere } from '../plan/plan-scps.js';
import type { ObservedOrganizationalUnit } from '../observe/observed-state.js';
import { compareText } from '../ordering.js';
import { accountReference, describeTarget, ouReference } from '../plan/plan-draft.js';
import { countOf, listNames } from '../report/phrasing.js';
import { prettyPolicy, unifiedDiff } from '../report/unified-diff.js';
import { policyProblems } from '../config/file-checks.js';
import type { DriftContext } from './drift-context.js';
import { findingId, makeFinding } from './drift-report.js';
import { declaredTargetIds, scpTargetName } from './foreign-scps.js';
import type { DriftFinding } from './drift-report.js';
import { DESTRUCTIVE, fullAwsAccessSettingOf, HIGH_IMPACT, scpFileOf, scpListOf } from './repository-places.js';

/** An attachment's finding target, `scp:<name>@<target>`: the switched-off finding covers these ids by it. */
export function attachmentTarget(scp: string, target: string): string {
  return `scp:${scp}@${target}`;
}

/**
 * SCPs switched off on the root: one finding that stands for every attachment the plan would make again, and for
 * every FullAWSAccess attachment main declares (AWS detached them all). It covers the findings of those attachments
 * (`covers`), so an earlier run's "SCP detached" is not said to have cleared when every SCP went with it.
 */
export function scpPolicyTypeFindings(context: DriftContext): DriftFinding[] {
  if (!context.scpPolicyTypeDisabled) return [];
  const attachments = context.changesOf(CHANGE_KINDS.attachScp);
  const { desired } = context;
  const fullAwsAccessTargets = [
    ...(desired.organization.root.fullAWSAccess ? ['root'] : []),
    ...desired.organizationalUnits.filter((unit) => unit.fullAWSAccess).map((unit) => ouReference(unit.path)),
    ...desired.accounts.filter((account) => account.fullAWSAccess).map((account) => accountReference(account.name)),
  ];
  const lost = attachments.map((change) => `${String(change.scope.scp)} on ${describeTarget(change.target)}`);
  // Enabling at the root, and attaching there, are high impact: the restore names the flag, as the plan does.
  const acting = [...context.changesOf(CHANGE_KINDS.enableScpType), ...attachments];
  const flags = [
    ...(acting.some((change) => change.destructive) ? [DESTRUCTIVE] : []),
    ...(acting.some((change) => change.highImpact) ? [HIGH_IMPACT] : []),
  ];
  const finding = makeFinding(
    'scp-policy-type-disabled',
    'root',
    {
      expected: 'the SERVICE_CONTROL_POLICY policy type enabled on the root',
      actual: 'disabled: no SCP is in force anywhere in the organization',
      restore: [
        `apply enables it (AWS then attaches FullAWSAccess to every OU and account) and makes the ${countOf(attachments.length, 'SCP attachment')} main declares`,
        ...flags,
      ].join('; '),
      accept: 'none: vend’s guardrails are SCPs; only removing every SCP from the repository would match',
      details: lost.length > 0 ? [`not in force: ${listNames(lost)}`] : [],
    },
    context.checkedOn,
  );
  finding.covers = [
    ...attachments.map((change) =>
      findingId('scp-detached', attachmentTarget(String(change.scope.scp), change.target)),
    ),
    ...fullAwsAccessTargets.map((target) =>
      findingId('full-aws-access-missing', attachmentTarget(FULL_AWS_ACCESS_POLICY_NAME, target)),
    ),
  ];
  return [finding];
}

/** New content or description for a catalogue SCP means someone edited it outside git. */
export function scpUpdateFindings(context: DriftContext, change: Change): DriftFinding[] {
  return scpContentFindings(
    context,
    change.target,
    String(change.scope.scp),
    change.before as ScpText,
    change.after as ScpText,
  );
}

type ScpText = { content: string; description: string };

/**
 * The content and description of an SCP as the organization has it (`before`) against main's (`after`). `owned`:
 * the policy carries vend's ownership tag; one that does not is rewritten only once it is tagged again.
 */
function scpContentFindings(
  context: DriftContext,
  target: string,
  scp: string,
  before: ScpText,
  after: ScpText,
  owned = true,
): DriftFinding[] {
  const writesBack = (what: string) =>
    owned
      ? `apply writes main’s ${what} back`
      : `once the policy is tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} again (apply changes no policy it does not own), apply writes main’s ${what} back`;
  const findings: DriftFinding[] = [];
  if (before.content !== after.content) {
    const diff = unifiedDiff(prettyPolicy(after.content), prettyPolicy(before.content));
    findings.push(
      makeFinding(
        'scp-content',
        target,
        {
          expected: `the content of ${scpFileOf(context, scp)}`,
          actual: 'other content (the diff turns main’s content into the organization’s)',
          restore: writesBack('content'),
          accept: organizationContentAccept(context, scp, before.content, after.description),
          details: diff.lines,
        },
        context.checkedOn,
      ),
    );
  }
  if (before.description !== after.description) {
    findings.push(
      makeFinding(
        'scp-description',
        target,
        {
          expected: `description ${JSON.stringify(after.description)}`,
          actual: `description ${JSON.stringify(before.description)}`,
          restore: writesBack('description'),
          accept: `set the description of ${scp} in ${ORGANIZATION_FILE} to the organization’s`,
        },
        context.checkedOn,
      ),
    );
  }
  return findings;
}

/**
 * An attachment main declares that AWS lacks. Attachments that follow from another finding are told there: SCPs
 * switched off, the SCP deleted, the target missing (an OU not there or renamed, an account that left).
 */
export function detachedScpFinding(context: DriftContext, change: Change): DriftFinding | undefined {
  const scp = String(change.scope.scp);
  if (context.scpPolicyTypeDisabled || context.missingScps.has(scp)) return undefined;
  const path = context.organizationalUnitPathOf(change.target);
  const inDoubt = path === undefined ? [] : context.organizationalUnitsInDoubt(path);
  if (inDoubt.length > 0) return detachedFromTwinsFinding(context, scp, change.target, inDoubt);
  if (context.targetIsMissing(change.target)) {
    // An OU deleted takes its guardrails with it: the attachment stays its own finding, critical and under the id it
    // had, or the issue would say it cleared while nothing is in force there. A renamed OU tells its own
    // (renamed-target-scps.ts); an account that left the organization is out of the SCPs' reach altogether.
    if (path === undefined || context.renamedPathIds.has(path) || scp === FULL_AWS_ACCESS_POLICY_NAME) return undefined;
    return makeFinding(
      'scp-detached',
      attachmentTarget(scp, change.target),
      {
        expected: `SCP ${scp} attached to ${describeTarget(change.target)}`,
        actual: `not attached: ${describeTarget(change.target)} is missing (ou-missing)`,
        restore: 'apply creates the OU again and attaches it',
        accept: `remove ${scp} from ${scpListOf(context, change.target)}`,
      },
      context.checkedOn,
    );
  }
  // The plan's blast radius places accounts where main declares them, the ones that left included; the finding
  // tells what is not in force now, for the accounts beneath the target in AWS.
  const lacking = accountsLackingAttachment(context.live, change.target, scp);
  const details =
    lacking.length > 0
      ? [`not in force for ${countOf(lacking.length, 'account')} beneath it: ${listNames(lacking)}`]
      : [];
  if (scp === FULL_AWS_ACCESS_POLICY_NAME)
    return makeFinding(
      'full-aws-access-missing',
      attachmentTarget(scp, change.target),
      {
        expected: `FullAWSAccess attached to ${describeTarget(change.target)}`,
        actual: 'detached: unless another SCP allows them, every action beneath it is denied',
        restore: 'apply attaches it',
        accept: `set ${fullAwsAccessSettingOf(context, change.target)} to false`,
        details,
      },
      context.checkedOn,
    );
  return makeFinding(
    'scp-detached',
    attachmentTarget(scp, change.target),
    {
      expected: `SCP ${scp} attached to ${describeTarget(change.target)}`,
      actual: 'not attached',
      restore: 'apply attaches it',
      accept: `remove ${scp} from ${scpListOf(context, change.target)}`,
      details,
    },
    context.checkedOn,
  );
}

/** A vend SCP, or FullAWSAccess, attached where main does not declare it. Retired SCPs are told on their own. */
export function undeclaredAttachmentFinding(context: DriftContext, change: Change): DriftFinding | undefined {
  const scp = String(change.scope.scp);
  if (retiredScps(context).has(scp)) return undefined;
  if (scp === FULL_AWS_ACCESS_POLICY_NAME)
    return makeFinding(
      'full-aws-access-undeclared',
      attachmentTarget(scp, change.target),
      {
        expected: `FullAWSAccess not attached to ${describeTarget(change.target)} (fullAWSAccess: false)`,
        actual: 'attached: it allows every action the other SCPs do not deny',
        restore: `apply detaches it; ${DESTRUCTIVE}`,
        accept: `set ${fullAwsAccessSettingOf(context, change.target)} to true, or remove it`,
      },
      context.checkedOn,
    );
  return makeFinding(
    'scp-attached-undeclared',
    attachmentTarget(scp, change.target),
    {
      expected: `SCP ${scp} not attached to ${describeTarget(change.target)}`,
      actual: 'attached',
      restore: `apply detaches it; ${DESTRUCTIVE}`,
      accept: `add ${scp} to ${scpListOf(context, change.target)}`,
    },
    context.checkedOn,
  );
}

/**
 * Copying the organization's SCP content into the repository, unless validate would refuse it there (a number
 * JavaScript cannot hold, a Principal, a size over the quota): then the hint says why it cannot be accepted as it is.
 */
function organizationContentAccept(context: DriftContext, scp: string, content: string, description: string): string {
  const file = scpFileOf(context, scp);
  const [problem] = policyProblems(scp, file, content, description, context.desired.organization.quotas);
  return problem === undefined
    ? `copy the organization’s content into ${file}`
    : `none as it is: validate would refuse the organization’s content in ${file} (${problem}); restore main’s content, or copy it once that is fixed`;
}

/**
 * How to let another keep a catalogue SCP that lost vend's tag: a new catalogue name, in the catalogue and in every
 * `scps:` list that names it (validate refuses a list naming an SCP the catalogue lacks), for which vend creates a
 * policy of its own. AWS allows no two policies of one name (CreatePolicy: DuplicatePolicyException), and vend
 * changes no policy it does not own, so the old one stays attached where it is, acting beside the new one and
 * counting toward each target's SCP quota, until someone detaches it.
 */
function renamingScp(context: DriftContext, name: string): string {
  const { organization, organizationalUnits, accounts } = context.desired;
  const lists = [
    ...(organization.root.scps.includes(name) ? [`root.scps`] : []),
    ...organizationalUnits.filter((unit) => unit.scps.includes(name)).map((unit) => `OU ${unit.path}`),
  ];
  const manifests = accounts.filter((account) => account.scps.includes(name)).map((account) => account.file);
  const where = [
    ...(lists.length > 0 ? [`${listNames(lists)} in ${ORGANIZATION_FILE}`] : []),
    ...(manifests.length > 0 ? [listNames(manifests)] : []),
  ];
  const policy = context.observed.policies.find((candidate) => candidate.name === name);
  const attached = policy?.targetIds.length ?? 0;
  return `rename ${name} in the scps catalogue of ${ORGANIZATION_FILE}${where.length > 0 ? ` and in the scps lists that name it (${where.join('; ')})` : ''}, so vend creates its own${
    attached > 0
      ? `. The old policy${policy ? ` (${policy.id})` : ''} stays attached to ${countOf(attached, 'target')}, acting beside the new one and counting toward each target's SCP quota: vend changes no policy it does not own, so detach it by hand if it should go; until then drift reports it as scp-foreign`
      : ''
  }`;
}

/**
 * A catalogue SCP that lost its ownership tag but still says exactly what the catalogue does: the plan adopts it
 * again (adopt-scp).
 */
export function scpAdoptionFinding(context: DriftContext, change: Change): DriftFinding {
  const name = String(change.scope.scp);
  return makeFinding(
    'scp-ownership-tag',
    change.target,
    {
      expected: `SCP ${name} tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}`,
      actual: `SCP ${name} (${String(change.scope.policyId)}) is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}; its content and description are still the catalogue's`,
      restore: 'apply tags it again (its plan shows this as adopting the SCP)',
      accept: renamingScp(context, name),
    },
    context.checkedOn,
  );
}

/**
 * Problems the plan reports about SCPs: a catalogue name held by a policy vend does not own (someone removed the
 * ownership tag), or a retired SCP attached to targets the repository does not declare.
 */
export function scpProblemFinding(context: DriftContext, problem: PlanProblem): DriftFinding[] {
  const name = problem.target.slice('scp:'.length);
  const policy = context.observed.policies.find((candidate) => candidate.name === name);
  if (!policy) return [];
  const declared = context.desired.scps.find((scp) => scp.name === name);
  // Removing the tag must not hide what was done to the policy: its content is still compared, at its severity.
  if (declared)
    return [
      ...scpContentFindings(context, problem.target, name, policy, declared, false),
      makeFinding(
        'scp-ownership-tag',
        problem.target,
        {
          expected: `SCP ${name} tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}`,
          actual: `SCP ${name} (${policy.id}) is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, so vend will not change it`,
          restore: `apply cannot: it changes no policy it does not own. Tag the policy ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value} again if it is vend’s, then apply`,
          accept: renamingScp(context, name),
        },
        context.checkedOn,
      ),
    ];
  // The plan refuses to delete the SCP while it is attached where the repository does not declare: an OU drift
  // takes for a declared one renamed is such a place too, until the rename is applied or accepted.
  const declaredTargets = declaredTargetIds(context);
  const undeclared = policy.targetIds.filter((id) => !declaredTargets.has(id) || context.renamedTargetIds.has(id));
  return [
    makeFinding(
      'scp-retired',
      `scp:${scpTargetName(name)}`,
      {
        expected: `no SCP ${name}: the catalogue no longer names it`,
        actual: `SCP ${name} (${policy.id}) is attached to ${attachedElsewhere(context.observed, undeclared)}`,
        restore:
          'apply cannot detach it from targets the repository does not declare: detach it there by hand, then apply deletes it',
        accept: `put ${name} in the scps catalogue of ${ORGANIZATION_FILE}, with its content, if it is to stay; if vend never managed it, remove its ${MANAGED_BY_TAG.key} tag instead`,
      },
      context.checkedOn,
    ),
  ];
}

/** Where main attaches a catalogue SCP that the plan would attach again: the targets of its attach changes. */
/** SCPs the plan deletes, or reports as retired: their attachments are told in their own finding. */
function retiredScps(context: DriftContext): Set<string> {
  const catalogue = new Set(context.desired.scps.map((scp) => scp.name));
  return new Set(
    context.observed.policies
      .filter(
        (policy) =>
          !policy.awsManaged && !catalogue.has(policy.name) && policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value,
      )
      .map((policy) => policy.name),
  );
}

/**
 * A declared SCP missing from OUs at a path in doubt (ou-ambiguous): which OU is declared cannot be told, but an
 * account in one that lacks the SCP is without it all the same, so a twin made by anyone must not hide a detached
 * guardrail. Undefined when every twin holding accounts has it.
 */
function detachedFromTwinsFinding(
  context: DriftContext,
  scp: string,
  target: string,
  twins: readonly ObservedOrganizationalUnit[],
): DriftFinding | undefined {
  const policy = context.observed.policies.find((candidate) => candidate.name === scp);
  const lacking = twins
    .filter((twin) => !policy?.targetIds.includes(twin.id))
    .map((twin) => {
      const beneath = context.subtreeIds([twin.id]);
      const accounts = context.observed.accounts
        .filter((account) => account.status === 'ACTIVE' && beneath.has(account.parentId))
        .map((account) => account.name)
        .sort(compareText);
      return { twin, accounts };
    })
    .filter(({ accounts }) => accounts.length > 0);
  if (lacking.length === 0) return undefined;
  return makeFinding(
    'scp-detached',
    attachmentTarget(scp, target),
    {
      expected: `SCP ${scp} attached to ${describeTarget(target)}`,
      actual: `not attached to ${listNames(lacking.map(({ twin }) => twin.id))}, one of ${countOf(twins.length, 'OU')} at that path`,
      restore:
        'apply is blocked until one OU is left at that path (see the OU duplicated finding); then it attaches it',
      accept: `remove ${scp} from the scps of ${describeTarget(target)} in ${ORGANIZATION_FILE}`,
      details: lacking.map(({ twin, accounts }) => `not in force for ${listNames(accounts)}, beneath ${twin.id}`),
    },
    context.checkedOn,
  );
}
