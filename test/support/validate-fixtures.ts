import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRepository } from '../../src/config/load-repository.js';
import type { Diagnostic } from '../../src/config/diagnostics.js';
import { fixtureRepository, MINIMAL_REPOSITORY } from './fixture-repository.js';

/** Validate tests run at a fixed time, so exception expiry does not depend on when they run. */
export const NOW = new Date('2026-11-28T12:00:00Z');
export const ORGANIZATION = readFileSync(join(MINIMAL_REPOSITORY, 'baselines/organization.yaml'), 'utf8');

/** accounts/app-prod.yaml with lines 1-5 fixed (name, email, ou, owner, tags) and `extra` from line 6. */
export const appProd = (extra = '', tags = 'tags: { CostCenter: "100" }') =>
  `name: app-prod\nemail: aws+app-prod@example.com\nou: Workloads/Prod\nowner: team-app\n${tags}\n${extra}`;

/** The minimal fixture's organization.yaml with one piece of text replaced; throws if the text is not there. */
export const withOrganization = (from: string, to: string) => {
  if (!ORGANIZATION.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return { 'baselines/organization.yaml': ORGANIZATION.replace(from, to) };
};

/** The 1-based line on which `needle` first occurs in `text`. */
export const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

/** Diagnostics for the minimal fixture repository with `edits` applied (see fixtureRepository). */
export function validate(edits: Record<string, string | null>, from?: string): Diagnostic[] {
  return loadRepository(fixtureRepository(edits, from), { now: NOW }).diagnostics;
}
