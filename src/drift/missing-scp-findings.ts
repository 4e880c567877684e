import { MANAGED_BY_TAG } from '../config/desired-state.js';
import { ORGANIZATION_FILE } from '../config/repository.js';
import { CHANGE_KINDS } from '../plan/plan.js';
import type { Change } from '../plan/plan.js';
import { describeTarget } from '../plan/plan-draft.js';
import type { ReplacedScp } from '../plan/scp-replacement.js';
import { countOf, listNames } from '../report/phrasing.js';
import type { DriftContext } from './drift-context.js';
import { findingId, makeFinding } from './drift-report.js';
import { attachmentTarget } from './scp-findings.js';
import type { DriftFinding } from './drift-report.js';
import { declaredTargetIds, scpTargetName } from './foreign-scps.js';
import { DESTRUCTIVE, HIGH_IMPACT, scpFileOf } from './repository-places.js';

/**
 * A catalogue SCP that no longer exists: one finding, with every attachment it had. SCPs switched off do not delete
 * them (observe still reads them), so one missing then was deleted too. One renamed outside git is said to be: its
 * content is in force under the new name, and renaming it back leaves apply nothing to do.
 */
export function missingScpFinding(context: DriftContext, change: Change): DriftFinding {
  const scp = String(change.scope.scp);
  const targets = plannedTargetsOf(context, scp).map(describeTarget);
  const renamed = renamedTo(context, change);
  const recreate = `apply creates it again${targets.length > 0 ? ` and attaches it to ${countOf(targets.length, 'target')}` : ''}`;
  // Said before the rename-back alternative, which needs no apply: fromChange would add it at the end.
  const attachments = context.changesOf(CHANGE_KINDS.attachScp).filter((attach) => attach.scope.scp === scp);
  const flags = [
    ...(attachments.some((attach) => attach.destructive) ? [DESTRUCTIVE] : []),
    ...(attachments.some((attach) => attach.highImpact) ? [HIGH_IMPACT] : []),
  ];
  const accept = `remove ${scp} from the scps catalogue in ${ORGANIZATION_FILE} and from every scps list that names it`;
  const finding = makeFinding(
    'scp-missing',
    change.target,
    renamed
      ? {
          expected: `SCP ${scp} from ${scpFileOf(context, scp)}${targets.length > 0 ? `, attached to ${listNames(targets)}` : ''}`,
          actual: `no SCP named ${scp} in the organization, but vend's SCP ${renamed.name} (${renamed.id}) holds exactly its content and is attached to ${listNames(renamed.targets.map(describeTarget))}: ${scp} renamed outside git, in force under its new name`,
          restore: `${[recreate, ...flags].join('; ')}; then it detaches and deletes ${renamed.name} (scp-retired), ${DESTRUCTIVE}. Renaming it back by hand instead (aws organizations update-policy --policy-id ${renamed.id} --name ${scp}) leaves apply nothing to do`,
          accept: `rename ${scp} to ${renamed.name} in the scps catalogue in ${ORGANIZATION_FILE} and in every scps list that names it; or ${accept}`,
        }
      : {
          expected: `SCP ${scp} from ${scpFileOf(context, scp)}${targets.length > 0 ? `, attached to ${listNames(targets)}` : ''}`,
          actual: `no SCP named ${scp} in the organization`,
          restore: recreate,
          accept,
        },
    context.checkedOn,
  );
  // Its attachments went with it: an earlier run's "SCP detached" on one is now part of this, never cleared.
  finding.covers = plannedTargetsOf(context, scp).map((target) =>
    findingId('scp-detached', attachmentTarget(scp, target)),
  );
  return finding;
}

/** An SCP vend created that the catalogue no longer names, still in the organization; perhaps a catalogue SCP renamed. */
export function retiredScpFinding(context: DriftContext, change: Change): DriftFinding {
  return retiredPolicyFinding(context, change.before as { name: string; id: string });
}

/** The catalogue SCP that policy `id` is, renamed outside git (renamedTo); undefined when it is no such rename. */
export function renamedCatalogueScp(context: DriftContext, id: string): string | undefined {
  const renamedFrom = context
    .changesOf(CHANGE_KINDS.createScp)
    .find((created) => renamedTo(context, created)?.id === id);
  return renamedFrom === undefined ? undefined : String(renamedFrom.scope.scp);
}

/**
 * retiredScpFinding's finding for policy `before`. `blocked`: the plan cannot delete it, as it is attached where the
 * repository does not declare; an OU renamed in AWS is such a place until the rename is undone, and then renaming
 * the SCP back is the way that needs no hand-made detach.
 */
export function retiredPolicyFinding(
  context: DriftContext,
  before: { name: string; id: string },
  blocked = false,
): DriftFinding {
  const targets = attachedTargetsOf(context, before.id);
  const catalogueName = renamedCatalogueScp(context, before.id);
  const renameBack = catalogueName
    ? `Renaming it back by hand instead (aws organizations update-policy --policy-id ${before.id} --name ${catalogueName}) leaves apply nothing to do`
    : '';
  return makeFinding(
    'scp-retired',
    `scp:${scpTargetName(before.name)}`,
    {
      expected: `no SCP ${before.name}: the catalogue no longer names it`,
      actual: `SCP ${before.name} (${before.id}) exists${targets.length > 0 ? `, attached to ${listNames(targets.map(describeTarget))}` : ''}${catalogueName ? `, holding exactly the content of catalogue SCP ${catalogueName}, which is missing (scp-missing): ${catalogueName} renamed outside git` : ''}`,
      restore: blocked
        ? `apply cannot detach it while it is attached where the repository does not declare (an OU renamed in AWS is such a place until the rename is undone: see the OU renamed finding). ${renameBack}`
        : `apply detaches and deletes it; ${DESTRUCTIVE}${renameBack ? `. ${renameBack}` : ''}`,
      // Tagged ManagedBy vend, it counts as vend's; whoever tagged it may have had it in the catalogue or not.
      accept: `put ${before.name} in the scps catalogue of ${ORGANIZATION_FILE}, with its content, if it is to stay; if vend never managed it, remove its ${MANAGED_BY_TAG.key} tag instead, which keeps it out of vend's hands`,
    },
    context.checkedOn,
  );
}

/**
 * The policy a missing catalogue SCP was renamed to outside git, as far as the organization shows it: vend's, no
 * longer in the catalogue, attached where the missing one is declared, and holding exactly its content (the plan's
 * `replaces`, scp-replacement.ts). UpdatePolicy renames a policy in place, its id and attachments kept
 * (Organizations API Reference, UpdatePolicy: Name), so the guardrail is in force meanwhile. The plan finds no
 * declared target at an OU renamed in AWS too; drift knows that OU by its id (declaredTargetIds), and looks there.
 * Undefined when no single policy is.
 */
function renamedTo(
  context: DriftContext,
  created: Change,
): { name: string; id: string; targets: string[] } | undefined {
  const after = created.after as { content?: string; replaces?: ReplacedScp[] } | null;
  const same = (after?.replaces ?? []).filter((replaced) => replaced.content === after?.content);
  if (same.length === 1) {
    const policy = context.observed.policies.find((candidate) => candidate.name === same[0]!.name);
    return policy ? { name: policy.name, id: policy.id, targets: same[0]!.targets } : undefined;
  }
  if (same.length > 1 || after?.content === undefined) return undefined;
  const declared = declaredTargetIds(context);
  const planned = new Set(plannedTargetsOf(context, String(created.scope.scp)));
  const catalogue = new Set(context.desired.scps.map((scp) => scp.name));
  const candidates = context.observed.policies
    .filter(
      (policy) =>
        !catalogue.has(policy.name) &&
        policy.tags[MANAGED_BY_TAG.key] === MANAGED_BY_TAG.value &&
        policy.content === after.content,
    )
    .map((policy) => ({
      policy,
      targets: policy.targetIds.flatMap((id) => {
        const target = declared.get(id);
        return target !== undefined && planned.has(target) ? [target] : [];
      }),
    }))
    .filter(({ targets }) => targets.length > 0);
  if (candidates.length !== 1) return undefined;
  const [{ policy, targets }] = candidates as [(typeof candidates)[number]];
  return { name: policy.name, id: policy.id, targets };
}

function plannedTargetsOf(context: DriftContext, scp: string): string[] {
  return context
    .changesOf(CHANGE_KINDS.attachScp)
    .filter((change) => change.scope.scp === scp)
    .map((change) => change.target);
}

function attachedTargetsOf(context: DriftContext, policyId: string): string[] {
  const declared = declaredTargetIds(context);
  const policy = context.observed.policies.find((candidate) => candidate.id === policyId);
  return (policy?.targetIds ?? []).map((id) => declared.get(id) ?? id);
}
