import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  createGitHubClient
} from "./chunk-XYMZOMGO.js";
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
import {
  runPlan
} from "./chunk-ZUEHHCFH.js";
import "./chunk-J4ISXCX7.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-C43L7LPI.js";
import "./chunk-NHX7RUPP.js";
import {
  planSections,
  renderPlanComment
} from "./chunk-JNPVBYVK.js";
import {
  PLAN_COMMENT_MARKER,
  upsertStickyComment
} from "./chunk-YI5YFEKY.js";
import "./chunk-SVWQDRG7.js";
import {
  escapeMarkdown
} from "./chunk-3HEGXRZC.js";
import {
  summaryLine
} from "./chunk-PZ7LPRVU.js";
import "./chunk-ZMOFJYRP.js";

// src/action/plan-action.ts
import { readFileSync } from "node:fs";
async function runPlanAction(settings, event) {
  const outcome = await runPlan(
    settings,
    event.fromFork ? {
      skipReason: "this pull request comes from a fork, which gets a read-only token and no AWS credentials; only validation ran."
    } : {}
  );
  publishValidation(outcome.validation, settings.repositoryRoot);
  if (outcome.status === "invalid") {
    await postComment(
      settings,
      event,
      `${PLAN_COMMENT_MARKER}
## Vend plan: not computed

The repository has validation errors; see the annotations on the changed files. Fix them and push to re-plan.`
    );
    await summary.write();
    return;
  }
  if (outcome.status === "skipped") {
    const message = `Plan skipped: ${outcome.reason}`;
    warning(message);
    summary.addHeading("Vend plan: skipped", 2).addRaw(escapeMarkdown(message), true);
    await postComment(settings, event, `${PLAN_COMMENT_MARKER}
## Vend plan: skipped

${escapeMarkdown(message)}`);
    await summary.write();
    return;
  }
  const { plan } = outcome;
  setOutput("has-changes" /* hasChanges */, plan.changes.length > 0);
  setOutput("to-create" /* toCreate */, plan.summary.create);
  setOutput("to-change" /* toChange */, plan.summary.change);
  setOutput("to-destroy" /* toDestroy */, plan.summary.destroy);
  setOutput("plan-digest" /* planDigest */, plan.digest);
  if (settings.planOutputFile) setOutput("plan-file" /* planFile */, settings.planOutputFile);
  info(`Plan: ${summaryLine(plan.summary)}.`);
  const context = {
    commitSha: event.sha,
    ...settings.guardrailReportFile ? { guardrailReport: readGuardrailReport(settings.guardrailReportFile) } : {}
  };
  summary.addRaw(
    planSections(plan, context).map((section) => section.markdown).join("\n\n"),
    true
  );
  await postComment(settings, event, renderPlanComment(plan, context));
  await summary.write();
  if (plan.problems.length > 0)
    setFailed(`The plan has ${plan.problems.length} problem(s) that block apply; see the plan.`);
}
function readGuardrailReport(file) {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    warning(`Guardrail report ${file} could not be read (${errorMessage(error)}); the plan comment omits it.`);
    return "";
  }
}
async function postComment(settings, event, body) {
  if (!settings.comment || event.pullRequestNumber === void 0 || !settings.githubToken) return;
  try {
    const result = await upsertStickyComment(createGitHubClient(settings.githubToken), {
      owner: event.owner,
      repo: event.repo,
      issueNumber: event.pullRequestNumber,
      marker: PLAN_COMMENT_MARKER,
      body
    });
    info(`Plan comment ${result.action}: ${result.url}`);
  } catch (error) {
    warning(
      `Could not post the plan comment on pull request #${event.pullRequestNumber}: ${errorMessage(error)}. Give the workflow 'pull-requests: write'.`
    );
  }
}
export {
  runPlanAction
};
