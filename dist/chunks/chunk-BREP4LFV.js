import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/config/hidden-characters.ts
var HIDDEN_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/gu;
var EMOJI_JOINER = /[\u200d\u{e0020}-\u{e007f}]/u;
var EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u{e0020}-\u{e007f}]/u;
var NAMES = {
  27: "escape",
  173: "soft hyphen",
  8203: "zero-width space",
  8204: "zero-width non-joiner",
  8205: "zero-width joiner",
  8206: "left-to-right mark",
  8207: "right-to-left mark",
  8234: "left-to-right embedding",
  8235: "right-to-left embedding",
  8236: "pop directional formatting",
  8237: "left-to-right override",
  8238: "right-to-left override",
  8232: "line separator",
  8233: "paragraph separator",
  8288: "word joiner",
  8294: "left-to-right isolate",
  8295: "right-to-left isolate",
  8296: "first strong isolate",
  8297: "pop directional isolate",
  65279: "zero-width no-break space"
};
function codePointOf(character) {
  return `U+${character.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function findHiddenCharacters(text) {
  const found = [];
  for (const match of text.matchAll(HIDDEN_CHARACTER)) {
    const character = match[0];
    if (EMOJI_JOINER.test(character) && EMOJI_PART.test(characterBefore(text, match.index)) && joinsOnward(character, characterAfter(text, match.index + character.length)))
      continue;
    const code = character.codePointAt(0);
    found.push({
      offset: match.index,
      codePoint: codePointOf(character),
      name: NAMES[code] ?? (code < 160 ? "control character" : "invisible formatting character")
    });
  }
  return found;
}
function joinsOnward(character, next) {
  if (character === CANCEL_TAG) return true;
  if (character === "\u200D") return new RegExp("\\p{Extended_Pictographic}", "u").test(next);
  return /[\u{e0020}-\u{e007f}]/u.test(next);
}
var CANCEL_TAG = "\u{E007F}";
function characterAfter(text, index) {
  const code = text.codePointAt(index);
  return code === void 0 ? "" : String.fromCodePoint(code);
}
function characterBefore(text, index) {
  if (index === 0) return "";
  const last = text.charCodeAt(index - 1);
  return last >= 56320 && last <= 57343 && index > 1 ? text.slice(index - 2, index) : text[index - 1];
}
function hiddenCharacterMessage(character) {
  return `hidden character ${character.codePoint} (${character.name}): it changes what the text means or how it reads without being seen, so reviewers cannot check it. Delete it, or write what it stands for in plain characters.`;
}

export {
  HIDDEN_CHARACTER,
  codePointOf,
  findHiddenCharacters,
  hiddenCharacterMessage
};
