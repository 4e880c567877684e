import { loadRepository } from '../config/load-repository.js';
import type { RepositoryVerdict } from '../config/load-repository.js';
import type { VendSettings } from '../settings/settings.js';

export interface ValidateResult extends RepositoryVerdict {
  exitCode: 0 | 1;
}

export function runValidate(settings: Pick<VendSettings, 'repositoryRoot'>, now: Date = new Date()): ValidateResult {
  const verdict = loadRepository(settings.repositoryRoot, { now });
  const hasErrors = verdict.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  return { ...verdict, exitCode: hasErrors ? 1 : 0 };
}
