import { shownEdit } from '../drift/branch-edits.js';
import type { MainDrift, MainDriftUnavailable } from '../drift/pull-request-drift.js';
import { maskNoEchoDefaults, noEchoIn } from '../plan/no-echo-parameters.js';
import type { Change, Plan } from '../plan/plan.js';

/** What a NoEcho value reads as on stdout: CloudFormation's own mask (DescribeStackSet returns it so). */
const MASK = '****';

/**
 * The plan as `vend plan --format json` prints it: the plan file's fields, with the value of every parameter its
 * template declares NoEcho (noEchoParameters) masked in each change of that StackSet, at any depth of `before` and
 * `after`, and its `Default` in every `templateBody` (maskNoEchoDefaults). Stdout goes to logs; the plan file
 * (`--out`) keeps the values, which apply needs, and is the one to apply, since masking changes what its digest
 * covers. Pure; returns a copy.
 */
export function withoutSecrets(plan: Plan): Plan {
  const masked = structuredClone(plan);
  for (const change of masked.changes) {
    const secret = new Set(masked.noEchoParameters[String(change.scope.stackSet)] ?? []);
    const [beforeBody, afterBody] = [templateBodyOf(change.before), templateBodyOf(change.after)];
    for (const body of [beforeBody, afterBody]) for (const name of noEchoIn(body ?? '')) secret.add(name);
    if (secret.size === 0) continue;
    change.before = maskIn(change.before, secret) as typeof change.before;
    change.after = maskIn(change.after, secret) as typeof change.after;
    // The template text carries NoEcho defaults too, the deployed one as read from AWS included; masked as the comment
    // masks them, so a changed default still reads as changed.
    if (beforeBody !== undefined) withTemplateBody(change.before, maskNoEchoDefaults(beforeBody, [...secret]));
    if (afterBody !== undefined) withTemplateBody(change.after, maskNoEchoDefaults(afterBody, [...secret], beforeBody));
  }
  return masked;
}

function templateBodyOf(side: unknown): string | undefined {
  const body = (side as { templateBody?: unknown } | null)?.templateBody;
  return typeof body === 'string' ? body : undefined;
}

function withTemplateBody(side: unknown, body: string): void {
  (side as { templateBody: string }).templateBody = body;
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

/**
 * The drift section of `vend plan --base --format json`, the `mainDrift` key beside the plan's fields: which of the
 * plan's changes only correct drift on main, which also do, and which of main's changes the branch accepts with the
 * findings vend drift gives them, by id and description. Changes are named, never copied: their values are the
 * plan's, masked there. A template edit's NoEcho defaults are masked as the comment masks them. Pure.
 */
export function mainDriftJson(mainDrift: MainDrift | MainDriftUnavailable): Record<string, unknown> {
  if ('unavailable' in mainDrift) return { ...mainDrift };
  const named = (changes: readonly Change[]) => changes.map(({ id, description }) => ({ id, description }));
  return {
    ...(mainDrift.behind ? { behind: mainDrift.behind } : {}),
    corrections: named(mainDrift.corrections),
    correctionSummary: mainDrift.correctionSummary,
    alsoCorrecting: named(mainDrift.alsoCorrecting),
    accepted: mainDrift.accepted.map(({ id, description }) => ({
      id,
      description,
      findings: mainDrift.acceptedFindings?.[id] ?? [],
      ...(mainDrift.acceptedLeaves?.[id] ? { leaves: mainDrift.acceptedLeaves[id] } : {}),
    })),
    ...(mainDrift.branchEdits ? { branchEdits: mainDrift.branchEdits.map(shownEdit) } : {}),
    ...(mainDrift.silenced ? { silenced: mainDrift.silenced } : {}),
    ...(mainDrift.undoesIgnored ? { undoesIgnored: mainDrift.undoesIgnored } : {}),
    ...(mainDrift.renamedByHand ? { renamedByHand: mainDrift.renamedByHand } : {}),
    ...(mainDrift.problemsOnMain ? { problemsOnMain: mainDrift.problemsOnMain } : {}),
  };
}
