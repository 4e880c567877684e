/**
 * Structural checks for IAM trust policies of roles that GitHub Actions assumes through OIDC.
 *
 * These are not proved with the policy simulator: it does not know the `token.actions.githubusercontent.com:*`
 * keys and would drop them, so every such trust policy would look wide open or closed for the wrong reason.
 * Instead the shape is checked: only GitHub's OIDC provider is trusted, audience and subject are pinned with exact
 * `StringEquals`, and every subject names this repository and the workflow file that may assume the role.
 *
 * Subjects follow the repository's customized template `["repo", "context", "job_workflow_ref"]` (GitHub docs,
 * "OpenID Connect reference", customizing the subject claims):
 * `repo:<owner>/<repo>:<context>:job_workflow_ref:<owner>/<repo>/.github/workflows/<file>@<ref>`, where the context
 * is `pull_request`, `ref:refs/heads/<branch>` or `environment:<name>`. Every role trusts only workflow files as
 * they are on the default branch (`@refs/heads/<default>`), which a pull request cannot edit: an apply role only in a
 * deployment environment; a drift role only on the default branch; a plan role there too, or for pull requests
 * through `pull_request_target`, which runs the default branch's copy of the workflow.
 */

const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';
const GITHUB_OIDC_AUDIENCE = 'sts.amazonaws.com';

export type GitHubOidcRoleKind = 'plan' | 'apply' | 'drift';

export interface GitHubOidcTrustExpectation {
  kind: GitHubOidcRoleKind;
  /** `owner/repo`, exactly as GitHub writes it in the token's subject. */
  repository: string;
  /** The branch whose workflows may change or watch the organization; `main` unless given. */
  defaultBranch?: string;
}

const AUDIENCE_KEY = `${GITHUB_OIDC_HOST}:aud`;
const SUBJECT_KEY = `${GITHUB_OIDC_HOST}:sub`;

/** Returns what is wrong with the trust policy; an empty list means it is safe for the given role. */
export function checkGitHubOidcTrustPolicy(policy: unknown, expectation: GitHubOidcTrustExpectation): string[] {
  if (!isObject(policy)) return ['the trust policy is not a JSON object.'];
  const statements = Array.isArray(policy.Statement)
    ? policy.Statement
    : policy.Statement === undefined
      ? []
      : [policy.Statement];
  const allows = statements.filter((statement) => isObject(statement) && statement.Effect === 'Allow') as Record<
    string,
    unknown
  >[];
  if (allows.length === 0) return ['the trust policy has no Allow statement, so no workflow can assume the role.'];
  return allows.flatMap((statement, index) =>
    checkStatement(statement, expectation).map((problem) => `statement ${String(statement.Sid ?? index)}: ${problem}`),
  );
}

function checkStatement(statement: Record<string, unknown>, expectation: GitHubOidcTrustExpectation): string[] {
  const problems: string[] = [];
  if ('NotPrincipal' in statement || 'NotAction' in statement)
    problems.push('NotPrincipal and NotAction trust more than they name.');
  const federated = isObject(statement.Principal) ? list(statement.Principal.Federated) : [];
  const otherPrincipals = isObject(statement.Principal)
    ? Object.keys(statement.Principal).filter((key) => key !== 'Federated')
    : ['*'];
  const providerPattern = new RegExp(
    `^arn:aws[a-z-]*:iam::\\d{12}:oidc-provider/${GITHUB_OIDC_HOST.replaceAll('.', '\\.')}$`,
  );
  if (federated.length !== 1 || !providerPattern.test(federated[0] ?? '') || otherPrincipals.length > 0) {
    problems.push(
      `the principal must be only GitHub's OIDC provider (Federated arn:aws:iam::<account>:oidc-provider/${GITHUB_OIDC_HOST}).`,
    );
  }
  const actions = list(statement.Action);
  if (
    !actions.includes('sts:AssumeRoleWithWebIdentity') ||
    actions.some((action) => !['sts:AssumeRoleWithWebIdentity', 'sts:TagSession'].includes(action))
  ) {
    problems.push('the action must be sts:AssumeRoleWithWebIdentity (optionally with sts:TagSession), nothing else.');
  }

  const conditions = isObject(statement.Condition) ? statement.Condition : {};
  const equals = isObject(conditions.StringEquals) ? conditions.StringEquals : {};
  for (const [operator, body] of Object.entries(conditions)) {
    if (operator === 'StringEquals' || !isObject(body)) continue;
    for (const key of Object.keys(body)) {
      if (key.toLowerCase().startsWith(`${GITHUB_OIDC_HOST}:`)) {
        problems.push(
          `${key} is tested with ${operator}; use StringEquals so no pattern can admit another repository or event.`,
        );
      }
    }
  }
  const audiences = valuesOf(equals, AUDIENCE_KEY);
  if (audiences.length !== 1 || audiences[0] !== GITHUB_OIDC_AUDIENCE) {
    problems.push(`StringEquals must pin ${AUDIENCE_KEY} to exactly "${GITHUB_OIDC_AUDIENCE}".`);
  }
  const subjects = valuesOf(equals, SUBJECT_KEY);
  if (subjects.length === 0) problems.push(`StringEquals must pin ${SUBJECT_KEY} to this repository's subjects.`);
  for (const subject of subjects) problems.push(...checkSubject(subject, expectation));
  return problems;
}

/** One subject against the customized template, for the kind of role. */
function checkSubject(
  subject: string,
  { kind, repository, defaultBranch = 'main' }: GitHubOidcTrustExpectation,
): string[] {
  const prefix = `repo:${repository}:`;
  if (/[*?]/.test(subject)) return [`subject "${subject}" contains a wildcard.`];
  if (!subject.startsWith(prefix)) return [`subject "${subject}" does not belong to ${repository}.`];
  const workflow = `:job_workflow_ref:${repository}/.github/workflows/`;
  const at = subject.indexOf(workflow);
  if (at < 0)
    return [
      `subject "${subject}" does not name the workflow (job_workflow_ref), so any workflow of the repository could assume the role; customize the subject claim with ["repo", "context", "job_workflow_ref"].`,
    ];
  const context = subject.slice(prefix.length, at);
  const ref = subject.slice(subject.lastIndexOf('@') + 1);
  const mainBranch = `refs/heads/${defaultBranch}`;
  if (ref !== mainBranch)
    return [
      `subject "${subject}" trusts the workflow file as it is at ${ref}, which ${ref.startsWith('refs/pull/') ? 'a pull request' : 'a push to that ref'} can rewrite; trust only @${mainBranch}.`,
    ];
  if (kind === 'apply' && !context.startsWith('environment:'))
    return [
      `subject "${subject}" lets "${context}" assume the apply role; trust only a deployment environment, whose reviewers approve.`,
    ];
  if (kind === 'drift' && context !== `ref:${mainBranch}`)
    return [`subject "${subject}" is not the default branch (${mainBranch}), the only place drift runs from.`];
  if (kind === 'plan' && context !== 'pull_request' && context !== `ref:${mainBranch}`)
    return [`subject "${subject}" is neither a pull request's plan nor a workflow on ${mainBranch}.`];
  return [];
}

/** Condition keys are case-insensitive in IAM, so `Token.Actions...:Sub` counts as the subject key too. */
function valuesOf(body: Record<string, unknown>, key: string): string[] {
  return Object.entries(body)
    .filter(([candidate]) => candidate.toLowerCase() === key)
    .flatMap(([, value]) => list(value));
}

function list(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  return (Array.isArray(value) ? value : [value]).map(String);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return Boolean(value) && typeof value === 'object' && !Array.isArray(value);
}
