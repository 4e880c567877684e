#!/usr/bin/env node
import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  COMMANDS,
  OUTPUT_FORMATS,
  UsageError,
  parseChoice,
  requireDirectory
} from "./chunks/chunk-I3DSDJEY.js";
import {
  countDiagnostics,
  errorMessage,
  formatDiagnosticLine,
  formatDiagnosticsJson,
  formatDiagnosticsMarkdown,
  formatDiagnosticsText
} from "./chunks/chunk-VN2LCTDB.js";
import {
  VEND_VERSION
} from "./chunks/chunk-XEJZL3EO.js";
import {
  runValidate
} from "./chunks/chunk-ONHJ46SV.js";
import "./chunks/chunk-3HEGXRZC.js";
import "./chunks/chunk-5ZL7S7IZ.js";
import "./chunks/chunk-ZMOFJYRP.js";

// src/commands/run-command.ts
import { readFileSync } from "node:fs";
async function runCommand(settings, terminal) {
  switch (settings.command) {
    case "validate": {
      const result = runValidate(settings);
      const rendered = {
        text: () => formatDiagnosticsText(result.diagnostics, result.fileCount),
        json: () => formatDiagnosticsJson(result.diagnostics),
        markdown: () => formatDiagnosticsMarkdown(result.diagnostics, result.fileCount)
      };
      terminal.stdout(rendered[settings.outputFormat]());
      return result.exitCode;
    }
    case "plan": {
      const [{ runPlan, serializePlan }, { renderPlanText }, { renderPlanComment }] = await Promise.all([
        import("./chunks/plan-WA6WETX5.js"),
        import("./chunks/plan-text-XBFBEZCI.js"),
        import("./chunks/plan-markdown-YY3AIOWE.js")
      ]);
      const outcome = await runPlan(settings);
      for (const diagnostic of outcome.validation.diagnostics) terminal.stderr(formatDiagnosticLine(diagnostic));
      if (outcome.status === "invalid") {
        terminal.stderr(
          `vend plan: ${countDiagnostics(outcome.validation.diagnostics).errors} validation error(s) above; nothing was planned.`
        );
        return 1;
      }
      if (outcome.status === "skipped") {
        terminal.stderr(`vend plan: skipped: ${outcome.reason}`);
        return 2;
      }
      const guardrailReport = settings.guardrailReportFile ? readFileSync(settings.guardrailReportFile, "utf8") : void 0;
      const rendered = {
        text: () => renderPlanText(outcome.plan),
        json: () => serializePlan(outcome.plan).trimEnd(),
        markdown: () => renderPlanComment(outcome.plan, guardrailReport ? { guardrailReport } : {})
      };
      terminal.stdout(rendered[settings.outputFormat]());
      if (settings.planOutputFile) terminal.stderr(`Plan written to ${settings.planOutputFile}`);
      return outcome.plan.problems.length > 0 ? 1 : 0;
    }
    case "apply": {
      const [{ runApply }, { renderApplyText }, { renderApplyComment }] = await Promise.all([
        import("./chunks/apply-BLOU3TUS.js"),
        import("./chunks/apply-text-VQWYQ5DN.js"),
        import("./chunks/apply-markdown-YG6GFYAN.js")
      ]);
      const outcome = await runApply(settings, { log: (line) => terminal.stderr(line) });
      for (const diagnostic of outcome.validation.diagnostics) terminal.stderr(formatDiagnosticLine(diagnostic));
      if (outcome.status === "invalid") {
        terminal.stderr(
          `vend apply: ${countDiagnostics(outcome.validation.diagnostics).errors} validation error(s) above; nothing was applied.`
        );
        return 1;
      }
      const rendered = {
        text: () => renderApplyText(outcome.report),
        json: () => JSON.stringify(outcome.report, null, 2),
        markdown: () => renderApplyComment(outcome.report)
      };
      terminal.stdout(rendered[settings.outputFormat]());
      return outcome.exitCode;
    }
    default:
      throw new UsageError(`'vend ${settings.command}' is not available in this version yet.`);
  }
}

// src/settings/cli-arguments.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";
var CLI_USAGE = `Usage: vend <command> [options]

Commands:
  validate   check accounts/ and baselines/ offline; report every problem at its file, line and column
  plan       compare the repository with the live organization and print what apply would change
  apply      carry out the plan
  drift      report where the live organization differs from the repository

Options:
  --repo DIR                 repository with accounts/ and baselines/ (default: current directory)
  --format text|json|markdown  output format (default: text; markdown: the PR comment of plan or apply)
  --out FILE                 plan: also write the JSON plan to FILE
  --plan FILE                apply: the reviewed JSON plan that authorises destructive changes
  --allow-destructive        apply: perform destructive changes that were in the reviewed plan
  --guardrail-report FILE    plan: include this guardrail proof report (markdown) in the output
  --fail-on-drift            drift: exit 1 when drift is found
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 success, 1 findings (validation errors, drift, apply changes that failed or were refused),
            2 usage, preflight or internal error.`;
function parseCliArguments(argv, cwd) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        repo: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        plan: { type: "string" },
        "allow-destructive": { type: "boolean" },
        "guardrail-report": { type: "string" },
        "fail-on-drift": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    throw new UsageError(`${error.message}. Run 'vend --help' for the options.`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  if (positionals.length === 0) throw new UsageError(`Missing command. Expected one of: ${COMMANDS.join(", ")}.`);
  if (positionals.length > 1)
    throw new UsageError(`Unexpected argument '${positionals[1]}'. Run 'vend --help' for usage.`);
  const command = parseChoice("command", positionals[0], COMMANDS);
  const settings = {
    command,
    repositoryRoot: requireDirectory("--repo", resolve(cwd, values.repo ?? ".")),
    outputFormat: parseChoice("--format", values.format ?? "text", OUTPUT_FORMATS),
    comment: false,
    allowDestructive: values["allow-destructive"] === true,
    failOnDrift: values["fail-on-drift"] === true
  };
  if (values.out !== void 0) settings.planOutputFile = resolve(cwd, values.out);
  if (values.plan !== void 0) settings.reviewedPlanFile = resolve(cwd, values.plan);
  if (values["guardrail-report"] !== void 0) settings.guardrailReportFile = resolve(cwd, values["guardrail-report"]);
  return { kind: "run", settings };
}

// src/cli.ts
async function main(argv) {
  try {
    const request = parseCliArguments(argv, process.cwd());
    if (request.kind === "help") return console.log(CLI_USAGE), 0;
    if (request.kind === "version") return console.log(VEND_VERSION), 0;
    return await runCommand(request.settings, {
      stdout: (text) => process.stdout.write(`${text}
`),
      stderr: (text) => process.stderr.write(`${text}
`)
    });
  } catch (error) {
    process.stderr.write(`vend: ${errorMessage(error)}
`);
    if (error instanceof UsageError) process.stderr.write(`Run 'vend --help' for usage.
`);
    return 2;
  }
}
process.exitCode = await main(process.argv.slice(2));
