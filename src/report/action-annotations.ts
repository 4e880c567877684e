import { relative } from 'node:path';
import * as core from '@actions/core';
import type { Diagnostic } from '../config/diagnostics.js';
import type { PlanProblem } from '../plan/plan.js';

/**
 * Turns diagnostics into workflow annotations. GitHub resolves annotation paths from the workspace root, so
 * repository-relative paths get the working directory in front when vend runs in a subdirectory.
 */
export function annotateDiagnostics(diagnostics: Diagnostic[], repositoryRoot: string): void {
  const inWorkspace = workspacePath(repositoryRoot);
  for (const diagnostic of diagnostics) {
    const properties: core.AnnotationProperties = {
      title: `vend ${diagnostic.rule}`,
      file: inWorkspace(diagnostic.file),
      startLine: diagnostic.line,
      startColumn: diagnostic.column,
    };
    if (diagnostic.severity === 'error') core.error(diagnostic.message, properties);
    else core.warning(diagnostic.message, properties);
  }
}

/**
 * The plan's problems as error annotations on the declarations to fix (PlanProblem.file, line, column), so a pull
 * request shows them on the manifest or organization.yaml line, as it shows validation errors.
 */
export function annotatePlanProblems(problems: readonly PlanProblem[], repositoryRoot: string): void {
  const inWorkspace = workspacePath(repositoryRoot);
  for (const problem of problems)
    core.error(problem.message, {
      title: `vend ${problem.rule}`,
      ...(problem.file === undefined
        ? {}
        : {
            file: inWorkspace(problem.file),
            ...(problem.line === undefined ? {} : { startLine: problem.line }),
            ...(problem.column === undefined ? {} : { startColumn: problem.column }),
          }),
    });
}

function workspacePath(repositoryRoot: string): (file: string) => string {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const prefix = relative(workspace, repositoryRoot).split('\\').join('/');
  return (file) => (prefix && !prefix.startsWith('..') ? `${prefix}/${file}` : file);
}
