import type { Plan } from '../plan/plan.js';

/** What a NoEcho value reads as on stdout: CloudFormation's own mask (DescribeStackSet returns it so). */
const MASK = '****';

/**
 * The plan as `vend plan --format json` prints it: the plan file's fields, with the value of every parameter its
 * template declares NoEcho (noEchoParameters) masked in each change of that StackSet, at any depth of `before` and
 * `after`. Stdout goes to logs; the plan file (`--out`) keeps the values, which apply needs, and is the one to apply,
 * since masking changes what its digest covers. Pure; returns a copy.
 */
export function withoutSecrets(plan: Plan): Plan {
  const masked = structuredClone(plan);
  for (const change of masked.changes) {
    const secret = new Set(masked.noEchoParameters[String(change.scope.stackSet)] ?? []);
    if (secret.size === 0) continue;
    change.before = maskIn(change.before, secret) as typeof change.before;
    change.after = maskIn(change.after, secret) as typeof change.after;
  }
  return masked;
}

function maskIn(value: unknown, secret: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => maskIn(item, secret));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, child]) => [
      key,
      secret.has(key) && (typeof child === 'string' || typeof child === 'number') ? MASK : maskIn(child, secret),
    ]),
  );
}
