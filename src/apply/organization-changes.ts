import {
  AttachPolicyCommand,
  CreateOrganizationalUnitCommand,
  CreatePolicyCommand,
  DetachPolicyCommand,
  EnablePolicyTypeCommand,
  paginateListOrganizationalUnitsForParent,
  UpdatePolicyCommand,
} from '@aws-sdk/client-organizations';
import { MANAGED_BY_TAG } from '../config/desired-state.js';
import type { Change } from '../plan/plan.js';
import type { StageContext } from './apply-context.js';
import { errorName } from './change-error.js';
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
    // Created since the observation (a concurrent run): use it rather than fail.
    if (errorName(error) !== 'DuplicateOrganizationalUnitException') throw error;
    id = await findChildOrganizationalUnit(context, parentId, name);
  }
  if (id) context.targets.registerOrganizationalUnit(path, id);
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
  const { Policy } = await context.clients.organizations.send(
    new CreatePolicyCommand({
      Name: name,
      Description: description,
      Content: content,
      Type: 'SERVICE_CONTROL_POLICY',
      Tags: MANAGED_BY,
    }),
  );
  const id = Policy?.PolicySummary?.Id;
  if (id) context.targets.registerPolicy(name, id);
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
