import { isAbsolute, resolve } from 'node:path';
import * as core from '@actions/core';
import { ActionInput } from '../constants.js';
import { COMMANDS, parseBoolean, parseChoice, requireDirectory } from './settings.js';
import type { VendSettings } from './settings.js';

/** Reads every action input once. The token is masked here, before anything could echo it. */
export function readActionSettings(): VendSettings & { githubToken: string } {
  const githubToken = core.getInput(ActionInput.githubToken);
  if (githubToken) core.setSecret(githubToken);
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const workingDirectory = core.getInput(ActionInput.workingDirectory) || '.';
  const optional = (name: ActionInput) => core.getInput(name) || undefined;
  const resolveFile = (name: ActionInput) => {
    const value = optional(name);
    return value === undefined ? undefined : isAbsolute(value) ? value : resolve(workspace, workingDirectory, value);
  };
  const settings: VendSettings & { githubToken: string } = {
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
