import { canonicalJson, sha256Digest } from './canonical-json.js';
import type { Change } from './plan.js';

/**
 * What a reviewer's approval of a destructive change refers to: its id and a digest of exactly what it does.
 * An id alone does not fix the scope (`remove-stack-instances:stackset:x` could remove one instance at review
 * time and forty at apply time), so an approval holds only while the change is the same as the one reviewed.
 */
export function reviewedChangeKey(change: Pick<Change, 'id' | 'before' | 'after'>): string {
  const scope = sha256Digest(canonicalJson({ before: change.before, after: change.after })).slice('sha256:'.length);
  return `${change.id}@${scope.slice(0, 16)}`;
}

/** The id part of a key, to tell "reviewed, but its scope changed" from "never reviewed". */
export function changeIdOfKey(key: string): string {
  const at = key.lastIndexOf('@');
  return at < 0 ? key : key.slice(0, at);
}
