import { createRequire as __vendCreateRequire } from 'node:module'; const require = __vendCreateRequire(import.meta.url);

// src/config/json-numbers.ts
function decimalValue(text) {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return void 0;
  const [, sign, whole = "", fraction = "", exponent = "0"] = match;
  const digits = (whole + fraction).replace(/^0+/, "");
  if (digits === "") return "0";
  const significant = digits.replace(/0+$/, "");
  return `${sign}${significant}e${BigInt(exponent) - BigInt(fraction.length) + BigInt(digits.length - significant.length)}`;
}
function numberAsJavaScriptWrites(literal) {
  const written = JSON.stringify(Number(literal));
  return decimalValue(literal) === decimalValue(written) ? void 0 : written;
}
function jsonNumberLiterals(json) {
  const literals = [];
  const number = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  for (let index = 0; index < json.length; index++) {
    const character = json[index];
    if (character === '"') {
      for (index++; index < json.length && json[index] !== '"'; index++) if (json[index] === "\\") index++;
    } else if (character === "-" || character >= "0" && character <= "9") {
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
function losesNumberValues(json) {
  return jsonNumberLiterals(json).some((literal) => numberAsJavaScriptWrites(literal) !== void 0);
}

export {
  numberAsJavaScriptWrites,
  jsonNumberLiterals,
  losesNumberValues
};
