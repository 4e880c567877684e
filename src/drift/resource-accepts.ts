import { readTemplateFacts } from '../plan/template-change.js';
import { countOf, listNames } from '../report/phrasing.js';
import type { ResourceDrift } from './detect-stack-set-drift.js';
import type { DriftContext } from './drift-context.js';
import { manifestOf, templateFileOf } from './repository-places.js';

/**
 * The repository edit that accepts one stack instance's resource drift. The template is every instance's, so an
 * edit of it changes the resource in every account the StackSet reaches, never in this one alone: where each drifted
 * property is a parameter's (`MaxSessionDuration: !Ref MaxSessionSeconds`), the edit for this account alone is a
 * parameter override in its manifest; otherwise the accept says there is none for this account alone, and what the
 * template edit would reach. `account` is the finding's `account:name` (or `account-id:…`, declared by no manifest).
 */
export function resourceDriftAccept(
  context: DriftContext,
  stackSet: string,
  drift: ResourceDrift,
  account: string,
): string {
  const { namePrefix } = context.desired.organization.stackSets;
  const baseline = stackSet.slice(namePrefix.length);
  const template = templateFileOf(context, baseline);
  const body = context.desired.baselines.find((candidate) => candidate.name === baseline)?.templateBody ?? '';
  const facts = readTemplateFacts(body);
  const resource = facts?.resources.find((candidate) => candidate.logicalId === drift.logicalId);
  const instances = context.observed.stackSets.find((candidate) => candidate.name === stackSet)?.instances.length ?? 0;
  const everywhere = `the template is every instance's, so that changes it in all ${countOf(instances, 'stack instance')}`;
  const name = account.startsWith('account:') ? account.slice('account:'.length) : undefined;
  if (drift.status === 'DELETED')
    return `none for this account alone: removing ${drift.logicalId} from ${template} (and every reference to it) deletes it from every account, as ${everywhere}`;
  // A top-level property that is a parameter's Ref: the account's own value for that parameter sets it there alone.
  const overrides = drift.differences.map((difference) => {
    const parts = difference.path.split('/').filter(Boolean);
    const value = parts.length === 1 ? resource?.properties[parts[0]!] : undefined;
    const parameter =
      value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1
        ? (value as { Ref?: unknown }).Ref
        : undefined;
    return typeof parameter === 'string' && facts?.parameters.includes(parameter)
      ? { parameter, value: plainValue(difference.actual) }
      : undefined;
  });
  if (name !== undefined && overrides.length > 0 && overrides.every((override) => override !== undefined)) {
    const values = overrides.map((override) => `${override!.parameter}: ${JSON.stringify(override!.value)}`);
    return `for ${name} alone, override the ${overrides.length === 1 ? 'parameter that sets it' : 'parameters that set them'} in ${manifestOf(context, name)}: parameters: { ${baseline}: { ${values.join(', ')} } }`;
  }
  return `none for this account alone: declaring the deployed ${drift.differences.length === 1 ? 'value' : 'values'} of ${drift.logicalId} (${listNames(drift.differences.map((difference) => difference.path))}) in ${template}, where ${everywhere}`;
}

/** A value CloudFormation reports as JSON text, as a manifest's parameter value: `"43200"` and `43200` alike. */
function plainValue(actual: string): string {
  try {
    const parsed: unknown = JSON.parse(actual);
    return typeof parsed === 'string' || typeof parsed === 'number' || typeof parsed === 'boolean'
      ? String(parsed)
      : actual;
  } catch {
    return actual;
  }
}
