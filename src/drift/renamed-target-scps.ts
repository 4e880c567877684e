import { FULL_AWS_ACCESS_POLICY_NAME, MANAGED_BY_TAG } from '../config/desired-state.js';
import { accountsLackingAttachment } from '../plan/organization-snapshot.js';
import { describeTarget } from '../plan/plan-draft.js';
import { countOf, listNames } from '../report/phrasing.js';
import type { DriftContext } from './drift-context.js';
import { makeFinding } from './drift-report.js';
import type { DriftFinding } from './drift-report.js';
import { DESTRUCTIVE, fullAwsAccessSettingOf, scpListOf } from './repository-places.js';
import { attachmentTarget } from './scp-findings.js';

/**
 * The SCPs on an OU that was renamed in AWS, compared by the OU's id with those main declares there: declared ones
 * detached, and vend's catalogue SCPs (or FullAWSAccess) attached where main does not declare them. The plan sees
 * the OU missing and would create it again, so no attach or detach change stands for them; without this a guardrail
 * detached from a renamed OU, or one attached to it by hand, would go unseen behind the rename finding.
 */
export function renamedTargetScpFindings(context: DriftContext): DriftFinding[] {
  if (context.scpPolicyTypeDisabled) return [];
  const findings: DriftFinding[] = [];
  for (const [id, target] of context.renamedTargetIds) {
    const unit = context.desired.organizationalUnits.find((candidate) => `ou:${candidate.path}` === target);
    if (!unit) continue;
    const attached = new Set(
      context.observed.policies.filter((policy) => policy.targetIds.includes(id)).map((policy) => policy.name),
    );
    const wanted = [...unit.scps, ...(unit.fullAWSAccess ? [FULL_AWS_ACCESS_POLICY_NAME] : [])];
    const renamedTo = context.observed.organizationalUnits.find((ou) => ou.id === id)?.path ?? id;
    for (const scp of wanted.filter((name) => !attached.has(name) && !context.missingScps.has(name))) {
      // As detachedScpFinding says it, through the OU's path in AWS now: a rename must not drop who lacks it.
      const lacking = accountsLackingAttachment(context.live, `ou:${renamedTo}`, scp);
      findings.push(
        makeFinding(
          scp === FULL_AWS_ACCESS_POLICY_NAME ? 'full-aws-access-missing' : 'scp-detached',
          attachmentTarget(scp, target),
          {
            expected: `SCP ${scp} attached to ${describeTarget(target)} (in AWS now ${renamedTo}, ${id})`,
            actual: 'not attached',
            restore:
              'apply attaches it once the OU has its declared name again (see the OU renamed finding); until then apply would create a second OU',
            accept:
              scp === FULL_AWS_ACCESS_POLICY_NAME
                ? `set ${fullAwsAccessSettingOf(context, target)} to false`
                : `remove ${scp} from ${scpListOf(context, target)}`,
            details:
              lacking.length > 0
                ? [`not in force for ${countOf(lacking.length, 'account')} beneath it: ${listNames(lacking)}`]
                : [],
          },
          context.checkedOn,
        ),
      );
    }
    const catalogue = new Set(context.desired.scps.map((scp) => scp.name));
    const stray = context.observed.policies.filter(
      (policy) =>
        policy.targetIds.includes(id) &&
        !wanted.includes(policy.name) &&
        (policy.name === FULL_AWS_ACCESS_POLICY_NAME
          ? policy.awsManaged
          : catalogue.has(policy.name) && policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value),
    );
    const restore = `apply detaches it once the OU has its declared name again (see the OU renamed finding); ${DESTRUCTIVE}`;
    for (const policy of stray)
      findings.push(
        policy.name === FULL_AWS_ACCESS_POLICY_NAME
          ? makeFinding(
              'full-aws-access-undeclared',
              attachmentTarget(policy.name, target),
              {
                expected: `FullAWSAccess not attached to ${describeTarget(target)} (in AWS now ${renamedTo}, ${id}; fullAWSAccess: false)`,
                actual: 'attached: it allows every action the other SCPs do not deny',
                restore,
                accept: `set ${fullAwsAccessSettingOf(context, target)} to true, or remove it`,
              },
              context.checkedOn,
            )
          : makeFinding(
              'scp-attached-undeclared',
              attachmentTarget(policy.name, target),
              {
                expected: `SCP ${policy.name} not attached to ${describeTarget(target)} (in AWS now ${renamedTo}, ${id})`,
                actual: 'attached',
                restore,
                accept: `add ${policy.name} to ${scpListOf(context, target)}`,
              },
              context.checkedOn,
            ),
      );
  }
  return findings;
}
