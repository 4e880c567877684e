import type { DesiredState } from '../config/desired-state.js';
import { ORGANIZATION_FILE } from '../config/repository.js';
import type { Declaration } from './plan-draft.js';
import type { PlanProblem, TargetReference } from './plan.js';

/**
 * Where the repository declares a plan target, for a problem to point at: `root` and OUs in organization.yaml
 * (`root`, `organizationalUnits.A.organizationalUnits.B`), an account in its manifest, a catalogue SCP under `scps`,
 * a StackSet under `baselines` by its baseline name, anything else (`organization`) at `stackSets`. `key` narrows it
 * to one key of that declaration (`email`, `closed`, `scps`); a key the file does not spell resolves to the nearest
 * one it does (Locate).
 */
export function declarationOf(
  target: TargetReference,
  desired: Pick<DesiredState, 'accounts' | 'organization'>,
  ...key: string[]
): Declaration {
  const [kind, ...rest] = target.split(':');
  const name = rest.join(':');
  if (target === 'root') return { file: ORGANIZATION_FILE, path: ['root', ...key] };
  if (kind === 'ou')
    return {
      file: ORGANIZATION_FILE,
      path: [...name.split('/').flatMap((part) => ['organizationalUnits', part]), ...key],
    };
  if (kind === 'account') {
    const file = desired.accounts.find((account) => account.name === name)?.file ?? `accounts/${name}.yaml`;
    return { file, path: key.length > 0 ? key : ['name'] };
  }
  if (kind === 'scp') return { file: ORGANIZATION_FILE, path: ['scps', name, ...key] };
  if (kind === 'stackset') {
    const prefix = desired.organization.stackSets.namePrefix;
    const baseline = name.startsWith(prefix) ? name.slice(prefix.length) : name;
    return { file: ORGANIZATION_FILE, path: ['baselines', baseline, ...key] };
  }
  return { file: ORGANIZATION_FILE, path: ['stackSets', ...key] };
}

/**
 * Where a plan problem points and which rule it is, `accounts/app.yaml:3:5 [account-email-changed]`: the file
 * alone when the plan was made without positions, the rule alone when it names no file (a plan saved by an earlier
 * vend). Plain text; markdown renderers escape it.
 */
export function problemPlace(problem: Pick<PlanProblem, 'file' | 'line' | 'column' | 'rule'>): string {
  const place =
    problem.file === undefined ? '' : [problem.file, problem.line, problem.column].filter(Boolean).join(':');
  return [place, problem.rule ? `[${problem.rule}]` : ''].filter(Boolean).join(' ');
}
