import { GetRoleCommand } from '@aws-sdk/client-iam';
import { AssumeRoleCommand } from '@aws-sdk/client-sts';
import { parseDocument } from 'yaml';
import { parameterDefaults, resolveString, resourcesOf, templateToJson } from '../config/cloudformation-template.js';
import { accountAccessRoleName } from '../config/desired-state.js';
import type { DesiredAccount, DesiredState } from '../config/desired-state.js';
import type { AwsClients } from '../observe/aws-clients.js';
import { createIamClient } from '../observe/aws-clients.js';
import { describeAwsError, isEndpointUnreachable } from '../observe/aws-errors.js';
import { mapWithConcurrency } from '../observe/bounded-concurrency.js';
import type { AccountRecord, AccountVerification, RoleVerification } from './apply-report.js';
import { errorName } from '../observe/aws-errors.js';

const VERIFY_CONCURRENCY = 4;

export interface ExpectedRole {
  baseline: string;
  roleName: string;
  boundaryExpected: boolean;
}

/**
 * Looks into each new account as its execution role does and checks that the baselines' named roles exist, with
 * a permissions boundary wherever the template attaches one. That is the proof, beyond "the StackSet operation
 * succeeded", that the account is usable and fenced in.
 */
export async function verifyBaselineRoles(
  clients: AwsClients,
  desired: DesiredState,
  accounts: readonly AccountRecord[],
  /** Account name → baselines this run did not deploy there (held back, refused, failed): not looked for. */
  undeployed: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): Promise<AccountVerification[]> {
  return mapWithConcurrency(accounts, VERIFY_CONCURRENCY, async (account) => {
    const declared = desired.accounts.find((candidate) => candidate.name === account.name);
    const named = declared ? expectedRoles(desired, declared, account.id) : [];
    const expected = named.filter((role) => !undeployed.get(account.name)?.has(role.baseline));
    const skipped = [...new Set(named.filter((role) => !expected.includes(role)).map((role) => role.baseline))];
    const notDeployed = skipped.length > 0 ? { notDeployed: skipped } : {};
    if (expected.length === 0) return { account, roles: [], ...notDeployed };
    const roleName = accountAccessRoleName(desired.organization.stackSets);
    let credentials;
    try {
      const { Credentials } = await clients.sts.send(
        new AssumeRoleCommand({
          RoleArn: `arn:aws:iam::${account.id}:role/${roleName}`,
          RoleSessionName: 'vend-verify',
        }),
      );
      if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey) throw new Error('AWS STS returned no credentials');
      credentials = {
        accessKeyId: Credentials.AccessKeyId,
        secretAccessKey: Credentials.SecretAccessKey,
        sessionToken: Credentials.SessionToken,
      };
    } catch (error) {
      // Nothing answering is no fault of this account's roles: the caller stops at it, once.
      if (isEndpointUnreachable(error)) throw error;
      return {
        account,
        roles: [],
        error: `${describeAwsError(error, `Assuming ${roleName} in ${account.id}`).message}. The baseline roles could not be checked.`,
        ...notDeployed,
      };
    }
    const iam = createIamClient({ region: desired.organization.homeRegion, credentials });
    try {
      const roles = await mapWithConcurrency(expected, VERIFY_CONCURRENCY, (role) => checkRole(iam, role));
      return { account, roles, ...notDeployed };
    } catch (error) {
      if (isEndpointUnreachable(error)) throw error;
      return {
        account,
        roles: [],
        error: describeAwsError(error, `Reading IAM roles in ${account.id}`).message,
        ...notDeployed,
      };
    } finally {
      iam.destroy();
    }
  });
}

async function checkRole(iam: ReturnType<typeof createIamClient>, role: ExpectedRole): Promise<RoleVerification> {
  try {
    const { Role } = await iam.send(new GetRoleCommand({ RoleName: role.roleName }));
    const boundary = Role?.PermissionsBoundary?.PermissionsBoundaryArn;
    return {
      ...role,
      exists: true,
      ...(boundary ? { permissionsBoundaryArn: boundary } : {}),
      ok: !role.boundaryExpected || boundary !== undefined,
    };
  } catch (error) {
    if (errorName(error) !== 'NoSuchEntityException') throw error;
    return { ...role, exists: false, ok: false };
  }
}

/** The named IAM roles the account's baselines create; roles whose names CloudFormation generates cannot be looked up. */
export function expectedRoles(desired: DesiredState, account: DesiredAccount, accountId: string): ExpectedRole[] {
  return account.baselines.flatMap((name) => {
    const baseline = desired.baselines.find((candidate) => candidate.name === name);
    if (!baseline) return [];
    const template = templateToJson(parseDocument(baseline.templateBody));
    const defaults = parameterDefaults(template);
    const values: Record<string, string> = {
      ...defaults,
      ...baseline.parameters,
      ...(account.parameters[name] ?? {}),
      'AWS::AccountId': accountId,
      'AWS::Partition': 'aws',
      'AWS::Region': desired.organization.homeRegion,
    };
    return resourcesOf(template)
      .filter((resource) => resource.type === 'AWS::IAM::Role')
      .flatMap((resource) => {
        const roleName = resolveString(resource.properties.RoleName, values);
        return roleName === undefined
          ? []
          : [{ baseline: name, roleName, boundaryExpected: resource.properties.PermissionsBoundary !== undefined }];
      });
  });
}
