/** Where a text stops being JSON (RFC 8259), and why, in words a person fixing the file can act on. */
export interface JsonSyntaxError {
  /** Offset in the text, in UTF-16 units (as the YAML line counter takes it). */
  offset: number;
  message: string;
}

/**
 * Finds the first JSON syntax error in `text`, or undefined if it is one JSON value. Vend parses SCP files with
 * its YAML parser to know where each key is, but YAML accepts what JSON does not (a trailing comma, comments,
 * single quotes) and JSON.parse gives no position for most errors in Node 20, so this scanner says where.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const scanner = new JsonScanner(text);
  try {
    scanner.skipWhitespace();
    scanner.value();
    scanner.skipWhitespace();
    if (scanner.offset < text.length) scanner.fail('more text after the end of the JSON document');
    return undefined;
  } catch (error) {
    if (error instanceof JsonScanError) return { offset: error.offset, message: error.message };
    throw error;
  }
}

/** Sticky, so it matches at the scanner's offset without copying the rest of the text. */
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

class JsonScanError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

class JsonScanner {
  offset = 0;

  constructor(private readonly text: string) {}

  fail(message: string, offset = this.offset): never {
    throw new JsonScanError(offset, message);
  }

  skipWhitespace() {
    while (/[ \t\n\r]/.test(this.text[this.offset] ?? '')) this.offset++;
  }

  private found(): string {
    const character = this.text[this.offset];
    return character === undefined ? 'the end of the file' : `'${character}'`;
  }

  value(): void {
    const character = this.text[this.offset];
    if (character === '{') return this.object();
    if (character === '[') return this.array();
    if (character === '"') return this.string();
    if (character !== undefined && /[-0-9]/.test(character)) return this.number();
    for (const literal of ['true', 'false', 'null'])
      if (this.text.startsWith(literal, this.offset)) {
        this.offset += literal.length;
        return;
      }
    this.fail(`expected a value (an object, list, string, number, true, false or null), found ${this.found()}`);
  }

  private object() {
    this.offset++;
    this.skipWhitespace();
    if (this.text[this.offset] === '}') {
      this.offset++;
      return;
    }
    for (;;) {
      if (this.text[this.offset] !== '"') {
        const trailing = this.text[this.offset] === '}';
        this.fail(
          trailing
            ? 'a comma before } (JSON allows no trailing comma); remove it'
            : `expected a property name in double quotes, found ${this.found()}`,
          trailing ? this.lastComma() : this.offset,
        );
      }
      this.string();
      this.skipWhitespace();
      if (this.text[this.offset] !== ':') this.fail(`expected ':' after the property name, found ${this.found()}`);
      this.offset++;
      this.skipWhitespace();
      this.value();
      this.skipWhitespace();
      if (this.text[this.offset] === '}') {
        this.offset++;
        return;
      }
      if (this.text[this.offset] !== ',') this.fail(`expected ',' or '}' after a property, found ${this.found()}`);
      this.offset++;
      this.skipWhitespace();
    }
  }

  private array() {
    this.offset++;
    this.skipWhitespace();
    if (this.text[this.offset] === ']') {
      this.offset++;
      return;
    }
    for (;;) {
      if (this.text[this.offset] === ']')
        this.fail('a comma before ] (JSON allows no trailing comma); remove it', this.lastComma());
      this.value();
      this.skipWhitespace();
      if (this.text[this.offset] === ']') {
        this.offset++;
        return;
      }
      if (this.text[this.offset] !== ',') this.fail(`expected ',' or ']' after a list item, found ${this.found()}`);
      this.offset++;
      this.skipWhitespace();
    }
  }

  /** The trailing comma itself is what to delete, so that is where the error points. */
  private lastComma(): number {
    return this.text.lastIndexOf(',', this.offset);
  }

  private string() {
    const start = this.offset;
    this.offset++;
    for (;;) {
      const character = this.text[this.offset];
      if (character === undefined) this.fail('a string that is never closed with "', start);
      if (character === '"') {
        this.offset++;
        return;
      }
      // JSON strings cannot span lines, so a line break inside one almost always means its closing quote is missing.
      if (character === '\n' || character === '\r')
        this.fail('a string that is not closed before the end of its line; add the missing "', start);
      if (character < ' ') this.fail('a control character inside a string; write it as an escape such as \\t');
      if (character === '\\') {
        const escape = this.text[this.offset + 1] ?? '';
        if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.offset + 2, this.offset + 6)))
          this.offset += 6;
        else if ('"\\/bfnrt'.includes(escape) && escape !== '') this.offset += 2;
        else this.fail(`an invalid escape \\${escape} in a string`);
      } else this.offset++;
    }
  }

  private number() {
    NUMBER.lastIndex = this.offset;
    const match = NUMBER.exec(this.text);
    if (!match) this.fail(`an invalid number, found ${this.found()}`);
    this.offset += match[0].length;
  }
}

/**
 * What a JSON syntax error says to the writer, at its 1-based line and column, or undefined for valid JSON. A comment
 * is the likelier slip in a JSON file than YAML, and is told as such: JSON has none.
 */
export function jsonSyntaxProblem(
  text: string,
): { message: string; position: { line: number; column: number } } | undefined {
  const error = findJsonSyntaxError(text);
  if (!error) return undefined;
  const before = text.slice(0, error.offset);
  const position = { line: before.split('\n').length, column: error.offset - before.lastIndexOf('\n') };
  const comment = /^\s*(?:\/\/|\/\*)/.test(text.slice(error.offset));
  const notJsonAtAll = !comment && !/^\s*[{[]/.test(text);
  const advice = comment
    ? ' JSON has no comments; remove it, or say it in the policy’s description in organization.yaml.'
    : notJsonAtAll
      ? ' This file must be JSON (AWS accepts no YAML); rewrite it as a JSON document.'
      : '';
  return { message: `JSON syntax error: ${error.message}.${advice}`, position };
}
