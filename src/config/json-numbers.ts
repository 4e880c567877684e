/*
 * JSON numbers are doubles in JavaScript (ECMA-262, Number type), which hold about 17 significant digits: JSON.parse
 * reads 12345678901234567890 as 12345678901234567000 and 1e400 as Infinity, which JSON.stringify writes as null.
 * RFC 8259 section 6 allows such numbers, and AWS keeps an SCP's content as it was sent, so wherever vend parses
 * policy JSON it must notice a number whose value the round trip changes.
 */

/** A JSON number literal's exact value as `digits e exponent`, without leading or trailing zeros; undefined for `null`. */
function decimalValue(text: string): string | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return undefined;
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  const digits = (whole + fraction).replace(/^0+/, '');
  if (digits === '') return '0';
  const significant = digits.replace(/0+$/, '');
  return `${sign}${significant}e${BigInt(exponent) - BigInt(fraction.length) + BigInt(digits.length - significant.length)}`;
}

/**
 * How JSON.stringify(JSON.parse(literal)) writes a JSON number literal, or undefined when that is the same number
 * (1.0 written as 1, 1E2 as 100). `literal` is as written in the JSON text.
 */
export function numberAsJavaScriptWrites(literal: string): string | undefined {
  const written = JSON.stringify(Number(literal));
  return decimalValue(literal) === decimalValue(written) ? undefined : written;
}

/** The number literals of a JSON text, as written, in order: those outside strings, `-?digits[.digits][e±digits]`. */
export function jsonNumberLiterals(json: string): string[] {
  const literals: string[] = [];
  const number = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (let index = 0; index < json.length; index++) {
    const character = json[index]!;
    if (character === '"') {
      // Skip the string, escapes included.
      for (index++; index < json.length && json[index] !== '"'; index++) if (json[index] === '\\') index++;
    } else if (character === '-' || (character >= '0' && character <= '9')) {
      number.lastIndex = index;
      const match = number.exec(json);
      if (match) {
        literals.push(match[0]);
        index += match[0].length - 1;
      }
    }
  }
  return literals;
}

/** Whether parsing the JSON text and writing it again would change the value of some number it holds. */
export function losesNumberValues(json: string): boolean {
  return jsonNumberLiterals(json).some((literal) => numberAsJavaScriptWrites(literal) !== undefined);
}
