import { formatDiagnosticsJson, formatDiagnosticsText } from '../report/diagnostics-report.js';
import { UsageError } from '../settings/settings.js';
import type { VendSettings } from '../settings/settings.js';
import { runValidate } from './validate.js';

export interface Terminal {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The CLI's dispatcher. Commands that talk to AWS are imported on demand so `validate` never loads the AWS SDK. */
export async function runCommand(settings: VendSettings, terminal: Terminal): Promise<number> {
  switch (settings.command) {
    case 'validate': {
      const result = runValidate(settings);
      terminal.stdout(settings.outputFormat === 'json' ? formatDiagnosticsJson(result.diagnostics) : formatDiagnosticsText(result.diagnostics, result.fileCount));
      return result.exitCode;
    }
    default:
      throw new UsageError(`'vend ${settings.command}' is not available in this version yet.`);
  }
}
