import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  reviewedPlanFromPullRequest,
  runApply
} from "./chunk-RIQTIUFV.js";
import {
  APPLY_COMMENT_MARKER,
  applySections,
  renderApplyComment
} from "./chunk-6NH7ZZME.js";
import "./chunk-URHUSXTO.js";
import {
  applySummaryLine
} from "./chunk-76ISLDCH.js";
import {
  createGitHubClient,
  postStickyComment
} from "./chunk-FZKRZURP.js";
import {
  info,
  publishValidation,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-RZTAWCFQ.js";
import {
  errorMessage
} from "./chunk-VN2LCTDB.js";
import "./chunk-ECSOKKFC.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-ONHJ46SV.js";
import "./chunk-NHX7RUPP.js";
import {
  findReviewedPlan
} from "./chunk-2DS4RDP6.js";
import "./chunk-V7TLBUVK.js";
import "./chunk-SVWQDRG7.js";
import "./chunk-6GYWG4PY.js";
import {
  escapeMarkdown
} from "./chunk-3HEGXRZC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-ZMOFJYRP.js";

// src/action/apply-action.ts
var PULL_REQUEST_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
function applyRefusal(event, allowNonDefaultBranch) {
  if (PULL_REQUEST_EVENTS.has(event.eventName)) {
    return `vend apply refuses to run on '${event.eventName}' events: it would change the organization from unmerged code. Run it on push to the default branch (or workflow_dispatch) after the merge.`;
  }
  if (allowNonDefaultBranch) return void 0;
  if (!event.defaultBranch) {
    return `vend apply cannot tell the repository's default branch from the '${event.eventName}' event, so it refuses to run from ${event.ref}. Run it on push or workflow_dispatch, or set allow-non-default-branch: true.`;
  }
  if (event.ref !== `refs/heads/${event.defaultBranch}`) {
    return `vend apply runs only from the default branch 'refs/heads/${event.defaultBranch}', not '${event.ref}'. Merge first, or set allow-non-default-branch: true for a deliberate exception.`;
  }
  return void 0;
}
async function runApplyAction(settings, event) {
  const refusal = applyRefusal(event, settings.allowNonDefaultBranch === true);
  if (refusal) {
    summary.addHeading("Vend apply: refused", 2).addRaw(escapeMarkdown(refusal), true);
    await summary.write();
    setFailed(refusal);
    return;
  }
  const merged = await findMergedPullRequestPlan(settings, event);
  const outcome = await runApply(settings, {
    log: (line) => info(line),
    ...merged ? { reviewedPlan: merged.reviewedPlan } : {}
  });
  publishValidation(outcome.validation, settings.repositoryRoot);
  if (outcome.status === "invalid") {
    await summary.write();
    return;
  }
  const { report } = outcome;
  const accountIds = Object.fromEntries(
    [...report.createdAccounts, ...report.adoptedAccounts].map((account) => [account.name, account.id])
  );
  setOutput("account-ids" /* accountIds */, JSON.stringify(accountIds));
  setOutput("changes-applied" /* changesApplied */, report.changesApplied.length);
  info(`Apply: ${applySummaryLine(report)}.`);
  const context = { commitSha: event.sha };
  summary.addRaw(
    applySections(report, context).map((section) => section.markdown).join("\n\n"),
    true
  );
  if (settings.comment && merged)
    await postStickyComment(settings, event, {
      pullRequestNumber: merged.pullRequest.number,
      marker: APPLY_COMMENT_MARKER,
      body: renderApplyComment(report, context),
      kind: "apply"
    });
  await summary.write();
  if (outcome.exitCode !== 0) setFailed(`vend apply: ${applySummaryLine(report)}; see the job summary.`);
}
async function findMergedPullRequestPlan(settings, event) {
  if (!settings.githubToken) return void 0;
  try {
    const found = await findReviewedPlan(createGitHubClient(settings.githubToken), {
      owner: event.owner,
      repo: event.repo,
      commitSha: event.sha,
      botLogin: settings.commentAuthor
    });
    if (!found) {
      info(
        `No merged pull request contains commit ${event.sha}; no destructive change is authorised by a reviewed plan.`
      );
      return void 0;
    }
    return { pullRequest: found.pullRequest, reviewedPlan: reviewedPlanFromPullRequest(found.pullRequest, found.meta) };
  } catch (error) {
    warning(
      `Could not read the merged pull request for ${event.sha}: ${errorMessage(error)}. Destructive changes stay unauthorised; the rest of the apply goes ahead.`
    );
    return void 0;
  }
}
export {
  applyRefusal,
  runApplyAction
};
