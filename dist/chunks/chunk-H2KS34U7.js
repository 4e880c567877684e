import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/report/fit-comment.ts
var GITHUB_COMMENT_LIMIT = 65536;
var SECTION_SEPARATOR = "\n\n";
var FENCE_OPEN = /^\s*(`{3,}|~{3,})(.*)$/;
var DETAILS_TAG = /<(\/?)details(?:\s[^>]*)?>/gi;
var INLINE_CODE = /(`+)[\s\S]*?\1/g;
function fitComment(sections, limit = GITHUB_COMMENT_LIMIT, seeAlso = "the job summary and the plan file") {
  const whole = sections.map((s) => s.markdown).join(SECTION_SEPARATOR);
  if (whole.length <= limit) return whole;
  const note = (lines) => `_\u2026 ${lines} more ${lines === 1 ? "line" : "lines"} trimmed to fit GitHub's comment limit; see ${seeAlso}._`;
  const fromTheEnd = (indexes) => indexes.reverse();
  const details = fromTheEnd(sections.flatMap((s, index) => s.keep ? [] : [index])).sort(
    (a, b) => (sections[b].trimRank ?? 0) - (sections[a].trimRank ?? 0)
  );
  const kept = fromTheEnd(sections.flatMap((s, index) => s.keep ? [index] : []));
  let trimmedLines = 0;
  const dropped = /* @__PURE__ */ new Set();
  for (const order of [details, kept]) {
    for (const index of order) {
      const section = sections[index];
      const others = sections.flatMap((s, i) => i === index || dropped.has(i) ? [] : [s.markdown]);
      const used = others.reduce((sum, markdown) => sum + markdown.length + SECTION_SEPARATOR.length, 0);
      const cut = cutSection(section.markdown, limit - used, trimmedLines, note, section.keep);
      if (cut !== void 0) {
        return sections.flatMap((s, i) => i === index ? [cut] : dropped.has(i) ? [] : [s.markdown]).join(SECTION_SEPARATOR);
      }
      dropped.add(index);
      trimmedLines += countLines(section.markdown);
    }
  }
  return truncate(note(trimmedLines), limit);
}
function cutSection(markdown, budget, alreadyTrimmed, note, allowMidLine) {
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
  if (nothingKept.length > budget) return void 0;
  let best;
  const state = emptyState();
  let prefixLength = -1;
  for (let kept = 1; kept <= lines.length; kept++) {
    prefixLength += lines[kept - 1].length + 1;
    if (prefixLength > budget) break;
    track(state, lines[kept - 1]);
    const keptLines = Math.min(kept, total);
    const [closing = "", trimNote = ""] = tail(keptLines, state);
    const length = prefixLength + (closing ? closing.length + 1 : 0) + SECTION_SEPARATOR.length + trimNote.length;
    if (length <= budget) best = { prefixLength, keptLines, state: { ...state } };
  }
  if (best) return render(markdown.slice(0, best.prefixLength), best.keptLines, best.state);
  if (allowMidLine) {
    let room = budget - nothingKept.length - 1;
    for (let attempt = 0; attempt < 2 && room > 0; attempt++) {
      const partial = truncate(lines[0], room);
      const partialState = emptyState();
      track(partialState, partial);
      const candidate = render(partial, 0, partialState);
      if (candidate.length <= budget) return candidate;
      room -= candidate.length - budget;
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
function truncate(text, length) {
  if (text.length <= length) return text;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 55296 && code <= 56319 ? length - 1 : length);
}

export {
  fitComment
};
