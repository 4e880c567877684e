import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);
import {
  formatCount
} from "./chunk-EFBOC2AA.js";

// src/report/fit-comment.ts
var GITHUB_COMMENT_LIMIT = 65536;
var JOB_SUMMARY_LIMIT_BYTES = 1e6;
function utf8Bytes(text) {
  return Buffer.byteLength(text, "utf8");
}
var SECTION_SEPARATOR = "\n\n";
var FENCE_OPEN = /^\s*(`{3,}|~{3,})(.*)$/;
var DETAILS_TAG = /<(\/?)details(?:\s[^>]*)?>/gi;
var INLINE_CODE = /(`+)[\s\S]*?\1/g;
function fitComment(sections, options = {}) {
  const {
    limit = GITHUB_COMMENT_LIMIT,
    seeAlso = "the job summary and the plan file",
    limitOf = "comment",
    measure = lengthOf
  } = options;
  const rendering = sections.map((section) => section.markdown);
  const dropped = /* @__PURE__ */ new Set();
  const current = () => rendering.filter((_, index) => !dropped.has(index)).join(SECTION_SEPARATOR);
  if (measure(current()) <= limit) return current();
  const withNote = (text) => {
    const shown = rendering.flatMap((markdown, index) => dropped.has(index) ? [] : [{ markdown, index }]);
    const footers = shown.length > 0 && sections[shown.at(-1).index].footer ? 1 : 0;
    const parts = shown.map(({ markdown }) => markdown);
    return [...parts.slice(0, parts.length - footers), text, ...parts.slice(parts.length - footers)].join(
      SECTION_SEPARATOR
    );
  };
  const trimmed = /* @__PURE__ */ new Set();
  const note = (lines) => {
    const named = [...new Set([...trimmed].flatMap((index) => sections[index].name ?? []))];
    const others = [...trimmed].some((index) => sections[index].name === void 0);
    return `_\u2026 ${formatCount(lines)} more ${lines === 1 ? "line" : "lines"} trimmed to fit GitHub's ${limitOf} limit${named.length > 0 ? ` (from ${named.join(" and ")}${others ? ", among others" : ""})` : ""}; see ${seeAlso}._`;
  };
  const fromTheEnd = (indexes) => indexes.reverse();
  const details = fromTheEnd(sections.flatMap((s, index) => s.keep ? [] : [index])).sort(
    (a, b) => (sections[b].trimRank ?? 0) - (sections[a].trimRank ?? 0)
  );
  const kept = fromTheEnd(sections.flatMap((s, index) => s.keep ? [index] : []));
  let trimmedLines = 0;
  const fitted = () => {
    const whole = trimmedLines > 0 ? withNote(note(trimmedLines)) : current();
    return measure(whole) <= limit ? whole : void 0;
  };
  const cutToFit = (index, allowMidLine) => {
    trimmed.add(index);
    const result = cutToFitInner(index, allowMidLine);
    if (result === void 0) trimmed.delete(index);
    return result;
  };
  const cutToFitInner = (index, allowMidLine) => {
    const others = rendering.filter((_, i) => i !== index && !dropped.has(i));
    const used = others.reduce((sum, markdown) => sum + measure(markdown) + SECTION_SEPARATOR.length, 0);
    const own = sections[index].cut;
    if (own) {
      const trimNote = trimmedLines > 0 ? measure(note(trimmedLines)) + SECTION_SEPARATOR.length : 0;
      const ownCut = own(limit - used - trimNote, measure);
      if (ownCut === void 0) return void 0;
      rendering[index] = ownCut;
      return fitted();
    }
    const cut = cutSection(rendering[index], limit - used, trimmedLines, note, allowMidLine, measure);
    if (cut === void 0) return void 0;
    rendering[index] = cut;
    return current();
  };
  const longestFirst = () => [...details].sort(
    (a, b) => (sections[b].trimRank ?? 0) - (sections[a].trimRank ?? 0) || measure(rendering[b]) - measure(rendering[a])
  );
  for (const index of longestFirst()) {
    for (const compact of sections[index].compact ?? []) {
      rendering[index] = compact;
      const whole = fitted();
      if (whole !== void 0) return whole;
    }
  }
  for (const index of longestFirst()) {
    const cut = cutToFit(index, false);
    if (cut !== void 0) return cut;
    dropped.add(index);
    trimmed.add(index);
    trimmedLines += countLines(rendering[index]);
  }
  const shrunk = [];
  const refilled = () => {
    for (const index of [...shrunk].reverse()) {
      const shown = rendering[index];
      const longer = [sections[index].markdown, ...sections[index].compact ?? []];
      const fits = longer.slice(0, longer.indexOf(shown)).find((candidate) => {
        rendering[index] = candidate;
        return fitted() !== void 0;
      });
      if (fits === void 0) rendering[index] = shown;
    }
    const wanted = [...dropped].reverse();
    const shortest = (index) => [sections[index].markdown, ...sections[index].compact ?? []].at(-1);
    for (const [position, index] of wanted.entries()) {
      const shown = rendering[index];
      dropped.delete(index);
      trimmed.delete(index);
      trimmedLines -= countLines(shown);
      const reserve = wanted.slice(position + 1).reduce((sum, later) => sum + measure(shortest(later)) + SECTION_SEPARATOR.length, 0);
      const candidates = [sections[index].markdown, ...sections[index].compact ?? []];
      const fitsWith = (room) => candidates.find((candidate) => {
        rendering[index] = candidate;
        const whole = fitted();
        return whole !== void 0 && measure(whole) + room <= limit;
      });
      if (fitsWith(reserve) !== void 0 || fitsWith(0) !== void 0) continue;
      rendering[index] = sections[index].markdown;
      const cut = cutToFit(index, false);
      if (cut !== void 0 && measure(cut) <= limit) return cut;
      rendering[index] = shown;
      dropped.add(index);
      trimmed.add(index);
      trimmedLines += countLines(shown);
    }
    return fitted();
  };
  if (fitted() !== void 0) return refilled();
  const rankOf = (index) => sections[index].trimRank ?? 0;
  for (const rank of [...new Set(kept.map(rankOf))].sort((a, b) => b - a)) {
    const ranked = kept.filter((index) => rankOf(index) === rank);
    const levels = Math.max(0, ...ranked.map((index) => sections[index].compact?.length ?? 0));
    for (let level = 0; level < levels; level++) {
      const longestFirst2 = ranked.filter((index) => sections[index].compact?.[level] !== void 0).sort((a, b) => measure(rendering[b]) - measure(rendering[a]));
      for (const index of longestFirst2) {
        rendering[index] = sections[index].compact[level];
        if (!shrunk.includes(index)) shrunk.push(index);
        if (fitted() !== void 0) return refilled();
      }
    }
  }
  for (const index of kept) {
    const cut = cutToFit(index, true);
    if (cut !== void 0) return cut;
    dropped.add(index);
    trimmed.add(index);
    trimmedLines += countLines(rendering[index]);
  }
  return truncate(note(trimmedLines), limit, measure);
}
function cutSection(markdown, budget, alreadyTrimmed, note, allowMidLine, measure) {
  const lines = markdown.split("\n");
  const total = countLines(markdown);
  const tail = (keptLines, state2) => [
    closers(state2),
    note(alreadyTrimmed + total - keptLines)
  ];
  const render = (prefix, keptLines, state2) => {
    const [closing, trimNote] = tail(keptLines, state2);
    return [[prefix, closing].filter(Boolean).join("\n"), trimNote].filter(Boolean).join(SECTION_SEPARATOR);
  };
  const nothingKept = render("", 0, emptyState());
  if (measure(nothingKept) > budget) return void 0;
  let best;
  const state = emptyState();
  let prefixLength = -1;
  let prefixSize = -1;
  for (let kept = 1; kept <= lines.length; kept++) {
    const line = lines[kept - 1];
    prefixLength += line.length + 1;
    prefixSize += measure(line) + 1;
    if (prefixSize > budget) break;
    track(state, line);
    const keptLines = Math.min(kept, total);
    const [closing = "", trimNote = ""] = tail(keptLines, state);
    const size = prefixSize + (closing ? measure(closing) + 1 : 0) + SECTION_SEPARATOR.length + measure(trimNote);
    if (size <= budget) best = { prefixLength, keptLines, state: { ...state } };
  }
  if (best) return render(markdown.slice(0, best.prefixLength), best.keptLines, best.state);
  if (allowMidLine) {
    let room = budget - measure(nothingKept) - 1;
    for (let attempt = 0; attempt < 2 && room > 0; attempt++) {
      const partial = truncate(lines[0], room, measure);
      const partialState = emptyState();
      track(partialState, partial);
      const candidate = render(partial, 0, partialState);
      if (measure(candidate) <= budget) return candidate;
      room -= measure(candidate) - budget;
    }
  }
  return nothingKept;
}
function emptyState() {
  return { fence: void 0, detailsDepth: 0 };
}
function track(state, line) {
  const fence = FENCE_OPEN.exec(line);
  if (state.fence !== void 0) {
    const marker = fence?.[1];
    const closes = marker !== void 0 && marker[0] === state.fence[0] && marker.length >= state.fence.length && (fence?.[2] ?? "").trim() === "";
    if (closes) state.fence = void 0;
    return;
  }
  if (fence?.[1] !== void 0 && !(fence[1][0] === "`" && (fence[2] ?? "").includes("`"))) {
    state.fence = fence[1];
    return;
  }
  for (const tag of line.replace(INLINE_CODE, "").matchAll(DETAILS_TAG)) {
    state.detailsDepth = tag[1] === "/" ? Math.max(0, state.detailsDepth - 1) : state.detailsDepth + 1;
  }
}
function closers(state) {
  const lines = state.fence === void 0 ? [] : [state.fence];
  for (let i = 0; i < state.detailsDepth; i++) lines.push("</details>");
  return lines.join("\n");
}
function countLines(markdown) {
  const lines = markdown.split("\n");
  return markdown.endsWith("\n") ? lines.length - 1 : lines.length;
}
function lengthOf(text) {
  return text.length;
}
function truncate(text, size, measure) {
  let end = Math.min(text.length, Math.max(0, size));
  while (end > 0 && measure(text.slice(0, end)) > size)
    end -= Math.max(1, Math.ceil((measure(text.slice(0, end)) - size) / 3));
  const code = text.charCodeAt(end - 1);
  return text.slice(0, end > 0 && code >= 55296 && code <= 56319 ? end - 1 : end);
}

export {
  GITHUB_COMMENT_LIMIT,
  JOB_SUMMARY_LIMIT_BYTES,
  utf8Bytes,
  fitComment
};
