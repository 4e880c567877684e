import { relative } from 'node:path';
import * as core from '@actions/core';
import type { Diagnostic } from '../config/diagnostics.js';

/**
 * Turns diagnostics into workflow annotations. GitHub resolves annotation paths from the workspace root, so
 * repository-relative paths get the working directory in front when vend runs in a subdirectory.
 */
export function annotateDiagnostics(diagnostics: Diagnostic[], repositoryRoot: string): void {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const prefix = relative(workspace, repositoryRoot).split('\\').join('/');
  for (const diagnostic of diagnostics) {
    const properties: core.AnnotationProperties = {
      title: `vend ${diagnostic.rule}`,
      file: prefix && !prefix.startsWith('..') ? `${prefix}/${diagnostic.file}` : diagnostic.file,
      startLine: diagnostic.line,
      startColumn: diagnostic.column,
    };
    if (diagnostic.severity === 'error') core.error(diagnostic.message, properties);
    else core.warning(diagnostic.message, properties);
  }
}
