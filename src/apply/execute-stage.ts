import type { Change } from '../plan/plan.js';
import { toChangeError } from './change-error.js';
import type { ChangeError } from './change-error.js';

export type ChangeOutcome =
  | { status: 'applied' }
  | { status: 'failed'; error: ChangeError }
  | { status: 'blocked'; by: string }
  /** Not started because an earlier change found the AWS endpoint unreachable. */
  | { status: 'not-attempted' };

export interface StageSchedule {
  /** Changes in flight at once. */
  concurrency: number;
  /**
   * Changes that must finish first, succeeded or not, on top of the plan's dependencies (which must succeed):
   * two operations on one StackSet, for instance, cannot overlap.
   */
  waitsFor?: (change: Change) => string[];
}

/**
 * Runs one stage's changes as a dependency graph: each change starts once the changes it depends on have
 * succeeded, up to `concurrency` at a time. A change whose dependency failed is not attempted ("blocked"). Once a
 * change finds the AWS endpoint unreachable, no further change starts ("not-attempted"): each would only fail the
 * same way. Outcomes are returned in completion order.
 */
export async function executeStage(
  changes: readonly Change[],
  run: (change: Change) => Promise<void>,
  schedule: StageSchedule,
): Promise<Map<string, ChangeOutcome>> {
  const byId = new Map(changes.map((change) => [change.id, change]));
  const outcomes = new Map<string, ChangeOutcome>();
  const finished = new Map<string, Promise<void>>();
  const limit = createLimiter(schedule.concurrency);
  let unreachable = false;

  const settle = (change: Change): Promise<void> => {
    const existing = finished.get(change.id);
    if (existing) return existing;
    const promise = (async () => {
      const dependencies = change.dependsOn.filter((id) => byId.has(id));
      const waits = (schedule.waitsFor?.(change) ?? []).filter((id) => byId.has(id) && id !== change.id);
      await Promise.all([...dependencies, ...waits].map((id) => settle(byId.get(id)!)));
      const failedDependency = dependencies.find((id) => outcomes.get(id)?.status !== 'applied');
      if (failedDependency !== undefined) {
        outcomes.set(change.id, { status: 'blocked', by: failedDependency });
        return;
      }
      await limit(async () => {
        if (unreachable) return void outcomes.set(change.id, { status: 'not-attempted' });
        try {
          await run(change);
          outcomes.set(change.id, { status: 'applied' });
        } catch (error) {
          const changeError = toChangeError(error, change.description);
          unreachable ||= changeError.unreachable;
          outcomes.set(change.id, { status: 'failed', error: changeError });
        }
      });
    })();
    finished.set(change.id, promise);
    return promise;
  };

  await Promise.all(changes.map(settle));
  return outcomes;
}

function createLimiter(concurrency: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    // A finishing task hands its slot straight to the next in line, so a newcomer cannot slip in between.
    if (active >= concurrency) await new Promise<void>((resolve) => queue.push(resolve));
    else active++;
    try {
      return await task();
    } finally {
      const next = queue.shift();
      if (next) next();
      else active--;
    }
  };
}
