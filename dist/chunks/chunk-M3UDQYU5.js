import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  controlsAccess,
  readTemplateFacts
} from "./chunk-3BLKRS4H.js";
import {
  canonicalJson
} from "./chunk-GC7XXYZB.js";
import {
  losesNumberValues
} from "./chunk-PBUMDURM.js";
import {
  countOf,
  formatCount,
  isIntrinsic,
  listNames
} from "./chunk-EFBOC2AA.js";
import {
  compareText
} from "./chunk-5ZL7S7IZ.js";

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
function diffLinesWithin(lines, before, after) {
  let old = 0;
  let next = 0;
  return lines.map((line) => {
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (header) {
      old = Number(header[1]) - 1;
      next = Number(header[2]) - 1;
      return false;
    }
    if (line.startsWith("-")) return before.has(++old);
    if (line.startsWith("+")) return after.has(++next);
    return before.has(++old) || after.has(++next);
  });
}
var CONTEXT_LINES = 3;
function unifiedDiff(before, after, context = CONTEXT_LINES) {
  const withNewline = (text) => text === "" || text.endsWith("\n") ? text : `${text}
`;
  const patch = structuredPatch("before", "after", withNewline(before), withNewline(after), "", "", {
    context: Number.isFinite(context) ? context : Number.MAX_SAFE_INTEGER
  });
  return {
    // As `diff -u` and jsdiff's own formatPatch write it: an empty side starts at the line before, `@@ -0,0 +1,5 @@`.
    lines: patch.hunks.flatMap((hunk) => [
      `@@ -${hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart},${hunk.oldLines} +${hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart},${hunk.newLines} @@`,
      ...hunk.lines
    ])
  };
}
function prettyPolicy(minified) {
  if (losesNumberValues(minified)) return minified;
  try {
    return JSON.stringify(JSON.parse(minified), null, 2);
  } catch {
    return minified;
  }
}
function compactDiff(lines, max, important = []) {
  const marked = lines.map((text, index) => ({ text, important: important[index] === true }));
  const narrowed = narrowContext(withoutFiller(marked)).map(shortLine);
  if (narrowed.length <= max) return narrowed.map((line) => line.text);
  const groups = [];
  for (const line of narrowed) {
    if (line.text.startsWith("@@") || isContextElision(line.text) || groups.length === 0) groups.push([line]);
    else groups.at(-1).push(line);
  }
  const shown = shownGroups(groups, max);
  const skippedRuns = groups.filter((_, index) => !shown.has(index) && (index === 0 || shown.has(index - 1))).length;
  const take = /* @__PURE__ */ new Map();
  let budget = Math.max(0, max - 2 * shown.size - skippedRuns);
  for (const important2 of [true, false]) {
    const bySize = [...shown].filter((index) => holdsImportant(groups[index]) === important2).map((index) => ({ index, size: groups[index].length - 1 })).sort((a, b) => a.size - b.size);
    bySize.forEach(({ index, size }, position) => {
      const share = Math.floor(budget / (bySize.length - position));
      take.set(index, Math.min(size, share));
      budget -= Math.min(size, share);
    });
  }
  const rendered = [];
  let skipped = [];
  const flushSkipped = () => {
    if (skipped.length > 0)
      rendered.push(
        `${ELISION} ${countOf(skipped.length, "more part")} of the diff not shown (${countOf(
          skipped.reduce((sum, group) => sum + group.length, 0),
          "line"
        )})`
      );
    skipped = [];
  };
  groups.forEach((group, index) => {
    if (!shown.has(index)) return void skipped.push(group);
    flushSkipped();
    rendered.push(group[0].text, ...shownLines(group.slice(1), take.get(index)));
  });
  flushSkipped();
  return rendered;
}
function shownGroups(groups, max) {
  const cost = (group) => Math.min(group.length, 3);
  if (groups.reduce((sum, group) => sum + cost(group), 0) <= max) return new Set(groups.keys());
  const order = [
    ...[...groups.keys()].filter((index) => holdsImportant(groups[index])),
    ...[...groups.keys()].filter((index) => !holdsImportant(groups[index]))
  ];
  const shown = /* @__PURE__ */ new Set();
  let used = 0;
  for (const index of order) {
    if (used + cost(groups[index]) + 1 > max) continue;
    shown.add(index);
    used += cost(groups[index]) + 1;
  }
  return shown;
}
function holdsImportant(group) {
  return group.some((line) => line.important && (line.text.startsWith("+") || line.text.startsWith("-")));
}
function isContextElision(text) {
  return text.startsWith(ELISION) && / unchanged lines? not shown$/.test(text);
}
function shownLines(lines, count) {
  if (count >= lines.length) return lines.map((line) => line.text);
  const isChange = (line) => line.text.startsWith("+") || line.text.startsWith("-");
  const beyond = (head2, wanted2) => lines.slice(head2).filter(wanted2);
  const [wanted, saying] = beyond(count, (line) => line.important && isChange(line)).length > 0 ? [(line) => line.important && isChange(line), "the lines of resources that grant or control access"] : [(line) => line.text.startsWith("-"), "the lines it removes"];
  const kept = Math.min(beyond(count, wanted).length, Math.floor(count / 2));
  const head = kept > 0 ? count - kept - 1 : count;
  const further = beyond(head, wanted).slice(0, kept);
  const left = lines.length - head - further.length;
  return [
    ...lines.slice(0, head).map((line) => line.text),
    ...further.length > 0 ? [`${ELISION} further down, ${saying}:`, ...further.map((line) => line.text)] : [],
    `${ELISION} ${countOf(left, "more line")} not shown`
  ];
}
function withoutFiller(lines) {
  const isFiller = ({ text }) => /^[+-]\s*(#.*)?$/.test(text) && !text.startsWith("+++") && !text.startsWith("---");
  const kept = [];
  let run = [];
  const flush = () => {
    if (run.length >= 3)
      kept.push({
        text: `${ELISION} ${countOf(run.length, "added or removed comment or blank line")} not shown`,
        important: false
      });
    else kept.push(...run);
    run = [];
  };
  for (const line of lines) {
    if (isFiller(line)) run.push(line);
    else {
      flush();
      kept.push(line);
    }
  }
  flush();
  return kept;
}
var COMPACT_LINE_LENGTH = 400;
var COMPACT_IMPORTANT_LINE_LENGTH = 4e3;
function shortLine(line) {
  const longest = line.important ? COMPACT_IMPORTANT_LINE_LENGTH : COMPACT_LINE_LENGTH;
  if (line.text.length <= longest) return line;
  const left = line.text.length - longest;
  return {
    ...line,
    text: `${line.text.slice(0, longest)} \u2026 (${formatCount(left)} more ${left === 1 ? "character" : "characters"} not shown)`
  };
}
var ELISION = "\u2026";
function narrowContext(lines) {
  const isChange = ({ text }) => text.startsWith("+") || text.startsWith("-") || text.startsWith(ELISION);
  const near = lines.map(() => false);
  lines.forEach((line, index) => {
    if (line.text.startsWith("@@")) near[index] = true;
    if (!isChange(line)) return;
    for (let at = Math.max(0, index - CONTEXT_LINES); at <= Math.min(lines.length - 1, index + CONTEXT_LINES); at++)
      near[at] = true;
  });
  const narrowed = [];
  let skipped = 0;
  const elision = () => ({ text: `${ELISION} ${countOf(skipped, "unchanged line")} not shown`, important: false });
  lines.forEach((line, index) => {
    if (!near[index]) {
      skipped++;
      return;
    }
    if (skipped > 0) narrowed.push(elision());
    skipped = 0;
    narrowed.push(line);
  });
  if (skipped > 0) narrowed.push(elision());
  return narrowed;
}

// src/report/template-summary-lines.ts
var ACCESS_TYPE = /^AWS::(?:IAM|SSO|IdentityStore|RolesAnywhere|KMS)::|Policy$|Permission/;
function accessWeight(type) {
  if (type === "AWS::IAM::Role" || type.startsWith("AWS::SSO::")) return 0;
  return /Polic(?:y|ies)$|Permission/.test(type) ? 1 : 2;
}
function templateSummaryLines(summary, resourcesShown = Infinity, accessShown = Infinity) {
  if (summary.unreadable)
    return [`the ${summary.unreadable} template could not be read as a template; only the diff shows the change`];
  const resources = (names) => {
    const grants = (name) => ACCESS_TYPE.test(name.type);
    const access = names.filter(grants).map((name, index) => ({ name, index })).sort((a, b) => accessWeight(a.name.type) - accessWeight(b.name.type) || a.index - b.index).map(({ name }) => name);
    const shownAccess = access.slice(0, accessShown);
    const others = [
      ...names.filter((name) => !grants(name) && name.controlsAccess === true),
      ...names.filter((name) => !grants(name) && name.controlsAccess !== true)
    ];
    const shown = [...shownAccess, ...others.slice(0, Math.max(0, resourcesShown - shownAccess.length))];
    const hiddenAccess = access.slice(shownAccess.length);
    const byType = /* @__PURE__ */ new Map();
    for (const { type } of hiddenAccess) byType.set(type, (byType.get(type) ?? 0) + 1);
    const among = [...byType].map(([type, count]) => `${count} ${type}`).join(", ");
    return [
      ...shown.map(({ logicalId, type }) => `${logicalId} (${type || "no type"})`),
      ...names.length > shown.length ? [`and ${names.length - shown.length} more${among ? ` (${among} among them)` : ""}`] : []
    ].join(", ");
  };
  const resourceCount = (count) => countOf(count, "resource");
  return [
    // Whom it trusts first: a long list of resources cannot push it below what a shortened comment keeps.
    ...principalLines(summary),
    ...summary.added.length > 0 ? [`template adds ${resourceCount(summary.added.length)}: ${resources(summary.added)}`] : [],
    ...summary.modified.length > 0 ? [`template changes ${resourceCount(summary.modified.length)}: ${resources(summary.modified)}`] : [],
    ...summary.retyped.length > 0 ? [
      `template replaces ${resourceCount(summary.retyped.length)} with another type: ${summary.retyped.map(({ logicalId, from, to }) => `${logicalId} (${from} \u2192 ${to})`).join(", ")}`
    ] : [],
    ...summary.removed.length > 0 ? [`template removes ${resourceCount(summary.removed.length)}: ${resources(summary.removed)}`] : [],
    ...newlyAllowedLines(summary, resourcesShown)
  ];
}
function templateGrantLines(summary) {
  return [...principalLines(summary), ...newlyAllowedLines(summary)];
}
function principalLines(summary) {
  return [
    ...summary.newPrincipals.length > 0 ? [`template trusts new principals: ${summary.newPrincipals.join("; ")}`] : [],
    ...summary.widenedPrincipals.length > 0 ? [`template allows more to principals it already trusts: ${summary.widenedPrincipals.join("; ")}`] : [],
    ...summary.newManagedPolicies.length > 0 ? [`template attaches new managed policies: ${summary.newManagedPolicies.join("; ")}`] : [],
    ...summary.changedBoundaries.length > 0 ? [`template changes the permissions boundary of ${summary.changedBoundaries.join("; ")}`] : []
  ];
}
function newlyAllowedLines(summary, resourcesShown = Infinity) {
  return [
    ...summary.newlyAllowed.slice(0, resourcesShown).map(({ resource, actions }) => `template newly allows ${resource}: ${listNames(actions, NEW_ACTIONS_SHOWN)}`),
    ...summary.newlyAllowed.length > resourcesShown ? [`template newly allows more to ${countOf(summary.newlyAllowed.length - resourcesShown, "other resource")}`] : []
  ];
}
var NEW_ACTIONS_SHOWN = 6;

// src/plan/template-grants.ts
function grantsOf(resources) {
  const principals = /* @__PURE__ */ new Map();
  const managedPolicies = /* @__PURE__ */ new Set();
  let resourceId = "";
  const grant = (principal, scopes) => {
    const held = principals.get(principal) ?? /* @__PURE__ */ new Set();
    for (const scope of scopes) held.add(`${resourceId}${GRANT_SEPARATOR}${scope}`);
    principals.set(principal, held);
  };
  const visit = (value, policyText) => {
    if (typeof value === "string") {
      if (policyText) {
        const parsed = parseJson(value);
        if (parsed !== void 0) visit(parsed, false);
      }
      return;
    }
    if (Array.isArray(value)) {
      for (const item of value) visit(item, policyText);
      return;
    }
    if (value === null || typeof value !== "object") return;
    if (isIntrinsic(value)) {
      visit(Object.values(value)[0], policyText);
      return;
    }
    const record = value;
    if ("Principal" in record || "NotPrincipal" in record) {
      if (record["Effect"] === "Deny") return;
      const scopes = statementScopes(record);
      if (record["Principal"] !== void 0) for (const leaf of leavesOf(record["Principal"])) grant(leaf, scopes);
      if (record["NotPrincipal"] !== void 0)
        grant(`everyone except ${leavesOf(record["NotPrincipal"]).join(", ")}`, scopes);
      return;
    }
    for (const [key, child] of Object.entries(record)) {
      if (key === "ManagedPolicyArns")
        for (const leaf of leavesOf(child)) managedPolicies.add(`${leaf} (${resourceId})`);
      else if (SHARED_WITH_KEY.test(key)) for (const leaf of leavesOf(child)) grant(leaf, ["*"]);
      else visit(child, POLICY_KEY.test(key));
    }
  };
  for (const resource of resources) {
    resourceId = resource.logicalId;
    visit(resource.properties, false);
  }
  return { principals, managedPolicies };
}
var GRANT_SEPARATOR = " | ";
function compareGrants(before, after) {
  const added = [];
  const widened = [];
  for (const [principal, scopes] of after.principals) {
    const previous = before.principals.get(principal);
    if (!previous) {
      added.push(principal);
      continue;
    }
    const through = new Set(
      [...scopes].filter((scope) => !previous.has(scope) && ![...previous].some((held) => narrows(held, scope))).map((scope) => scope.split(GRANT_SEPARATOR)[0])
    );
    if (through.size > 0) widened.push(`${principal} (through ${[...through].sort(compareText).join(", ")})`);
  }
  const sorted = (values) => values.sort(compareText);
  return {
    added: principalsFirstToRead(added),
    widened: principalsFirstToRead(widened),
    newManagedPolicies: sorted([...after.managedPolicies].filter((policy) => !before.managedPolicies.has(policy)))
  };
}
function principalsFirstToRead(principals) {
  const rank = (principal) => principal.includes("*") ? 0 : principal.startsWith("AWS:") ? 2 : 1;
  return principals.sort((a, b) => rank(a) - rank(b) || compareText(a, b));
}
function narrows(held, scope) {
  const parts = (grant) => {
    const at = grant.indexOf(`${GRANT_SEPARATOR}{`);
    const statement = at < 0 ? void 0 : parseJson(grant.slice(at + GRANT_SEPARATOR.length));
    if (!statement) return void 0;
    const { Condition: condition, ...rest } = statement;
    return { key: `${grant.slice(0, at)}${GRANT_SEPARATOR}${canonicalJson(rest)}`, condition };
  };
  const before = parts(held);
  const after = parts(scope);
  if (!before || !after || before.key !== after.key) return false;
  const blocks = (condition) => condition !== null && typeof condition === "object" && !Array.isArray(condition) ? condition : void 0;
  const had = before.condition === void 0 ? {} : blocks(before.condition);
  const has = after.condition === void 0 ? {} : blocks(after.condition);
  if (!had || !has) return false;
  return Object.entries(had).every(([operator, keys]) => {
    const now = blocks(has[operator]);
    const then = blocks(keys);
    return now !== void 0 && then !== void 0 && Object.entries(then).every(([key, values]) => canonicalJson(now[key] ?? null) === canonicalJson(values ?? null));
  });
}
function identityGrantsOf(resources) {
  const grants = /* @__PURE__ */ new Map();
  for (const resource of resources) {
    const label = `${resource.logicalId} (${resource.type})`;
    const visit = (value, policyText) => {
      if (typeof value === "string") {
        const parsed = policyText ? parseJson(value) : void 0;
        if (parsed !== void 0) visit(parsed, false);
        return;
      }
      if (Array.isArray(value)) {
        for (const item of value) visit(item, policyText);
        return;
      }
      if (value === null || typeof value !== "object") return;
      if (isIntrinsic(value)) {
        visit(Object.values(value)[0], policyText);
        return;
      }
      const record = value;
      if ("Principal" in record || "NotPrincipal" in record) return;
      if (("Action" in record || "NotAction" in record) && "Effect" in record) {
        if (record["Effect"] === "Deny") return;
        const held = grants.get(label) ?? /* @__PURE__ */ new Set();
        for (const scope of statementScopes(record)) held.add(scope);
        grants.set(label, held);
        return;
      }
      for (const [key, child] of Object.entries(record)) visit(child, POLICY_KEY.test(key) || key === "InlinePolicy");
    };
    visit(resource.properties, false);
  }
  return grants;
}
function newlyAllowedActions(before, after) {
  const rank = (action) => action.includes("*") ? 0 : /^(iam|sts|organizations|kms|sso|identitystore):/i.test(action) ? 1 : 2;
  return [...after].flatMap(([resource, scopes]) => {
    const previous = before.get(resource) ?? /* @__PURE__ */ new Set();
    const actions = [
      ...new Set(
        [...scopes].filter((scope) => !previous.has(scope) && ![...previous].some((held) => narrows(held, scope))).flatMap((scope) => gained(scope, previous))
      )
    ].sort((a, b) => rank(a) - rank(b) || compareText(a, b));
    return actions.length > 0 ? [{ resource, actions }] : [];
  }).sort((a, b) => compareText(a.resource, b.resource));
}
var EXCEPT = /^all actions except \((.*)\) \| (.*)$/s;
function gained(scope, previous) {
  const except = EXCEPT.exec(scope);
  if (!except) return [scope.split(" | ")[0]];
  const [, list = "", context] = except;
  const earlier = [...previous].flatMap((candidate) => {
    const match = EXCEPT.exec(candidate);
    return match && match[2] === context ? [new Set((match[1] ?? "").split(", "))] : [];
  });
  if (earlier.length === 0) return [scope.split(" | ")[0]];
  const now = new Set(list.split(", "));
  return [
    ...new Set(
      earlier.flatMap(
        (excepted) => [...excepted].filter((action) => !now.has(action)).map((action) => `${action} (no longer excepted by NotAction)`)
      )
    )
  ];
}
var SHARED_WITH_KEY = /^(Principals|AllowedPrincipals|PeerOwnerId)$/;
var POLICY_KEY = /Policy(Document|Text)?$/;
function statementScopes(statement) {
  const rest = Object.fromEntries(
    Object.entries(statement).filter(
      ([key]) => !["Principal", "NotPrincipal", "Effect", "Action", "NotAction", "Sid"].includes(key)
    )
  );
  const context = canonicalJson(rest);
  const actions = statement["NotAction"] !== void 0 ? [`all actions except (${leavesOf(statement["NotAction"]).join(", ")})`] : statement["Action"] !== void 0 ? leavesOf(statement["Action"]) : ["*"];
  return actions.map((action) => `${action} | ${context}`);
}
function parseJson(text) {
  try {
    const parsed = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null ? parsed : void 0;
  } catch {
    return void 0;
  }
}
function leavesOf(value, prefix = "") {
  if (Array.isArray(value)) return value.flatMap((item) => leavesOf(item, prefix));
  if (value !== null && typeof value === "object")
    return isIntrinsic(value) ? [`${prefix}${intrinsicText(value)}`] : Object.entries(value).flatMap(([key, child]) => leavesOf(child, `${prefix}${key}: `));
  return [`${prefix}${String(value)}`];
}
function intrinsicText(value) {
  const [[name, argument]] = Object.entries(value);
  const short = name === "Ref" ? "Ref" : name.slice("Fn::".length);
  if (name === "Fn::GetAtt" && Array.isArray(argument) && argument.every((part) => typeof part === "string"))
    return `!GetAtt ${argument.join(".")}`;
  return `!${short} ${typeof argument === "string" ? argument : flowText(argument)}`;
}
function flowText(value) {
  if (Array.isArray(value)) return `[${value.map(flowText).join(", ")}]`;
  if (value !== null && typeof value === "object")
    return isIntrinsic(value) ? intrinsicText(value) : `{${Object.entries(value).map(([key, child]) => `${flowText(key)}: ${flowText(child)}`).join(", ")}}`;
  if (typeof value !== "string") return String(value);
  const plain = /^[A-Za-z_$/][\w$/.:@=+*-]*$/.test(value) && !/: |:$|^(true|false|null|yes|no|on|off)$/i.test(value);
  return plain ? value : `'${value.replaceAll("'", "''")}'`;
}

// src/plan/template-summary.ts
var BOUNDED_TYPES = /* @__PURE__ */ new Set(["AWS::IAM::Role", "AWS::IAM::User"]);
function summarizeTemplateChange(deployedBody, newBody) {
  const empty = {
    added: [],
    removed: [],
    retyped: [],
    modified: [],
    newPrincipals: [],
    widenedPrincipals: [],
    newManagedPolicies: [],
    changedBoundaries: [],
    newlyAllowed: []
  };
  const before = deployedBody === void 0 ? { resources: [] } : readTemplateFacts(deployedBody);
  if (!before) return { ...empty, unreadable: "deployed" };
  const after = readTemplateFacts(newBody);
  if (!after) return { ...empty, unreadable: "new" };
  const old = new Map(before.resources.map((resource) => [resource.logicalId, resource]));
  const next = new Map(after.resources.map((resource) => [resource.logicalId, resource]));
  const named = (resource) => ({
    logicalId: resource.logicalId,
    type: resource.type,
    ...controlsAccess(resource) ? { controlsAccess: true } : {}
  });
  const byId = (a, b) => compareText(a.logicalId, b.logicalId);
  const grants = compareGrants(grantsOf(before.resources), grantsOf(after.resources));
  return {
    added: after.resources.filter((resource) => !old.has(resource.logicalId)).map(named).sort(byId),
    removed: before.resources.filter((resource) => !next.has(resource.logicalId)).map(named).sort(byId),
    retyped: after.resources.flatMap((resource) => {
      const previous = old.get(resource.logicalId);
      return previous && previous.type !== resource.type ? [{ logicalId: resource.logicalId, from: previous.type, to: resource.type }] : [];
    }).sort(byId),
    modified: after.resources.filter((resource) => {
      const previous = old.get(resource.logicalId);
      return previous?.type === resource.type && canonicalJson(previous.definition ?? null) !== canonicalJson(resource.definition ?? null);
    }).map(named).sort(byId),
    newPrincipals: grants.added,
    widenedPrincipals: grants.widened,
    newManagedPolicies: grants.newManagedPolicies,
    changedBoundaries: after.resources.flatMap((resource) => {
      const previous = old.get(resource.logicalId);
      if (previous?.type !== resource.type || !BOUNDED_TYPES.has(resource.type)) return [];
      const [was, is] = [previous.properties["PermissionsBoundary"], resource.properties["PermissionsBoundary"]];
      if (canonicalJson(was ?? null) === canonicalJson(is ?? null)) return [];
      const shown = (value) => value === void 0 ? "none" : flowText(value);
      return [`${resource.logicalId}: ${shown(was)} \u2192 ${shown(is)}`];
    }).sort(compareText),
    newlyAllowed: newlyAllowedActions(identityGrantsOf(before.resources), identityGrantsOf(after.resources))
  };
}

export {
  diffLinesWithin,
  unifiedDiff,
  prettyPolicy,
  compactDiff,
  COMPACT_LINE_LENGTH,
  templateSummaryLines,
  templateGrantLines,
  summarizeTemplateChange
};
