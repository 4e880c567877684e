import type { Diagnostic } from '../diagnostics.js';
import type { Quotas } from '../quotas.js';
import type { LoadedRepository } from '../repository.js';
import type { YamlPath } from '../safe-yaml.js';

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

/** An intrinsic function call in a template: its name (`Fn::Join`, `Ref`), its argument, and where it is. */
export interface FunctionCall {
  name: string;
  argument: unknown;
  path: YamlPath;
}

/** The function `node` calls, if it is a call: a mapping with one key, `Ref`, `Condition` or `Fn::…`. */
export function functionName(node: unknown): string | undefined {
  if (!isMapping(node)) return undefined;
  const keys = Object.keys(node);
  const name = keys.length === 1 ? keys[0]! : undefined;
  return name !== undefined && (name === 'Ref' || name === 'Condition' || name.startsWith('Fn::')) ? name : undefined;
}

/** Every function call at or below `node` (at `path`), its arguments searched too, in document order. */
export function functionCalls(node: unknown, path: YamlPath = []): FunctionCall[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => functionCalls(item, [...path, index]));
  if (!isMapping(node)) return [];
  const name = functionName(node);
  return [
    ...(name === undefined ? [] : [{ name, argument: node[name], path }]),
    ...Object.keys(node).flatMap((key) => functionCalls(node[key], [...path, key])),
  ];
}
