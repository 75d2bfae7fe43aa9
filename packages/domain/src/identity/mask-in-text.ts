// Anything shaped like a personal identity code (DDMMYY, century sign, three digits, check
// character), in either case, also with spaces around the sign. Shape, not validity: a mistyped code
// is still a person's code, and masking a look-alike costs nothing.
//
// The same code also hides in encoded text — a URL's query string, a JSON log line, JSON inside
// JSON, a URL inside a URL — so every character may also be written percent-encoded (%2D, or %252D,
// %25252D… when encoded again) or JSON-escaped (\u002d, \\u002d inside an escaped string, %5Cu002d
// in a URL), in any case.

const DIGITS = "0123456789";
const CENTURY_SIGNS = "-+ABCDEFUVWXYabcdefuvwxy";
const CHECK_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYabcdefghijklmnopqrstuvwxy";

function hexOf(char: string): string {
  return char.charCodeAt(0).toString(16).padStart(2, "0");
}

/** One of `chars`, as written, percent-encoded (any number of times) or JSON-escaped (any depth, also in a URL). */
function anyForm(chars: string): string {
  const literal = [...chars].map((c) => (/[-+\\\]^]/.test(c) ? `\\${c}` : c)).join("");
  const codes = [...new Set([...chars].map(hexOf))].join("|");
  return `(?:[${literal}]|(?:%(?:25)*|(?:\\\\|%(?:25)*5c)+u00)(?:${codes}))`;
}

// Pure: a bundle that never masks (the web shell) drops the pattern's construction.
const DIGIT = /* @__PURE__ */ anyForm(DIGITS);
const SPACE = String.raw`(?:\s|%20)?`;
// A code starts after anything but a letter or digit, or right after an escape (%22, \", \n, \u0022),
// whose last character may be one.
const START = String.raw`(?:(?<![0-9A-Za-z])|(?<=%[0-9A-Fa-f]{2})|(?<=\\[nrtbf])|(?<=\\u[0-9A-Fa-f]{4}))`;
export const HETU_IN_TEXT = /* @__PURE__ */ new RegExp(
  `${START}${DIGIT}{6}${SPACE}${/* @__PURE__ */ anyForm(CENTURY_SIGNS)}${SPACE}${DIGIT}{3}${/* @__PURE__ */ anyForm(CHECK_CHARS)}(?![0-9A-Za-z])`,
  "gi",
);

export const MASKED_IDENTITY_CODE = "******-****";

/**
 * The text with every identity code replaced by `******-****` (tickets, mails, notes, and every
 * serialized log line), whether written plainly, in lower case, percent-encoded or JSON-escaped.
 */
export function maskIdentityCodes(text: string): string {
  if (!mayHoldCode(text)) return text;
  return text.replace(HETU_IN_TEXT, MASKED_IDENTITY_CODE);
}

// Every encoded form has a "%" or a "\u" in it. Without either, a code can only be written plainly, and
// then six digits and a century sign stand side by side. Most text (every log line) has neither, and
// the full pattern, with its lookbehinds and encodings, is the costly part of masking a line.
const PLAIN_CODE_START = /[0-9]{6}\s?[-+A-FU-Ya-fu-y]/;

function mayHoldCode(text: string): boolean {
  return text.includes("%") || text.includes("\\u") || PLAIN_CODE_START.test(text);
}

export function containsIdentityCode(text: string): boolean {
  return maskIdentityCodes(text) !== text;
}
