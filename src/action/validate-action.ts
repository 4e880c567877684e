import * as core from '@actions/core';
import { ActionOutput } from '../constants.js';
import type { ValidateResult } from '../commands/validate.js';
import { annotateDiagnostics } from '../report/action-annotations.js';
import { countDiagnostics, formatDiagnosticsMarkdown } from '../report/diagnostics-report.js';
import { countOf } from '../report/phrasing.js';

/**
 * The job summary's share for the diagnostics table: the plan, the apply result or the drift report after it take
 * up to JOB_SUMMARY_LIMIT_BYTES, and GitHub refuses a step summary over 1 MiB (1,048,576 bytes) as a whole.
 */
const DIAGNOSTICS_SUMMARY_BYTES = 40_000;

/**
 * Annotations, outputs and the summary table for validation; every command publishes these first. Errors fail the
 * step unless `failOnErrors` is false: drift reports the errors an expired exception causes as findings.
 */
export function publishValidation(validation: ValidateResult, repositoryRoot: string, failOnErrors = true): void {
  annotateDiagnostics(validation.diagnostics, repositoryRoot);
  const counts = countDiagnostics(validation.diagnostics);
  core.setOutput(ActionOutput.errors, counts.errors);
  core.setOutput(ActionOutput.warnings, counts.warnings);
  core.summary.addRaw(
    formatDiagnosticsMarkdown(validation.diagnostics, validation.fileCount, DIAGNOSTICS_SUMMARY_BYTES),
    true,
  );
  if (counts.errors > 0 && failOnErrors)
    core.setFailed(`vend found ${countOf(counts.errors, 'error')} in the repository; see the annotations.`);
}
