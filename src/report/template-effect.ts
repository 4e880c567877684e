import { maskNoEchoDefaults } from '../plan/no-echo-parameters.js';
import { accessResourceLines, summarizeTemplateChange } from '../plan/template-change.js';
import type { ChangeEffect } from './change-effects.js';
import { templateSummaryLines } from './effect-details.js';
import { diffLinesWithin, unifiedDiff } from './unified-diff.js';

/** Resources named per list in a brief template summary: a padded template cannot push whom it trusts out of sight. */
const BRIEF_RESOURCE_NAMES = 8;

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
  const lines = [...templateSummaryLines(summary), ...hidden];
  const brief = [...templateSummaryLines(summary, BRIEF_RESOURCE_NAMES), ...hidden];
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
 * A principal the template names through a NoEcho parameter (`{"Ref":"X"}`, `${X}` in a Sub) is one the plan never
 * shows: the reviewer is told where the value is set, to read it there before approving.
 */
function secretPrincipalLines(principals: readonly string[], secret: readonly string[]): string[] {
  const named = secret.filter((name) =>
    principals.some((principal) => principal.includes(`{"Ref":"${name}"}`) || principal.includes(`\${${name}}`)),
  );
  return named.map(
    (name) =>
      `principal parameter ${name} is NoEcho, so its value is never shown: it is set under this baseline's parameters in baselines/organization.yaml (else the template's Default), or per account under parameters in accounts/; read it there before approving`,
  );
}
