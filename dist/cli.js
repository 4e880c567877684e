#!/usr/bin/env node
import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  neutralizeWorkflowCommands
} from "./chunks/chunk-5GNJNXP2.js";
import {
  countDiagnostics,
  errorMessage,
  formatDiagnosticLine,
  formatDiagnosticsJson,
  formatDiagnosticsMarkdown,
  formatDiagnosticsText
} from "./chunks/chunk-I5VSNBJV.js";
import {
  VEND_VERSION,
  readLocalFile
} from "./chunks/chunk-LHGHZBHN.js";
import {
  AVAILABLE_COMMANDS,
  OUTPUT_FORMATS,
  UsageError,
  parseChoice,
  requireDirectory,
  runValidate
} from "./chunks/chunk-VQTGWKBY.js";
import "./chunks/chunk-B5Q7MCPC.js";
import {
  wantsColour
} from "./chunks/chunk-X4XDSYAD.js";
import "./chunks/chunk-77PCNKYZ.js";
import {
  countOf
} from "./chunks/chunk-V5Z7YFYQ.js";
import "./chunks/chunk-VLBGVR75.js";
import "./chunks/chunk-ZMOFJYRP.js";

// src/cli.ts
import { createInterface } from "node:readline/promises";

// src/commands/run-command.ts
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
        import("./chunks/plan-MSMLNPWC.js"),
        import("./chunks/plan-text-AUZOTNN4.js"),
        import("./chunks/plan-markdown-AN3MZQJ5.js")
      ]);
      const outcome = await runPlan(settings);
      for (const diagnostic of outcome.validation.diagnostics) terminal.stderr(formatDiagnosticLine(diagnostic));
      if (outcome.status === "invalid") {
        terminal.stderr(
          `vend plan: ${countOf(countDiagnostics(outcome.validation.diagnostics).errors, "validation error")} above; nothing was planned.`
        );
        return 1;
      }
      if (outcome.status === "skipped") {
        terminal.stderr(`vend plan: skipped: ${outcome.reason}`);
        return 2;
      }
      const guardrailReport = settings.guardrailReportFile ? readLocalFile(settings.guardrailReportFile, { untrustedRoots: [settings.repositoryRoot] }) : void 0;
      const rendered = {
        text: () => renderPlanText(outcome.plan, { colour: terminal.colour?.stdout === true }),
        json: () => serializePlan(outcome.plan).trimEnd(),
        markdown: () => renderPlanComment(outcome.plan, guardrailReport ? { guardrailReport } : {})
      };
      terminal.stdout(rendered[settings.outputFormat]());
      if (settings.planOutputFile) terminal.stderr(`Plan written to ${settings.planOutputFile}`);
      return outcome.plan.problems.length > 0 ? 1 : 0;
    }
    case "apply": {
      const [{ runApply }, { renderApplyText }, { renderApplyComment }, { renderPlanText }] = await Promise.all([
        import("./chunks/apply-XY245CWZ.js"),
        import("./chunks/apply-text-BNMBSWRI.js"),
        import("./chunks/apply-markdown-56ZUPP2Y.js"),
        import("./chunks/plan-text-AUZOTNN4.js")
      ]);
      const ask2 = terminal.ask;
      const confirm = ask2 && (async (plan) => {
        terminal.stderr(renderPlanText(plan, { colour: terminal.colour?.stderr === true }));
        const answer = await ask2(
          '\nDo you want to perform these actions? Only "yes" will be accepted to approve.\n  Enter a value: '
        );
        return answer.trim() === "yes";
      });
      const outcome = await runApply(settings, {
        log: (line) => terminal.stderr(line),
        ...confirm ? { confirm } : {}
      });
      for (const diagnostic of outcome.validation.diagnostics) terminal.stderr(formatDiagnosticLine(diagnostic));
      if (outcome.status === "invalid") {
        terminal.stderr(
          `vend apply: ${countOf(countDiagnostics(outcome.validation.diagnostics).errors, "validation error")} above; nothing was applied.`
        );
        return 1;
      }
      if (outcome.status === "refused") {
        terminal.stderr(`vend apply: refused: ${outcome.reason} Nothing was read from AWS or changed.`);
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
  apply      carry out an approved plan: a saved plan (--plan), or the plan it shows and you confirm

Options:
  --repo DIR                 repository with accounts/ and baselines/ (default: current directory)
  --format text|json|markdown  output format (default: text; markdown: the PR comment of plan or apply)
  --out FILE                 plan: save the plan to FILE, for vend apply --plan FILE
  --plan FILE                apply: carry out exactly this saved plan; refused if the repository's commit or
                             the organization changed since it was made
  --auto-approve             apply without --plan: apply the plan without asking (required without a terminal)
  --allow-destructive        apply: also carry out the approved plan's destructive changes
  --guardrail-report FILE    plan: include this guardrail proof report (markdown) in the output
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 success, 1 findings (validation errors, plan problems, a refused plan, apply changes that failed
            or were refused),
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
        "auto-approve": { type: "boolean" },
        "guardrail-report": { type: "string" },
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
  if (positionals.length === 0)
    throw new UsageError(`Missing command. Expected one of: ${AVAILABLE_COMMANDS.join(", ")}.`);
  if (positionals.length > 1)
    throw new UsageError(`Unexpected argument '${positionals[1]}'. Run 'vend --help' for usage.`);
  const command = parseChoice("command", positionals[0], AVAILABLE_COMMANDS);
  const settings = {
    command,
    repositoryRoot: requireDirectory("--repo", resolve(cwd, values.repo ?? ".")),
    outputFormat: parseChoice("--format", values.format ?? "text", OUTPUT_FORMATS),
    comment: false,
    allowDestructive: values["allow-destructive"] === true,
    autoApprove: values["auto-approve"] === true,
    failOnDrift: false
  };
  if (values.out !== void 0) settings.planOutputFile = resolve(cwd, values.out);
  if (values.plan !== void 0) settings.savedPlanFile = resolve(cwd, values.plan);
  if (values["guardrail-report"] !== void 0) settings.guardrailReportFile = resolve(cwd, values["guardrail-report"]);
  return { kind: "run", settings };
}

// src/cli.ts
var forLog = process.env.GITHUB_ACTIONS === "true" ? neutralizeWorkflowCommands : (text) => text;
async function main(argv) {
  try {
    const request = parseCliArguments(argv, process.cwd());
    if (request.kind === "help") return console.log(CLI_USAGE), 0;
    if (request.kind === "version") return console.log(VEND_VERSION), 0;
    return await runCommand(request.settings, {
      stdout: (text) => process.stdout.write(`${forLog(text)}
`),
      stderr: (text) => process.stderr.write(`${forLog(text)}
`),
      ...process.stdin.isTTY && process.stderr.isTTY ? { ask } : {},
      colour: { stdout: wantsColour(process.stdout, process.env), stderr: wantsColour(process.stderr, process.env) }
    });
  } catch (error) {
    process.stderr.write(`vend: ${forLog(errorMessage(error))}
`);
    if (error instanceof UsageError) process.stderr.write(`Run 'vend --help' for usage.
`);
    return 2;
  }
}
async function ask(question) {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await prompt.question(question);
  } finally {
    prompt.close();
  }
}
process.exitCode = await main(process.argv.slice(2));
