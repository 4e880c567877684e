import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  DRIFT_ISSUE_MARKER
} from "./chunk-EOZVKLID.js";
import {
  fitComment
} from "./chunk-L4I4LO74.js";
import {
  codeSpan,
  escapeMarkdown
} from "./chunk-3AUGWUJC.js";
import {
  countOf
} from "./chunk-EFBOC2AA.js";

// src/report/drift-not-run.ts
var DRIFT_NOT_RUN_TITLE = "Vend drift: could not run";
function renderDriftNotRunBody(notRun, context = {}) {
  return fitComment(
    [
      {
        keep: true,
        markdown: [
          DRIFT_ISSUE_MARKER,
          `## ${DRIFT_NOT_RUN_TITLE}`,
          "",
          `The drift check${runLink(context.runUrl)} could not run: ${escapeMarkdown(notRun.error)}.`
        ].join("\n")
      },
      ...errorsSection(notRun),
      { keep: true, markdown: `<sub>Attempted at ${notRun.checkedAt}</sub>` }
    ],
    { seeAlso: "the annotations of the workflow run, or `vend validate`" }
  );
}
function driftNotRunComment(notRun, context = {}) {
  return fitComment(
    [
      {
        keep: true,
        markdown: `**The drift check${runLink(context.runUrl)} could not run**: ${escapeMarkdown(notRun.error)}. The body still shows what the last check that ran found; vend updates it at the next check that runs.`
      },
      ...errorsSection(notRun)
    ],
    { seeAlso: "the annotations of the workflow run, or `vend validate`" }
  );
}
function runLink(runUrl) {
  return runUrl ? ` ([workflow run](${runUrl}))` : "";
}
function errorsSection(notRun) {
  const errors = notRun.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (errors.length === 0) return [];
  return [
    {
      keep: false,
      markdown: [
        `${countOf(errors.length, "validation error")}:`,
        "",
        ...errors.map(
          (error) => `- ${codeSpan(`${error.file}:${error.line}:${error.column}`)} ${escapeMarkdown(error.message)} (${codeSpan(error.rule)})`
        )
      ].join("\n")
    }
  ];
}

export {
  DRIFT_NOT_RUN_TITLE,
  renderDriftNotRunBody,
  driftNotRunComment
};
