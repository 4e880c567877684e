import {
  AttachPolicyCommand,
  CreateOrganizationalUnitCommand,
  CreatePolicyCommand,
  DeletePolicyCommand,
  DetachPolicyCommand,
  EnablePolicyTypeCommand,
  paginateListOrganizationalUnitsForParent,
  paginateListPolicies,
  paginateListTagsForResource,
  TagResourceCommand,
  UpdatePolicyCommand,
} from '@aws-sdk/client-organizations';
import type { PolicySummary } from '@aws-sdk/client-organizations';
import { MANAGED_BY_TAG } from '../config/desired-state.js';
import type { Change } from '../plan/plan.js';
import type { StageContext } from './apply-context.js';
import { ChangeError } from './change-error.js';
import { errorName } from '../observe/aws-errors.js';
import { changeFields } from './change-fields.js';
import type { AttachmentFields, OrganizationalUnitAfter, ScpAfter } from './change-fields.js';

const MANAGED_BY = [{ Key: MANAGED_BY_TAG.key, Value: MANAGED_BY_TAG.value }];

export async function enableScpPolicyType(_change: Change, context: StageContext): Promise<void> {
  try {
    await context.clients.organizations.send(
      new EnablePolicyTypeCommand({ RootId: context.targets.rootId, PolicyType: 'SERVICE_CONTROL_POLICY' }),
    );
  } catch (error) {
    if (errorName(error) !== 'PolicyTypeAlreadyEnabledException') throw error;
  }
}

/** Parents come first: the plan makes each OU depend on its parent's creation, and the stage runs in that order. */
export async function createOrganizationalUnit(change: Change, context: StageContext): Promise<void> {
  const { name, parent } = changeFields<OrganizationalUnitAfter>(change, 'after', ['name', 'parent']);
  const path = change.target.slice('ou:'.length);
  const parentId = context.targets.targetId(parent);
  let id: string | undefined;
  try {
    const { OrganizationalUnit } = await context.clients.organizations.send(
      new CreateOrganizationalUnitCommand({ ParentId: parentId, Name: name, Tags: MANAGED_BY }),
    );
    id = OrganizationalUnit?.Id;
  } catch (error) {
    // Created since the observation: by a concurrent run, or by a call that timed out after AWS had acted, it is
    // vend's and used; by someone else, it is not taken over behind the reviewer's back (the next plan adopts it).
    if (errorName(error) !== 'DuplicateOrganizationalUnitException') throw error;
    id = await findChildOrganizationalUnit(context, parentId, name);
    // Organizations' lists can lag behind a write for a moment; the stage runs again from a fresh observation.
    if (!id)
      throw new ChangeError(
        `AWS reports that an OU named '${name}' already exists under ${parent === 'root' ? 'the root' : parent.slice('ou:'.length)}, but does not list it yet. Re-run apply in a minute.`,
        true,
      );
    if (!(await isTaggedManagedBy(context, id)))
      throw new ChangeError(
        `An OU named '${name}' was created under ${parent === 'root' ? 'the root' : parent.slice('ou:'.length)} since the plan (${id}), not by vend: it is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}, and vend does not take over an OU the approved plan did not show. Plan again: the plan shows its adoption, for a reviewer to approve.`,
      );
  }
  if (id) context.targets.registerOrganizationalUnit(path, id);
}

/** Adoption is the ManagedBy tag, on the OU the plan found by id: from then on the OU is vend's, as for accounts. */
export async function adoptOrganizationalUnit(change: Change, context: StageContext): Promise<void> {
  const { id } = changeFields<{ id: string }>(change, 'before', ['id']);
  await context.clients.organizations.send(new TagResourceCommand({ ResourceId: id, Tags: MANAGED_BY }));
}

async function findChildOrganizationalUnit(
  context: StageContext,
  parentId: string,
  name: string,
): Promise<string | undefined> {
  for await (const page of paginateListOrganizationalUnitsForParent(
    { client: context.clients.organizations },
    { ParentId: parentId },
  )) {
    const found = page.OrganizationalUnits?.find((unit) => unit.Name === name);
    if (found?.Id) return found.Id;
  }
  return undefined;
}

export async function createScp(change: Change, context: StageContext): Promise<void> {
  const { name, description, content } = changeFields<ScpAfter>(change, 'after', ['name', 'description', 'content']);
  let id: string | undefined;
  try {
    const { Policy } = await context.clients.organizations.send(
      new CreatePolicyCommand({
        Name: name,
        Description: description,
        Content: content,
        Type: 'SERVICE_CONTROL_POLICY',
        Tags: MANAGED_BY,
      }),
    );
    id = Policy?.PolicySummary?.Id;
  } catch (error) {
    // Created since the observation (a concurrent run, or a call that timed out after AWS had acted): use it, but
    // only if it is vend's. The next plan updates its content if it differs.
    if (errorName(error) !== 'DuplicatePolicyException') throw error;
    id = await ownedScpId(context, name);
  }
  if (id) context.targets.registerPolicy(name, id);
}

async function ownedScpId(context: StageContext, name: string): Promise<string> {
  const policy = await findScp(context, name);
  // Organizations' lists can lag behind a write for a moment; the stage runs again from a fresh observation.
  if (!policy?.Id)
    throw new ChangeError(
      `AWS reports that an SCP named '${name}' already exists, but does not list it yet. Re-run apply in a minute.`,
      true,
    );
  if (policy.AwsManaged !== true && (await isTaggedManagedBy(context, policy.Id))) return policy.Id;
  throw new ChangeError(
    `An SCP named '${name}' already exists (${policy.Id}) but is not tagged ${MANAGED_BY_TAG.key}=${MANAGED_BY_TAG.value}; vend will not change a policy it does not own. Rename the catalogue entry, or tag the policy to hand it to vend, then re-run apply.`,
  );
}

async function findScp(context: StageContext, name: string): Promise<PolicySummary | undefined> {
  for await (const page of paginateListPolicies(
    { client: context.clients.organizations },
    { Filter: 'SERVICE_CONTROL_POLICY' },
  )) {
    const found = page.Policies?.find((policy) => policy.Name === name);
    if (found) return found;
  }
  return undefined;
}

async function isTaggedManagedBy(context: StageContext, resourceId: string): Promise<boolean> {
  for await (const page of paginateListTagsForResource(
    { client: context.clients.organizations },
    { ResourceId: resourceId },
  )) {
    if (page.Tags?.some((tag) => tag.Key === MANAGED_BY_TAG.key && tag.Value === MANAGED_BY_TAG.value)) return true;
  }
  return false;
}

/** Adoption is the ManagedBy tag, on the policy the plan found: from then on the SCP is vend's, as for accounts. */
export async function adoptScp(change: Change, context: StageContext): Promise<void> {
  const { id } = changeFields<{ id: string }>(change, 'before', ['id']);
  await context.clients.organizations.send(new TagResourceCommand({ ResourceId: id, Tags: MANAGED_BY }));
}

export async function updateScp(change: Change, context: StageContext): Promise<void> {
  const { name, description, content } = changeFields<ScpAfter>(change, 'after', ['name', 'description', 'content']);
  await context.clients.organizations.send(
    new UpdatePolicyCommand({ PolicyId: context.targets.policyId(name), Description: description, Content: content }),
  );
}

export async function attachScp(change: Change, context: StageContext): Promise<void> {
  const { policy, target } = changeFields<AttachmentFields>(change, 'after', ['policy', 'target']);
  try {
    await context.clients.organizations.send(
      new AttachPolicyCommand({
        PolicyId: context.targets.policyId(policy),
        TargetId: context.targets.targetId(target),
      }),
    );
  } catch (error) {
    if (errorName(error) !== 'DuplicatePolicyAttachmentException') throw error;
  }
}

export async function deleteScp(change: Change, context: StageContext): Promise<void> {
  const { id } = changeFields<{ id: string }>(change, 'before', ['id']);
  try {
    await context.clients.organizations.send(new DeletePolicyCommand({ PolicyId: id }));
  } catch (error) {
    if (errorName(error) !== 'PolicyNotFoundException') throw error;
  }
}

export async function detachScp(change: Change, context: StageContext): Promise<void> {
  const { policy, target } = changeFields<AttachmentFields>(change, 'before', ['policy', 'target']);
  try {
    await context.clients.organizations.send(
      new DetachPolicyCommand({
        PolicyId: context.targets.policyId(policy),
        TargetId: context.targets.targetId(target),
      }),
    );
  } catch (error) {
    if (errorName(error) !== 'PolicyNotAttachedException') throw error;
  }
}
