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
 * is `pull_request`, `ref:refs/heads/<branch>` or `environment:<name>`. An apply role trusts only a deployment
 * environment of a workflow on the default branch; a drift role only the default branch; a plan role those and
 * pull requests, whose number is the one wildcard allowed (`@refs/pull/*` + `/merge`, with StringLike).
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
  const like = isObject(conditions.StringLike) ? conditions.StringLike : {};
  for (const [operator, body] of Object.entries(conditions)) {
    if (!isObject(body)) continue;
    for (const key of Object.keys(body)) {
      if (!key.toLowerCase().startsWith(`${GITHUB_OIDC_HOST}:`)) continue;
      const pullRequestPattern =
        operator === 'StringLike' && key.toLowerCase() === SUBJECT_KEY && expectation.kind === 'plan';
      if (operator !== 'StringEquals' && !pullRequestPattern)
        problems.push(
          `${key} is tested with ${operator}; use StringEquals so no pattern can admit another repository or event.`,
        );
    }
  }
  const audiences = valuesOf(equals, AUDIENCE_KEY);
  if (audiences.length !== 1 || audiences[0] !== GITHUB_OIDC_AUDIENCE) {
    problems.push(`StringEquals must pin ${AUDIENCE_KEY} to exactly "${GITHUB_OIDC_AUDIENCE}".`);
  }
  const subjects = valuesOf(equals, SUBJECT_KEY);
  const patterns = expectation.kind === 'plan' ? valuesOf(like, SUBJECT_KEY) : [];
  if (subjects.length + patterns.length === 0)
    problems.push(`StringEquals must pin ${SUBJECT_KEY} to this repository's subjects.`);
  for (const subject of subjects) problems.push(...checkSubject(subject, expectation, false));
  for (const pattern of patterns) problems.push(...checkSubject(pattern, expectation, true));
  return problems;
}

/**
 * One subject (or, for a plan role's pull requests, one StringLike pattern) against the customized template. The
 * pattern's only wildcard may stand for the pull request number: `…@refs/pull/*` + `/merge`.
 */
function checkSubject(
  subject: string,
  { kind, repository, defaultBranch = 'main' }: GitHubOidcTrustExpectation,
  isPattern: boolean,
): string[] {
  const prefix = `repo:${repository}:`;
  const pullRequestRef = '@refs/pull/*/merge';
  const wildcardFree =
    isPattern && subject.endsWith(pullRequestRef) ? subject.slice(0, -pullRequestRef.length) : subject;
  if (/[*?]/.test(wildcardFree))
    return [`subject "${subject}" contains a wildcard${isPattern ? ' other than the pull request number' : ''}.`];
  if (!subject.startsWith(prefix)) return [`subject "${subject}" does not belong to ${repository}.`];
  const workflow = `:job_workflow_ref:${repository}/.github/workflows/`;
  const at = subject.indexOf(workflow);
  if (at < 0)
    return [
      `subject "${subject}" does not name the workflow (job_workflow_ref), so any workflow of the repository could assume the role; customize the subject claim with ["repo", "context", "job_workflow_ref"].`,
    ];
  const context = subject.slice(prefix.length, at);
  const ref = subject.slice(subject.lastIndexOf('@') + 1);
  const onDefaultBranch = ref === `refs/heads/${defaultBranch}`;
  if (kind === 'apply' && (!context.startsWith('environment:') || !onDefaultBranch)) {
    return [
      `subject "${subject}" lets ${context === 'pull_request' ? 'pull request runs' : `"${context}" at ${ref}`} assume the apply role; trust only a deployment environment of a workflow on refs/heads/${defaultBranch}.`,
    ];
  }
  if (kind === 'drift' && (context !== `ref:refs/heads/${defaultBranch}` || !onDefaultBranch))
    return [`subject "${subject}" is not a workflow on refs/heads/${defaultBranch}, the only place drift runs from.`];
  if (kind === 'plan' && context === 'pull_request' && !(isPattern && ref === 'refs/pull/*/merge'))
    return [`subject "${subject}" should name pull requests as …@refs/pull/*/merge, with StringLike.`];
  if (
    kind === 'plan' &&
    context !== 'pull_request' &&
    (context !== `ref:refs/heads/${defaultBranch}` || !onDefaultBranch)
  )
    return [`subject "${subject}" is neither a pull request nor a workflow on refs/heads/${defaultBranch}.`];
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
