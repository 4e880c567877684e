import { CHANGE_KINDS } from '../plan/plan.js';
import type { MoveBlastRadius, Plan, PlannedAccount } from '../plan/plan.js';
import { escapeMarkdown } from './markdown-escape.js';

const STATUS_LABEL: Record<PlannedAccount['status'], string> = {
  new: '🆕 new',
  adopted: '🤝 adopted',
  moved: '↪️ moved',
  updated: '✏️ updated',
  closing: '🛑 closing',
  management: '🏛️ management account',
  reached: '↘️ SCPs change through its OU or the root',
};

/**
 * The order rows are written in, most consequential first, so that a table cut to fit keeps the accounts a reviewer
 * must see: closing, moved, new and adopted ones before those only updated or reached; by name within each.
 */
const STATUS_ORDER: readonly PlannedAccount['status'][] = [
  'closing',
  'moved',
  'new',
  'adopted',
  'updated',
  'management',
  'reached',
];

/**
 * Every account the plan touches, as it ends up, with the plan's notes on it (what vend does not do to the
 * management account, say). A moved account also shows where it comes from; every existing account shows the SCPs,
 * baselines and regions it gains (**+name**) and loses (~~name~~), since the end state alone hides both. Rows go
 * in STATUS_ORDER; only the first `shown` are written, the others counted below the table.
 */
export function accountTable(plan: Plan, shown = plan.accounts.length): string {
  const moves = new Map<string, { from: string; radius: MoveBlastRadius | undefined }>();
  for (const change of plan.changes) {
    if (change.kind !== CHANGE_KINDS.moveAccount) continue;
    const radius = plan.blastRadius.find((entry) => entry.changeId === change.id);
    moves.set(change.target.slice('account:'.length), {
      from: String((change.before as { ou?: unknown } | null)?.ou ?? ''),
      radius: radius?.kind === 'move' ? radius : undefined,
    });
  }
  const ordered = [...plan.accounts].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  const rows = ordered.map((account) => {
    const move = moves.get(account.name);
    const { gains, loses } = account.gainsAndLosses ?? {
      gains: { scps: move?.radius?.gains.scps ?? [], instances: [] },
      loses: { scps: move?.radius?.loses.scps ?? [], instances: [] },
    };
    // Other teams' SCPs act on the account as much as vend's, and one on a new OU is gained, though no manifest
    // declares it: listed, and said to be theirs.
    const foreign = new Set([
      ...(account.foreignScpsInForce ?? []),
      ...gains.scps.filter((name) => !account.scpsInForce.includes(name)),
    ]);
    const scps = marked([...account.scpsInForce, ...foreign], gains.scps, loses.scps, (name) =>
      foreign.has(name) ? " (not vend's)" : '',
    );
    const baselineOf = (instance: string) => instance.slice(0, instance.lastIndexOf('/'));
    const regionOf = (instance: string) => instance.slice(instance.lastIndexOf('/') + 1);
    const kept = new Set(account.baselines.map((baseline) => baseline.name));
    // A baseline is gained or lost whole when all its instances are; otherwise its regions are marked one by one.
    const lostWhole = [...new Set(loses.instances.map(baselineOf))].filter((name) => !kept.has(name));
    const baselines = marked(
      account.baselines.map((baseline) => baseline.name),
      [
        ...(move?.radius?.gains.baselines ?? []),
        ...account.baselines
          .filter(({ name, regions }) => regions.every((region) => gains.instances.includes(`${name}/${region}`)))
          .map(({ name }) => name),
      ],
      account.gainsAndLosses ? lostWhole : (move?.radius?.loses.baselines ?? []),
      (name) => {
        const regions = account.baselines.find((baseline) => baseline.name === name)?.regions ?? [];
        const whole = regions.every((region) => gains.instances.includes(`${name}/${region}`));
        const shown = regions.map((region) =>
          !whole && gains.instances.includes(`${name}/${region}`)
            ? `**+${escapeMarkdown(region)}**`
            : escapeMarkdown(region),
        );
        const gone = loses.instances.filter((instance) => baselineOf(instance) === name).map(regionOf);
        const all = [...shown, ...gone.map((region) => `~~${escapeMarkdown(region)}~~`)];
        return all.length > 0 ? ` × ${all.join(', ')}` : '';
      },
    );
    const ou = escapeMarkdown(account.ou || '(root)');
    return [
      [
        `**${escapeMarkdown(account.name)}**<br>${escapeMarkdown(account.email)}`,
        ...account.notes.map((note) => `<br><sub>${escapeMarkdown(note)}</sub>`),
      ].join(''),
      STATUS_LABEL[account.status],
      move ? `${escapeMarkdown(move.from)} → **${ou}**` : ou,
      scps.join(', '),
      baselines.join('<br>') || '—',
    ].join(' | ');
  });
  // Content changes reach accounts without changing which SCPs or baselines they have: the table would not say why a
  // reached account is missing, so it says where those are named.
  const contentChanges = plan.changes.some(
    (change) => change.kind === CHANGE_KINDS.updateScp || change.kind === CHANGE_KINDS.updateStackSet,
  );
  return [
    '### Accounts',
    '',
    ...(contentChanges
      ? [
          '_An account that only an SCP’s new content or a StackSet’s new template or parameters reach is named with that change, not here._',
          '',
        ]
      : []),
    '| Account | Status | OU | SCPs in force | Baselines × regions |',
    '|---|---|---|---|---|',
    ...rows.slice(0, shown).map((row) => `| ${row} |`),
    ...(shown < rows.length
      ? [
          '',
          `_… and ${rows.length - shown} more ${rows.length - shown === 1 ? 'account' : 'accounts'}, left out to fit GitHub's limit: every one is in the plan file._`,
        ]
      : []),
  ].join('\n');
}

/** Names as they end up, gained ones in bold with a `+`, then lost ones struck through. */
function marked(
  names: readonly string[],
  gained: readonly string[],
  lost: readonly string[],
  suffix: (name: string) => string = () => '',
): string[] {
  return [
    ...names.map((name) =>
      gained.includes(name) ? `**+${escapeMarkdown(name)}**${suffix(name)}` : `${escapeMarkdown(name)}${suffix(name)}`,
    ),
    ...lost.map((name) => `~~${escapeMarkdown(name)}~~`),
  ];
}

/**
 * Mermaid labels are quoted, one per line; quotes, angle brackets, backticks, `#`, `&`, `%` and `'` become entity
 * codes and line breaks become spaces, so a name can neither close its label nor start a new statement, an OU named
 * `A#60;` or `&lt;b&gt;` shows as written, not as `A<` or `<b>`, and one holding `%%{init: …}%%` is no directive:
 * Mermaid reads directives anywhere in the diagram's text, quoted labels too.
 */
function mermaidLabel(text: string): string {
  return `"${text.replace(/\r?\n|\r/g, ' ').replace(/["<>`#&%']/g, (character) => `#${character.charCodeAt(0)};`)}"`;
}

/** Where new, moved and adopted accounts land in the OU tree: new OUs and accounts in green, moved in amber, adopted in blue. */
export function organizationDiagram(plan: Plan): string {
  const ids = new Map<string, string>([['', 'root']]);
  const lines = ['```mermaid', 'graph LR', '  root(("Root"))'];
  plan.organizationalUnits.forEach((unit, index) => {
    const id = `ou${index}`;
    ids.set(unit.path, id);
    const parent = ids.get(unit.path.includes('/') ? unit.path.slice(0, unit.path.lastIndexOf('/')) : '') ?? 'root';
    lines.push(`  ${parent} --> ${id}[${mermaidLabel(unit.path.split('/').pop()!)}]${unit.isNew ? ':::created' : ''}`);
  });
  plan.accounts
    .filter((account) => account.status === 'new' || account.status === 'moved' || account.status === 'adopted')
    .forEach((account, index) => {
      const style = account.status === 'new' ? 'created' : account.status;
      lines.push(`  ${ids.get(account.ou) ?? 'root'} --> acct${index}([${mermaidLabel(account.name)}]):::${style}`);
    });
  lines.push(
    '  classDef created fill:#d3f9d8,stroke:#2b8a3e',
    '  classDef moved fill:#fff3bf,stroke:#e67700',
    '  classDef adopted fill:#d0ebff,stroke:#1971c2',
    '```',
  );
  return lines.join('\n');
}
