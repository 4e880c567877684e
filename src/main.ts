import * as core from '@actions/core';
import { readGitHubEvent } from './action/github-event.js';
import { publishValidation } from './action/validate-action.js';
import { runValidate } from './commands/validate.js';
import { errorMessage } from './errors.js';
import { readActionSettings } from './settings/action-inputs.js';

/** The GitHub Action: parse inputs once, run the command, publish annotations, summary and outputs. */
export async function run(): Promise<void> {
  try {
    const settings = readActionSettings();
    switch (settings.command) {
      case 'validate':
        publishValidation(runValidate(settings), settings.repositoryRoot);
        await core.summary.write();
        return;
      case 'plan': {
        const { runPlanAction } = await import('./action/plan-action.js');
        return await runPlanAction(settings, readGitHubEvent());
      }
      case 'apply': {
        const { runApplyAction } = await import('./action/apply-action.js');
        return await runApplyAction(settings, readGitHubEvent());
      }
      case 'drift': {
        const { runDriftAction } = await import('./action/drift-action.js');
        return await runDriftAction(settings, readGitHubEvent());
      }
    }
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

await run();
