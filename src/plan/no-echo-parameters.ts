import { compareText } from '../ordering.js';
import { parametersOf, templateToJson } from '../config/cloudformation-template.js';
import type { DesiredBaseline, DesiredState } from '../config/desired-state.js';
import { parseRepositoryFile } from '../config/safe-yaml.js';
import type { ObservedStackSet, ObservedState } from '../observe/observed-state.js';
import { stackSetName } from './plan-draft.js';

/**
 * StackSet name → the parameters declared `NoEcho` by its new template or by the one deployed now, sorted. A
 * parameter that was secret before stays secret in the report of the change that makes it public, and the other
 * way round. A value the StackSet holds, for a parameter neither template declares and the repository no longer
 * sets, counts as secret too: nothing says it was not one (CloudFormation refuses such a parameter, but an emulator
 * keeps it). StackSets without such parameters are left out.
 */
export function noEchoParameters(desired: DesiredState, observed: ObservedState): Record<string, string[]> {
  const { namePrefix } = desired.organization.stackSets;
  const bodies = new Map<string, string[]>();
  const add = (name: string, body: string) => bodies.set(name, [...(bodies.get(name) ?? []), body]);
  for (const baseline of desired.baselines) add(stackSetName(namePrefix, baseline.name), baseline.templateBody);
  for (const stackSet of observed.stackSets) add(stackSet.name, stackSet.templateBody);
  const kept = new Map(
    desired.baselines.map((baseline) => [stackSetName(namePrefix, baseline.name), baseline.parameters]),
  );
  // Only a value on its way out: one the repository still sets is the repository's to show or hide.
  const held = new Map(
    observed.stackSets.map((stackSet) => [
      stackSet.name,
      Object.keys(stackSet.parameters).filter((parameter) => kept.get(stackSet.name)?.[parameter] === undefined),
    ]),
  );
  const secret: [string, string[]][] = [];
  for (const [name, templates] of bodies) {
    const declared = new Set(templates.flatMap((body) => Object.keys(parametersIn(body))));
    const undeclared = (held.get(name) ?? []).filter((parameter) => !declared.has(parameter));
    const parameters = [...new Set([...templates.flatMap(noEchoIn), ...undeclared])].sort(compareText);
    if (parameters.length > 0) secret.push([name, parameters]);
  }
  return Object.fromEntries(secret.sort(([a], [b]) => compareText(a, b)));
}

/**
 * The parameters a template body declares `NoEcho`. CloudFormation takes `NoEcho: true` and `NoEcho: "true"` alike.
 * A body that does not parse declares nothing.
 */
export function noEchoIn(body: string): string[] {
  return Object.entries(parametersIn(body))
    .filter(([, declaration]) => {
      const noEcho = (declaration as { NoEcho?: unknown } | null)?.NoEcho;
      return noEcho === true || (typeof noEcho === 'string' && noEcho.toLowerCase() === 'true');
    })
    .map(([name]) => name);
}

/**
 * `body` with the `Default` of each `secret` parameter replaced in place by a mask, for a template shown as text (a
 * diff in the plan or a drift finding): the default is the value deployed wherever nothing overrides it, and a NoEcho
 * value is never shown. `previous`, the body this one replaces in a diff: where its default differs, the mask says
 * changed, so the diff still shows that it did, and where it has none, new. A body that does not parse is returned as it is.
 */
export function maskNoEchoDefaults(body: string, secret: readonly string[], previous?: string): string {
  const defaults = (text: string) => {
    const { source } = parseRepositoryFile('template', new TextEncoder().encode(text), { allowCustomTags: true });
    const found = new Map<string, { range: [number, number]; value: string }>();
    for (const name of secret) {
      const node = source?.document.getIn(['Parameters', name, 'Default'], true) as
        { range?: [number, number, number]; toJSON?: () => unknown } | undefined;
      // A block scalar's range takes in the line break that ends it, which the mask must leave in place.
      const end = node?.range ? node.range[0] + text.slice(node.range[0], node.range[1]).trimEnd().length : 0;
      if (node?.range) found.set(name, { range: [node.range[0], end], value: JSON.stringify(node.toJSON?.()) });
    }
    return found;
  };
  const own = defaults(body);
  if (own.size === 0) return body;
  const other = previous === undefined ? new Map() : defaults(previous);
  let masked = body;
  // From the end, so the earlier ranges stay where they are.
  for (const [name, { range, value }] of [...own].sort(([, a], [, b]) => b.range[0] - a.range[0])) {
    // A default the previous version lacks is new, not changed: often the whole parameter is an added line.
    const mask =
      previous === undefined
        ? NO_ECHO_MASK
        : !other.has(name)
          ? '(NoEcho: new, not shown)'
          : other.get(name)?.value !== value
            ? '(NoEcho: changed, not shown)'
            : NO_ECHO_MASK;
    masked = `${masked.slice(0, range[0])}"${mask}"${masked.slice(range[1])}`;
  }
  return masked;
}

/**
 * Each parameter's `Default`, as CloudFormation takes it (a scalar, as text): the value in effect where neither the
 * StackSet nor an instance sets one. A body that does not parse declares none.
 */
export function parameterDefaultsIn(body: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(parametersIn(body)).flatMap(([name, declaration]) => {
      const value = (declaration as { Default?: unknown } | null)?.Default;
      return ['string', 'number', 'boolean'].includes(typeof value) ? [[name, String(value)]] : [];
    }),
  );
}

/** The names of the parameters a template body declares; none when it does not parse. */
export function parameterNamesIn(body: string): string[] {
  return Object.keys(parametersIn(body));
}

/** A template body's `Parameters` section; empty for a body that does not parse. */
function parametersIn(body: string): Record<string, unknown> {
  const { source } = parseRepositoryFile('template', new TextEncoder().encode(body), { allowCustomTags: true });
  return source ? parametersOf(templateToJson(source.document)) : {};
}

/** What DescribeStackSet returns for a NoEcho parameter's value. */
export const NO_ECHO_MASK = '****';

/**
 * Whether a parameter value is the mask CloudFormation returns for a `NoEcho` parameter instead of its value: "the
 * parameter value [is] masked as asterisks (*****) for any calls that describe the stack" (CloudFormation User
 * Guide, "Parameters", NoEcho); DescribeStackSet returns `****`. The count is not documented, so any run of them.
 */
export function isMaskedValue(value: string): boolean {
  return /^\*+$/.test(value);
}

/**
 * The StackSet as the plan compares it: a `NoEcho` parameter (of its deployed template) that AWS returns masked
 * cannot be read, so it is taken to hold the repository's value. Without this every plan would update every
 * StackSet with a secret, and an adoption after `vend import`, which writes the mask, would never match. A secret
 * changed only in the repository is therefore deployed with the next template or parameter change, not alone.
 */
export function withUnreadableSecrets(stackSet: ObservedStackSet, wanted: Record<string, string>): ObservedStackSet {
  return { ...stackSet, parameters: unmasked(stackSet.parameters, wanted, noEchoIn(stackSet.templateBody)) };
}

/**
 * `parameters` with the value of each `secret` (NoEcho) parameter masked as AWS returns it: for an endpoint that
 * returns them in the clear (the emulator does), so what vend writes or shows never holds a secret. The inverse of
 * unmasked.
 */
export function masked(parameters: Record<string, string>, secret: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    Object.entries(parameters).map(([key, value]) => [
      key,
      secret.includes(key) && !isMaskedValue(value) ? NO_ECHO_MASK : value,
    ]),
  );
}

/**
 * `observed` parameters (a StackSet's, or an instance's overrides) with each masked value of a `secret` parameter
 * taken to be the `wanted` one, since it cannot be read (see withUnreadableSecrets); and where the `wanted` value is
 * the mask, whatever is deployed counts as it, since apply then keeps the deployed value (UsePreviousValue). An
 * endpoint that returns secrets in the clear (the emulator) then plans as AWS does.
 */
export function unmasked(
  observed: Record<string, string>,
  wanted: Record<string, string>,
  secret: readonly string[],
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(observed).map(([key, value]) => [
      key,
      secret.includes(key) && wanted[key] !== undefined && (isMaskedValue(value) || isMaskedValue(wanted[key]))
        ? wanted[key]
        : value,
    ]),
  );
}

/**
 * Why a new StackSet cannot be created from `baseline`, if a `NoEcho` parameter's repository value is the mask:
 * only an update can keep a deployed secret (UsePreviousValue), so CreateStackSet would deploy the mask.
 */
export function maskedSecretsProblem(baseline: DesiredBaseline, stackSet: string): string | undefined {
  const masked = noEchoIn(baseline.templateBody).filter((key) => isMaskedValue(baseline.parameters[key] ?? ''));
  if (masked.length === 0) return undefined;
  return `${masked.join(', ')} ${masked.length === 1 ? 'is a NoEcho parameter' : 'are NoEcho parameters'} of baseline ${baseline.name} whose value in organization.yaml is the mask AWS returns (****), and StackSet ${stackSet} does not exist to keep a deployed value: creating it would deploy the mask. Put the real value there.`;
}
