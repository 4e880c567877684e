import type { ChangeAction } from '../plan/plan.js';
import type { ChangeEffect, ResourceChanges } from './change-effects.js';
import { countOf } from './phrasing.js';

/** What a line of the listing is, so a terminal can colour it and markdown can leave it plain. */
export type ListingStyle = 'resource' | ChangeAction | 'detail' | 'added' | 'removed' | 'hunk' | 'context' | 'blank';

export interface ListingLine {
  text: string;
  style: ListingStyle;
}

/** Terraform's markers, so a plan reads the same in the terminal and in the comment's diff block. */
export const ACTION_SYMBOL: Record<ChangeAction, string> = { create: '+', change: '~', destroy: '-' };

/**
 * The plan grouped by resource, Terraform's way: `# resource`, then each change with its marker and flags, its
 * details indented beneath. A terminal shows SCP and template diffs in place; the PR comment shows them in diff
 * blocks of their own (`diffs: 'elsewhere'`), where GitHub colours them, and points to them here.
 */
export function changeListing(groups: readonly ResourceChanges[], diffs: 'inline' | 'elsewhere'): ListingLine[] {
  const lines: ListingLine[] = [];
  for (const group of groups) {
    if (lines.length > 0) lines.push({ text: '', style: 'blank' });
    lines.push({ text: `# ${group.resource}`, style: 'resource' });
    for (const effect of group.effects) lines.push(...effectLines(effect, diffs));
  }
  return lines;
}

/** One change: its marked headline, then details and diff four spaces in. */
export function effectLines(effect: ChangeEffect, diffs: 'inline' | 'elsewhere'): ListingLine[] {
  const { change } = effect;
  const flags = [change.destructive ? '[destructive]' : '', change.highImpact ? '[high impact]' : '']
    .filter(Boolean)
    .join(' ');
  const lines: ListingLine[] = [
    { text: `${ACTION_SYMBOL[change.action]} ${effect.headline}${flags ? `  ${flags}` : ''}`, style: change.action },
    ...effect.details.map((detail) => ({ text: `    ${detail}`, style: 'detail' as const })),
  ];
  if (!effect.diff) return lines;
  const { of, diff } = effect.diff;
  if (diffs === 'elsewhere') {
    lines.push({ text: `    ${of} diff: below the list`, style: 'detail' });
    return lines;
  }
  lines.push({ text: `    ${of} diff:`, style: 'detail' });
  lines.push(...diff.lines.map((line) => ({ text: `    ${line}`, style: diffLineStyle(line) })));
  if (diff.omitted > 0) lines.push({ text: `    … ${countOf(diff.omitted, 'more line')} of diff`, style: 'detail' });
  return lines;
}

export function diffLineStyle(line: string): ListingStyle {
  if (line.startsWith('@@')) return 'hunk';
  if (line.startsWith('+')) return 'added';
  if (line.startsWith('-')) return 'removed';
  return 'context';
}
