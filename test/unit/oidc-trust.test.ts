import { readFileSync } from 'node:fs';
import { checkGitHubOidcTrustPolicy } from '../../scripts/guardrails/github-oidc-trust.js';
import type { GitHubOidcRoleKind } from '../../scripts/guardrails/github-oidc-trust.js';

const REPOSITORY = 'example-org/aws-organization';
const PROVIDER = 'arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com';

function readTrustPolicy(file: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../.github/oidc/${file}`, import.meta.url), 'utf8'));
}

function trustPolicy(condition: Record<string, unknown>, overrides: Record<string, unknown> = {}): unknown {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: PROVIDER },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition,
        ...overrides,
      },
    ],
  };
}

const pinned = (sub: string | string[]): Record<string, unknown> => ({
  StringEquals: {
    'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
    'token.actions.githubusercontent.com:sub': sub,
  },
});

const check = (policy: unknown, kind: GitHubOidcRoleKind): string[] =>
  checkGitHubOidcTrustPolicy(policy, { kind, repository: REPOSITORY });

describe('the example GitHub OIDC trust policies', () => {
  test('the plan role trusts only same-repository pull requests and main, with exact audience and subject', () => {
    expect(check(readTrustPolicy('plan-role-trust-policy.json'), 'plan')).toEqual([]);
  });

  test('the apply role trusts only the production environment of this repository', () => {
    expect(check(readTrustPolicy('apply-role-trust-policy.json'), 'apply')).toEqual([]);
  });

  test('the plan role trust policy would not be accepted for the apply role, because it admits pull requests', () => {
    expect(check(readTrustPolicy('plan-role-trust-policy.json'), 'apply')).toEqual([
      expect.stringContaining('lets pull request runs assume the apply role'),
    ]);
  });
});

describe('the OIDC trust checker rejects', () => {
  test('a StringLike wildcard on the subject, which admits every repository of the owner', () => {
    const policy = trustPolicy({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:example-org/*' },
    });
    const problems = check(policy, 'plan');
    expect(problems).toContainEqual(expect.stringContaining('is tested with StringLike'));
    expect(problems).toContainEqual(expect.stringContaining(':sub to this repository'));
  });

  test('a wildcard inside a StringEquals subject', () => {
    expect(check(trustPolicy(pinned('repo:example-org/aws-organization:*')), 'plan')).toEqual([
      expect.stringContaining('contains a wildcard'),
    ]);
  });

  test('a subject from another repository', () => {
    expect(check(trustPolicy(pinned('repo:example-org/aws-organization-fork:pull_request')), 'plan')).toEqual([
      expect.stringContaining('does not belong to example-org/aws-organization'),
    ]);
  });

  test('pull request runs on the apply role', () => {
    expect(check(trustPolicy(pinned('repo:example-org/aws-organization:pull_request')), 'apply')).toEqual([
      expect.stringContaining('lets pull request runs assume the apply role'),
    ]);
  });

  test('a feature branch on the apply role', () => {
    expect(check(trustPolicy(pinned('repo:example-org/aws-organization:ref:refs/heads/feature')), 'apply')).toEqual([
      expect.stringContaining('"ref:refs/heads/feature"'),
    ]);
  });

  test('a missing audience', () => {
    const policy = trustPolicy({
      StringEquals: {
        'token.actions.githubusercontent.com:sub': 'repo:example-org/aws-organization:environment:production',
      },
    });
    expect(check(policy, 'apply')).toEqual([expect.stringContaining(':aud to exactly "sts.amazonaws.com"')]);
  });

  test('an audience other than STS', () => {
    const policy = trustPolicy({
      StringEquals: {
        'token.actions.githubusercontent.com:aud': 'https://github.com/example-org',
        'token.actions.githubusercontent.com:sub': 'repo:example-org/aws-organization:environment:production',
      },
    });
    expect(check(policy, 'apply')).toEqual([expect.stringContaining(':aud to exactly "sts.amazonaws.com"')]);
  });

  test('no subject condition at all', () => {
    const policy = trustPolicy({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } });
    expect(check(policy, 'plan')).toEqual([expect.stringContaining(':sub to this repository')]);
  });

  test('a set operator on the subject', () => {
    const policy = trustPolicy({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      'ForAnyValue:StringEquals': {
        'token.actions.githubusercontent.com:sub': 'repo:example-org/aws-organization:environment:production',
      },
    });
    expect(check(policy, 'apply')).toContainEqual(expect.stringContaining('is tested with ForAnyValue:StringEquals'));
  });

  test('a principal other than GitHub, next to the provider', () => {
    const policy = trustPolicy(pinned('repo:example-org/aws-organization:environment:production'), {
      Principal: { Federated: PROVIDER, AWS: 'arn:aws:iam::222222222222:root' },
    });
    expect(check(policy, 'apply')).toEqual([expect.stringContaining("only GitHub's OIDC provider")]);
  });

  test('another OIDC provider', () => {
    const policy = trustPolicy(pinned('repo:example-org/aws-organization:environment:production'), {
      Principal: { Federated: 'arn:aws:iam::111111111111:oidc-provider/gitlab.example.com' },
    });
    expect(check(policy, 'apply')).toEqual([expect.stringContaining("only GitHub's OIDC provider")]);
  });

  test('actions beyond web identity federation', () => {
    const policy = trustPolicy(pinned('repo:example-org/aws-organization:environment:production'), {
      Action: ['sts:AssumeRoleWithWebIdentity', 'sts:AssumeRole'],
    });
    expect(check(policy, 'apply')).toEqual([expect.stringContaining('sts:AssumeRoleWithWebIdentity')]);
  });

  test('a policy with no Allow statement', () => {
    expect(check({ Version: '2012-10-17', Statement: [] }, 'plan')).toEqual([
      expect.stringContaining('no Allow statement'),
    ]);
  });
});
