import type { Diagnostic } from '../config/diagnostics.js';
import { readLocalFile } from '../local-files.js';
import {
  countDiagnostics,
  formatDiagnosticLine,
  formatDiagnosticsJson,
  formatDiagnosticsMarkdown,
  formatDiagnosticsText,
} from '../report/diagnostics-report.js';
import { countOf } from '../report/phrasing.js';
import { visibleLine } from '../report/visible-text.js';
import type { Plan } from '../plan/plan.js';
import type { DriftNotRun } from '../drift/drift-report.js';
import { errorMessage } from '../errors.js';
import type { VendSettings } from '../settings/settings.js';
import { runValidate } from './validate.js';

export interface Terminal {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Present only when a person is at the terminal: asks a question on it and resolves to the answer. */
  ask?(question: string): Promise<string>;
  /** Which streams are colour terminals (see wantsColour); plain text when absent. */
  colour?: { stdout: boolean; stderr: boolean };
}

/** The CLI's dispatcher. Commands that talk to AWS are imported on demand so `validate` never loads the AWS SDK. */
export async function runCommand(settings: VendSettings, terminal: Terminal): Promise<number> {
  switch (settings.command) {
    case 'validate': {
      const result = runValidate(settings);
      const rendered = {
        text: () => formatDiagnosticsText(result.diagnostics, result.fileCount),
        json: () => formatDiagnosticsJson(result.diagnostics),
        markdown: () => formatDiagnosticsMarkdown(result.diagnostics, result.fileCount),
      };
      terminal.stdout(rendered[settings.outputFormat]());
      return result.exitCode;
    }
    case 'plan': {
      const [{ runPlan, serializePlan }, { renderPlanText }, { renderPlanComment }, { mainDriftJson, withoutSecrets }] =
        await Promise.all([
          import('./plan.js'),
          import('../report/plan-text.js'),
          import('../report/plan-markdown.js'),
          import('../report/plan-json.js'),
        ]);
      const outcome = await runPlan(settings);
      for (const diagnostic of outcome.validation.diagnostics) terminal.stderr(formatDiagnosticLine(diagnostic));
      if (outcome.status === 'invalid') {
        invalidJson(settings, terminal, outcome.validation.diagnostics);
        terminal.stderr(
          `vend plan: ${countOf(countDiagnostics(outcome.validation.diagnostics).errors, 'validation error')} above; nothing was planned.`,
        );
        return 1;
      }
      if (outcome.status === 'skipped') {
        terminal.stderr(`vend plan: skipped: ${outcome.reason}`);
        return 2;
      }
      const guardrailReport = settings.guardrailReportFile
        ? readLocalFile(settings.guardrailReportFile, { untrustedRoots: [settings.repositoryRoot] })
        : undefined;
      const rendered = {
        text: () =>
          renderPlanText(outcome.plan, {
            colour: terminal.colour?.stdout === true,
            ...(outcome.mainDrift ? { mainDrift: outcome.mainDrift } : {}),
            ...(outcome.bootstrapChange ? { bootstrapChange: outcome.bootstrapChange } : {}),
            ...(outcome.settingNotices ? { settingNotices: outcome.settingNotices } : {}),
          }),
        json: () =>
          outcome.mainDrift
            ? JSON.stringify(
                {
                  ...JSON.parse(serializePlan(withoutSecrets(outcome.plan))),
                  mainDrift: mainDriftJson(outcome.mainDrift),
                },
                null,
                2,
              )
            : serializePlan(withoutSecrets(outcome.plan)).trimEnd(),
        markdown: () =>
          renderPlanComment(outcome.plan, {
            ...(guardrailReport ? { guardrailReport } : {}),
            ...(outcome.mainDrift ? { mainDrift: outcome.mainDrift } : {}),
            ...(outcome.bootstrapChange ? { bootstrapChange: outcome.bootstrapChange } : {}),
            ...(outcome.settingNotices ? { settingNotices: outcome.settingNotices } : {}),
          }),
      };
      terminal.stdout(rendered[settings.outputFormat]());
      if (settings.planOutputFile) terminal.stderr(`Plan written to ${settings.planOutputFile}`);
      return outcome.plan.problems.length > 0 ? 1 : 0;
    }
    case 'apply': {
      const [{ runApply }, { renderApplyText }, { renderApplyComment }, { renderPlanText }] = await Promise.all([
        import('./apply.js'),
        import('../report/apply-text.js'),
        import('../report/apply-markdown.js'),
        import('../report/plan-text.js'),
      ]);
      const ask = terminal.ask;
      // Terraform's convention: without a saved plan, show the plan and apply it only on an explicit "yes".
      const confirm =
        ask &&
        (async (plan: Plan) => {
          terminal.stderr(renderPlanText(plan, { colour: terminal.colour?.stderr === true }));
          const answer = await ask(
            '\nDo you want to perform these actions? Only "yes" will be accepted to approve.\n  Enter a value: ',
          );
          // The literal word, as the prompt says: a stray space or a pasted line is no approval.
          return answer.replace(/\r$/, '') === 'yes';
        });
      // Progress goes to stderr as it happens, one event per line (an AWS message with a line break cannot print
      // a line that reads as a result); the report is the one thing on stdout.
      const outcome = await runApply(settings, {
        log: (line) => terminal.stderr(visibleLine(line)),
        ...(confirm ? { confirm } : {}),
        // Taken without a question, the plan is still shown first, as Terraform's apply -auto-approve does.
        show: (plan: Plan) => terminal.stderr(renderPlanText(plan, { colour: terminal.colour?.stderr === true })),
      });
      for (const diagnostic of outcome.validation.diagnostics) terminal.stderr(formatDiagnosticLine(diagnostic));
      if (outcome.status === 'invalid') {
        invalidJson(settings, terminal, outcome.validation.diagnostics);
        terminal.stderr(
          `vend apply: ${countOf(countDiagnostics(outcome.validation.diagnostics).errors, 'validation error')} above; nothing was applied.`,
        );
        return 1;
      }
      if (outcome.status === 'refused') {
        const message = `${outcome.reason} Nothing was read from AWS or changed.`;
        terminal.stderr(`vend apply: refused: ${message}`);
        // A script reading stdout gets a report in its format here too, not silence it could take for a crash.
        if (settings.outputFormat === 'json') terminal.stdout(JSON.stringify({ status: 'refused', reason: message }));
        if (settings.outputFormat === 'markdown') {
          const { escapeMarkdown } = await import('../report/markdown-escape.js');
          terminal.stdout(`### Vend apply: refused\n\n${escapeMarkdown(message)}`);
        }
        return 1;
      }
      const rendered = {
        text: () => renderApplyText(outcome.report),
        json: () => JSON.stringify(outcome.report, null, 2),
        markdown: () => renderApplyComment(outcome.report),
      };
      terminal.stdout(rendered[settings.outputFormat]());
      return outcome.exitCode;
    }
    case 'drift': {
      const [{ runDrift, awsFailureNotRun }, { renderDriftText }, { renderDriftIssueBody }, { findingsAtOrAbove }] =
        await Promise.all([
          import('./drift.js'),
          import('../report/drift-text.js'),
          import('../report/drift-markdown.js'),
          import('../drift/drift-report.js'),
        ]);
      // A check that cannot run is not a finding: exit 2, and stdout still holds one document in its format.
      const printNotRun = async (notRun: DriftNotRun) => {
        if (settings.outputFormat === 'json') terminal.stdout(JSON.stringify(notRun, null, 2));
        if (settings.outputFormat === 'markdown') {
          const { renderDriftNotRunBody } = await import('../report/drift-not-run.js');
          terminal.stdout(renderDriftNotRunBody(notRun));
        }
      };
      let outcome: Awaited<ReturnType<typeof runDrift>>;
      try {
        // Progress goes to stderr as it happens; the report is the one thing on stdout.
        outcome = await runDrift(settings, { log: (line) => terminal.stderr(visibleLine(line)) });
      } catch (error) {
        // AWS refused or could not be reached: the message goes to stderr as any error's does.
        await printNotRun(awsFailureNotRun(errorMessage(error), settings.repositoryRoot, new Date()));
        throw error;
      }
      for (const diagnostic of outcome.validation.diagnostics) terminal.stderr(formatDiagnosticLine(diagnostic));
      if (outcome.status === 'invalid') {
        const { notRun } = outcome;
        await printNotRun(notRun);
        terminal.stderr(`vend drift: could not run: ${notRun.error}.`);
        return 2;
      }
      const { report } = outcome;
      const rendered = {
        text: () => renderDriftText(report, { colour: terminal.colour?.stdout === true }),
        json: () => JSON.stringify(report, null, 2),
        markdown: () => renderDriftIssueBody(report),
      };
      terminal.stdout(rendered[settings.outputFormat]());
      return settings.failOnDrift && findingsAtOrAbove(report, settings.failOnDrift).length > 0 ? 1 : 0;
    }
    case 'import': {
      const [{ runImport, importExitCode }, { renderImportJson, renderImportText }] = await Promise.all([
        import('./import.js'),
        import('../report/import-text.js'),
      ]);
      const outcome = await runImport(settings);
      terminal.stdout(
        settings.outputFormat === 'json'
          ? renderImportJson(outcome)
          : renderImportText(outcome, settings.repositoryRoot),
      );
      return importExitCode(outcome);
    }
  }
}

/** With --format json, a repository that does not validate still gives stdout one JSON document: validate's. */
function invalidJson(settings: VendSettings, terminal: Terminal, diagnostics: Diagnostic[]): void {
  if (settings.outputFormat === 'json') terminal.stdout(formatDiagnosticsJson(diagnostics));
}
