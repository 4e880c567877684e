import type { Change } from '../plan/plan.js';
import { CHANGE_KINDS } from '../plan/plan.js';

/**
 * What a change did to one account, in values, for the report by account: `CostCenter: "0000" → "4711"` for tags,
 * `Workloads/NonProd → Sandbox` for a move, `'old' → 'new'` for a rename. Undefined for kinds whose description
 * says it all. Values are repository or AWS text: renderers escape them.
 */
export function changeDetail(change: Change): string | undefined {
  const before = asRecord(change.before);
  const after = asRecord(change.after);
  switch (change.kind) {
    case CHANGE_KINDS.tagAccount:
      return Object.entries(after)
        .map(
          ([key, value]) =>
            `${key}: ${key in before ? JSON.stringify(before[key]) : '(not set)'} → ${JSON.stringify(value)}`,
        )
        .join(', ');
    case CHANGE_KINDS.untagAccount:
      return Object.entries(before)
        .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
        .join(', ');
    case CHANGE_KINDS.moveAccount:
      return `${String(before['ou'])} → ${String(after['ou'])}`;
    case CHANGE_KINDS.renameAccount:
      return `'${String(before['name'])}' → '${String(after['name'])}'`;
    default:
      return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
