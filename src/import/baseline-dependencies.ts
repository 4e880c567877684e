import { parseDocument } from 'yaml';
import { parameterDefaults, resolveString, resourcesOf, templateToJson } from '../config/cloudformation-template.js';
import { compareText } from '../ordering.js';
import { listNames } from '../report/phrasing.js';
import type { ImportedBaseline } from './baseline-placement.js';
import type { ImportFinding } from './imported-repository.js';

/**
 * Pseudo parameters stand for themselves, the same on both sides of a comparison: one baseline's reference and
 * another's resource resolve alike whatever account and region they deploy to, and read as the templates write them.
 */
const PSEUDO_PARAMETERS: Record<string, string> = Object.fromEntries(
  ['AWS::AccountId', 'AWS::Partition', 'AWS::Region', 'AWS::URLSuffix'].map((name) => [name, `\${${name}}`]),
);

/** Something a template creates that another can name: an IAM policy or role by ARN, or an export by name. */
interface Provided {
  baseline: string;
  logicalId: string;
  /** `arn:${AWS::Partition}:iam::${AWS::AccountId}:policy/<path><name>` (or `:role/…`), or `export <name>`. */
  reference: string;
}

/** Where a template names something: a resource property, resolved as far as parameters allow. */
interface Reference {
  logicalId: string;
  property: string;
  /** The ARN or `export <name>` it resolves to; undefined when it is built at deploy time (GetAtt, Join …). */
  reference?: string;
}

/**
 * Each baseline's `dependsOn`, inferred from what its template names of another's: an IAM managed policy or role by
 * ARN (a role's PermissionsBoundary, ManagedPolicyArns, a policy's Resource) or an export (Fn::ImportValue),
 * resolved with the StackSet's parameters, else the template's defaults. CloudFormation fails CreateRole with a
 * boundary that does not exist yet, so a new account must get the baseline that creates it first
 * (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-iam-role.html#cfn-iam-role-permissionsboundary).
 * A dependency is written only where validate accepts it: every account in `accountBaselines` (each account's
 * `name (id)` and the baselines it gets, written now or later) that has the baseline has its dependency too (rule
 * baseline-reference), and it closes no cycle. Each written dependency is an `inferred` finding; one left out (naming
 * the accounts that keep it out), and a permissions boundary that no baseline creates, is a `note` that says what to
 * add, if anything. Pure.
 */
export function baselineDependencies(
  baselines: readonly ImportedBaseline[],
  accountBaselines: readonly { account: string; baselines: ReadonlySet<string> }[],
): { dependsOn: Map<string, string[]>; findings: ImportFinding[] } {
  const sorted = [...baselines].sort((a, b) => compareText(a.name, b.name));
  const templates = new Map(sorted.map(({ name, stackSet }) => [name, readTemplate(stackSet)]));
  const provided = sorted.flatMap(({ name }) => providedBy(name, templates.get(name)!));
  const dependsOn = new Map<string, string[]>();
  const findings: ImportFinding[] = [];
  for (const { name } of sorted) {
    const references = referencesIn(templates.get(name)!);
    // Dependency → what names what it creates: `${reference} ${creator's logical id}` → the resources that name it.
    const reasons = new Map<string, Map<string, Set<string>>>();
    const unmatchedBoundaries: string[] = [];
    for (const reference of references) {
      const creators = provided.filter(
        (candidate) => reference.reference !== undefined && samePlace(candidate.reference, reference.reference),
      );
      // Each baseline that creates it is a dependency to weigh (accounts may get it from one or another), unless this
      // one creates it too.
      const others = creators.some((creator) => creator.baseline === name) ? [] : creators;
      for (const creator of others) {
        const named = reasons.get(creator.baseline) ?? new Map<string, Set<string>>();
        const key = `${reference.reference}, which ${creator.baseline}'s ${creator.logicalId} creates`;
        named.set(key, (named.get(key) ?? new Set()).add(reference.logicalId));
        reasons.set(creator.baseline, named);
      }
      if (
        creators.length === 0 &&
        reference.property === 'PermissionsBoundary' &&
        // An AWS managed policy (arn:aws:iam::aws:policy/…) exists in every account: nothing needs to create it.
        !/^arn:[^:]+:iam::aws:policy\//.test(reference.reference ?? '')
      )
        unmatchedBoundaries.push(
          `${reference.logicalId}'s ${reference.reference ?? 'one, which CloudFormation computes at deploy time'}`,
        );
    }
    if (unmatchedBoundaries.length > 0)
      findings.push({
        kind: 'note',
        subject: `baseline ${name}`,
        message: `No imported baseline can be seen to create the permissions ${unmatchedBoundaries.length === 1 ? 'boundary' : 'boundaries'} it names (${unmatchedBoundaries.join('; ')}), so it has no dependsOn for ${unmatchedBoundaries.length === 1 ? 'it' : 'them'}. In a new account CreateRole fails unless the policy exists before ${name} deploys: if a baseline creates it, add that baseline to ${name}'s dependsOn.`,
      });
    for (const [dependency, named] of [...reasons].sort(([a], [b]) => compareText(a, b))) {
      const why = [...named].map(
        ([reference, users]) => `${listNames([...users])} ${users.size === 1 ? 'names' : 'name'} ${reference}`,
      );
      const without = accountBaselines
        .filter(({ baselines: held }) => held.has(name) && !held.has(dependency))
        .map(({ account }) => account);
      const blocked = without.length > 0 ? undefined : cycleThrough(dependsOn, dependency, name);
      if (without.length === 0 && !blocked) {
        dependsOn.set(name, [...(dependsOn.get(name) ?? []), dependency]);
        findings.push({
          kind: 'inferred',
          subject: `baseline ${name}`,
          message: `dependsOn: [${dependency}], so a new account gets ${dependency} first: ${why.join('; ')}.`,
        });
        continue;
      }
      findings.push({
        kind: 'note',
        subject: `baseline ${name}`,
        message: `It needs ${dependency} deployed first (${why.join('; ')}), but has no dependsOn for it: ${
          blocked
            ? `${dependency} already depends on ${name} (${blocked.join(' → ')}), and validate refuses a cycle`
            : `${listNames(without)} ${without.length === 1 ? 'has' : 'have'} ${name} without ${dependency}, which validate refuses with dependsOn (baseline-reference)`
        }. A new account that gets ${name} before ${dependency} may fail to deploy it.`,
      });
    }
  }
  if (sorted.length > 1)
    findings.push({
      kind: 'note',
      subject: 'baselines',
      message: `No StackSet records which must be deployed before another, so dependsOn is inferred only where a template names an IAM policy, role or export another creates${dependsOn.size > 0 ? ` (${listNames([...dependsOn.keys()])})` : findings.some((finding) => finding.message.startsWith('It needs ')) ? ' (none could be written: see the notes above)' : ' (none does)'}; the rest deploy to a new account in name order. Add dependsOn where one needs another first in a way its template does not name.`,
    });
  return { dependsOn, findings };
}

/**
 * Whether two references name the same thing once the partition is set aside: a template may write the partition
 * literally (`arn:aws:iam::…`) or as `${AWS::Partition}`, and a StackSet deploys within one partition, so both name
 * the same policy in each account.
 */
function samePlace(a: string, b: string): boolean {
  const anyPartition = (reference: string) => reference.replace(/^arn:(\$\{AWS::Partition\}|[^:$]*):/, 'arn:*:');
  return anyPartition(a) === anyPartition(b);
}

interface ReadTemplate {
  template: unknown;
  values: Record<string, string>;
}

function readTemplate(stackSet: ImportedBaseline['stackSet']): ReadTemplate {
  const template = templateToJson(parseDocument(stackSet.templateBody));
  return { template, values: { ...parameterDefaults(template), ...stackSet.parameters, ...PSEUDO_PARAMETERS } };
}

/** The managed policies and roles with a name, by ARN, and the exports a template creates. */
function providedBy(baseline: string, { template, values }: ReadTemplate): Provided[] {
  const iam = resourcesOf(template).flatMap((resource) => {
    const kind =
      resource.type === 'AWS::IAM::ManagedPolicy' ? 'policy' : resource.type === 'AWS::IAM::Role' ? 'role' : undefined;
    const name = resolveString(resource.properties[kind === 'policy' ? 'ManagedPolicyName' : 'RoleName'], values);
    const path = resolveString(resource.properties.Path ?? '/', values);
    if (!kind || name === undefined || path === undefined) return [];
    return [{ baseline, logicalId: resource.logicalId, reference: `${iamArn(kind)}${path}${name}` }];
  });
  const outputs = (template as { Outputs?: Record<string, { Export?: { Name?: unknown } }> } | null)?.Outputs ?? {};
  const exports = Object.entries(outputs).flatMap(([logicalId, output]) => {
    const name = resolveString(output?.Export?.Name, values);
    return name === undefined ? [] : [{ baseline, logicalId, reference: `export ${name}` }];
  });
  return [...iam, ...exports];
}

function iamArn(kind: 'policy' | 'role'): string {
  return `arn:${PSEUDO_PARAMETERS['AWS::Partition']}:iam::${PSEUDO_PARAMETERS['AWS::AccountId']}:${kind}`;
}

/**
 * Every value in a template's resources that resolves to a string, by resource and top-level property, with each
 * Fn::ImportValue as `export <name>`; and each role's PermissionsBoundary, resolved or not.
 */
function referencesIn({ template, values }: ReadTemplate): Reference[] {
  return resourcesOf(template).flatMap((resource) => {
    const found: Reference[] = [];
    for (const [property, value] of Object.entries(resource.properties)) {
      const before = found.length;
      collect(value, values, (reference) => found.push({ logicalId: resource.logicalId, property, reference }));
      if (resource.type === 'AWS::IAM::Role' && property === 'PermissionsBoundary' && found.length === before)
        found.push({ logicalId: resource.logicalId, property });
    }
    return found;
  });
}

function collect(value: unknown, values: Record<string, string>, found: (reference: string) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, values, found);
    return;
  }
  if (typeof value === 'object' && value !== null && 'Fn::ImportValue' in value) {
    const name = resolveString((value as { 'Fn::ImportValue': unknown })['Fn::ImportValue'], values);
    if (name !== undefined) found(`export ${name}`);
    return;
  }
  const resolved = resolveString(value, values);
  if (resolved !== undefined) found(resolved);
  // A Join that does not resolve is one value built at deploy time: its text pieces ('arn:', ':iam::') name
  // nothing, though a function among them (an ImportValue) may. Any other value is searched whole (an Fn::If's
  // branches, a Sub's variables).
  else if (typeof value === 'object' && value !== null && 'Fn::Join' in value) {
    const [, pieces] = (value as { 'Fn::Join': unknown[] })['Fn::Join'] ?? [];
    if (Array.isArray(pieces)) for (const piece of pieces) if (typeof piece === 'object') collect(piece, values, found);
  } else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) collect(item, values, found);
}

/** The path by which `from` already reaches `to` through `dependsOn`, when adding `to → from` would close a cycle. */
function cycleThrough(dependsOn: ReadonlyMap<string, string[]>, from: string, to: string): string[] | undefined {
  if (from === to) return [from];
  for (const next of dependsOn.get(from) ?? []) {
    const path = cycleThrough(dependsOn, next, to);
    if (path) return [from, ...path];
  }
  return undefined;
}
