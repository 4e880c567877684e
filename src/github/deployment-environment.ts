import { listNames } from '../report/phrasing.js';
import type { GitHubClient } from './octokit.js';

/**
 * Why an environment cannot stand for a person's approval, or undefined when it can: it must have required
 * reviewers who may not approve their own runs ("prevent self-review", so the person who merged is not the one who
 * approves), and a deployment branch policy of selected branches naming `branch` alone, the branch apply runs from
 * (the default branch; "protected branches only" admits every protected branch, and a pattern such as `*` every
 * branch). GitHub creates an environment that a job names but that does not exist yet, with no protection at all,
 * so a misspelled or never-created environment would otherwise approve everything.
 *
 * Source: GitHub REST "Get an environment" (repos/get-environment): `protection_rules` of type
 * `required_reviewers` with `reviewers` and `prevent_self_review`, and `deployment_branch_policy` (null when every
 * branch may deploy; else `protected_branches` or `custom_branch_policies`); "List deployment branch policies"
 * (repos/list-deployment-branch-policies): each policy's `name` pattern and `type`.
 *
 * @throws when GitHub cannot be asked (the job needs `actions: read`).
 */
export async function unprotectedEnvironmentReason(
  octokit: GitHubClient,
  target: { owner: string; repo: string; environment: string; branch: string; defaultBranch?: string },
): Promise<string | undefined> {
  const { data } = await octokit.rest.repos.getEnvironment({
    owner: target.owner,
    repo: target.repo,
    environment_name: target.environment,
  });
  const reviewRules = (data.protection_rules ?? []).filter((rule) => rule.type === 'required_reviewers');
  const reviewers = reviewRules.flatMap((rule) => ('reviewers' in rule ? (rule.reviewers ?? []) : []));
  const selfReview = reviewRules.some((rule) => !('prevent_self_review' in rule) || rule.prevent_self_review !== true);
  // GitHub returns can_admins_bypass (on by default) though its OpenAPI description omits it: with it on, a
  // repository admin can start a waiting apply job with no review at all. An answer without it (an older GitHub
  // Enterprise Server) cannot show it off.
  const bypass = (data as { can_admins_bypass?: unknown }).can_admins_bypass;
  const branchGap = await branchPolicyGap(octokit, target, data.deployment_branch_policy);
  const exception = target.defaultBranch !== undefined && target.branch !== target.defaultBranch;
  // Each gap with its own fix: the message names only the settings to change.
  const gaps = (
    [
      [reviewers.length === 0, 'no required reviewers', 'add required reviewers'],
      [
        bypass === true,
        '"allow administrators to bypass configured protection rules" on (an admin may skip the review)',
        'turn off "allow administrators to bypass configured protection rules"',
      ],
      [
        bypass !== true && bypass !== false,
        'GitHub did not say whether "allow administrators to bypass configured protection rules" is on (no can_admins_bypass in its answer; on by default)',
        'turn off "allow administrators to bypass configured protection rules", on a GitHub that reports it',
      ],
      [
        reviewers.length > 0 && selfReview,
        '"prevent self-review" off (whoever merged may approve their own run)',
        'turn on "prevent self-review"',
      ],
      [
        branchGap !== '' && !exception,
        branchGap,
        `limit deployment branches to selected branches: ${target.branch} only`,
      ],
    ] as const
  ).filter(([applies]) => applies);
  // A deliberate run from another branch (allow-non-default-branch) needs an environment of its own: the one the
  // default branch deploys to must stay limited to it.
  const ownEnvironment =
    exception && branchGap !== ''
      ? ` It ${gaps.length > 0 ? 'also ' : ''}has ${branchGap}, and this run is from ${target.branch}, not ${target.defaultBranch}: give this exception an environment of its own whose deployment branches are ${target.branch} only, and keep the one ${target.defaultBranch} deploys to limited to ${target.defaultBranch}.`
      : '';
  if (gaps.length === 0 && !ownEnvironment) return undefined;
  if (gaps.length === 0)
    return `Environment '${target.environment}' approves nothing for this run: vend applies only what a required reviewer approved.${ownEnvironment}`;
  return `Environment '${target.environment}' has ${gaps.map(([, gap]) => gap).join(' and ')}, so it approves nothing: vend applies only what a required reviewer approved. In Settings → Environments → ${target.environment}, ${listNames(
    gaps.map(([, , fix]) => fix),
    Infinity,
  )}.${ownEnvironment}`;
}

/** What the deployment branch policy admits beyond `branch`, or '' when it admits only that. */
async function branchPolicyGap(
  octokit: GitHubClient,
  target: { owner: string; repo: string; environment: string; branch: string },
  policy: { protected_branches: boolean; custom_branch_policies: boolean } | null | undefined,
): Promise<string> {
  if (!policy) return 'no deployment branch policy (every branch may deploy to it)';
  if (policy.protected_branches)
    return 'deployment branches "protected branches only" (any protected branch may deploy)';
  const branches = await octokit.paginate(octokit.rest.repos.listDeploymentBranchPolicies, {
    owner: target.owner,
    repo: target.repo,
    environment_name: target.environment,
    per_page: 100,
  });
  if (branches.length === 0) return 'no deployment branch selected';
  const others = branches
    .filter((branch) => branch.type === 'tag' || branch.name !== target.branch)
    .map((branch) => `${branch.type === 'tag' ? 'tag' : 'branch'} pattern '${branch.name ?? ''}'`);
  return others.length > 0 ? `deployment branches beyond ${target.branch}: ${others.join(', ')}` : '';
}
