import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
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
import {
  runPlan
} from "./chunk-7ETXBKFY.js";
import "./chunk-ECSOKKFC.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-ONHJ46SV.js";
import "./chunk-NHX7RUPP.js";
import {
  planSections,
  renderPlanComment
} from "./chunk-5IOMGAQH.js";
import {
  PLAN_COMMENT_MARKER
} from "./chunk-2DS4RDP6.js";
import "./chunk-V7TLBUVK.js";
import "./chunk-SVWQDRG7.js";
import "./chunk-6GYWG4PY.js";
import {
  escapeMarkdown
} from "./chunk-3HEGXRZC.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-5ZL7S7IZ.js";
import {
  summaryLine
} from "./chunk-NRD5U5YT.js";
import "./chunk-ZMOFJYRP.js";

// src/action/plan-action.ts
import { readFileSync } from "node:fs";
async function runPlanAction(settings, event) {
  let outcome;
  try {
    outcome = await runPlan(
      settings,
      event.fromFork ? {
        skipReason: "this pull request comes from a fork, which gets a read-only token and no AWS credentials; only validation ran."
      } : {}
    );
  } catch (error) {
    await postComment(
      settings,
      event,
      `${PLAN_COMMENT_MARKER}
## Vend plan: failed

${escapeMarkdown(errorMessage(error))}

Fix the cause and push to re-plan; nothing is approved until a plan succeeds.`
    );
    throw error;
  }
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
  await postStickyComment(settings, event, {
    pullRequestNumber: event.pullRequestNumber,
    marker: PLAN_COMMENT_MARKER,
    body,
    kind: "plan"
  });
}
export {
  runPlanAction
};
