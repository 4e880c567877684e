import type { ChangeKind } from '../plan/plan.js';
import { countOf } from './phrasing.js';

/** Each kind of change as a reviewer names it, singular and plural: `SCP detachment`, `SCP detachments`. */
const CHANGE_KIND_NOUNS: Record<ChangeKind, [string, string]> = {
  'enable-scp-type': ['SCP policy type enablement', 'SCP policy type enablements'],
  'create-ou': ['OU creation', 'OU creations'],
  'adopt-ou': ['OU adoption', 'OU adoptions'],
  'create-scp': ['SCP creation', 'SCP creations'],
  'adopt-scp': ['SCP adoption', 'SCP adoptions'],
  'update-scp': ['SCP content update', 'SCP content updates'],
  'delete-scp': ['SCP deletion', 'SCP deletions'],
  'create-account': ['account creation', 'account creations'],
  'adopt-account': ['account adoption', 'account adoptions'],
  'move-account': ['account move', 'account moves'],
  'tag-account': ['account tag change', 'account tag changes'],
  'untag-account': ['account tag removal', 'account tag removals'],
  'rename-account': ['account rename', 'account renames'],
  'attach-scp': ['SCP attachment', 'SCP attachments'],
  'detach-scp': ['SCP detachment', 'SCP detachments'],
  'create-stackset': ['StackSet creation', 'StackSet creations'],
  'adopt-stackset': ['StackSet adoption', 'StackSet adoptions'],
  'update-stackset': ['StackSet update', 'StackSet updates'],
  'add-stack-instances': ['stack instance addition', 'stack instance additions'],
  'update-stack-instances': ['stack instance update', 'stack instance updates'],
  'record-parameter-overrides': ['parameter-overrides record', 'parameter-overrides records'],
  'remove-stack-instances': ['stack instance removal', 'stack instance removals'],
  'delete-stackset': ['StackSet deletion', 'StackSet deletions'],
  'close-account': ['account closure', 'account closures'],
};

/** `2 stack instance removals, 1 SCP detachment`: how many changes of each kind, most first, in reviewer terms. */
export function changeKindCounts(kinds: readonly ChangeKind[]): string {
  const counts = new Map<ChangeKind, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([kind, count]) => countOf(count, ...CHANGE_KIND_NOUNS[kind]))
    .join(', ');
}
