import { compareText } from '../ordering.js';
import { isMaskedValue, noEchoIn } from '../plan/no-echo-parameters.js';
import { stackSetName } from '../plan/plan-draft.js';
import { listNames } from '../report/phrasing.js';
import type { DriftContext } from './drift-context.js';
import type { NotChecked } from './drift-report.js';

/**
 * The NoEcho parameter values of main's StackSets that AWS returns masked (`****`), on the StackSet or as an
 * instance's override: drift cannot compare them, and the plan takes them to hold main's values
 * (withUnreadableSecrets), so a value changed outside vend is never a finding. Each StackSet with one is listed as
 * not checked, rather than read as matching (CloudFormation API Reference, DescribeStackSet and
 * DescribeStackInstance: parameters declared NoEcho are returned as `****`). An endpoint that returns them in the
 * clear (the emulator) has them compared, and nothing is listed.
 */
export function unreadableSecretsNotChecked(context: DriftContext): NotChecked[] {
  const { namePrefix } = context.desired.organization.stackSets;
  const observed = new Map(context.observed.stackSets.map((stackSet) => [stackSet.name, stackSet]));
  return context.desired.baselines.flatMap((baseline) => {
    const stackSet = observed.get(stackSetName(namePrefix, baseline.name));
    if (!stackSet) return [];
    const secret = new Set(noEchoIn(stackSet.templateBody));
    const maskedIn = (parameters: Record<string, string> | undefined) =>
      Object.entries(parameters ?? {})
        .filter(([key, value]) => secret.has(key) && isMaskedValue(value))
        .map(([key]) => key);
    const onStackSet = maskedIn(stackSet.parameters);
    const overridden = new Set(stackSet.instances.flatMap((instance) => maskedIn(instance.parameterOverrides)));
    if (onStackSet.length === 0 && overridden.size === 0) return [];
    const names = [...new Set([...onStackSet, ...overridden])].sort(compareText);
    return [
      {
        target: `stackset:${stackSet.name}`,
        what: `NoEcho parameter value${names.length === 1 ? '' : 's'} ${listNames(names)}${overridden.size > 0 ? ' (on the StackSet, or overridden on its instances)' : ''}`,
        reason: 'AWS returns NoEcho values masked (****), so one changed outside vend cannot be told from main’s',
      },
    ];
  });
}
