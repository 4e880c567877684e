#!/usr/bin/env node
import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  neutralizeWorkflowCommands
} from "./chunks/chunk-5GNJNXP2.js";
import {
  errorMessage
} from "./chunks/chunk-3CMV3XMN.js";
import {
  countDiagnostics,
  formatDiagnosticLine,
  formatDiagnosticsJson,
  formatDiagnosticsMarkdown,
  formatDiagnosticsText
} from "./chunks/chunk-NVWBDDJH.js";
import "./chunks/chunk-3AUGWUJC.js";
import {
  readLocalFile
} from "./chunks/chunk-ENU7AZHL.js";
import {
  VEND_VERSION
} from "./chunks/chunk-XEJZL3EO.js";
import {
  AVAILABLE_COMMANDS,
  MINUTES_RANGE,
  OUTPUT_FORMATS,
  UsageError,
  parseChoice,
  parseFailOnDrift,
  parseMinutes,
  requireDirectory,
  requireOutsideRepositoryFiles,
  runValidate
} from "./chunks/chunk-LUQVUKPD.js";
import {
  wantsColour
} from "./chunks/chunk-X4XDSYAD.js";
import "./chunks/chunk-LOLNR32M.js";
import "./chunks/chunk-JJIYTWUR.js";
import "./chunks/chunk-PBUMDURM.js";
import {
  countOf
} from "./chunks/chunk-EFBOC2AA.js";
import {
  visibleLine
} from "./chunks/chunk-JWIVJMBW.js";
import "./chunks/chunk-BREP4LFV.js";
import "./chunks/chunk-OTXXD2RD.js";
import "./chunks/chunk-BP5JTKJ7.js";
import "./chunks/chunk-5ZL7S7IZ.js";
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
      const [{ runPlan, serializePlan }, { renderPlanText }, { renderPlanComment }, { mainDriftJson, withoutSecrets }] = await Promise.all([
        import("./chunks/plan-J4FKV7PS.js"),
        import("./chunks/plan-text-I7EFAIN4.js"),
        import("./chunks/plan-markdown-UNZL4O64.js"),
        import("./chunks/plan-json-F2MMBRU2.js")
      ]);
      const outcome = await runPlan(settings);
      for (const diagnostic of outcome.validation.diagnostics) terminal.stderr(formatDiagnosticLine(diagnostic));
      if (outcome.status === "invalid") {
        invalidJson(settings, terminal, outcome.validation.diagnostics);
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
        text: () => renderPlanText(outcome.plan, {
          colour: terminal.colour?.stdout === true,
          ...outcome.mainDrift ? { mainDrift: outcome.mainDrift } : {},
          ...outcome.bootstrapChange ? { bootstrapChange: outcome.bootstrapChange } : {},
          ...outcome.settingNotices ? { settingNotices: outcome.settingNotices } : {}
        }),
        json: () => outcome.mainDrift ? JSON.stringify(
          {
            ...JSON.parse(serializePlan(withoutSecrets(outcome.plan))),
            mainDrift: mainDriftJson(outcome.mainDrift)
          },
          null,
          2
        ) : serializePlan(withoutSecrets(outcome.plan)).trimEnd(),
        markdown: () => renderPlanComment(outcome.plan, {
          ...guardrailReport ? { guardrailReport } : {},
          ...outcome.mainDrift ? { mainDrift: outcome.mainDrift } : {},
          ...outcome.bootstrapChange ? { bootstrapChange: outcome.bootstrapChange } : {},
          ...outcome.settingNotices ? { settingNotices: outcome.settingNotices } : {}
        })
      };
      terminal.stdout(rendered[settings.outputFormat]());
      if (settings.planOutputFile) terminal.stderr(`Plan written to ${settings.planOutputFile}`);
      return outcome.plan.problems.length > 0 ? 1 : 0;
    }
    case "apply": {
      const [{ runApply }, { renderApplyText }, { renderApplyComment }, { renderPlanText }] = await Promise.all([
        import("./chunks/apply-CJBGR47F.js"),
        import("./chunks/apply-text-KZT3ACJC.js"),
        import("./chunks/apply-markdown-SRBCFROR.js"),
        import("./chunks/plan-text-I7EFAIN4.js")
      ]);
      const ask2 = terminal.ask;
      const confirm = ask2 && (async (plan) => {
        terminal.stderr(renderPlanText(plan, { colour: terminal.colour?.stderr === true }));
        const answer = await ask2(
          '\nDo you want to perform these actions? Only "yes" will be accepted to approve.\n  Enter a value: '
        );
        return answer.replace(/\r$/, "") === "yes";
      });
      const outcome = await runApply(settings, {
        log: (line) => terminal.stderr(visibleLine(line)),
        ...confirm ? { confirm } : {},
        // Taken without a question, the plan is still shown first, as Terraform's apply -auto-approve does.
        show: (plan) => terminal.stderr(renderPlanText(plan, { colour: terminal.colour?.stderr === true }))
      });
      for (const diagnostic of outcome.validation.diagnostics) terminal.stderr(formatDiagnosticLine(diagnostic));
      if (outcome.status === "invalid") {
        invalidJson(settings, terminal, outcome.validation.diagnostics);
        terminal.stderr(
          `vend apply: ${countOf(countDiagnostics(outcome.validation.diagnostics).errors, "validation error")} above; nothing was applied.`
        );
        return 1;
      }
      if (outcome.status === "refused") {
        const message = `${outcome.reason} Nothing was read from AWS or changed.`;
        terminal.stderr(`vend apply: refused: ${message}`);
        if (settings.outputFormat === "json") terminal.stdout(JSON.stringify({ status: "refused", reason: message }));
        if (settings.outputFormat === "markdown") {
          const { escapeMarkdown } = await import("./chunks/markdown-escape-Y67KUQSS.js");
          terminal.stdout(`### Vend apply: refused

${escapeMarkdown(message)}`);
        }
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
    case "drift": {
      const [{ runDrift, awsFailureNotRun }, { renderDriftText }, { renderDriftIssueBody }, { findingsAtOrAbove }] = await Promise.all([
        import("./chunks/drift-A7TPGOVI.js"),
        import("./chunks/drift-text-DMA6IPN5.js"),
        import("./chunks/drift-markdown-6SAE7BWS.js"),
        import("./chunks/drift-report-U6FUTMM2.js")
      ]);
      const printNotRun = async (notRun) => {
        if (settings.outputFormat === "json") terminal.stdout(JSON.stringify(notRun, null, 2));
        if (settings.outputFormat === "markdown") {
          const { renderDriftNotRunBody } = await import("./chunks/drift-not-run-MDW6KR22.js");
          terminal.stdout(renderDriftNotRunBody(notRun));
        }
      };
      let outcome;
      try {
        outcome = await runDrift(settings, { log: (line) => terminal.stderr(visibleLine(line)) });
      } catch (error) {
        await printNotRun(awsFailureNotRun(errorMessage(error), settings.repositoryRoot, /* @__PURE__ */ new Date()));
        throw error;
      }
      for (const diagnostic of outcome.validation.diagnostics) terminal.stderr(formatDiagnosticLine(diagnostic));
      if (outcome.status === "invalid") {
        const { notRun } = outcome;
        await printNotRun(notRun);
        terminal.stderr(`vend drift: could not run: ${notRun.error}.`);
        return 2;
      }
      const { report } = outcome;
      const rendered = {
        text: () => renderDriftText(report, { colour: terminal.colour?.stdout === true }),
        json: () => JSON.stringify(report, null, 2),
        markdown: () => renderDriftIssueBody(report)
      };
      terminal.stdout(rendered[settings.outputFormat]());
      return settings.failOnDrift && findingsAtOrAbove(report, settings.failOnDrift).length > 0 ? 1 : 0;
    }
    case "import": {
      const [{ runImport, importExitCode }, { renderImportJson, renderImportText }] = await Promise.all([
        import("./chunks/import-RUPWTQDK.js"),
        import("./chunks/import-text-7EHNT5IZ.js")
      ]);
      const outcome = await runImport(settings);
      terminal.stdout(
        settings.outputFormat === "json" ? renderImportJson(outcome) : renderImportText(outcome, settings.repositoryRoot)
      );
      return importExitCode(outcome);
    }
  }
}
function invalidJson(settings, terminal, diagnostics) {
  if (settings.outputFormat === "json") terminal.stdout(formatDiagnosticsJson(diagnostics));
}

// src/settings/cli-arguments.ts
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
var CLI_USAGE = `Usage: vend <command> [options]

Commands:
  validate   check accounts/ and baselines/ offline; report every problem at its file, line and column
  plan       compare the repository with the live organization and print what apply would change
  apply      carry out an approved plan: a saved plan (--plan), or the plan it shows and you confirm
  import     describe the live organization as a repository: write baselines/ and accounts/ from it, reading
             only (management-account credentials; AWS_REGION is the home region, where its StackSets are)
  drift      compare the live organization with the repository and report every difference as a finding
             with a severity, what apply would do about it, and the edit that would accept it; reads only,
             apart from starting CloudFormation drift detection on vend's StackSets

Options:
  --repo DIR                 repository with accounts/ and baselines/ (default: current directory)
  --format text|json|markdown  output format (default: text; markdown: the PR comment of plan or apply, the
                             drift issue of drift)
  --out FILE                 plan: save the plan to FILE, for vend apply --plan FILE (it holds NoEcho values,
                             which apply needs; --format json prints the plan with them masked)
  --base DIR                 plan: the base branch's repository; changes that only correct drift already
                             there are shown apart (--format json: the mainDrift key)
  --plan FILE                apply: carry out exactly this saved plan; refused if the repository's commit or
                             the organization changed since it was made
  --auto-approve             apply, never with --plan: apply the plan without asking (required without a terminal)
  --allow-destructive        apply: also carry out the approved plan's destructive changes
  --allow-high-impact        apply: carry out a plan with high-impact changes (without it, nothing is changed)
  --guardrail-report FILE    plan: include this guardrail proof report (markdown) in the output
  --ou PATH                  import: only this OU's subtree, with its ancestors' SCPs (repeatable)
  --accounts-only            import: only account manifests, for the repository's own organization.yaml
  --force                    import: replace files that exist (default: write nothing if any exists)
  --fail-on-drift[=SEVERITY] drift: exit 1 when it finds drift; with a severity (critical, high, medium, low,
                             info), only drift that bad or worse
  --detection-minutes N      drift: wait at most N minutes for StackSet drift detection (default 15)
  -h, --help                 show this help
  -v, --version              show the version

Exit codes: 0 success, 1 findings (validation errors, plan problems, a refused or unconfirmed plan, apply
            changes that failed or were refused, an import that wrote nothing, left an active account out or
            left findings to check, drift with --fail-on-drift),
            2 usage, preflight or internal error.`;
var OPTION_COMMANDS = {
  out: ["plan"],
  "guardrail-report": ["plan"],
  base: ["plan"],
  plan: ["apply"],
  "allow-destructive": ["apply"],
  "allow-high-impact": ["apply"],
  "auto-approve": ["apply"],
  "fail-on-drift": ["drift"],
  "detection-minutes": ["drift"],
  ou: ["import"],
  "accounts-only": ["import"],
  force: ["import"]
};
var NUMERIC_OPTIONS = { "detection-minutes": MINUTES_RANGE };
function joinNumericValues(argv) {
  const joined = [];
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index];
    const expected = NUMERIC_OPTIONS[argument.slice(2)];
    if (!argument.startsWith("--") || expected === void 0) {
      joined.push(argument);
      continue;
    }
    const value = argv[index + 1];
    if (value === void 0 || value.startsWith("--")) throw new UsageError(`${argument} needs a value: ${expected}.`);
    joined.push(`${argument}=${value}`);
    index++;
  }
  return joined;
}
function parseCliArguments(argv, cwd) {
  const args = joinNumericValues(argv);
  let parsed;
  try {
    parsed = parseArgs({
      // parseArgs has no options with an optional value: a bare --fail-on-drift means drift of any severity.
      args: args.map((argument) => argument === "--fail-on-drift" ? "--fail-on-drift=true" : argument),
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        repo: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        plan: { type: "string" },
        "allow-destructive": { type: "boolean" },
        "allow-high-impact": { type: "boolean" },
        "auto-approve": { type: "boolean" },
        "guardrail-report": { type: "string" },
        ou: { type: "string", multiple: true },
        "accounts-only": { type: "boolean" },
        force: { type: "boolean" },
        "fail-on-drift": { type: "string" },
        "detection-minutes": { type: "string" },
        base: { type: "string" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    const unknown = /^Unknown option '([^']*)'/.exec(error.message);
    throw new UsageError(unknown ? `Unknown option '${unknown[1]}'.` : `${error.message}.`);
  }
  const { values, positionals, tokens } = parsed;
  const repeated = tokens.filter((token) => token.kind === "option" && token.name !== "ou").map((token) => token.name).find((name, index, names) => names.indexOf(name) !== index);
  if (repeated !== void 0) throw new UsageError(`--${repeated} is given more than once; give it once.`);
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  if (positionals.length === 0)
    throw new UsageError(`Missing command. Expected one of: ${AVAILABLE_COMMANDS.join(", ")}.`);
  if (positionals.length > 1) {
    const index = argv.indexOf(positionals[1]);
    const hint2 = index > 0 && argv[index - 1] === "--fail-on-drift" ? ` To fail on a severity, write --fail-on-drift=${positionals[1]}.` : "";
    throw new UsageError(`Unexpected argument '${positionals[1]}'.${hint2}`);
  }
  const elsewhere = {
    sandbox: "The sandbox is an npm script of this repository: npm run sandbox [-- --repo DIR].",
    bootstrap: 'The bootstrap is a CloudFormation template to deploy in the management account: baselines/bootstrap/management-account.yaml (see the README, "Adopt Vend in your organization").'
  };
  const hint = elsewhere[positionals[0]];
  if (hint) throw new UsageError(`vend ${positionals[0]} is no command. ${hint}`);
  const command = parseChoice("command", positionals[0], AVAILABLE_COMMANDS);
  const misplaced = Object.entries(OPTION_COMMANDS).find(
    ([option, commands]) => values[option] !== void 0 && !commands.includes(command)
  );
  if (misplaced) {
    const [option, commands] = misplaced;
    throw new UsageError(
      `--${option} is an option of ${commands.map((name) => `vend ${name}`).join(" and ")}, not of vend ${command}.`
    );
  }
  const repositoryRoot = resolve(cwd, values.repo ?? ".");
  const settings = {
    command,
    // import writes accounts/ and baselines/, but into a directory someone made: a mistyped path would otherwise
    // become a new tree of directories, and the files land where no one looks.
    repositoryRoot: command === "import" ? requireDirectory(
      "--repo",
      repositoryRoot,
      "Expected an existing directory for vend import to write accounts/ and baselines/ into: check the path.",
      ` If it is a new repository, create it first (mkdir -p '${repositoryRoot}').`
    ) : requireDirectory("--repo", repositoryRoot),
    outputFormat: parseChoice("--format", values.format ?? "text", OUTPUT_FORMATS),
    comment: false,
    allowDestructive: values["allow-destructive"] === true,
    allowHighImpact: values["allow-high-impact"] === true,
    autoApprove: values["auto-approve"] === true
  };
  for (const option of ["out", "plan", "guardrail-report"])
    if (values[option] === "") throw new UsageError(`--${option} needs a file path.`);
  if (values.out !== void 0)
    settings.planOutputFile = requireOutsideRepositoryFiles("--out", resolve(cwd, values.out), repositoryRoot);
  if (values.plan !== void 0) settings.savedPlanFile = resolve(cwd, values.plan);
  if (settings.savedPlanFile && settings.autoApprove)
    throw new UsageError(
      "--plan and --auto-approve exclude each other: a saved plan is already approved. Drop --auto-approve to apply the saved plan, or --plan to apply what apply plans now without asking."
    );
  if (values["guardrail-report"] !== void 0)
    settings.guardrailReportFile = requireOutsideRepositoryFiles(
      "--guardrail-report",
      resolve(cwd, values["guardrail-report"]),
      repositoryRoot
    );
  if (command === "import") {
    if (settings.outputFormat === "markdown")
      throw new UsageError("Invalid --format 'markdown' for vend import. Expected one of: text, json.");
    settings.importOrganizationalUnits = values.ou ?? [];
    settings.accountsOnly = values["accounts-only"] === true;
    settings.force = values.force === true;
  }
  if (values["fail-on-drift"] !== void 0) {
    const severity = parseFailOnDrift("--fail-on-drift", values["fail-on-drift"]);
    if (severity) settings.failOnDrift = severity;
  }
  if (values["detection-minutes"] !== void 0)
    settings.detectionMinutes = parseMinutes("--detection-minutes", values["detection-minutes"]);
  if (values.base !== void 0) {
    const base = requireDirectory("--base", resolve(cwd, values.base));
    if (!existsSync(join(base, "baselines")) && !existsSync(join(base, "accounts")))
      throw new UsageError(
        `Invalid --base '${values.base}': it holds neither accounts/ nor baselines/. Expected a checkout of the base branch (main), the directory that holds them.`
      );
    settings.baseRepositoryRoot = base;
  }
  return { kind: "run", settings };
}

// src/cli.ts
var inWorkflow = process.env.GITHUB_ACTIONS === "true";
var forLog = inWorkflow ? neutralizeWorkflowCommands : (text) => text;
var forJsonLog = (text) => inWorkflow && isJson(text) ? text.replaceAll("##[", "#\\u0023[") : forLog(text);
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
async function main(argv) {
  try {
    const request = parseCliArguments(argv, process.cwd());
    if (request.kind === "help") return console.log(CLI_USAGE), 0;
    if (request.kind === "version") return console.log(VEND_VERSION), 0;
    const json = request.settings.outputFormat === "json";
    return await runCommand(request.settings, {
      stdout: (text) => process.stdout.write(`${(json ? forJsonLog : forLog)(text)}
`),
      stderr: (text) => process.stderr.write(`${forLog(text)}
`),
      ...process.stdin.isTTY && process.stderr.isTTY ? { ask } : {},
      colour: { stdout: wantsColour(process.stdout, process.env), stderr: wantsColour(process.stderr, process.env) }
    });
  } catch (error) {
    const message = forLog(errorMessage(error));
    process.stderr.write(message.startsWith("vend ") ? `${message}
` : `vend: ${message}
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
  } catch (error) {
    if (error.code !== "ABORT_ERR") throw error;
    process.stderr.write("\n");
    return "";
  } finally {
    prompt.close();
  }
}
process.exitCode = await main(process.argv.slice(2));
