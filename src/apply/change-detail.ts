import { listNames } from '../name-lists.js';
import type { BlastRadius, Change } from '../plan/plan.js';
import { CHANGE_KINDS } from '../plan/plan.js';
import { PARAMETER_OVERRIDES_TAG } from '../config/desired-state.js';

/**
 * What a change did to one account, in values, for the report by account: `CostCenter: "0000" → "4711"` for tags,
 * `Workloads/NonProd → Sandbox; gains SCP deny-x` for a move (the SCPs it gains and loses, from the plan's
 * `radius` of the change: those take effect with the move itself, unless the attachment or detachment that makes
 * them on the new path did not), `'old' → 'new'` for a rename. Undefined for
 * kinds whose description says it all. Values are repository or AWS text: renderers escape them.
 */
export function changeDetail(
  change: Change,
  radius?: BlastRadius,
  /** SCPs whose planned attachment to an OU or the root has not taken effect: a move does not gain them yet. */
  notAttached: ReadonlySet<string> = new Set(),
  /**
   * Planned detachments from an OU or the root that have not taken effect, as `scp@target` (`deny-x@ou:Workloads`):
   * a move into that OU does not lose the SCP yet.
   */
  notDetached: ReadonlySet<string> = new Set(),
): string | undefined {
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
    case CHANGE_KINDS.moveAccount: {
      const move = radius?.kind === 'move' ? radius : undefined;
      // The new path: the root and each OU down to the account's new one.
      const parts = String(after['ou'] ?? '')
        .split('/')
        .filter(Boolean);
      const path = ['root', ...parts.map((_, depth) => `ou:${parts.slice(0, depth + 1).join('/')}`)];
      const stillOnPath = (scp: string) => path.some((target) => notDetached.has(`${scp}@${target}`));
      const named = (verb: string, noun: string, names: readonly string[] = []) =>
        names.length > 0 ? [`${verb} ${noun}${names.length === 1 ? '' : 's'} ${listNames(names, Infinity)}`] : [];
      return [
        `${String(before['ou'])} → ${String(after['ou'])}`,
        ...named(
          'gains',
          'SCP',
          move?.gains.scps.filter((scp) => !notAttached.has(scp)),
        ),
        ...named(
          'is not yet under',
          'SCP',
          move?.gains.scps.filter((scp) => notAttached.has(scp)),
        ).map((line) => `${line}, whose attachment did not take effect`),
        ...named(
          'loses',
          'SCP',
          move?.loses.scps.filter((scp) => !stillOnPath(scp)),
        ),
        ...named('is still under', 'SCP', move?.loses.scps.filter(stillOnPath)).map(
          (line) => `${line}, whose detachment did not take effect`,
        ),
        // Not its baselines: stack-instance changes of their own deploy and remove them, and may fail or be refused
        // while the move succeeds, so the account's line says what became of each.
      ].join('; ');
    }
    case CHANGE_KINDS.renameAccount:
      return `'${String(before['name'])}' → '${String(after['name'])}'`;
    case CHANGE_KINDS.recordParameterOverrides: {
      // What the record named before and after: narrowed to nothing, the tag is removed.
      const listed = (side: Record<string, unknown>) =>
        Array.isArray(side['baselines']) && side['baselines'].length > 0
          ? JSON.stringify(side['baselines'].join(' '))
          : undefined;
      const [was, is] = [listed(before), listed(after)];
      return `${PARAMETER_OVERRIDES_TAG}: ${was ?? '(not set)'} → ${is ?? '(removed)'}`;
    }
    default:
      return undefined;
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
