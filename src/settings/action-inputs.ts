import { isAbsolute, resolve } from 'node:path';
import * as core from '@actions/core';
import { ActionInput } from '../constants.js';
import { GITHUB_ACTIONS_BOT } from '../github/sticky-comment.js';
import {
  COMMANDS,
  parseBoolean,
  parseChoice,
  parseFailOnDrift,
  parseMinutes,
  requireDirectory,
  requireOutsideRepositoryFiles,
  UsageError,
} from './settings.js';

/** The values GitHub gives `steps.<id>.outcome`. */
const STEP_OUTCOMES = ['success', 'failure', 'cancelled', 'skipped'] as const;
import type { VendSettings } from './settings.js';

/** What only the action needs: the token, whose comments are vend's own, and the workspace. */
export interface ActionSettings extends VendSettings {
  githubToken: string;
  /** The login the token comments as; `github-actions[bot]` for GITHUB_TOKEN, `<app>[bot]` for a GitHub App. */
  commentAuthor: string;
  /** GITHUB_WORKSPACE: checkouts live here, so no file vend reads or writes may be reached through a link in it. */
  workspace: string;
  /** apply: the job's deployment environment, whose required reviewers approve the saved plan. */
  environment?: string;
  /** drift: the apply workflow's file name; an unfinished run of it is noted in the drift report. */
  applyWorkflow: string;
  /**
   * plan: the outcome of the guardrail proof step (`steps.<id>.outcome`). Anything but `success` replaces the plan
   * comment with a failure notice instead of a plan.
   */
  guardrailOutcome?: string;
}

/** Reads every action input once. The token is masked here, before anything could echo it. */
export function readActionSettings(): ActionSettings {
  const githubToken = core.getInput(ActionInput.githubToken);
  if (githubToken) core.setSecret(githubToken);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const workingDirectory = core.getInput(ActionInput.workingDirectory) || '.';
  const optional = (name: ActionInput) => core.getInput(name) || undefined;
  const resolveFile = (name: ActionInput) => {
    const value = optional(name);
    return value === undefined ? undefined : isAbsolute(value) ? value : resolve(workspace, workingDirectory, value);
  };
  const settings: ActionSettings = {
    command: parseChoice(ActionInput.command, core.getInput(ActionInput.command), COMMANDS),
    repositoryRoot: requireDirectory(ActionInput.workingDirectory, resolve(workspace, workingDirectory)),
    outputFormat: 'text',
    comment: parseBoolean(ActionInput.comment, core.getInput(ActionInput.comment) || 'true'),
    allowDestructive: parseBoolean(
      ActionInput.allowDestructive,
      core.getInput(ActionInput.allowDestructive) || 'false',
    ),
    allowHighImpact: parseBoolean(ActionInput.allowHighImpact, core.getInput(ActionInput.allowHighImpact) || 'false'),
    autoApprove: parseBoolean(ActionInput.autoApprove, core.getInput(ActionInput.autoApprove) || 'false'),
    allowNonDefaultBranch: parseBoolean(
      ActionInput.allowNonDefaultBranch,
      core.getInput(ActionInput.allowNonDefaultBranch) || 'false',
    ),
    githubToken,
    commentAuthor: core.getInput(ActionInput.commentAuthor) || GITHUB_ACTIONS_BOT,
    workspace,
    applyWorkflow: parseWorkflowFile(core.getInput(ActionInput.applyWorkflow) || 'vend-apply.yml'),
  };
  const planFile = resolveFile(ActionInput.planFile);
  if (planFile) {
    if (settings.command === 'apply') settings.savedPlanFile = planFile;
    else
      settings.planOutputFile = requireOutsideRepositoryFiles(ActionInput.planFile, planFile, settings.repositoryRoot);
  }
  const failOnDrift = parseFailOnDrift(ActionInput.failOnDrift, core.getInput(ActionInput.failOnDrift) || 'false');
  if (failOnDrift) settings.failOnDrift = failOnDrift;
  const detectionMinutes = optional(ActionInput.detectionMinutes);
  if (detectionMinutes !== undefined)
    settings.detectionMinutes = parseMinutes(ActionInput.detectionMinutes, detectionMinutes);
  const baseDirectory = optional(ActionInput.baseDirectory);
  if (baseDirectory !== undefined)
    settings.baseRepositoryRoot = requireDirectory(ActionInput.baseDirectory, resolve(workspace, baseDirectory));
  const guardrailReport = resolveFile(ActionInput.guardrailReport);
  if (guardrailReport) settings.guardrailReportFile = guardrailReport;
  const environment = optional(ActionInput.environment);
  if (environment !== undefined) settings.environment = environment;
  const guardrailOutcome = optional(ActionInput.guardrailOutcome);
  if (guardrailOutcome !== undefined)
    settings.guardrailOutcome = parseChoice(ActionInput.guardrailOutcome, guardrailOutcome, STEP_OUTCOMES);
  // Both at once would read as "apply the saved plan" while auto-approve waives the environment check that
  // authenticates it: one or the other.
  if (settings.command === 'apply' && settings.savedPlanFile && settings.autoApprove)
    throw new UsageError(
      `command 'apply' takes '${ActionInput.planFile}' or '${ActionInput.autoApprove}: true', not both: a saved plan is approved through the job's environment, which auto-approve would no longer check. Remove '${ActionInput.autoApprove}'.`,
    );
  if (settings.command === 'apply' && !settings.savedPlanFile && !settings.autoApprove)
    throw new UsageError(
      `command 'apply' needs '${ActionInput.planFile}': the plan saved earlier in this workflow run (vend plan with plan-file) and approved through the job's environment. Set '${ActionInput.autoApprove}: true' only to apply whatever the plan holds at run time without a saved plan.`,
    );
  return settings;
}

/** A workflow file name in .github/workflows, as the REST API takes it for `workflow_id`. */
function parseWorkflowFile(value: string): string {
  if (/^[\w.-]+\.ya?ml$/.test(value)) return value;
  throw new UsageError(
    `Invalid ${ActionInput.applyWorkflow} '${value}'. Expected the file name of a workflow in .github/workflows, such as vend-apply.yml.`,
  );
}
