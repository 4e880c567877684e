import { isAbsolute, resolve } from 'node:path';
import * as core from '@actions/core';
import { ActionInput } from '../constants.js';
import { GITHUB_ACTIONS_BOT } from '../github/sticky-comment.js';
import { COMMANDS, parseBoolean, parseChoice, requireDirectory } from './settings.js';
import type { VendSettings } from './settings.js';

/** Reads every action input once. The token is masked here, before anything could echo it. */
/** What only the action needs: the token, and whose comments are vend's own. */
export interface ActionSettings extends VendSettings {
  githubToken: string;
  /** The login the token comments as; `github-actions[bot]` for GITHUB_TOKEN, `<app>[bot]` for a GitHub App. */
  commentAuthor: string;
}

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
    failOnDrift: parseBoolean(ActionInput.failOnDrift, core.getInput(ActionInput.failOnDrift) || 'false'),
    allowNonDefaultBranch: parseBoolean(
      ActionInput.allowNonDefaultBranch,
      core.getInput(ActionInput.allowNonDefaultBranch) || 'false',
    ),
    githubToken,
    commentAuthor: core.getInput(ActionInput.commentAuthor) || GITHUB_ACTIONS_BOT,
  };
  const planFile = resolveFile(ActionInput.planFile);
  if (planFile) {
    if (settings.command === 'apply') settings.reviewedPlanFile = planFile;
    else settings.planOutputFile = planFile;
  }
  const guardrailReport = resolveFile(ActionInput.guardrailReport);
  if (guardrailReport) settings.guardrailReportFile = guardrailReport;
  return settings;
}
