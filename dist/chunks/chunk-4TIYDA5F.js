import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  createGitHubClient,
  defaultBranchRefusal,
  gitHubFailureHint,
  logInfo,
  logProgress
} from "./chunk-QOT2RHWZ.js";
import {
  APPLIED_HEADING,
  APPLY_COMMENT_MARKER,
  FAILED_HEADING,
  renderApplyComment,
  renderApplyFailedComment,
  renderApplyRefusedComment,
  renderApplySummary
} from "./chunk-FMMHJQAP.js";
import {
  applySummaryLine
} from "./chunk-25ROXWRB.js";
import {
  branchTip,
  findMergedPullRequest
} from "./chunk-DW2JSOMR.js";
import {
  runApply
} from "./chunk-7CF67DUZ.js";
import {
  applyExitCode,
  changedNothing,
  changesDone
} from "./chunk-35YVF6NK.js";
import {
  GITHUB_COMMENT_LIMIT
} from "./chunk-L4I4LO74.js";
import {
  upsertStickyComment
} from "./chunk-VJT6VIPL.js";
import {
  APPLY_EVENTS,
  publishValidation,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-OKQUQDGU.js";
import {
  errorMessage
} from "./chunk-3CMV3XMN.js";
import {
  escapeMarkdown
} from "./chunk-3AUGWUJC.js";
import {
  repositoryCommit
} from "./chunk-DOLNHXLU.js";
import {
  listNames
} from "./chunk-EFBOC2AA.js";

// src/github/deployment-environment.ts
async function unprotectedEnvironmentReason(octokit, target) {
  const { data } = await octokit.rest.repos.getEnvironment({
    owner: target.owner,
    repo: target.repo,
    environment_name: target.environment
  });
  const reviewRules = (data.protection_rules ?? []).filter((rule) => rule.type === "required_reviewers");
  const reviewers = reviewRules.flatMap((rule) => "reviewers" in rule ? rule.reviewers ?? [] : []);
  const selfReview = reviewRules.some((rule) => !("prevent_self_review" in rule) || rule.prevent_self_review !== true);
  const bypass = data.can_admins_bypass;
  const branchGap = await branchPolicyGap(octokit, target, data.deployment_branch_policy);
  const exception = target.defaultBranch !== void 0 && target.branch !== target.defaultBranch;
  const gaps = [
    [reviewers.length === 0, "no required reviewers", "add required reviewers"],
    [
      bypass === true,
      '"allow administrators to bypass configured protection rules" on (an admin may skip the review)',
      'turn off "allow administrators to bypass configured protection rules"'
    ],
    [
      bypass !== true && bypass !== false,
      'GitHub did not say whether "allow administrators to bypass configured protection rules" is on (no can_admins_bypass in its answer; on by default)',
      'turn off "allow administrators to bypass configured protection rules", on a GitHub that reports it'
    ],
    [
      reviewers.length > 0 && selfReview,
      '"prevent self-review" off (whoever merged may approve their own run)',
      'turn on "prevent self-review"'
    ],
    [
      branchGap !== "" && !exception,
      branchGap,
      `limit deployment branches to selected branches: ${target.branch} only`
    ]
  ].filter(([applies]) => applies);
  const ownEnvironment = exception && branchGap !== "" ? ` It ${gaps.length > 0 ? "also " : ""}has ${branchGap}, and this run is from ${target.branch}, not ${target.defaultBranch}: give this exception an environment of its own whose deployment branches are ${target.branch} only, and keep the one ${target.defaultBranch} deploys to limited to ${target.defaultBranch}.` : "";
  if (gaps.length === 0 && !ownEnvironment) return void 0;
  if (gaps.length === 0)
    return `Environment '${target.environment}' approves nothing for this run: vend applies only what a required reviewer approved.${ownEnvironment}`;
  return `Environment '${target.environment}' has ${gaps.map(([, gap]) => gap).join(" and ")}, so it approves nothing: vend applies only what a required reviewer approved. In Settings \u2192 Environments \u2192 ${target.environment}, ${listNames(
    gaps.map(([, , fix]) => fix),
    Infinity
  )}.${ownEnvironment}`;
}
async function branchPolicyGap(octokit, target, policy) {
  if (!policy) return "no deployment branch policy (every branch may deploy to it)";
  if (policy.protected_branches)
    return 'deployment branches "protected branches only" (any protected branch may deploy)';
  const branches = await octokit.paginate(octokit.rest.repos.listDeploymentBranchPolicies, {
    owner: target.owner,
    repo: target.repo,
    environment_name: target.environment,
    per_page: 100
  });
  if (branches.length === 0) return "no deployment branch selected";
  const others = branches.filter((branch) => branch.type === "tag" || branch.name !== target.branch).map((branch) => `${branch.type === "tag" ? "tag" : "branch"} pattern '${branch.name ?? ""}'`);
  return others.length > 0 ? `deployment branches beyond ${target.branch}: ${others.join(", ")}` : "";
}

// src/action/post-sticky-comment.ts
async function postStickyComment(author, event, comment) {
  try {
    const result = await upsertStickyComment(createGitHubClient(author.githubToken), {
      owner: event.owner,
      repo: event.repo,
      issueNumber: comment.pullRequestNumber,
      marker: comment.marker,
      body: comment.body,
      botLogin: author.commentAuthor,
      ...comment.keep ? { keep: comment.keep } : {},
      ...comment.amend ? { amend: comment.amend } : {}
    });
    logInfo(
      result.action === "kept" ? `The ${comment.kind} comment records what an earlier run did; it is left as it is: ${result.url}` : `${comment.kind === "plan" ? "Plan" : "Apply"} comment ${result.action}: ${result.url}`
    );
  } catch (error) {
    warning(
      `Could not post the ${comment.kind} comment on pull request #${comment.pullRequestNumber}: ${errorMessage(error).replace(/\.$/, "")}.${gitHubFailureHint(error, "'pull-requests: write'")}`
    );
  }
}
async function commentOnMergedPullRequest(settings, event, body, kind, options = {}) {
  if (!settings.githubToken || !event.defaultBranch) return;
  let pullRequest;
  try {
    pullRequest = await findMergedPullRequest(createGitHubClient(settings.githubToken), {
      owner: event.owner,
      repo: event.repo,
      commitSha: event.sha,
      defaultBranch: event.defaultBranch
    });
  } catch (error) {
    warning(`Could not look up the pull request merged as ${event.sha}: ${errorMessage(error)}.`);
    return;
  }
  if (!pullRequest) {
    logInfo(`No pull request of this repository was merged into ${event.defaultBranch} as ${event.sha}; no comment.`);
    return;
  }
  await postStickyComment(settings, event, {
    pullRequestNumber: pullRequest.number,
    marker: APPLY_COMMENT_MARKER,
    body,
    kind,
    amend: (existing) => withEarlierRun(body, existing),
    ...options.recordsChanges ? {} : {
      keep: (existing) => existing.startsWith(`${APPLY_COMMENT_MARKER}
${APPLIED_HEADING}`) || // A refusal changes nothing, so a run's report of what it did, failures and all, stays true: kept.
      options.changesNothing === true && existing.startsWith(`${APPLY_COMMENT_MARKER}
${FAILED_HEADING}`)
    }
  });
}
function withEarlierRun(body, existing) {
  const earlier = [
    { heading: FAILED_HEADING, what: "failed part-way" },
    { heading: APPLIED_HEADING, what: "applied changes" }
  ].find(({ heading }) => existing.startsWith(`${APPLY_COMMENT_MARKER}
${heading}`))?.what;
  if (earlier === void 0) return body;
  const report = existing.slice(APPLY_COMMENT_MARKER.length + 1);
  const summary2 = `An earlier run of this merge, which ${earlier} (the job summary it names is that run\u2019s)`;
  const whole = `${body}

<details><summary>${summary2}</summary>

${report}

</details>`;
  if (whole.length <= GITHUB_COMMENT_LIMIT) return whole;
  const pointer = `${body}

_An earlier run of this merge ${earlier}; its report, which this comment replaces, is in that run's job summary._`;
  return pointer.length <= GITHUB_COMMENT_LIMIT ? pointer : body;
}

// src/action/apply-action.ts
function applyRefusal(event, allowNonDefaultBranch) {
  if (!APPLY_EVENTS.has(event.eventName)) {
    return `vend apply runs only on ${[...APPLY_EVENTS].join(" and ")} events, not on '${event.eventName}': any other event could change the organization from code or a workflow nobody merged. Run it on push to the default branch, or with workflow_dispatch on it.`;
  }
  return defaultBranchRefusal(event, allowNonDefaultBranch, {
    command: "vend apply",
    does: "runs",
    refusesTo: "run",
    insteadOfOtherRef: "Run it on push to the default branch, or with workflow_dispatch on it.",
    insteadOfOtherBranch: "Merge first, or set allow-non-default-branch: true for a deliberate exception."
  });
}
async function staleRunRefusal(settings, event) {
  const head = repositoryCommit(settings.repositoryRoot);
  if (head !== event.sha.toLowerCase()) {
    return {
      reason: `The checked-out commit (${head ?? "none: not a git checkout"}) is not the commit this run was started for (${event.sha}). Check out the run's own commit (actions/checkout without a ref).`
    };
  }
  const branch = event.ref.slice("refs/heads/".length);
  let tip;
  try {
    tip = await branchTip(createGitHubClient(settings.githubToken), { owner: event.owner, repo: event.repo, branch });
  } catch (error) {
    return {
      reason: `Could not confirm that ${event.sha} is still the tip of ${branch} (${errorMessage(error)}), so apply does not run.${gitHubFailureHint(error, "'contents: read'")}`
    };
  }
  if (tip !== event.sha.toLowerCase()) {
    return {
      reason: `This run is for ${event.sha}, but ${branch} is now at ${tip}, so applying this run's plan could roll the organization back. The newest commit's own run of this workflow plans and applies it (or start one with workflow_dispatch).`
    };
  }
  return void 0;
}
async function environmentRefusal(settings, event) {
  if (settings.autoApprove) return void 0;
  if (!settings.environment) {
    return `command 'apply' with a saved plan needs 'environment': the name of the job's environment, whose required reviewers approve the plan. Pass the same expression as the job's environment.`;
  }
  try {
    return await unprotectedEnvironmentReason(createGitHubClient(settings.githubToken), {
      owner: event.owner,
      repo: event.repo,
      environment: settings.environment,
      // applyRefusal has made sure the run is on a branch: the default branch, or the deliberate exception.
      branch: event.ref.slice("refs/heads/".length),
      ...event.defaultBranch ? { defaultBranch: event.defaultBranch } : {}
    });
  } catch (error) {
    return `Could not read environment '${settings.environment}' (${errorMessage(error)}), so apply cannot tell that a reviewer approved this run.${gitHubFailureHint(error, "'actions: read'")}`;
  }
}
async function runApplyAction(settings, event) {
  const refusal = applyRefusal(event, settings.allowNonDefaultBranch === true) ?? await environmentRefusal(settings, event);
  if (refusal) return refuse(settings, event, refusal);
  const stale = await staleRunRefusal(settings, event);
  if (stale) return refuse(settings, event, stale.reason);
  let outcome;
  try {
    outcome = await runApply(settings, { log: logProgress, untrustedRoots: [settings.workspace] });
  } catch (error) {
    if (settings.comment)
      await commentOnMergedPullRequest(
        settings,
        event,
        renderApplyFailedComment(errorMessage(error), event.runUrl),
        "apply"
      );
    summary.addHeading("Vend apply: stopped", 2).addRaw(
      escapeMarkdown(`${errorMessage(error)} What it changed before stopping, if anything, is in the log.`),
      true
    );
    await summary.write();
    throw error;
  }
  publishValidation(outcome.validation, settings.repositoryRoot);
  if (outcome.status === "invalid") {
    if (settings.comment)
      await commentOnMergedPullRequest(
        settings,
        event,
        renderApplyRefusedComment(
          "The repository does not validate at this commit (see the annotations and the job summary), so nothing was applied. Fix it in a new pull request; its merge plans and applies again.",
          event.runUrl
        ),
        "apply",
        { changesNothing: true }
      );
    await summary.write();
    return;
  }
  if (outcome.status === "refused") return refuse(settings, event, outcome.reason);
  const { report } = outcome;
  const accountIds = Object.fromEntries(
    [...report.createdAccounts, ...report.adoptedAccounts].map((account) => [account.name, account.id])
  );
  setOutput("account-ids" /* accountIds */, JSON.stringify(accountIds));
  setOutput("changes-applied" /* changesApplied */, changesDone(report));
  logInfo(`Apply: ${applySummaryLine(report)}.`);
  const context = { commitSha: event.sha, ...settings.savedPlanFile ? { replan: REPLAN_IN_WORKFLOW } : {} };
  summary.addRaw(renderApplySummary(report, context), true);
  if (settings.comment)
    await commentOnMergedPullRequest(settings, event, renderApplyComment(report, context), "apply", {
      recordsChanges: report.changesApplied.length > 0,
      changesNothing: applyExitCode(report) !== 0 && changedNothing(report)
    });
  await summary.write();
  if (outcome.exitCode !== 0) setFailed(`vend apply: ${applySummaryLine(report)}; see the job summary.`);
}
var REPLAN_IN_WORKFLOW = "In the workflow, re-running only the apply job applies the same saved plan and is refused again. To plan again, use Re-run all jobs on this run, or start vend apply with workflow_dispatch on the default branch; the new plan goes to its environment for review.";
async function refuse(settings, event, reason) {
  summary.addHeading("Vend apply: refused", 2).addRaw(escapeMarkdown(reason), true);
  if (settings.comment)
    await commentOnMergedPullRequest(settings, event, renderApplyRefusedComment(reason, event.runUrl), "apply", {
      changesNothing: true
    });
  await summary.write();
  setFailed(`${reason} Nothing was changed.`);
}

export {
  postStickyComment,
  commentOnMergedPullRequest,
  applyRefusal,
  runApplyAction
};
