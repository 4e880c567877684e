import type { GitHubClient } from './octokit.js';

/**
 * Why an environment cannot stand for a person's approval, or undefined when it can: it must have required
 * reviewers who may not approve their own runs ("prevent self-review", so the person who merged is not the one who
 * approves), and a deployment branch policy. GitHub creates an environment that a job names but that does not
 * exist yet, with no protection at all, so a misspelled or never-created environment would otherwise approve
 * everything.
 *
 * Source: GitHub REST "Get an environment" (repos/get-environment): `protection_rules` of type
 * `required_reviewers` with `reviewers` and `prevent_self_review`, and `deployment_branch_policy` (null when every
 * branch may deploy).
 *
 * @throws when GitHub cannot be asked (the job needs `actions: read`).
 */
export async function unprotectedEnvironmentReason(
  octokit: GitHubClient,
  target: { owner: string; repo: string; environment: string },
): Promise<string | undefined> {
  const { data } = await octokit.rest.repos.getEnvironment({
    owner: target.owner,
    repo: target.repo,
    environment_name: target.environment,
  });
  const reviewRules = (data.protection_rules ?? []).filter((rule) => rule.type === 'required_reviewers');
  const reviewers = reviewRules.flatMap((rule) => ('reviewers' in rule ? (rule.reviewers ?? []) : []));
  const selfReview = reviewRules.some((rule) => !('prevent_self_review' in rule) || rule.prevent_self_review !== true);
  const missing = [
    reviewers.length === 0 ? 'no required reviewers' : '',
    reviewers.length > 0 && selfReview ? '"prevent self-review" off (whoever merged may approve their own run)' : '',
    data.deployment_branch_policy ? '' : 'no deployment branch policy (every branch may deploy to it)',
  ].filter(Boolean);
  if (missing.length === 0) return undefined;
  return `Environment '${target.environment}' has ${missing.join(' and ')}, so it approves nothing: vend applies only what a required reviewer approved. In Settings → Environments → ${target.environment}, add required reviewers, turn on "prevent self-review", and limit deployment branches to the default branch.`;
}
