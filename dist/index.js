import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  GITHUB_ACTIONS_BOT
} from "./chunks/chunk-VJT6VIPL.js";
import {
  getInput,
  github_exports,
  publishValidation,
  setFailed,
  setSecret,
  summary
} from "./chunks/chunk-OKQUQDGU.js";
import {
  errorMessage
} from "./chunks/chunk-3CMV3XMN.js";
import "./chunks/chunk-NVWBDDJH.js";
import "./chunks/chunk-3AUGWUJC.js";
import {
  COMMANDS,
  UsageError,
  parseBoolean,
  parseChoice,
  parseFailOnDrift,
  parseMinutes,
  requireDirectory,
  requireOutsideRepositoryFiles,
  runValidate
} from "./chunks/chunk-LUQVUKPD.js";
import "./chunks/chunk-LOLNR32M.js";
import "./chunks/chunk-JJIYTWUR.js";
import "./chunks/chunk-PBUMDURM.js";
import "./chunks/chunk-EFBOC2AA.js";
import "./chunks/chunk-JWIVJMBW.js";
import "./chunks/chunk-BREP4LFV.js";
import "./chunks/chunk-OTXXD2RD.js";
import "./chunks/chunk-BP5JTKJ7.js";
import "./chunks/chunk-5ZL7S7IZ.js";
import "./chunks/chunk-ZMOFJYRP.js";

// src/action/github-event.ts
function readGitHubEvent() {
  const { context } = github_exports;
  const pullRequest = context.payload.pull_request;
  const fullName = `${context.repo.owner}/${context.repo.repo}`;
  return {
    eventName: context.eventName,
    owner: context.repo.owner,
    repo: context.repo.repo,
    sha: context.sha,
    ref: context.ref,
    defaultBranch: context.payload.repository?.default_branch,
    ...pullRequest ? { pullRequestNumber: pullRequest.number } : {},
    fromFork: pullRequest !== void 0 && pullRequest.head?.repo?.full_name !== fullName,
    ...Number.isInteger(context.runId) && context.runId > 0 ? { runUrl: `${context.serverUrl}/${fullName}/actions/runs/${context.runId}` } : {}
  };
}

// src/settings/action-inputs.ts
import { isAbsolute, resolve } from "node:path";
var STEP_OUTCOMES = ["success", "failure", "cancelled", "skipped"];
function readActionSettings() {
  const githubToken = getInput("github-token" /* githubToken */);
  if (githubToken) setSecret(githubToken);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const workingDirectory = getInput("working-directory" /* workingDirectory */) || ".";
  const optional = (name) => getInput(name) || void 0;
  const resolveFile = (name) => {
    const value = optional(name);
    return value === void 0 ? void 0 : isAbsolute(value) ? value : resolve(workspace, workingDirectory, value);
  };
  const settings = {
    command: parseChoice("command" /* command */, getInput("command" /* command */), COMMANDS),
    repositoryRoot: requireDirectory("working-directory" /* workingDirectory */, resolve(workspace, workingDirectory)),
    outputFormat: "text",
    comment: parseBoolean("comment" /* comment */, getInput("comment" /* comment */) || "true"),
    allowDestructive: parseBoolean(
      "allow-destructive" /* allowDestructive */,
      getInput("allow-destructive" /* allowDestructive */) || "false"
    ),
    allowHighImpact: parseBoolean("allow-high-impact" /* allowHighImpact */, getInput("allow-high-impact" /* allowHighImpact */) || "false"),
    autoApprove: parseBoolean("auto-approve" /* autoApprove */, getInput("auto-approve" /* autoApprove */) || "false"),
    allowNonDefaultBranch: parseBoolean(
      "allow-non-default-branch" /* allowNonDefaultBranch */,
      getInput("allow-non-default-branch" /* allowNonDefaultBranch */) || "false"
    ),
    githubToken,
    commentAuthor: getInput("comment-author" /* commentAuthor */) || GITHUB_ACTIONS_BOT,
    workspace,
    applyWorkflow: parseWorkflowFile(getInput("apply-workflow" /* applyWorkflow */) || "vend-apply.yml")
  };
  const planFile = resolveFile("plan-file" /* planFile */);
  if (planFile) {
    if (settings.command === "apply") settings.savedPlanFile = planFile;
    else
      settings.planOutputFile = requireOutsideRepositoryFiles("plan-file" /* planFile */, planFile, settings.repositoryRoot);
  }
  const failOnDrift = parseFailOnDrift("fail-on-drift" /* failOnDrift */, getInput("fail-on-drift" /* failOnDrift */) || "false");
  if (failOnDrift) settings.failOnDrift = failOnDrift;
  const detectionMinutes = optional("detection-minutes" /* detectionMinutes */);
  if (detectionMinutes !== void 0)
    settings.detectionMinutes = parseMinutes("detection-minutes" /* detectionMinutes */, detectionMinutes);
  const baseDirectory = optional("base-directory" /* baseDirectory */);
  if (baseDirectory !== void 0)
    settings.baseRepositoryRoot = requireDirectory("base-directory" /* baseDirectory */, resolve(workspace, baseDirectory));
  const guardrailReport = resolveFile("guardrail-report" /* guardrailReport */);
  if (guardrailReport) settings.guardrailReportFile = guardrailReport;
  const environment = optional("environment" /* environment */);
  if (environment !== void 0) settings.environment = environment;
  const guardrailOutcome = optional("guardrail-outcome" /* guardrailOutcome */);
  if (guardrailOutcome !== void 0)
    settings.guardrailOutcome = parseChoice("guardrail-outcome" /* guardrailOutcome */, guardrailOutcome, STEP_OUTCOMES);
  if (settings.command === "apply" && settings.savedPlanFile && settings.autoApprove)
    throw new UsageError(
      `command 'apply' takes '${"plan-file" /* planFile */}' or '${"auto-approve" /* autoApprove */}: true', not both: a saved plan is approved through the job's environment, which auto-approve would no longer check. Remove '${"auto-approve" /* autoApprove */}'.`
    );
  if (settings.command === "apply" && !settings.savedPlanFile && !settings.autoApprove)
    throw new UsageError(
      `command 'apply' needs '${"plan-file" /* planFile */}': the plan saved earlier in this workflow run (vend plan with plan-file) and approved through the job's environment. Set '${"auto-approve" /* autoApprove */}: true' only to apply whatever the plan holds at run time without a saved plan.`
    );
  return settings;
}
function parseWorkflowFile(value) {
  if (/^[\w.-]+\.ya?ml$/.test(value)) return value;
  throw new UsageError(
    `Invalid ${"apply-workflow" /* applyWorkflow */} '${value}'. Expected the file name of a workflow in .github/workflows, such as vend-apply.yml.`
  );
}

// src/main.ts
async function run() {
  try {
    const settings = readActionSettings();
    switch (settings.command) {
      case "validate":
        publishValidation(runValidate(settings), settings.repositoryRoot);
        await summary.write();
        return;
      case "plan": {
        const { runPlanAction } = await import("./chunks/plan-action-DO4JXD7K.js");
        return await runPlanAction(settings, readGitHubEvent());
      }
      case "apply": {
        const { runApplyAction } = await import("./chunks/apply-action-KSQO6QCG.js");
        return await runApplyAction(settings, readGitHubEvent());
      }
      case "drift": {
        const { runDriftAction } = await import("./chunks/drift-action-M4NEAMTI.js");
        return await runDriftAction(settings, readGitHubEvent());
      }
    }
  } catch (error) {
    setFailed(errorMessage(error));
  }
}
await run();
export {
  run
};
