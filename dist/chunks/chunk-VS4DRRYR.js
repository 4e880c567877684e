import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  ansi,
  plain
} from "./chunk-X4XDSYAD.js";
import {
  summarizeTemplateChange
} from "./chunk-4PWDZYKM.js";
import {
  CHANGE_KINDS,
  describeTarget
} from "./chunk-3II6QTGK.js";
import {
  countOf,
  listNames,
  quoted,
  visible
} from "./chunk-DHVRZ7B4.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

// src/report/effect-details.ts
var HIDDEN_VALUE = "(NoEcho: value not shown)";
var HIDDEN_CHANGE = "changed (NoEcho: values not shown)";
function valueChanges(before, after, secret = /* @__PURE__ */ new Set()) {
  const keys = [.../* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])].sort(compareText);
  return keys.flatMap((key) => {
    const old = Object.hasOwn(before, key) ? before[key] : void 0;
    const next = Object.hasOwn(after, key) ? after[key] : void 0;
    if (old === next) return [];
    if (secret.has(key)) return [`${key}: ${HIDDEN_CHANGE}`];
    return [
      `${key}: ${old === void 0 ? "(not set)" : quoted(old)} \u2192 ${next === void 0 ? "(removed)" : quoted(next)}`
    ];
  });
}
function valueAssignments(values, secret = /* @__PURE__ */ new Set()) {
  return Object.keys(values).sort(compareText).map((key) => `${key} = ${secret.has(key) ? HIDDEN_VALUE : quoted(values[key])}`);
}
function instanceLines(members, accountName) {
  const regionsByAccount = /* @__PURE__ */ new Map();
  for (const member of members) {
    const slash = member.lastIndexOf("/");
    const account = accountName(member.slice(0, slash));
    regionsByAccount.set(account, [...regionsByAccount.get(account) ?? [], member.slice(slash + 1)]);
  }
  const accountsByRegions = /* @__PURE__ */ new Map();
  for (const [account, regions] of regionsByAccount) {
    const key = [...regions].sort(compareText).join(", ");
    accountsByRegions.set(key, [...accountsByRegions.get(key) ?? [], account]);
  }
  return [...accountsByRegions].sort(([a], [b]) => compareText(a, b)).map(([regions, accounts]) => {
    const sorted = accounts.sort(compareText);
    return `${regions}: ${sorted.length > 1 ? `${countOf(sorted.length, "account")}: ` : ""}${listNames(sorted)}`;
  });
}
var agree = (count, singular, plural) => count === 1 ? singular : plural;
function scpReachLines(radius, kind) {
  const { accounts, affected, elsewhere } = radius;
  if (kind === "content") {
    if (accounts.length === 0) return ["it is in force for no account yet"];
    return [
      `in force for ${countOf(accounts.length, "account")} through ${listNames(radius.targets.map(describeTarget), 4)}: ${listNames(accounts)}`
    ];
  }
  const target = describeTarget(radius.targets[0] ?? "root");
  const lines = [];
  if (kind === "attach") {
    if (accounts.length === 0) return [`no account is beneath ${target} yet`];
    lines.push(
      affected.length === accounts.length ? `applies to ${countOf(accounts.length, "account")}: ${listNames(accounts)}` : `${countOf(affected.length, "account")} ${agree(affected.length, "gains", "gain")} it: ${listNames(affected)}`
    );
  } else {
    lines.push(
      affected.length === 0 ? "no account loses it" : `${countOf(affected.length, "account")} ${agree(affected.length, "loses", "lose")} it: ${listNames(affected)}`
    );
  }
  if (elsewhere.length > 0)
    lines.push(
      `${countOf(elsewhere.length, "other account")} beneath ${target} ${kind === "attach" ? agree(elsewhere.length, "has", "have") : agree(elsewhere.length, "keeps", "keep")} it through another attachment`
    );
  return lines;
}
function stackSetReachLines(radius) {
  if (radius.instances.length === 0) return ["it has no stack instances yet"];
  return [
    `redeploys ${countOf(radius.instances.length, "stack instance")} in ${countOf(radius.accounts.length, "account")}: ${listNames(radius.accounts)}`
  ];
}
function moveLines(radius) {
  const lines = [
    ...radius.gains.scps.length > 0 ? [`gains SCPs ${radius.gains.scps.join(", ")}`] : [],
    ...radius.loses.scps.length > 0 ? [`loses SCPs ${radius.loses.scps.join(", ")}`] : [],
    ...radius.gains.baselines.length > 0 ? [`gains baselines ${radius.gains.baselines.join(", ")}`] : [],
    ...radius.loses.baselines.length > 0 ? [`loses baselines ${radius.loses.baselines.join(", ")}`] : []
  ];
  return lines.length > 0 ? lines : ["keeps the same SCPs in force and the same baselines"];
}
function templateSummaryLines(summary) {
  if (summary.unreadable)
    return [`the ${summary.unreadable} template could not be read as a template; only the diff shows the change`];
  const resources = (names) => names.map(({ logicalId, type }) => `${logicalId} (${type || "no type"})`).join(", ");
  const resourceCount = (count) => countOf(count, "resource");
  return [
    ...summary.added.length > 0 ? [`template adds ${resourceCount(summary.added.length)}: ${resources(summary.added)}`] : [],
    ...summary.modified.length > 0 ? [`template changes ${resourceCount(summary.modified.length)}: ${resources(summary.modified)}`] : [],
    ...summary.retyped.length > 0 ? [
      `template replaces ${resourceCount(summary.retyped.length)} with another type: ${summary.retyped.map(({ logicalId, from, to }) => `${logicalId} (${from} \u2192 ${to})`).join(", ")}`
    ] : [],
    ...summary.removed.length > 0 ? [`template removes ${resourceCount(summary.removed.length)}: ${resources(summary.removed)}`] : [],
    ...summary.newPrincipals.length > 0 ? [`template trusts new principals: ${summary.newPrincipals.join("; ")}`] : [],
    ...summary.newManagedPolicies.length > 0 ? [`template attaches new managed policies: ${summary.newManagedPolicies.join("; ")}`] : []
  ];
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/report/unified-diff.ts
var CONTEXT_LINES = 3;
function unifiedDiff(before, after) {
  const withNewline = (text) => text.endsWith("\n") ? text : `${text}
`;
  const patch = structuredPatch("before", "after", withNewline(before), withNewline(after), "", "", {
    context: CONTEXT_LINES
  });
  return {
    lines: patch.hunks.flatMap((hunk) => [
      `@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`,
      ...hunk.lines
    ])
  };
}
function prettyPolicy(minified) {
  try {
    return JSON.stringify(JSON.parse(minified), null, 2);
  } catch {
    return minified;
  }
}

// src/report/change-effects.ts
function describeChanges(plan) {
  const context = new EffectContext(plan);
  return plan.changes.map((change) => {
    const { summary = [], details, diff } = context.detailsOf(change);
    return {
      change,
      resource: visible(resourceOf(change).label),
      headline: visible(change.description),
      summary: summary.map(visible),
      details: details.map(visible),
      ...diff ? { diff: { of: diff.of, diff: { ...diff.diff, lines: diff.diff.lines.map(visible) } } } : {}
    };
  });
}
function groupByResource(effects) {
  const groups = /* @__PURE__ */ new Map();
  for (const effect of effects) {
    const { rank, name, label } = resourceOf(effect.change);
    const group = groups.get(label) ?? { rank, name, effects: [] };
    group.effects.push(effect);
    groups.set(label, group);
  }
  return [...groups].sort(([, a], [, b]) => a.rank - b.rank || compareText(a.name, b.name)).map(([resource, group]) => ({ resource, effects: group.effects }));
}
function resourceOf(change) {
  if (change.kind === CHANGE_KINDS.attachScp || change.kind === CHANGE_KINDS.detachScp) {
    const name2 = String(change.scope.scp);
    return { rank: 2, name: name2, label: `SCP ${name2}` };
  }
  const [kind = "", ...rest] = change.target.split(":");
  const name = rest.join(":");
  switch (kind) {
    case "ou":
      return { rank: 1, name, label: `OU ${name}` };
    case "scp":
      return { rank: 2, name, label: `SCP ${name}` };
    case "account":
      return { rank: 3, name, label: `account ${name}` };
    case "stackset":
      return { rank: 4, name, label: `StackSet ${name}` };
    default:
      return { rank: 0, name: change.target, label: "the root" };
  }
}
var EffectContext = class {
  constructor(plan) {
    this.plan = plan;
    this.radius = new Map(plan.blastRadius.map((entry) => [entry.changeId, entry]));
    this.unmanagedNames = new Map(
      plan.unmanagedAccounts.map((account) => [account.id, `${account.name} (${account.id})`])
    );
  }
  plan;
  radius;
  unmanagedNames;
  detailsOf(change) {
    const before = fieldsOf(change.before);
    const after = fieldsOf(change.after);
    const radius = this.radius.get(change.id);
    const secret = new Set(this.plan.noEchoParameters[String(change.scope.stackSet)] ?? []);
    const instances = () => instanceLines(change.scope.members ?? [], (account) => this.unmanagedNames.get(account) ?? account);
    switch (change.kind) {
      case CHANGE_KINDS.enableScpType:
        return { details: ["AWS attaches FullAWSAccess to the root, every OU and every account"] };
      case CHANGE_KINDS.createAccount:
        return { details: prefixed("tags", valueAssignments(stringsOf(after.tags))) };
      case CHANGE_KINDS.moveAccount:
        return { details: radius?.kind === "move" ? moveLines(radius) : [] };
      case CHANGE_KINDS.tagAccount:
      case CHANGE_KINDS.untagAccount:
        return { details: valueChanges(stringsOf(change.before), stringsOf(change.after)) };
      case CHANGE_KINDS.closeAccount:
        return { details: ["AWS suspends the account at once and closes it for good after 90 days"] };
      case CHANGE_KINDS.attachScp:
      case CHANGE_KINDS.detachScp:
        return {
          details: radius?.kind === "scp" ? scpReachLines(radius, change.kind === CHANGE_KINDS.attachScp ? "attach" : "detach") : []
        };
      case CHANGE_KINDS.updateScp:
        return this.scpUpdate(before, after, radius);
      case CHANGE_KINDS.adoptScp:
        return {
          details: [
            'tags it ManagedBy = "vend"; its content and attachments stay as they are, and from then on vend keeps them as the repository says'
          ]
        };
      case CHANGE_KINDS.createStackSet:
        return {
          ...templateEffect(void 0, after),
          details: prefixed("parameters", valueAssignments(stringsOf(after.parameters), secret))
        };
      case CHANGE_KINDS.updateStackSet:
        return {
          ...templateEffect(before, after),
          details: [
            ...radius?.kind === "stackset" ? stackSetReachLines(radius) : [],
            ...prefixed("parameters", valueChanges(stringsOf(before.parameters), stringsOf(after.parameters), secret)),
            ...prefixed("roles", valueChanges(rolesOf(before), rolesOf(after)))
          ]
        };
      case CHANGE_KINDS.addStackInstances:
        return {
          details: [
            ...instances(),
            ...prefixed("parameter overrides", valueAssignments(stringsOf(after.parameterOverrides), secret))
          ]
        };
      case CHANGE_KINDS.updateStackInstances:
        return {
          details: [...instances(), ...this.overrideChanges(change, stringsOf(after.parameterOverrides), secret)]
        };
      case CHANGE_KINDS.removeStackInstances:
        return { details: instances() };
      default:
        return { details: [] };
    }
  }
  scpUpdate(before, after, radius) {
    const contentChanged = before.content !== after.content;
    const details = [
      ...contentChanged && radius?.kind === "scp" ? scpReachLines(radius, "content") : [],
      ...valueChanges(
        { description: String(before.description ?? "") },
        { description: String(after.description ?? "") }
      )
    ];
    if (!contentChanged) return { details };
    return {
      details,
      diff: {
        of: "SCP content",
        diff: unifiedDiff(prettyPolicy(String(before.content ?? "")), prettyPolicy(String(after.content ?? "")))
      }
    };
  }
  /**
   * Old → new overrides. Instances that change alike share one list; when they differ, each list names its
   * instances.
   */
  overrideChanges(change, overrides, secret) {
    const byChange = /* @__PURE__ */ new Map();
    for (const [member, previous] of Object.entries(fieldsOf(change.before))) {
      const lines = valueChanges(stringsOf(previous), overrides, secret);
      if (lines.length === 0) continue;
      const key = lines.join("\n");
      byChange.set(key, [...byChange.get(key) ?? [], member]);
    }
    if (byChange.size === 1) return prefixed("parameter overrides", [...byChange.keys()][0].split("\n"));
    return [...byChange].flatMap(([lines, members]) => [
      `parameter overrides (${instanceLines(members, (account) => this.unmanagedNames.get(account) ?? account).join("; ")}):`,
      ...lines.split("\n").map((line) => `  ${line}`)
    ]);
  }
};
function templateEffect(before, after) {
  const old = before === void 0 ? void 0 : String(before.templateBody ?? "");
  const next = String(after.templateBody ?? "");
  if (old === next) return {};
  return {
    summary: templateSummaryLines(summarizeTemplateChange(old, next)),
    diff: { of: "template", diff: unifiedDiff(old ?? "", next) }
  };
}
function rolesOf(fields) {
  const roles = stringsOf(fields);
  return Object.fromEntries(
    ["AdministrationRoleARN", "ExecutionRoleName"].flatMap((name) => roles[name] ? [[name, roles[name]]] : [])
  );
}
function prefixed(label, lines) {
  return lines.length === 0 ? [] : [`${label}:`, ...lines.map((line) => `  ${line}`)];
}
function fieldsOf(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function stringsOf(value) {
  return Object.fromEntries(
    Object.entries(fieldsOf(value)).filter((entry) => typeof entry[1] === "string")
  );
}

// src/report/change-listing.ts
var ACTION_SYMBOL = { create: "+", change: "~", destroy: "-" };
function changeListing(groups, depth) {
  const lines = [];
  for (const group of groups) {
    if (lines.length > 0) lines.push({ text: "", style: "blank" });
    lines.push({ text: `# ${group.resource}`, style: "resource" });
    for (const effect of group.effects) lines.push(...effectLines(effect, depth));
  }
  return lines;
}
function effectLines(effect, depth) {
  const { change } = effect;
  const flags = [change.destructive ? "[destructive]" : "", change.highImpact ? "[high impact]" : ""].filter(Boolean).join(" ");
  const headline = {
    text: `${ACTION_SYMBOL[change.action]} ${effect.headline}${flags ? `  ${flags}` : ""}`,
    style: change.action
  };
  if (depth === "headlines") return [headline];
  const lines = [
    headline,
    ...[...effect.summary, ...effect.details].map((detail) => ({ text: `    ${detail}`, style: "detail" }))
  ];
  if (!effect.diff) return lines;
  const { of, diff } = effect.diff;
  if (depth === "elsewhere") {
    lines.push({ text: `    ${of} diff: below the list`, style: "detail" });
    return lines;
  }
  lines.push({ text: `    ${of} diff:`, style: "detail" });
  lines.push(...diff.lines.map((line) => ({ text: `    ${line}`, style: diffLineStyle(line) })));
  return lines;
}
function diffLineStyle(line) {
  if (line.startsWith("@@")) return "hunk";
  if (line.startsWith("+")) return "added";
  if (line.startsWith("-")) return "removed";
  return "context";
}

// src/report/plan-text.ts
var UNREAD_OVERRIDES = "Parameter overrides of stack instances are read only where a manifest declares them or vend recorded them (tag vend:parameter-overrides); `vend drift` reads them on every instance.";
function summaryLine(summary) {
  return `${summary.create} to create, ${summary.change} to change, ${summary.destroy} to destroy`;
}
function blockedLine(plan) {
  const count = plan.problems.length;
  if (count === 0) return void 0;
  return `Apply is blocked by ${countOf(count, "problem")}: it changes nothing until ${count === 1 ? "it is" : "they are"} fixed.`;
}
function renderPlanText(plan, options = {}) {
  const paint = options.colour ? ansi : plain;
  const lines = [];
  if (plan.changes.length === 0 && plan.problems.length === 0)
    lines.push(`No changes. The organization matches the repository, in everything plan reads. ${UNREAD_OVERRIDES}`);
  if (plan.changes.length > 0) {
    lines.push("Vend will make these changes, by resource (in apply order within each):", "");
    for (const line of changeListing(groupByResource(describeChanges(plan)), "inline"))
      lines.push(line.text ? `  ${paint(line.style, line.text)}` : "");
    const destructive = plan.changes.filter((change) => change.destructive).length;
    const highImpact = plan.changes.filter((change) => change.highImpact).length;
    if (destructive + highImpact > 0) lines.push("");
    if (destructive > 0)
      lines.push(
        `${paint("destructive", countOf(destructive, "destructive change"))} [destructive]: apply carries ${destructive === 1 ? "it" : "them"} out only with --allow-destructive.`
      );
    if (highImpact > 0)
      lines.push(
        `${paint("highImpact", countOf(highImpact, "high-impact change"))} [high impact]: ${highImpact === 1 ? "it reaches" : "they reach"} far without deleting anything; review ${highImpact === 1 ? "it" : "them"} closely.`
      );
  }
  if (plan.problems.length > 0) {
    lines.push("", paint("problem", `${plan.problems.length === 1 ? "A problem blocks" : "Problems block"} apply:`));
    for (const problem of plan.problems) lines.push(visible(`  ! ${problem.target}: ${problem.message}`));
  }
  const notes = plan.accounts.flatMap((account) => account.notes.map((note) => visible(`  ${account.name}: ${note}`)));
  if (notes.length > 0) lines.push("", "Notes:", ...notes);
  if (plan.unmanagedAccounts.length > 0) {
    lines.push("", `Unmanaged accounts (in AWS, declared nowhere; left alone): ${plan.unmanagedAccounts.length}`);
    for (const account of plan.unmanagedAccounts)
      lines.push(visible(`  ${account.name} (${account.id}) ${account.email} in ${account.parentPath}`));
  }
  const blocked = blockedLine(plan);
  lines.push(
    "",
    `${paint("bold", `Plan: ${summaryLine(plan.summary)}.`)}${blocked ? ` ${paint("problem", blocked)}` : ""}`,
    `Digest: ${plan.digest}`
  );
  return lines.join("\n");
}

export {
  describeChanges,
  groupByResource,
  changeListing,
  UNREAD_OVERRIDES,
  summaryLine,
  blockedLine,
  renderPlanText
};
