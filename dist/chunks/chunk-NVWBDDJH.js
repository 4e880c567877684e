import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  escapeMarkdown,
  inlineCode
} from "./chunk-3AUGWUJC.js";
import {
  ORGANIZATION_FILE,
  RULES,
  countOf
} from "./chunk-EFBOC2AA.js";
import {
  visibleLine
} from "./chunk-JWIVJMBW.js";

// src/report/diagnostics-report.ts
function countDiagnostics(diagnostics) {
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === "error").length;
  return { errors, warnings: diagnostics.length - errors };
}
function formatDiagnosticLine(diagnostic) {
  return visibleLine(
    `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity} [${diagnostic.rule}] ${diagnostic.message}`
  );
}
function validationSummaryLine(diagnostics, fileCount) {
  const { errors, warnings } = countDiagnostics(diagnostics);
  const files = `${fileCount} file${fileCount === 1 ? "" : "s"}`;
  if (errors === 0 && warnings === 0) return `vend validate: ${files} checked, no problems found.`;
  return `vend validate: ${files} checked, ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}.${organizationUnread(diagnostics) ? ` The SCP files and templates ${ORGANIZATION_FILE} names, and the checks across files, run once its errors are fixed.` : ""}`;
}
function organizationUnread(diagnostics) {
  return diagnostics.some(
    (diagnostic) => diagnostic.file === ORGANIZATION_FILE && diagnostic.severity === "error" && (diagnostic.rule === RULES.schema || diagnostic.rule === RULES.repositoryLayout || diagnostic.rule === RULES.hiddenCharacter || diagnostic.rule.startsWith("yaml-"))
  );
}
function formatDiagnosticsText(diagnostics, fileCount) {
  return [...diagnostics.map(formatDiagnosticLine), validationSummaryLine(diagnostics, fileCount)].join("\n");
}
function formatDiagnosticsJson(diagnostics) {
  return JSON.stringify(diagnosticsJson(diagnostics), null, 2);
}
function diagnosticsJson(diagnostics) {
  return diagnostics.map(({ file, line, column, rule, severity, message }) => ({
    file,
    line,
    column,
    rule,
    severity,
    message
  }));
}
function formatDiagnosticsMarkdown(diagnostics, fileCount, budgetBytes = Infinity) {
  const lines = [`### ${escapeMarkdown(validationSummaryLine(diagnostics, fileCount))}`];
  if (diagnostics.length > 0) {
    lines.push("", "| | Location | Rule | Message |", "|---|---|---|---|");
    const ordered = Number.isFinite(budgetBytes) ? [...diagnostics].sort((a, b) => Number(a.severity !== "error") - Number(b.severity !== "error")) : diagnostics;
    let used = Buffer.byteLength(lines.join("\n"), "utf8");
    for (const [index, diagnostic] of ordered.entries()) {
      const icon = diagnostic.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
      const row = `| ${icon} | ${inlineCode(`${diagnostic.file}:${diagnostic.line}:${diagnostic.column}`)} | ${inlineCode(diagnostic.rule)} | ${escapeMarkdown(diagnostic.message)} |`;
      used += Buffer.byteLength(row, "utf8") + 1;
      if (used > budgetBytes) {
        lines.push(
          "",
          `\u2026 ${countOf(ordered.length - index, "more diagnostic")} not shown here, to keep the job summary within GitHub's limit: each is an annotation in the step's log, and \`vend validate\` lists them all.`
        );
        break;
      }
      lines.push(row);
    }
  }
  return lines.join("\n");
}

export {
  countDiagnostics,
  formatDiagnosticLine,
  validationSummaryLine,
  formatDiagnosticsText,
  formatDiagnosticsJson,
  diagnosticsJson,
  formatDiagnosticsMarkdown
};
