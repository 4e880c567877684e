import { compareText } from '../ordering.js';
import type { Change } from '../plan/plan.js';
import { noEchoIn } from '../plan/no-echo-parameters.js';
import { accountIdsInTemplate, twelveDigitRuns } from '../plan/template-account-ids.js';
import { countOf, listNames } from './phrasing.js';

/** Account ids a line names before it counts the rest, and changes it names for an id few of them hold. */
const NAMED_IDS = 8;
const NAMED_CHANGES = 2;

/**
 * The account ids in the parameter values and overrides that flagged changes deploy, the rarest first, each with how
 * many of the changes hold it, and which when few: one line that is never trimmed. A pull request can pad the list
 * with hundreds of changes whose overrides name one account, so that the one naming another is a bare headline
 * among them; this line still names that account, and the change. NoEcho values are left out (`secret`: StackSet →
 * its NoEcho parameters), and said to be: a parameter made NoEcho in the same pull request would hide its new value's
 * account. And, in a second sentence, the account ids new in the templates the changes deploy (accountIdsInTemplate),
 * which a Default or a mapping can carry past every principal line. Undefined when there is nothing to say.
 */
export function accountsInFlaggedValues(
  changes: readonly Change[],
  secret: Readonly<Record<string, readonly string[]>>,
): string | undefined {
  const holders = new Map<string, string[]>();
  let unread = 0;
  for (const change of changes) {
    const after = (change.after ?? {}) as { parameters?: unknown; parameterOverrides?: unknown };
    const hidden = new Set(secret[String(change.scope.stackSet)] ?? []);
    const entries = [after.parameters, after.parameterOverrides].flatMap((side) =>
      typeof side === 'object' && side !== null ? Object.entries(side as Record<string, unknown>) : [],
    );
    unread += entries.filter(([key, value]) => hidden.has(key) && typeof value === 'string').length;
    const values = entries
      .filter(([key, value]) => !hidden.has(key) && typeof value === 'string')
      .map(([, value]) => String(value));
    const ids = new Set(values.flatMap(twelveDigitRuns));
    for (const id of ids) holders.set(id, [...(holders.get(id) ?? []), change.description]);
  }
  const inTemplates = new Map<string, string[]>();
  for (const change of changes) {
    const after = (change.after ?? {}) as { templateBody?: unknown };
    if (typeof after.templateBody !== 'string') continue;
    const before = (change.before ?? {}) as { templateBody?: unknown };
    // NoEcho in either template: a Default the new one shows plainly was a secret until now.
    const secret = typeof before.templateBody === 'string' ? noEchoIn(before.templateBody) : [];
    const known = new Set(
      typeof before.templateBody === 'string'
        ? accountIdsInTemplate(before.templateBody, noEchoIn(after.templateBody))
        : [],
    );
    for (const id of accountIdsInTemplate(after.templateBody, secret))
      if (!known.has(id)) inTemplates.set(id, [...(inTemplates.get(id) ?? []), change.description]);
  }
  const lines = [
    ...(holders.size > 0
      ? [`Account ids in the parameter values these changes deploy, the rarest first: ${rankedIds(holders)}.`]
      : []),
    ...(inTemplates.size > 0
      ? [
          `Account ids new in the templates these changes deploy (a principal, a parameter default, a mapping), the rarest first: ${rankedIds(inTemplates)}.`,
        ]
      : []),
    // A parameter made NoEcho in the same pull request would otherwise take its new account out of this line unsaid.
    ...(unread > 0
      ? [
          `${unread === 1 ? 'One value these changes deploy is' : `${countOf(unread, 'value')} these changes deploy are`} NoEcho, never shown nor searched for account ids: read ${unread === 1 ? 'it' : 'them'} in the repository's files before approving.`,
        ]
      : []),
  ];
  return lines.length > 0 ? lines.join(' ') : undefined;
}

/** `id (its changes)` for each id, the rarest first, the first NAMED_IDS of them and then a count. */
function rankedIds(holders: ReadonlyMap<string, readonly string[]>): string {
  const ranked = [...holders].sort(([a, x], [b, y]) => x.length - y.length || compareText(a, b));
  const named = ranked
    .slice(0, NAMED_IDS)
    .map(([id, descriptions]) =>
      descriptions.length <= NAMED_CHANGES
        ? `${id} (${descriptions.join('; ')})`
        : `${id} (${countOf(descriptions.length, 'change')})`,
    );
  const more = ranked.length - named.length;
  return listNames([...named, ...(more > 0 ? [`${more} more`] : [])], Infinity);
}
