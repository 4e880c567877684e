import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListOpenIDConnectProvidersCommand,
  ListRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';

import { checkGitHubOidcTrustPolicy } from '../../scripts/guardrails/github-oidc-trust.js';
import type { GitHubOidcRoleKind } from '../../scripts/guardrails/github-oidc-trust.js';
import { deployBootstrapStack } from '../../scripts/emulator/bootstrap-stack.js';
import { resetMoto } from '../../scripts/emulator/moto-server.js';
import { createOrganization } from '../../scripts/emulator/organization.js';
import { awsTestClientConfig, motoFromGlobalSetup } from '../harness/aws-test-env.js';
import type { PolicyStatement } from '../harness/service-authorization.js';
import { listOf, serviceAuthorizationProblems } from '../harness/service-authorization.js';
import { derivedRoleActions } from '../harness/vend-aws-permissions.js';
import { EXAMPLE_REPOSITORY } from '../support/fixture-repository.js';

/**
 * Deploys baselines/bootstrap/management-account.yaml to moto as a stack, as an administrator would in the
 * management account, and reads the roles back through IAM: who can assume them, and what they may call.
 */
const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const GITHUB_REPOSITORY = 'example-org/aws-organization';
const WORKFLOWS = `${GITHUB_REPOSITORY}/.github/workflows`;
const moto = motoFromGlobalSetup();
const config = awsTestClientConfig(moto.url, moto.credentials);
// The example organization's settings, as the tests keep them: an adopter's own organization.yaml is theirs.
const organizationFile = parse(readFileSync(join(EXAMPLE_REPOSITORY, 'baselines/organization.yaml'), 'utf8')) as {
  stackSets: { administrationRoleArn: string; executionRoleName: string; namePrefix: string };
};
const ROLES: Record<GitHubOidcRoleKind, string> = { plan: 'vend-plan', apply: 'vend-apply', drift: 'vend-drift' };

interface RoleReadBack {
  trust: { Statement: PolicyStatement[] & { Principal?: unknown }[] };
  statements: PolicyStatement[];
  /** Managed policies; the stack's are ARNs in this account, AWS-managed ones in account `aws`. */
  attachedPolicyArns: string[];
}

let iam: IAMClient;
let outputs: Record<string, string>;
const roles = new Map<string, RoleReadBack>();

/** IAM returns policy documents URL-encoded (IAM API Reference, GetRole and GetRolePolicy). */
const document = (text: string | undefined) => JSON.parse(decodeURIComponent(text ?? '{}'));

async function readRole(roleName: string): Promise<RoleReadBack> {
  const { Role } = await iam.send(new GetRoleCommand({ RoleName: roleName }));
  const statements: PolicyStatement[] = [];
  const { PolicyNames = [] } = await iam.send(new ListRolePoliciesCommand({ RoleName: roleName }));
  for (const PolicyName of PolicyNames) {
    const inline = await iam.send(new GetRolePolicyCommand({ RoleName: roleName, PolicyName }));
    statements.push(...listOf(document(inline.PolicyDocument).Statement));
  }
  const { AttachedPolicies = [] } = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: roleName }));
  for (const { PolicyArn } of AttachedPolicies) {
    const { Policy } = await iam.send(new GetPolicyCommand({ PolicyArn }));
    const version = await iam.send(new GetPolicyVersionCommand({ PolicyArn, VersionId: Policy?.DefaultVersionId }));
    statements.push(...listOf(document(version.PolicyVersion?.Document).Statement));
  }
  return {
    trust: document(Role?.AssumeRolePolicyDocument),
    statements,
    attachedPolicyArns: AttachedPolicies.map((policy) => policy.PolicyArn ?? ''),
  };
}

const actionsOf = (role: RoleReadBack) => [...new Set(role.statements.flatMap((s) => listOf(s.Action)))].sort();
const role = (name: string) => roles.get(name)!;
const subjectsOf = (trust: RoleReadBack['trust']) =>
  trust.Statement.flatMap((statement) =>
    Object.values(statement.Condition ?? {}).flatMap((body) =>
      listOf(body['token.actions.githubusercontent.com:sub'] as string | string[] | undefined),
    ),
  ).sort();

beforeAll(async () => {
  await resetMoto(moto.url);
  await createOrganization(config);
  outputs = await deployBootstrapStack(config, REPOSITORY_ROOT, {
    GitHubOwner: 'example-org',
    GitHubRepository: 'aws-organization',
  });
  iam = new IAMClient(config);
  for (const name of [...Object.values(ROLES), 'AWSCloudFormationStackSetAdministrationRole'])
    roles.set(name, await readRole(name));
});

afterAll(() => iam?.destroy());

describe('the bootstrap stack: who can assume each role', () => {
  test.each(Object.entries(ROLES))('the %s role passes the GitHub OIDC trust checker for its kind', (kind, name) => {
    expect(
      checkGitHubOidcTrustPolicy(role(name).trust, { kind: kind as GitHubOidcRoleKind, repository: GITHUB_REPOSITORY }),
    ).toEqual([]);
  });

  test('each role trusts exactly the jobs of the security model, and GitHub’s provider in this account', async () => {
    expect(subjectsOf(role('vend-plan').trust)).toEqual([
      `repo:${GITHUB_REPOSITORY}:pull_request:job_workflow_ref:${WORKFLOWS}/vend-plan.yml@refs/heads/main`,
      `repo:${GITHUB_REPOSITORY}:ref:refs/heads/main:job_workflow_ref:${WORKFLOWS}/vend-apply.yml@refs/heads/main`,
      `repo:${GITHUB_REPOSITORY}:ref:refs/heads/main:job_workflow_ref:${WORKFLOWS}/vend-plan.yml@refs/heads/main`,
    ]);
    expect(subjectsOf(role('vend-apply').trust)).toEqual([
      `repo:${GITHUB_REPOSITORY}:environment:production-destructive:job_workflow_ref:${WORKFLOWS}/vend-apply.yml@refs/heads/main`,
      `repo:${GITHUB_REPOSITORY}:environment:production:job_workflow_ref:${WORKFLOWS}/vend-apply.yml@refs/heads/main`,
    ]);
    expect(subjectsOf(role('vend-drift').trust)).toEqual([
      `repo:${GITHUB_REPOSITORY}:ref:refs/heads/main:job_workflow_ref:${WORKFLOWS}/vend-drift.yml@refs/heads/main`,
    ]);
    const { OpenIDConnectProviderList = [] } = await iam.send(new ListOpenIDConnectProvidersCommand({}));
    const principals = Object.values(ROLES).flatMap((name) =>
      role(name).trust.Statement.map(
        (statement) => (statement as { Principal?: { Federated?: string } }).Principal?.Federated,
      ),
    );
    expect(new Set(principals)).toEqual(new Set(OpenIDConnectProviderList.map((provider) => provider.Arn)));
  });

  test('the plan role trust would be refused on the apply role: it admits jobs outside any environment', () => {
    expect(
      checkGitHubOidcTrustPolicy(role('vend-plan').trust, { kind: 'apply', repository: GITHUB_REPOSITORY }),
    ).toContainEqual(expect.stringContaining('"pull_request" assume the apply role'));
  });

  test('the StackSet administration role is CloudFormation’s alone, for vend’s StackSets in this account, and reaches only the execution role in this organization', () => {
    const administration = role('AWSCloudFormationStackSetAdministrationRole');
    const accountId = organizationFile.stackSets.administrationRoleArn.split(':')[4];
    expect(administration.trust.Statement).toEqual([
      {
        Effect: 'Allow',
        Principal: { Service: 'cloudformation.amazonaws.com' },
        Action: 'sts:AssumeRole',
        // Against the confused deputy: CloudFormation acts with it only for this account's StackSets with vend's prefix.
        Condition: {
          StringEquals: { 'aws:SourceAccount': accountId },
          ArnLike: {
            'aws:SourceArn': `arn:aws:cloudformation:*:${accountId}:stackset/${organizationFile.stackSets.namePrefix}*`,
          },
        },
      },
    ]);
    expect(administration.statements).toEqual([
      {
        Sid: 'ExecutionRoleInThisOrganization',
        Effect: 'Allow',
        Action: 'sts:AssumeRole',
        Resource: `arn:aws:iam::*:role/${organizationFile.stackSets.executionRoleName}`,
        Condition: { StringEquals: { 'aws:ResourceOrgID': '${aws:PrincipalOrgID}' } },
      },
    ]);
  });
});

describe('the bootstrap stack: what each role may call', () => {
  const derived = derivedRoleActions(REPOSITORY_ROOT);

  test('the plan role allows exactly the reads of src/observe/', () => {
    expect(actionsOf(role('vend-plan'))).toEqual(derived.plan);
  });

  test('the apply role allows exactly the calls of src/observe/ and src/apply/, and what AWS checks beside them', () => {
    expect(actionsOf(role('vend-apply'))).toEqual(derived.apply);
  });

  test('the drift role allows the reads of src/observe/ and the calls of src/drift/, nothing that changes AWS but starting drift detection', () => {
    expect(actionsOf(role('vend-drift'))).toEqual(derived.drift);
    expect(derived.drift.filter((action) => !/^[a-z]+:(List|Describe|Get|Lookup)/.test(action))).toEqual([
      'cloudformation:DetectStackSetDrift',
    ]);
  });

  // vend import is run by a person with the management account's credentials, not by a workflow, so no role gets
  // its calls. They must stay reads the plan role has anyway: a new call there is a decision, not an accident.
  test('vend import, which no role runs, calls only reads that the plan role already allows', () => {
    expect(derived.import.length).toBeGreaterThan(0);
    expect(derived.import.filter((action) => !derived.plan.includes(action))).toEqual([]);
  });

  test('every permission is an Allow of named actions in the stack’s own policies, nothing AWS-managed', () => {
    for (const name of roles.keys()) {
      for (const statement of role(name).statements) {
        expect(statement).toMatchObject({ Effect: 'Allow' });
        expect(statement).not.toHaveProperty('NotAction');
        expect(statement).not.toHaveProperty('NotResource');
        expect(listOf(statement.Action).filter((action) => /[*?]/.test(action))).toEqual([]);
      }
      for (const arn of role(name).attachedPolicyArns) expect(arn).toMatch(/^arn:aws:iam::111111111111:policy\/vend-/);
    }
  });

  test('writes are scoped as far as AWS allows, and every scope and condition is one AWS can match', async () => {
    const problems = [];
    for (const name of roles.keys())
      for (const statement of role(name).statements)
        problems.push(...(await serviceAuthorizationProblems(statement)).map((problem) => `${name}: ${problem}`));
    expect(problems).toEqual([]);
  });

  test('apply closes accounts and rewrites or deletes SCPs only where they carry ManagedBy: vend, as vend itself does', () => {
    const owning = ['organizations:CloseAccount', 'organizations:DeletePolicy', 'organizations:UpdatePolicy'];
    const granting = role('vend-apply').statements.filter((statement) =>
      listOf(statement.Action).some((action) => owning.includes(action)),
    );
    expect(
      granting
        .flatMap((statement) => listOf(statement.Action))
        .filter((a) => owning.includes(a))
        .sort(),
    ).toEqual(owning);
    for (const statement of granting)
      expect(statement.Condition?.StringEquals).toMatchObject({ 'aws:ResourceTag/ManagedBy': 'vend' });
  });

  test('apply assumes only the execution role of this organization’s accounts, and passes only the administration role', () => {
    const statements = role('vend-apply').statements;
    expect(statements.find((statement) => statement.Action === 'sts:AssumeRole')).toMatchObject({
      Resource: `arn:aws:iam::*:role/${organizationFile.stackSets.executionRoleName}`,
      Condition: { StringEquals: { 'aws:ResourceOrgID': '${aws:PrincipalOrgID}' } },
    });
    expect(statements.find((statement) => statement.Action === 'iam:PassRole')).toMatchObject({
      Resource: organizationFile.stackSets.administrationRoleArn,
      Condition: { StringEquals: { 'iam:PassedToService': 'cloudformation.amazonaws.com' } },
    });
    expect(statements.find((statement) => statement.Sid === 'VendStackSets')?.Resource).toContain(
      `arn:aws:cloudformation:*:111111111111:stackset/${organizationFile.stackSets.namePrefix}*`,
    );
  });

  test('deployed with its defaults, the stack creates the administration role organization.yaml names', () => {
    expect(outputs.StackSetAdministrationRoleArn).toBe(organizationFile.stackSets.administrationRoleArn);
  });
});
