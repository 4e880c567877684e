import type { Parameter } from '@aws-sdk/client-cloudformation';
import { isMaskedValue } from '../plan/no-echo-parameters.js';

/** `{ Key: 'v' }` as CloudFormation's `[{ ParameterKey: 'Key', ParameterValue: 'v' }]`. */
export function toParameters(values: Record<string, string>): Parameter[] {
  return Object.entries(values).map(([ParameterKey, ParameterValue]) => ({ ParameterKey, ParameterValue }));
}

/**
 * UpdateStackSet's parameters. A `NoEcho` parameter (`secret`) whose repository value is the mask AWS returns, as
 * `vend import` writes it because it cannot read the secret, keeps its deployed value (`UsePreviousValue`,
 * CloudFormation API Reference, Parameter) instead of deploying the mask to every stack.
 */
export function stackSetParameters(values: Record<string, string>, secret: readonly string[]): Parameter[] {
  return Object.entries(values).map(([ParameterKey, ParameterValue]) =>
    secret.includes(ParameterKey) && isMaskedValue(ParameterValue)
      ? { ParameterKey, UsePreviousValue: true }
      : { ParameterKey, ParameterValue },
  );
}

/**
 * An instance's parameter overrides, the same way: UpdateStackInstances keeps a masked secret's present value
 * (UsePreviousValue, CloudFormation API Reference, UpdateStackInstances ParameterOverrides). CreateStackInstances
 * has none to keep, so there the override is left out and the new stack takes the StackSet's value.
 */
export function instanceOverrides(
  values: Record<string, string>,
  secret: readonly string[],
  action: 'CREATE' | 'UPDATE',
): Parameter[] {
  const parameters = stackSetParameters(values, secret);
  return action === 'UPDATE' ? parameters : parameters.filter((parameter) => !parameter.UsePreviousValue);
}
