import type { Diagnostic } from '../diagnostics.js';
import type { Quotas } from '../quotas.js';
import type { LoadedRepository } from '../repository.js';

export interface RuleContext {
  repository: LoadedRepository;
  /** Injected so exception expiry is testable and a run's verdict does not depend on when a test runs. */
  now: Date;
  /** The AWS quotas in force: defaults with the organization's `quotas:` overrides. */
  quotas: Quotas;
}

export type Rule = (context: RuleContext) => Diagnostic[];

/** A YAML or JSON mapping: an object, not an array or null. */
export const isMapping = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value);
