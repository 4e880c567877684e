import { maskNoEchoDefaults } from '../plan/no-echo-parameters.js';
import { compareText } from '../ordering.js';
import { accessResourceLines } from '../plan/template-change.js';
import { summarizeTemplateChange } from '../plan/template-summary.js';
import type { ChangeEffect } from './change-effects.js';
import { templateSummaryLines } from './template-summary-lines.js';
import { quoted } from './phrasing.js';
import { diffLinesWithin, unifiedDiff } from './unified-diff.js';

/** Resources named per list in a brief template summary: a padded template cannot push whom it trusts out of sight. */
const BRIEF_RESOURCE_NAMES = 8;

/**
 * Access-control resources named per list in a brief summary, roles and policies first, the rest counted by type:
 * whom the template trusts and which managed policies it attaches stay whole above them.
 */
const BRIEF_ACCESS_NAMES = 20;

/**
 * Resources of other kinds named per list in a full one, after every access-control resource, which is always named:
 * hundreds of padding resources with 255-character ids made one line of 45,000 characters that crowded the comment.
 * The diff names them all.
 */
const SUMMARY_RESOURCE_NAMES = 40;

/**
 * A new or replaced template: its summary and whole diff, NoEcho defaults masked (`secret`: the NoEcho parameter
 * names); nothing when the template stays. `before` and `after` are a change's fields holding `templateBody`.
 */
export function templateEffect(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
  secret: readonly string[],
): Pick<ChangeEffect, 'summary' | 'briefSummary' | 'diff'> | Record<string, never> {
  const old = before === undefined ? undefined : String(before.templateBody ?? '');
  const next = String(after.templateBody ?? '');
  if (old === next) return {};
  const summary = summarizeTemplateChange(old, next);
  const hidden = secretPrincipalLines([...summary.newPrincipals, ...summary.widenedPrincipals], secret);
  const lines = [...templateSummaryLines(summary, SUMMARY_RESOURCE_NAMES), ...hidden];
  const brief = [...templateSummaryLines(summary, BRIEF_RESOURCE_NAMES, BRIEF_ACCESS_NAMES), ...hidden];
  const shownBefore = old === undefined ? '' : maskNoEchoDefaults(old, secret);
  const shownAfter = maskNoEchoDefaults(next, secret, old);
  const diff = unifiedDiff(shownBefore, shownAfter);
  // A cut diff keeps the lines of access-control resources in view (compactDiff): padding cannot hide a new role.
  const important = diffLinesWithin(diff.lines, accessResourceLines(shownBefore), accessResourceLines(shownAfter));
  return {
    summary: lines,
    ...(brief.join('\n') !== lines.join('\n') ? { briefSummary: brief } : {}),
    diff: { of: 'template', diff: { ...diff, ...(important.some(Boolean) ? { important } : {}) } },
  };
}

/**
 * A principal the template names through a NoEcho parameter (`!Ref X`, also inside another function, or `${X}` in a
 * Sub) is one the plan never shows: the reviewer is told where the value is set, to read it there before approving.
 */
function secretPrincipalLines(principals: readonly string[], secret: readonly string[]): string[] {
  const named = secret.filter((name) =>
    principals.some(
      (principal) => new RegExp(`!Ref ${name}(?![A-Za-z0-9.])`).test(principal) || principal.includes(`\${${name}}`),
    ),
  );
  return named.map(
    (name) =>
      `principal parameter ${name} is NoEcho, so its value is never shown: it is set under this baseline's parameters in baselines/organization.yaml (else the template's Default), or per account under parameters in accounts/; read it there before approving`,
  );
}

/**
 * A template's new defaults (`defaults`, parameterDefaultsIn of each body) for `parameters`, those the new template
 * declares, that the StackSet sets in neither version: the value every instance that does not override them takes, which no parameter line
 * shows. A parameter the new template drops is the diff's to show; one that loses its default is said to leave such
 * instances without a value. A default where there was none is said to be set. `secret` (NoEcho) defaults are said to
 * change or be set, unshown.
 */
export function defaultChanges(
  defaults: { before: Record<string, string>; after: Record<string, string> },
  parameters: readonly string[],
  setByStackSet: ReadonlySet<string>,
  secret: ReadonlySet<string>,
): string[] {
  const { before, after } = defaults;
  const keys = parameters.filter((key) => !setByStackSet.has(key) && before[key] !== after[key]).sort(compareText);
  return keys.map((key) => {
    const old = before[key] === undefined ? '(no default)' : quoted(before[key]);
    if (after[key] === undefined)
      return `${key}: default ${secret.has(key) ? 'removed (NoEcho: value not shown)' : `${old} removed`}: an instance that does not override it has no value for it (the StackSet does not set it)`;
    // A default where there was none, often a parameter the template adds, is set, not changed.
    const values =
      before[key] === undefined
        ? `set${secret.has(key) ? ' (NoEcho: value not shown)' : ` to ${quoted(after[key])}`}`
        : secret.has(key)
          ? 'changed (NoEcho: values not shown)'
          : `${old} → ${quoted(after[key])}`;
    return `${key}: default ${values}, the value of every instance that does not override it (the StackSet does not set it)`;
  });
}
