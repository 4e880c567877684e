import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parseDocument } from 'yaml';

import organizationSchema from '../../schemas/organization.schema.json' with { type: 'json' };
import { runValidate } from '../../src/commands/validate.js';
import { templateToJson } from '../../src/config/cloudformation-template.js';
import { readRepository } from '../../src/config/repository.js';
import { serviceAuthorizationProblems } from '../harness/service-authorization.js';
import { ACCOMPANYING_ACTIONS, ACTIONS_NEEDING_NO_PERMISSION, sdkCallsIn } from '../harness/vend-aws-permissions.js';

const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TEMPLATE_FILE = 'baselines/bootstrap/management-account.yaml';
const template = templateToJson(parseDocument(readFileSync(join(REPOSITORY_ROOT, TEMPLATE_FILE), 'utf8'))) as {
  Parameters: Record<string, { AllowedPattern?: string; Default?: string }>;
  Resources: Record<string, { Type: string; Condition?: string; Properties: Record<string, unknown> }>;
};

describe('the bootstrap template', () => {
  test.each(['GitHubOwner', 'GitHubRepository', 'DefaultBranch', 'ApplyEnvironment', 'DestructiveApplyEnvironment'])(
    '%s refuses values that would widen a trust subject to other repositories, refs or environments',
    (name) => {
      const pattern = new RegExp(template.Parameters[name]!.AllowedPattern!);
      for (const widening of ['*', 'aws-*', 'pr?', 'other:repo', 'a b', ''])
        expect({ value: widening, accepted: pattern.test(widening) }).toEqual({ value: widening, accepted: false });
      expect(
        pattern.test({ GitHubOwner: 'example-org', GitHubRepository: 'aws-organization.v2' }[name] ?? 'main'),
      ).toBe(true);
    },
  );

  test('StackSetNamePrefix accepts exactly the prefixes stackSets.namePrefix does, so organization.yaml can name it', () => {
    expect(template.Parameters.StackSetNamePrefix!.AllowedPattern).toBe(
      organizationSchema.properties.stackSets.properties.namePrefix.pattern,
    );
    expect(new RegExp(template.Parameters.StackSetNamePrefix!.AllowedPattern!).test(`v${'x'.repeat(31)}`)).toBe(false);
  });

  test("GitHubOidcProvider 'create' makes GitHub's provider for the STS audience, and every role then trusts that one", () => {
    const provider = template.Resources.GitHubOidcProviderResource!;
    expect(provider).toMatchObject({
      Type: 'AWS::IAM::OIDCProvider',
      Condition: 'CreateGitHubOidcProvider',
      Properties: { Url: 'https://token.actions.githubusercontent.com', ClientIdList: ['sts.amazonaws.com'] },
    });
    const roles = Object.values(template.Resources).filter((resource) => resource.Type === 'AWS::IAM::Role');
    const federated = roles.flatMap((role) =>
      (
        role.Properties.AssumeRolePolicyDocument as { Statement: { Principal: { Federated?: unknown } }[] }
      ).Statement.map((statement) => statement.Principal.Federated),
    );
    // One statement each for the plan, apply and drift roles.
    expect(federated.filter(Boolean)).toHaveLength(3);
    for (const principal of federated.filter(Boolean))
      expect(principal).toEqual({
        'Fn::If': [
          'CreateGitHubOidcProvider',
          { Ref: 'GitHubOidcProviderResource' },
          {
            'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:oidc-provider/token.actions.githubusercontent.com',
          },
        ],
      });
  });

  test('vend validate passes on this repository and never reads the bootstrap template as a baseline', () => {
    expect(runValidate({ repositoryRoot: REPOSITORY_ROOT }).exitCode).toBe(0);
    expect(readRepository(REPOSITORY_ROOT).repository.filesRead).not.toContain(TEMPLATE_FILE);
  });
});

describe('deriving the roles’ actions from the code', () => {
  // Whitespace and HTML tags aside, the API model's text as the installed SDK ships it.
  const documentation = (file: string) =>
    readFileSync(join(REPOSITORY_ROOT, 'node_modules', file), 'utf8')
      .replace(/^\s*\*\s?/gm, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ');

  test.each(
    [...ACCOMPANYING_ACTIONS, ...ACTIONS_NEEDING_NO_PERMISSION].flatMap((rule) =>
      'sdkDocumentation' in rule.source ? [[rule.action, rule.source.sdkDocumentation, rule.source.quote]] : [],
    ),
  )('the AWS documentation for %s is quoted as the SDK ships it (%s)', (_action, file, quote) => {
    expect(documentation(file)).toContain(quote);
  });

  test('a call to AWS from a folder no role is derived for is refused until someone decides which role makes it', () => {
    const root = mkdtempSync(join(tmpdir(), 'vend-derive-'));
    try {
      mkdirSync(join(root, 'src', 'report'), { recursive: true });
      writeFileSync(
        join(root, 'src', 'report', 'x.ts'),
        "import type { Tag } from '@aws-sdk/client-organizations';\nimport { ListAccountsCommand } from '@aws-sdk/client-organizations';\n",
      );
      expect(() => sdkCallsIn(root)).toThrow(
        'src/report/x.ts calls AWS from outside src/observe/, src/apply/, src/drift/',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a statement AWS would never match is reported, however it deploys', async () => {
    expect(
      await serviceAuthorizationProblems({
        Sid: 'Wrong',
        Effect: 'Allow',
        Action: ['cloudformation:CreateStackSet', 'organizations:ListRoot'],
        Resource: 'arn:aws:cloudformation:*:111111111111:stackset/vend-*',
      }),
    ).toEqual([
      'statement Wrong: cloudformation:CreateStackSet takes no resource-level scope, so a statement scoped to resources never allows it.',
      'statement Wrong: organizations:ListRoot is not an IAM action.',
    ]);
    expect(
      await serviceAuthorizationProblems({
        Sid: 'Wide',
        Effect: 'Allow',
        Action: 'organizations:CloseAccount',
        Resource: '*',
      }),
    ).toEqual([
      'statement Wide: organizations:CloseAccount allows every resource, although AWS can scope it to account.',
    ]);
    // A tag condition holds only where the action or its resource type supplies the key; MoveAccount's does not.
    expect(
      await serviceAuthorizationProblems({
        Sid: 'Tagged',
        Effect: 'Allow',
        Action: ['organizations:CloseAccount', 'organizations:ListRoots'],
        Resource: 'arn:aws:organizations::111111111111:account/o-abcdefghij/*',
        Condition: { StringEquals: { 'aws:ResourceTag/ManagedBy': 'vend' } },
      }),
    ).toEqual([
      'statement Tagged: organizations:ListRoots takes no resource-level scope, so a statement scoped to resources never allows it.',
      'statement Tagged: organizations:ListRoots does not supply the condition key aws:ResourceTag/ManagedBy, so the condition never holds.',
    ]);
  });
});
