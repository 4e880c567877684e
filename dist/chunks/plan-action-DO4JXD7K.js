import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  bootstrapWarning,
  renderPlanComment,
  renderPlanSummary
} from "./chunk-DBSRILBU.js";
import {
  applyRefusal,
  commentOnMergedPullRequest,
  postStickyComment
} from "./chunk-4TIYDA5F.js";
import {
  createGitHubClient,
  logInfo
} from "./chunk-QOT2RHWZ.js";
import {
  APPLY_COMMENT_MARKER,
  renderApplyNotRunComment,
  renderApplySupersededComment
} from "./chunk-FMMHJQAP.js";
import "./chunk-25ROXWRB.js";
import {
  PLAN_COMMENT_MARKER,
  branchTip
} from "./chunk-DW2JSOMR.js";
import "./chunk-7CF67DUZ.js";
import "./chunk-35YVF6NK.js";
import "./chunk-JVSQ4X6O.js";
import "./chunk-ERQLQKFT.js";
import "./chunk-L4I4LO74.js";
import "./chunk-VJT6VIPL.js";
import {
  annotatePlanProblems,
  publishValidation,
  setFailed,
  setOutput,
  summary,
  warning
} from "./chunk-OKQUQDGU.js";
import "./chunk-5GNJNXP2.js";
import {
  errorMessage
} from "./chunk-3CMV3XMN.js";
import "./chunk-NVWBDDJH.js";
import {
  escapeMarkdown
} from "./chunk-3AUGWUJC.js";
import {
  runPlan
} from "./chunk-2XKKYH5L.js";
import "./chunk-DOLNHXLU.js";
import "./chunk-NK2M6GYR.js";
import {
  readLocalFile
} from "./chunk-ENU7AZHL.js";
import "./chunk-XEJZL3EO.js";
import "./chunk-LUQVUKPD.js";
import {
  blockedLine,
  summaryLine
} from "./chunk-J2AY37PU.js";
import "./chunk-ESJ75BXI.js";
import "./chunk-EV2NZFX4.js";
import "./chunk-GAOTOHXA.js";
import "./chunk-IGAP76TN.js";
import "./chunk-ERWZD7JS.js";
import "./chunk-U6YPZKU4.js";
import "./chunk-DBB7SFPN.js";
import "./chunk-M3UDQYU5.js";
import "./chunk-FIBX53YH.js";
import "./chunk-3BLKRS4H.js";
import "./chunk-DTP7CD5J.js";
import "./chunk-GC7XXYZB.js";
import "./chunk-AA4LRLPW.js";
import "./chunk-X4XDSYAD.js";
import {
  bootstrapTemplateChanges
} from "./chunk-LOLNR32M.js";
import "./chunk-JJIYTWUR.js";
import "./chunk-PBUMDURM.js";
import {
  countOf
} from "./chunk-EFBOC2AA.js";
import "./chunk-JWIVJMBW.js";
import "./chunk-BREP4LFV.js";
import "./chunk-64E6KWWN.js";
import "./chunk-OTXXD2RD.js";
import "./chunk-BP5JTKJ7.js";
import "./chunk-5ZL7S7IZ.js";
import "./chunk-NHX7RUPP.js";
import "./chunk-ZMOFJYRP.js";

// src/action/plan-action.ts
async function runPlanAction(settings, event) {
  const guardrailReport = settings.guardrailReportFile ? readGuardrailReport(settings) : void 0;
  const bootstrap = settings.baseRepositoryRoot ? bootstrapTemplateChanges(settings.repositoryRoot, settings.baseRepositoryRoot) : [];
  const warning2 = bootstrapWarning(bootstrap);
  if (settings.guardrailOutcome !== void 0 && settings.guardrailOutcome !== "success") {
    const notice = `The guardrail proofs did not pass (step outcome: ${settings.guardrailOutcome}), so no plan was made. Fix the baselines or the proofs and push to re-plan.`;
    await postComment(
      settings,
      event,
      failureComment("guardrail proofs failed", notice, { ...guardrailReport ? { guardrailReport } : {}, warning: warning2 })
    );
    summary.addHeading("Vend plan: guardrail proofs failed", 2).addRaw(escapeMarkdown(notice), true).addRaw(warning2, true);
    await summary.write();
    setFailed(notice);
    return;
  }
  let outcome;
  try {
    outcome = await runPlan(settings, {
      untrustedRoots: [settings.workspace],
      bootstrapChanges: bootstrap,
      ...event.fromFork ? {
        skipReason: "this pull request comes from a fork, which gets a read-only token and no AWS credentials; only validation ran."
      } : {}
    });
  } catch (error) {
    await postComment(settings, event, failureComment("failed", `${errorMessage(error)}`, { warning: warning2 }));
    await noApplyNotice(
      settings,
      event,
      `The plan job of this merge failed (${errorMessage(error)}), so its apply job does not run and nothing changed. Fix the cause, then re-run the workflow.`
    );
    if (warning2) await summary.addRaw(warning2, true).write();
    throw error;
  }
  publishValidation(outcome.validation, settings.repositoryRoot);
  if (outcome.status === "invalid") {
    await noApplyNotice(
      settings,
      event,
      "The repository does not validate at this merge commit (see the annotations and the job summary), so its apply job does not run and nothing changed. Fix it in a new pull request; its merge plans and applies again."
    );
    await postComment(
      settings,
      event,
      failureComment(
        "not computed",
        "The repository has validation errors; see the annotations on the changed files. Fix them and push to re-plan.",
        { warning: warning2 }
      )
    );
    summary.addRaw(warning2, true);
    await summary.write();
    return;
  }
  if (outcome.status === "skipped") {
    const message = `Plan skipped: ${outcome.reason}`;
    warning(message);
    summary.addHeading("Vend plan: skipped", 2).addRaw(escapeMarkdown(message), true).addRaw(warning2, true);
    await postComment(
      settings,
      event,
      [`${PLAN_COMMENT_MARKER}
## Vend plan: skipped

${escapeMarkdown(message)}`, warning2].filter(Boolean).join("\n\n")
    );
    await summary.write();
    return;
  }
  const { plan } = outcome;
  const savedForApply = event.pullRequestNumber === void 0 && settings.planOutputFile !== void 0;
  const { wontApply, unconfirmed, movedOn } = savedForApply ? await applyRefusedAhead(settings, event) : {};
  setPlanOutputs(settings, plan, wontApply === void 0);
  logInfo(`Plan: ${summaryLine(plan.summary, plan.changes)}.`);
  if (wontApply) warning(`${wontApply} The apply job is skipped (has-changes is false).`);
  const context = {
    commitSha: event.sha,
    ...guardrailReport ? { guardrailReport } : {},
    ...outcome.mainDrift ? { mainDrift: outcome.mainDrift } : {},
    ...outcome.bootstrapChange ? { bootstrapChange: outcome.bootstrapChange } : {},
    ...outcome.settingNotices ? { settingNotices: outcome.settingNotices } : {},
    ...savedForApply ? wontApply ? { notForApproval: wontApply } : { forApproval: true } : {}
  };
  summary.addRaw(renderPlanSummary(plan, context), true);
  if (event.pullRequestNumber !== void 0) await postComment(settings, event, renderPlanComment(plan, context));
  else if (settings.comment && !wontApply) await announcePendingApply(settings, event, plan, unconfirmed);
  else if (settings.comment && movedOn && plan.changes.length > 0 && plan.problems.length === 0)
    await commentOnMergedPullRequest(settings, event, renderApplySupersededComment(movedOn, event.runUrl), "apply", {
      changesNothing: true
    });
  await summary.write();
  if (plan.problems.length > 0) {
    annotatePlanProblems(plan.problems, settings.repositoryRoot);
    setFailed(`${blockedLine(plan)} See the plan.`);
  }
}
async function noApplyNotice(settings, event, reason) {
  if (event.pullRequestNumber !== void 0 || settings.planOutputFile === void 0 || !settings.comment) return;
  await commentOnMergedPullRequest(settings, event, renderApplyNotRunComment(reason, event.runUrl), "apply", {
    changesNothing: true
  });
}
function setPlanOutputs(settings, plan, applicable) {
  setOutput("has-changes" /* hasChanges */, applicable && plan.changes.length > 0);
  setOutput("has-destructive" /* hasDestructive */, applicable && plan.changes.some((change) => change.destructive));
  setOutput("has-high-impact" /* hasHighImpact */, applicable && plan.changes.some((change) => change.highImpact));
  setOutput("to-create" /* toCreate */, plan.summary.create);
  setOutput("to-change" /* toChange */, plan.summary.change);
  setOutput("to-destroy" /* toDestroy */, plan.summary.destroy);
  setOutput("plan-digest" /* planDigest */, plan.digest);
  if (settings.planOutputFile) setOutput("plan-file" /* planFile */, settings.planOutputFile);
}
function failureComment(what, message, context = {}) {
  return [
    PLAN_COMMENT_MARKER,
    `## Vend plan: ${what}`,
    "",
    escapeMarkdown(message),
    "",
    "The previous plan no longer holds, and nothing is planned until a plan succeeds.",
    ...context.warning ? ["", context.warning] : [],
    ...context.guardrailReport ? ["", `<details><summary>Guardrail proofs</summary>

${context.guardrailReport}

</details>`] : []
  ].join("\n");
}
async function announcePendingApply(settings, event, plan, unconfirmed) {
  if (unconfirmed) {
    warning(`${unconfirmed} The merged pull request's apply comment is left as it is.`);
    return;
  }
  const settled = plan.changes.length === 0 && plan.problems.length === 0;
  await commentOnMergedPullRequest(
    settings,
    event,
    [APPLY_COMMENT_MARKER, pendingApplyComment(plan, event.sha, event.runUrl)].join("\n"),
    "apply",
    { changesNothing: !settled }
  );
}
function pendingApplyComment(plan, sha, runUrl) {
  const commit = sha.slice(0, 12);
  const destructive = plan.changes.filter((change) => change.destructive).length;
  const highImpact = plan.changes.filter((change) => change.highImpact).length;
  const flagged = [
    destructive > 0 ? countOf(destructive, "destructive change") : "",
    highImpact > 0 ? countOf(highImpact, "high-impact change") : ""
  ].filter(Boolean);
  const blocked = blockedLine(plan);
  if (blocked)
    return `## Vend apply: blocked

The plan of merge commit \`${commit}\` cannot be applied. ${blocked} The ${plan.problems.length === 1 ? "problem is" : "problems are"} in the job summary of [this workflow run](${runUrl}).`;
  if (plan.changes.length === 0)
    return `## Vend apply: nothing to do

The plan of merge commit \`${commit}\` has no changes: the organization already matches it.`;
  return `## Vend apply: waiting for approval

The plan of merge commit \`${commit}\` makes ${countOf(plan.changes.length, "change")}: ${summaryLine(plan.summary, plan.changes)}${flagged.length > 0 ? `, including ${flagged.join(" and ")}` : ""}. Nothing changes until a reviewer approves the apply job of [this workflow run](${runUrl}), where the job summary shows the whole plan (digest \`${plan.digest}\`). This comment then says what apply did, or why it refused; a rejected deployment runs no job, so nothing changes and it stays as it is.`;
}
async function applyRefusedAhead(settings, event) {
  const refused = applyRefusal(event, settings.allowNonDefaultBranch ?? false);
  if (refused) return { wontApply: `The apply job would refuse this run: ${refused}` };
  const moved = await branchMovedOn(settings, event);
  if (moved === void 0) return {};
  return moved.startsWith("Could not confirm") ? { unconfirmed: moved } : { wontApply: moved, movedOn: moved };
}
async function branchMovedOn(settings, event) {
  if (!settings.githubToken || !event.ref.startsWith("refs/heads/")) return void 0;
  const branch = event.ref.slice("refs/heads/".length);
  let tip;
  try {
    tip = await branchTip(createGitHubClient(settings.githubToken), { owner: event.owner, repo: event.repo, branch });
  } catch (error) {
    return `Could not confirm that ${event.sha} is still the tip of ${branch} (${errorMessage(error)}); the apply job checks again and refuses if it is not.`;
  }
  if (tip === event.sha.toLowerCase()) return void 0;
  return `This run is for ${event.sha}, but ${branch} is now at ${tip}: applying this run's plan could roll the organization back, so its apply job does not carry it out.`;
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
function readGuardrailReport(settings) {
  try {
    return readLocalFile(settings.guardrailReportFile, {
      untrustedRoots: [settings.repositoryRoot, settings.workspace]
    });
  } catch (error) {
    warning(`The guardrail report could not be read (${errorMessage(error)}); the plan comment omits it.`);
    return "";
  }
}
export {
  pendingApplyComment,
  runPlanAction
};
