import type { Diagnostic } from '../diagnostics.js';
import type { LoadedRepository } from '../repository.js';

export interface RuleContext {
  repository: LoadedRepository;
  /** Injected so exception expiry is testable and a run's verdict does not depend on when a test runs. */
  now: Date;
}

export type Rule = (context: RuleContext) => Diagnostic[];
