import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  GITHUB_ACTIONS_BOT,
  getInput,
  github_exports,
  publishValidation,
  setFailed,
  setSecret,
  summary
} from "./chunks/chunk-XDY6LIW7.js";
import {
  errorMessage
} from "./chunks/chunk-3CMV3XMN.js";
import "./chunks/chunk-IF7HIEF5.js";
import {
  COMMANDS,
  UsageError,
  parseBoolean,
  parseChoice,
  requireDirectory,
  runValidate
} from "./chunks/chunk-IMMVGP7Q.js";
import "./chunks/chunk-6ZZ6YESD.js";
import "./chunks/chunk-KPFRRXIR.js";
import "./chunks/chunk-DHVRZ7B4.js";
import "./chunks/chunk-5ZL7S7IZ.js";
import "./chunks/chunk-XJYZN6HM.js";
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
    runUrl: `${context.serverUrl}/${fullName}/actions/runs/${context.runId}`
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
    autoApprove: parseBoolean("auto-approve" /* autoApprove */, getInput("auto-approve" /* autoApprove */) || "false"),
    failOnDrift: parseBoolean("fail-on-drift" /* failOnDrift */, getInput("fail-on-drift" /* failOnDrift */) || "false"),
    allowNonDefaultBranch: parseBoolean(
      "allow-non-default-branch" /* allowNonDefaultBranch */,
      getInput("allow-non-default-branch" /* allowNonDefaultBranch */) || "false"
    ),
    githubToken,
    commentAuthor: getInput("comment-author" /* commentAuthor */) || GITHUB_ACTIONS_BOT,
    workspace
  };
  const planFile = resolveFile("plan-file" /* planFile */);
  if (planFile) {
    if (settings.command === "apply") settings.savedPlanFile = planFile;
    else settings.planOutputFile = planFile;
  }
  const guardrailReport = resolveFile("guardrail-report" /* guardrailReport */);
  if (guardrailReport) settings.guardrailReportFile = guardrailReport;
  const environment = optional("environment" /* environment */);
  if (environment !== void 0) settings.environment = environment;
  const guardrailOutcome = optional("guardrail-outcome" /* guardrailOutcome */);
  if (guardrailOutcome !== void 0)
    settings.guardrailOutcome = parseChoice("guardrail-outcome" /* guardrailOutcome */, guardrailOutcome, STEP_OUTCOMES);
  if (settings.command === "apply" && !settings.savedPlanFile && !settings.autoApprove)
    throw new UsageError(
      `command 'apply' needs '${"plan-file" /* planFile */}': the plan saved earlier in this workflow run (vend plan with plan-file) and approved through the job's environment. Set '${"auto-approve" /* autoApprove */}: true' only to apply whatever the plan holds at run time without a saved plan.`
    );
  return settings;
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
        const { runPlanAction } = await import("./chunks/plan-action-EOXOLEA6.js");
        return await runPlanAction(settings, readGitHubEvent());
      }
      case "apply": {
        const { runApplyAction } = await import("./chunks/apply-action-AUN5L7QZ.js");
        return await runApplyAction(settings, readGitHubEvent());
      }
      default:
        throw new UsageError(`command '${settings.command}' is not available in this version yet.`);
    }
  } catch (error) {
    setFailed(errorMessage(error));
  }
}
await run();
export {
  run
};
