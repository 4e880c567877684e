import { canonicalJson } from './canonical-json.js';
import { policyStatements } from './organization-snapshot.js';

/**
 * Whether new SCP content may let through something the old content stopped: a Deny statement of the old content is
 * gone or changed, or a new Allow statement appears. Not loosening: adding Deny statements; changing whitespace,
 * order or Sids; and a Deny edited only in ways that make it apply at least as widely, each list compared by
 * inclusion: more actions in its Action or fewer in its NotAction, more resources in its Resource or fewer in its
 * NotResource, more values under a matching condition operator (StringEquals, ArnLike…) or fewer under a negated
 * one (StringNotEquals, ArnNotLike, NotIpAddress…), with the same operators and keys. Any other change to a Deny is
 * compared whole, since telling narrower from wider in general is IAM evaluation (IAM User Guide, "Policy
 * evaluation logic" and "IAM JSON policy elements: Condition operators"). Content that does not read as a policy
 * counts as loosening. Pure.
 */
export function loosens(before: string, after: string): boolean {
  const old = policyStatements(before);
  const next = policyStatements(after);
  if (!old || !next) return true;
  const oldTexts = new Set(old.map(statementText));
  const nextDenies = next.filter((statement) => statement.Effect === 'Deny');
  return (
    old.some(
      (statement) => statement.Effect === 'Deny' && !nextDenies.some((kept) => deniesAtLeast(kept, statement)),
    ) || next.some((statement) => statement.Effect !== 'Deny' && !oldTexts.has(statementText(statement)))
  );
}

/** A statement as compared: a Sid names a statement and changes nothing it does. */
function statementText({ Sid: _sid, ...statement }: Record<string, unknown>): string {
  return canonicalJson(statement);
}

/** Whether Deny statement `next` denies all that `old` did: the same statement, or one that applies at least as widely. */
function deniesAtLeast(next: Record<string, unknown>, old: Record<string, unknown>): boolean {
  if (statementText(next) === statementText(old)) return true;
  const rest = ({
    Action: _action,
    NotAction: _notAction,
    Resource: _resource,
    NotResource: _notResource,
    Condition: _condition,
    ...statement
  }: Record<string, unknown>) => statementText(statement);
  if (rest(next) !== rest(old)) return false;
  // IAM matches action names case-insensitively; resources and condition values as written.
  return (
    widens(old, next, 'Action', 'NotAction', (action) => action.toLowerCase()) &&
    widens(old, next, 'Resource', 'NotResource', (resource) => resource) &&
    conditionsWiden(old.Condition, next.Condition)
  );
}

/** The element in both, unchanged or listing more; or its negation in both, listing fewer. */
function widens(
  old: Record<string, unknown>,
  next: Record<string, unknown>,
  element: string,
  negation: string,
  normalize: (value: string) => string,
): boolean {
  if (element in old && element in next)
    return matchedBy(valuesOf(old[element], normalize), valuesOf(next[element], normalize));
  if (negation in old && negation in next)
    return matchedBy(valuesOf(next[negation], normalize), valuesOf(old[negation], normalize));
  return !(element in old) && !(element in next) && !(negation in old) && !(negation in next);
}

/**
 * The new conditions are among the old, each as wide or wider: a Deny's conditions must all hold, so one taken away
 * lets it apply in more requests. Under a negated operator the new values are among the old (fewer exceptions),
 * under a matching one the old among the new; numeric, date, Bool and Null conditions must stay as they were.
 */
function conditionsWiden(old: unknown, next: unknown): boolean {
  if (canonicalJson(old ?? null) === canonicalJson(next ?? null) || next === undefined) return true;
  if (!isRecord(old) || !isRecord(next)) return false;
  return Object.keys(next).every((operator) => {
    const before = old[operator];
    const after = next[operator];
    if (!isRecord(before) || !isRecord(after)) return false;
    const keys = Object.keys(after);
    if (!keys.every((key) => Object.hasOwn(before, key))) return false;
    const base = operator.replace(/^For(All|Any)Values:/, '').replace(/IfExists$/, '');
    const negated = NEGATED_OPERATORS.has(base);
    if (!negated && !MATCHING_OPERATORS.has(base))
      return keys.every((key) => canonicalJson(before[key]) === canonicalJson(after[key]));
    return keys.every((key) => {
      const was = valuesOf(before[key], (value) => value);
      const is = valuesOf(after[key], (value) => value);
      return negated ? within(is, was) : within(was, is);
    });
  });
}

// IAM User Guide, "IAM JSON policy elements: Condition operators": a value list matches when any value does.
const MATCHING_OPERATORS = new Set([
  'StringEquals',
  'StringEqualsIgnoreCase',
  'StringLike',
  'ArnEquals',
  'ArnLike',
  'IpAddress',
]);
const NEGATED_OPERATORS = new Set([
  'StringNotEquals',
  'StringNotEqualsIgnoreCase',
  'StringNotLike',
  'ArnNotEquals',
  'ArnNotLike',
  'NotIpAddress',
]);

function valuesOf(value: unknown, normalize: (value: string) => string): Set<string> {
  return new Set((Array.isArray(value) ? value : [value]).map((item) => normalize(String(item))));
}

function within(small: Set<string>, large: Set<string>): boolean {
  return [...small].every((value) => large.has(value));
}

/**
 * Whether every entry of `small` is matched by an entry of `large`, as IAM matches actions and resources: `*` any
 * run of characters within a colon-separated segment, and beyond its colons only as the segment's last character;
 * `?` one character (IAM User Guide, "IAM JSON policy elements: Resource", Using wildcards in resource ARNs). An
 * entry's own wildcards are read as the text they are, so `globalaccelerator:*` covers `globalaccelerator:Create*`,
 * and a `?` never stands for a `*`, which may be many characters.
 */
function matchedBy(small: Set<string>, large: Set<string>): boolean {
  const patterns = [...large].map(globPattern);
  return [...small].every((value) => large.has(value) || patterns.some((pattern) => pattern.test(value)));
}

function globPattern(glob: string): RegExp {
  const characters = [...glob];
  const body = characters
    .map((character, index) => {
      if (character === '*') return index + 1 === characters.length || characters[index + 1] === ':' ? '.*' : '[^:]*';
      return character === '?' ? '[^:*]' : character.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return new RegExp(`^${body}$`, 's');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
