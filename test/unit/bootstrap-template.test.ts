import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { parseDocument } from 'yaml';

import { runValidate } from '../../src/commands/validate.js';
import { templateToJson } from '../../src/config/cloudformation-template.js';
import { readRepository } from '../../src/config/repository.js';

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
    expect(federated.filter(Boolean)).toHaveLength(4);
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
