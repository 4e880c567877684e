import { readFileSync } from 'node:fs';
import { checkGitHubOidcTrustPolicy } from '../../scripts/guardrails/github-oidc-trust.js';
import type { GitHubOidcRoleKind } from '../../scripts/guardrails/github-oidc-trust.js';

const REPOSITORY = 'example-org/aws-organization';
const PROVIDER = 'arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com';
const WORKFLOWS = `${REPOSITORY}/.github/workflows`;
/** Subjects as GitHub writes them once the repository's template is ["repo", "context", "job_workflow_ref"]. */
const subject = (context: string, workflow: string, ref = 'refs/heads/main') =>
  `repo:${REPOSITORY}:${context}:job_workflow_ref:${WORKFLOWS}/${workflow}@${ref}`;
const APPLY = subject('environment:production', 'vend-apply.yml');

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
  test('the plan role trusts the plan and apply workflows only as they are on main, nothing a pull request can edit', () => {
    expect(check(readTrustPolicy('plan-role-trust-policy.json'), 'plan')).toEqual([]);
  });

  test('the apply role trusts only the apply workflow on main, in its two deployment environments', () => {
    expect(check(readTrustPolicy('apply-role-trust-policy.json'), 'apply')).toEqual([]);
  });

  test('the drift role trusts only the drift workflow as it is on main, run from main', () => {
    const policy = readTrustPolicy('drift-role-trust-policy.json');
    expect(check(policy, 'drift')).toEqual([]);
    expect(JSON.stringify(policy)).toContain(subject('ref:refs/heads/main', 'vend-drift.yml'));
  });

  test('the drift role trust policy would not be accepted for the apply role: it names no environment', () => {
    expect(check(readTrustPolicy('drift-role-trust-policy.json'), 'apply')).toContainEqual(
      expect.stringContaining('"ref:refs/heads/main" assume the apply role'),
    );
  });

  test('the plan role trust policy would not be accepted for the apply role: it admits plan jobs outside any environment', () => {
    expect(check(readTrustPolicy('plan-role-trust-policy.json'), 'apply')).toContainEqual(
      expect.stringContaining('"pull_request" assume the apply role'),
    );
  });
});

describe('the OIDC trust checker rejects', () => {
  test('a StringLike pattern, even one for pull request numbers', () => {
    for (const pattern of ['repo:example-org/*', subject('pull_request', 'vend-plan.yml', 'refs/pull/*/merge')]) {
      const policy = trustPolicy({
        StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
        StringLike: { 'token.actions.githubusercontent.com:sub': pattern },
      });
      const problems = check(policy, 'plan');
      expect(problems).toContainEqual(expect.stringContaining('is tested with StringLike'));
      expect(problems).toContainEqual(expect.stringContaining(':sub to this repository'));
    }
  });

  test("a pull request's own copy of a workflow, which the pull request can rewrite", () => {
    expect(check(trustPolicy(pinned(subject('pull_request', 'vend-plan.yml', 'refs/pull/7/merge'))), 'plan')).toEqual([
      expect.stringContaining('which a pull request can rewrite; trust only @refs/heads/main'),
    ]);
  });

  test('a wildcard inside a StringEquals subject', () => {
    expect(check(trustPolicy(pinned(`repo:${REPOSITORY}:*`)), 'plan')).toEqual([
      expect.stringContaining('contains a wildcard'),
    ]);
  });

  test('a subject from another repository', () => {
    expect(check(trustPolicy(pinned(APPLY.replace(REPOSITORY, `${REPOSITORY}-fork`))), 'apply')).toEqual([
      expect.stringContaining('does not belong to example-org/aws-organization'),
    ]);
  });

  test('a subject that does not name the workflow, so any workflow of the repository could use it', () => {
    expect(check(trustPolicy(pinned(`repo:${REPOSITORY}:environment:production`)), 'apply')).toEqual([
      expect.stringContaining('does not name the workflow (job_workflow_ref)'),
    ]);
  });

  test('pull request runs, a branch, or an environment of a workflow off main on the apply role', () => {
    expect(check(trustPolicy(pinned(subject('pull_request', 'vend-apply.yml'))), 'apply')).toEqual([
      expect.stringContaining('"pull_request" assume the apply role'),
    ]);
    expect(check(trustPolicy(pinned(subject('ref:refs/heads/main', 'vend-apply.yml'))), 'apply')).toEqual([
      expect.stringContaining('"ref:refs/heads/main" assume the apply role'),
    ]);
    expect(
      check(trustPolicy(pinned(subject('environment:production', 'vend-apply.yml', 'refs/heads/feature'))), 'apply'),
    ).toEqual([expect.stringContaining('as it is at refs/heads/feature')]);
  });

  test('a drift role that a feature branch, or the drift workflow there, could assume', () => {
    expect(
      check(trustPolicy(pinned(subject('ref:refs/heads/feature', 'vend-drift.yml', 'refs/heads/feature'))), 'drift'),
    ).toEqual([expect.stringContaining('trusts the workflow file as it is at refs/heads/feature')]);
    expect(check(trustPolicy(pinned(subject('ref:refs/heads/feature', 'vend-drift.yml'))), 'drift')).toEqual([
      expect.stringContaining('the only place drift runs from'),
    ]);
    expect(check(trustPolicy(pinned(subject('ref:refs/heads/main', 'vend-drift.yml'))), 'drift')).toEqual([]);
  });

  test('a missing audience, or an audience other than STS', () => {
    for (const audience of [undefined, 'https://github.com/example-org']) {
      const policy = trustPolicy({
        StringEquals: {
          ...(audience ? { 'token.actions.githubusercontent.com:aud': audience } : {}),
          'token.actions.githubusercontent.com:sub': APPLY,
        },
      });
      expect(check(policy, 'apply')).toEqual([expect.stringContaining(':aud to exactly "sts.amazonaws.com"')]);
    }
  });

  test('no subject condition at all', () => {
    const policy = trustPolicy({ StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } });
    expect(check(policy, 'plan')).toEqual([expect.stringContaining(':sub to this repository')]);
  });

  test('a set operator on the subject', () => {
    const policy = trustPolicy({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' },
      'ForAnyValue:StringEquals': { 'token.actions.githubusercontent.com:sub': APPLY },
    });
    expect(check(policy, 'apply')).toContainEqual(expect.stringContaining('is tested with ForAnyValue:StringEquals'));
  });

  test('a principal other than GitHub, next to the provider', () => {
    const policy = trustPolicy(pinned(APPLY), {
      Principal: { Federated: PROVIDER, AWS: 'arn:aws:iam::222222222222:root' },
    });
    expect(check(policy, 'apply')).toEqual([expect.stringContaining("only GitHub's OIDC provider")]);
  });

  test('another OIDC provider', () => {
    const policy = trustPolicy(pinned(APPLY), {
      Principal: { Federated: 'arn:aws:iam::111111111111:oidc-provider/gitlab.example.com' },
    });
    expect(check(policy, 'apply')).toEqual([expect.stringContaining("only GitHub's OIDC provider")]);
  });

  test('actions beyond web identity federation', () => {
    const policy = trustPolicy(pinned(APPLY), { Action: ['sts:AssumeRoleWithWebIdentity', 'sts:AssumeRole'] });
    expect(check(policy, 'apply')).toEqual([expect.stringContaining('sts:AssumeRoleWithWebIdentity')]);
  });

  test('a policy with no Allow statement', () => {
    expect(check({ Version: '2012-10-17', Statement: [] }, 'plan')).toEqual([
      expect.stringContaining('no Allow statement'),
    ]);
  });
});
