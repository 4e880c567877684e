import * as core from '@actions/core';
import { ActionOutput } from './constants.js';
import { runValidate } from './commands/validate.js';
import { errorMessage } from './errors.js';
import { annotateDiagnostics } from './report/action-annotations.js';
import { countDiagnostics, formatDiagnosticsMarkdown } from './report/diagnostics-report.js';
import { readActionSettings } from './settings/action-inputs.js';
import { UsageError } from './settings/settings.js';

/** The GitHub Action: parse inputs once, run the command, publish annotations, summary and outputs. */
export async function run(): Promise<void> {
  try {
    const settings = readActionSettings();
    const validation = runValidate(settings);
    annotateDiagnostics(validation.diagnostics, settings.repositoryRoot);
    const counts = countDiagnostics(validation.diagnostics);
    core.setOutput(ActionOutput.errors, counts.errors);
    core.setOutput(ActionOutput.warnings, counts.warnings);
    await core.summary.addRaw(formatDiagnosticsMarkdown(validation.diagnostics, validation.fileCount), true).write();
    if (validation.exitCode !== 0) {
      core.setFailed(`vend found ${counts.errors} error(s) in the repository; see the annotations.`);
      return;
    }
    if (settings.command !== 'validate') throw new UsageError(`command '${settings.command}' is not available in this version yet.`);
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}

await run();
