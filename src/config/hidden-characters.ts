/**
 * Characters that change what text means or how it shows without being seen: C0 and C1 controls but tab, line
 * feed and carriage return; DEL; Unicode format characters (category Cf: zero-width spaces and joiners, the
 * bidirectional overrides and isolates of CVE-2021-42574 "Trojan Source", soft hyphens); and the line and
 * paragraph separators. In an SCP, `"Leave\u200bOrganization"` is another action than it reads as; in a
 * parameter, a right-to-left override makes an ARN read backwards; in a template comment, `ESC [8m` hides the
 * lines after it in a terminal.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const HIDDEN_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/gu;

/** What an emoji sequence joins with: the zero-width joiner (👩‍💻) and the tag characters of subdivision flags. */
const EMOJI_JOINER = /[\u200d\u{e0020}-\u{e007f}]/u;
const EMOJI_PART = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f\u{e0020}-\u{e007f}]/u;

export interface HiddenCharacter {
  /** UTF-16 offset in the text. */
  offset: number;
  /** `U+202E`. */
  codePoint: string;
  /** `right-to-left override`, or the character's class when it has no common name. */
  name: string;
}

const NAMES: Record<number, string> = {
  0x1b: 'escape',
  0xad: 'soft hyphen',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x202a: 'left-to-right embedding',
  0x202b: 'right-to-left embedding',
  0x202c: 'pop directional formatting',
  0x202d: 'left-to-right override',
  0x202e: 'right-to-left override',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x2060: 'word joiner',
  0x2066: 'left-to-right isolate',
  0x2067: 'right-to-left isolate',
  0x2068: 'first strong isolate',
  0x2069: 'pop directional isolate',
  0xfeff: 'zero-width no-break space',
};

/** A character's code point as Unicode writes it: `U+202E`, at least four hex digits. */
export function codePointOf(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Every hidden character in `text`, in order, but those that join an emoji sequence: a zero-width joiner between two
 * emoji (👩‍💻), and the tag characters after an emoji up to the cancel tag U+E007F that ends them (a subdivision flag;
 * Unicode Technical Standard #51, "ED-14a emoji tag sequence"). A joiner before a letter joins nothing that shows:
 * `😀\u200dadmin` reads as other text than it holds. Pure.
 */
export function findHiddenCharacters(text: string): HiddenCharacter[] {
  const found: HiddenCharacter[] = [];
  for (const match of text.matchAll(HIDDEN_CHARACTER)) {
    const character = match[0];
    if (
      EMOJI_JOINER.test(character) &&
      EMOJI_PART.test(characterBefore(text, match.index)) &&
      joinsOnward(character, characterAfter(text, match.index + character.length))
    )
      continue;
    const code = character.codePointAt(0)!;
    found.push({
      offset: match.index,
      codePoint: codePointOf(character),
      name: NAMES[code] ?? (code < 0xa0 ? 'control character' : 'invisible formatting character'),
    });
  }
  return found;
}

/** Whether the joiner `character` leads somewhere in an emoji sequence: the cancel tag ends one; the others need more. */
function joinsOnward(character: string, next: string): boolean {
  if (character === CANCEL_TAG) return true;
  if (character === '\u200d') return /\p{Extended_Pictographic}/u.test(next);
  return /[\u{e0020}-\u{e007f}]/u.test(next);
}

const CANCEL_TAG = '\u{e007f}';

/** The whole character (code point) that starts at `index`, or '' at the end. */
function characterAfter(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The whole character (code point) that ends just before `index`, or '' at the start. */
function characterBefore(text: string, index: number): string {
  if (index === 0) return '';
  const last = text.charCodeAt(index - 1);
  return last >= 0xdc00 && last <= 0xdfff && index > 1 ? text.slice(index - 2, index) : text[index - 1]!;
}

/** Why vend refuses a hidden character, and what to write instead. */
export function hiddenCharacterMessage(character: HiddenCharacter): string {
  return `hidden character ${character.codePoint} (${character.name}): it changes what the text means or how it reads without being seen, so reviewers cannot check it. Delete it, or write what it stands for in plain characters.`;
}
