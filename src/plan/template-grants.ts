import { isIntrinsic } from '../config/cloudformation-template.js';
import type { TemplateResource } from '../config/cloudformation-template.js';
import { compareText } from '../ordering.js';
import { canonicalJson } from './canonical-json.js';

/**
 * What a template's resources allow, as a reviewer weighs it: each principal granted access, with the grants it
 * holds (`resource | action | the rest of the statement`, so that a statement that gains an action, loses a
 * condition or widens its resource is a new grant, and so is the same statement in another resource: a role newly
 * trusting an account another role trusted is a new way in), and the managed policies each resource attaches.
 */
export interface TemplateGrants {
  /** Principal label (`AWS: arn:…`, `Service: …`, `*`, `everyone except AWS: arn:…`) → its grants. */
  principals: Map<string, Set<string>>;
  /** `policy ARN (logical id)`: a policy attached to one more resource is a new attachment, though another had it. */
  managedPolicies: Set<string>;
}

/**
 * The grants in a template's resources, wherever in their properties.
 * - A policy statement (an object with `Principal` or `NotPrincipal`) grants only when its `Effect` is not `Deny`;
 *   an `Effect` that is not literal counts as `Allow`, since it may be. `NotPrincipal` with `Allow` grants everyone
 *   except the principals it names (IAM User Guide, "IAM JSON policy elements: NotPrincipal").
 * - A policy written as a JSON string (a log resource policy's `PolicyDocument`, an ECR repository's
 *   `RepositoryPolicyText`, also inside `Fn::Sub`) is read as JSON.
 * - A list of principals outside a statement (`Principals` of a RAM resource share, `AllowedPrincipals` of a VPC
 *   endpoint service, a peering connection's `PeerOwnerId`) grants them everything the resource shares.
 * - Both branches of `Fn::If` count: either may be deployed.
 */
export function grantsOf(resources: readonly TemplateResource[]): TemplateGrants {
  const principals = new Map<string, Set<string>>();
  const managedPolicies = new Set<string>();
  let resourceId = '';
  const grant = (principal: string, scopes: readonly string[]) => {
    const held = principals.get(principal) ?? new Set<string>();
    for (const scope of scopes) held.add(`${resourceId}${GRANT_SEPARATOR}${scope}`);
    principals.set(principal, held);
  };
  const visit = (value: unknown, policyText: boolean): void => {
    if (typeof value === 'string') {
      if (policyText) {
        const parsed = parseJson(value);
        if (parsed !== undefined) visit(parsed, false);
      }
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, policyText);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    if (isIntrinsic(value)) {
      // Fn::If's branches, Fn::Sub's template: the arguments may hold statements or policy text.
      visit(Object.values(value)[0], policyText);
      return;
    }
    const record = value as Record<string, unknown>;
    if ('Principal' in record || 'NotPrincipal' in record) {
      if (record['Effect'] === 'Deny') return;
      const scopes = statementScopes(record);
      if (record['Principal'] !== undefined) for (const leaf of leavesOf(record['Principal'])) grant(leaf, scopes);
      if (record['NotPrincipal'] !== undefined)
        grant(`everyone except ${leavesOf(record['NotPrincipal']).join(', ')}`, scopes);
      return;
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === 'ManagedPolicyArns')
        for (const leaf of leavesOf(child)) managedPolicies.add(`${leaf} (${resourceId})`);
      else if (SHARED_WITH_KEY.test(key)) for (const leaf of leavesOf(child)) grant(leaf, ['*']);
      else visit(child, POLICY_KEY.test(key));
    }
  };
  for (const resource of resources) {
    resourceId = resource.logicalId;
    visit(resource.properties, false);
  }
  return { principals, managedPolicies };
}

const GRANT_SEPARATOR = ' | ';

/**
 * Principals the new grants trust that the old did not (`added`), and principals already trusted that hold a grant
 * they did not hold before (`widened`, `principal (through ReadOnlyRole)`, naming the resources of the new grants).
 * Both sorted.
 */
export function compareGrants(
  before: TemplateGrants,
  after: TemplateGrants,
): { added: string[]; widened: string[]; newManagedPolicies: string[] } {
  const added: string[] = [];
  const widened: string[] = [];
  for (const [principal, scopes] of after.principals) {
    const previous = before.principals.get(principal);
    if (!previous) {
      added.push(principal);
      continue;
    }
    const through = new Set(
      [...scopes]
        .filter((scope) => !previous.has(scope) && ![...previous].some((held) => narrows(held, scope)))
        .map((scope) => scope.split(GRANT_SEPARATOR)[0]!),
    );
    if (through.size > 0) widened.push(`${principal} (through ${[...through].sort(compareText).join(', ')})`);
  }
  const sorted = (values: string[]) => values.sort(compareText);
  return {
    added: principalsFirstToRead(added),
    widened: principalsFirstToRead(widened),
    newManagedPolicies: sorted([...after.managedPolicies].filter((policy) => !before.managedPolicies.has(policy))),
  };
}

/**
 * Principals in the order a reviewer must read them when a summary line is cut: wildcards, then services, federated
 * and other non-account principals, which no account id names, then accounts and roles (`AWS:`); by text within each.
 * A pull request that pads a trust list with hundreds of ARNs cannot push a new `Service:` trust past the cut.
 */
function principalsFirstToRead(principals: string[]): string[] {
  const rank = (principal: string) => (principal.includes('*') ? 0 : principal.startsWith('AWS:') ? 2 : 1);
  return principals.sort((a, b) => rank(a) - rank(b) || compareText(a, b));
}

/**
 * Whether grant `scope` allows no more than `held` does (grantsOf's or identityGrantsOf's): the same resource and
 * action, the same statement but for conditions added, where every condition `held` had is still there as it was.
 * Conditions are ANDed, operator by operator and key by key (IAM User Guide, "Condition element: evaluation logic"),
 * so adding one only narrows, and adding a trust policy's `sts:ExternalId` check must not read as allowing more. A
 * condition that is not a literal object (an `Fn::If` over the whole block) narrows only where `held` had none.
 */
function narrows(held: string, scope: string): boolean {
  // `[resource | ]action | {statement}`: the statement is canonical JSON, so it starts at the first ' | {'.
  const parts = (grant: string) => {
    const at = grant.indexOf(`${GRANT_SEPARATOR}{`);
    const statement =
      at < 0 ? undefined : (parseJson(grant.slice(at + GRANT_SEPARATOR.length)) as Record<string, unknown> | undefined);
    if (!statement) return undefined;
    const { Condition: condition, ...rest } = statement;
    return { key: `${grant.slice(0, at)}${GRANT_SEPARATOR}${canonicalJson(rest)}`, condition };
  };
  const before = parts(held);
  const after = parts(scope);
  if (!before || !after || before.key !== after.key) return false;
  const blocks = (condition: unknown) =>
    condition !== null && typeof condition === 'object' && !Array.isArray(condition)
      ? (condition as Record<string, unknown>)
      : undefined;
  const had = before.condition === undefined ? {} : blocks(before.condition);
  const has = after.condition === undefined ? {} : blocks(after.condition);
  if (!had || !has) return false;
  return Object.entries(had).every(([operator, keys]) => {
    const now = blocks(has[operator]);
    const then = blocks(keys);
    return (
      now !== undefined &&
      then !== undefined &&
      Object.entries(then).every(([key, values]) => canonicalJson(now[key] ?? null) === canonicalJson(values ?? null))
    );
  });
}

/**
 * What the identity policies in each resource allow (a role's `Policies`, a managed policy's `PolicyDocument`, a
 * permission set's `InlinePolicy`): statements without `Principal`, whose grantee is the resource or whoever it is
 * attached to. Resource label (`DeveloperRole (AWS::IAM::Role)`) → `action | rest of the statement`, as
 * statementScopes writes them; `Deny` statements grant nothing. Trust and resource policies are grantsOf's.
 */
export function identityGrantsOf(resources: readonly TemplateResource[]): Map<string, Set<string>> {
  const grants = new Map<string, Set<string>>();
  for (const resource of resources) {
    const label = `${resource.logicalId} (${resource.type})`;
    const visit = (value: unknown, policyText: boolean): void => {
      if (typeof value === 'string') {
        const parsed = policyText ? parseJson(value) : undefined;
        if (parsed !== undefined) visit(parsed, false);
        return;
      }
      if (Array.isArray(value)) {
        for (const item of value) visit(item, policyText);
        return;
      }
      if (value === null || typeof value !== 'object') return;
      if (isIntrinsic(value)) {
        visit(Object.values(value)[0], policyText);
        return;
      }
      const record = value as Record<string, unknown>;
      if ('Principal' in record || 'NotPrincipal' in record) return;
      if (('Action' in record || 'NotAction' in record) && 'Effect' in record) {
        if (record['Effect'] === 'Deny') return;
        const held = grants.get(label) ?? new Set<string>();
        for (const scope of statementScopes(record)) held.add(scope);
        grants.set(label, held);
        return;
      }
      for (const [key, child] of Object.entries(record)) visit(child, POLICY_KEY.test(key) || key === 'InlinePolicy');
    };
    visit(resource.properties, false);
  }
  return grants;
}

/**
 * Per resource, the actions its identity policies allow in `after` and did not in `before`, or allow now with less
 * around them (another resource, no condition): the escalation a padded policy diff could push out of sight. The
 * actions a reviewer must see first come first: wildcards, then IAM, STS, Organizations and KMS, then the rest.
 */
export function newlyAllowedActions(
  before: Map<string, Set<string>>,
  after: Map<string, Set<string>>,
): { resource: string; actions: string[] }[] {
  const rank = (action: string) =>
    action.includes('*') ? 0 : /^(iam|sts|organizations|kms|sso|identitystore):/i.test(action) ? 1 : 2;
  return [...after]
    .flatMap(([resource, scopes]) => {
      const previous = before.get(resource) ?? new Set<string>();
      const actions = [
        ...new Set(
          [...scopes]
            .filter((scope) => !previous.has(scope) && ![...previous].some((held) => narrows(held, scope)))
            .flatMap((scope) => gained(scope, previous)),
        ),
      ].sort((a, b) => rank(a) - rank(b) || compareText(a, b));
      return actions.length > 0 ? [{ resource, actions }] : [];
    })
    .sort((a, b) => compareText(a.resource, b.resource));
}

const EXCEPT = /^all actions except \((.*)\) \| (.*)$/s;

/**
 * What a new scope allows that `previous` did not. A `NotAction` statement that only changed its list allows what
 * left the list (`iam:* (no longer excepted by NotAction)`), and nothing when the list only grew: a tightened
 * `NotAction` must not read as newly allowing, nor a loosened one hide the action it now allows.
 */
function gained(scope: string, previous: ReadonlySet<string>): string[] {
  const except = EXCEPT.exec(scope);
  if (!except) return [scope.split(' | ')[0]!];
  const [, list = '', context] = except;
  const earlier = [...previous].flatMap((candidate) => {
    const match = EXCEPT.exec(candidate);
    return match && match[2] === context ? [new Set((match[1] ?? '').split(', '))] : [];
  });
  if (earlier.length === 0) return [scope.split(' | ')[0]!];
  const now = new Set(list.split(', '));
  // Against each earlier list of the same statement context: what it excepted that this one no longer does.
  return [
    ...new Set(
      earlier.flatMap((excepted) =>
        [...excepted]
          .filter((action) => !now.has(action))
          .map((action) => `${action} (no longer excepted by NotAction)`),
      ),
    ),
  ];
}

/** Keys listing principals a resource is shared with, outside any policy statement. */
const SHARED_WITH_KEY = /^(Principals|AllowedPrincipals|PeerOwnerId)$/;
/** Keys whose value is a policy document, which CloudFormation also takes as a JSON string. */
const POLICY_KEY = /Policy(Document|Text)?$/;

/**
 * One scope per action: `s3:GetObject | {"Condition":…,"Resource":…}`; `NotAction` as `all actions except (…)`, in
 * parentheses, since it is listed among other actions.
 */
function statementScopes(statement: Record<string, unknown>): string[] {
  const rest = Object.fromEntries(
    Object.entries(statement).filter(
      ([key]) => !['Principal', 'NotPrincipal', 'Effect', 'Action', 'NotAction', 'Sid'].includes(key),
    ),
  );
  const context = canonicalJson(rest);
  const actions =
    statement['NotAction'] !== undefined
      ? [`all actions except (${leavesOf(statement['NotAction']).join(', ')})`]
      : statement['Action'] !== undefined
        ? leavesOf(statement['Action'])
        : ['*'];
  return actions.map((action) => `${action} | ${context}`);
}

function parseJson(text: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** `AWS: arn:…` for `{ AWS: ['arn:…'] }`; intrinsic functions as the template's short form says them. */
function leavesOf(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => leavesOf(item, prefix));
  if (value !== null && typeof value === 'object')
    return isIntrinsic(value)
      ? [`${prefix}${intrinsicText(value as Record<string, unknown>)}`]
      : Object.entries(value).flatMap(([key, child]) => leavesOf(child, `${prefix}${key}: `));
  return [`${prefix}${String(value)}`];
}

/**
 * An intrinsic function as a reviewer reads it in YAML (CloudFormation User Guide, "Intrinsic function reference"):
 * `!Sub arn:${AWS::Partition}:…`, `!Ref Name`, `!GetAtt Role.Arn`, `!Join ['', [arn:aws:iam::, '999988887777',
 * ':root']]`, its arguments in flow style with nested functions in short form too.
 */
function intrinsicText(value: Record<string, unknown>): string {
  const [[name, argument]] = Object.entries(value) as [[string, unknown]];
  const short = name === 'Ref' ? 'Ref' : name.slice('Fn::'.length);
  if (name === 'Fn::GetAtt' && Array.isArray(argument) && argument.every((part) => typeof part === 'string'))
    return `!GetAtt ${argument.join('.')}`;
  return `!${short} ${typeof argument === 'string' ? argument : flowText(argument)}`;
}

/** A value in YAML flow style: strings plain where YAML would read them back as the same string, else quoted. */
export function flowText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowText).join(', ')}]`;
  if (value !== null && typeof value === 'object')
    return isIntrinsic(value)
      ? intrinsicText(value as Record<string, unknown>)
      : `{${Object.entries(value)
          .map(([key, child]) => `${flowText(key)}: ${flowText(child)}`)
          .join(', ')}}`;
  if (typeof value !== 'string') return String(value);
  // Digits, booleans and the like would read back as other types; flow indicators and ': ' would end the scalar.
  const plain = /^[A-Za-z_$/][\w$/.:@=+*-]*$/.test(value) && !/: |:$|^(true|false|null|yes|no|on|off)$/i.test(value);
  return plain ? value : `'${value.replaceAll("'", "''")}'`;
}
