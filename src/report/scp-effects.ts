import { CHANGE_KINDS } from '../plan/plan.js';
import { describeTarget } from '../plan/plan-draft.js';
import type { BlastRadius, ChangeKind } from '../plan/plan.js';
import type { ChangeEffect } from './change-effects.js';
import { scpReachLines, valueAssignments, valueChanges } from './effect-details.js';
import { prettyPolicy, unifiedDiff } from './unified-diff.js';

type ScpEffect = Pick<ChangeEffect, 'details' | 'diff'>;

/**
 * An SCP attached or detached: whom it reaches, and for a swap in two steps (the SCP attached in place of one
 * detached there) its content set against that one's, whole.
 */
export function scpAttachmentEffect(
  kind: ChangeKind,
  after: Record<string, unknown>,
  radius: BlastRadius | undefined,
): ScpEffect {
  const details =
    radius?.kind === 'scp' ? scpReachLines(radius, kind === CHANGE_KINDS.attachScp ? 'attach' : 'detach') : [];
  const replaces = after.replaces as { name?: unknown; content?: unknown } | undefined;
  if (typeof replaces?.name !== 'string' || typeof replaces.content !== 'string') return { details };
  return {
    details: [
      ...details,
      `in place of SCP ${replaces.name}: the content below is set against that SCP's, whose lines are the - ones`,
    ],
    diff: {
      of: 'SCP content',
      diff: unifiedDiff(prettyPolicy(replaces.content), prettyPolicy(String(after.content ?? '')), Infinity),
    },
  };
}

/**
 * A new SCP's whole content, as a new StackSet's template: renaming an SCP must not hide what it now says. In place
 * of one SCP, the whole content is shown against it, so what the swap drops shows too.
 */
export function scpCreationEffect(after: Record<string, unknown>): ScpEffect {
  const replaces = Array.isArray(after.replaces)
    ? (after.replaces as { name: string; content: string; targets: string[] }[])
    : [];
  const [only] = replaces.length === 1 ? replaces : [];
  return {
    details: [
      ...valueAssignments({ description: String(after.description ?? '') }),
      ...replaces.map(
        (replaced) =>
          `in place of SCP ${replaced.name} on ${replaced.targets.map(describeTarget).join(', ')}${replaced === only ? `: the content below is set against that SCP's, whose lines are the - ones` : ''}`,
      ),
    ],
    diff: {
      of: 'SCP content',
      diff: unifiedDiff(only ? prettyPolicy(only.content) : '', prettyPolicy(String(after.content ?? '')), Infinity),
    },
  };
}

/** An SCP's description or content rewritten: with new content, every target it reaches and the whole diff. */
export function scpUpdateEffect(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  radius: BlastRadius | undefined,
): ScpEffect {
  const contentChanged = before.content !== after.content;
  const details = [
    ...(contentChanged && radius?.kind === 'scp' ? scpReachLines(radius, 'content') : []),
    ...valueChanges(
      { description: String(before.description ?? '') },
      { description: String(after.description ?? '') },
    ),
  ];
  if (!contentChanged) return { details };
  return {
    details,
    diff: {
      of: 'SCP content',
      // Whole: an SCP is at most 10,240 characters (quota scpSize), and a line means nothing without its statement.
      diff: unifiedDiff(
        prettyPolicy(String(before.content ?? '')),
        prettyPolicy(String(after.content ?? '')),
        Infinity,
      ),
    },
  };
}
