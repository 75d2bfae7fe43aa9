/**
 * A minimal XML element tree and serializer. Finvoice needs nothing more than
 * elements, attributes and escaped text, and building a tree (rather than
 * concatenating strings) makes optional elements a matter of returning null.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  content: string | XmlElement[];
}

/** Optional children: `null`, `undefined` and `false` are skipped. */
export type XmlChild = XmlElement | null | undefined | false;

export function el(name: string, content: string | readonly XmlChild[] = [], attrs: Record<string, string> = {}): XmlElement {
  const children = typeof content === "string" ? content : content.filter((c): c is XmlElement => Boolean(c));
  return { name, attrs, content: children };
}

/** Element only when it has a value, for optional fields. */
export function opt(name: string, value: string | undefined, attrs: Record<string, string> = {}): XmlElement | null {
  return value === undefined || value === "" ? null : el(name, value, attrs);
}

/** Whether XML 1.0 can carry this code point at all, even escaped (not C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/FFFF). */
function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 ||
    cp === 0xa ||
    cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

export function escapeXmlText(value: string): string {
  const carried = Array.from(value)
    .filter((ch) => isXmlChar(ch.codePointAt(0) ?? 0))
    .join("");
  return carried.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function escapeXmlAttr(value: string): string {
  // Whitespace characters are written as references so attribute normalisation keeps them.
  return escapeXmlText(value).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

function serializeElement(node: XmlElement, depth: number, out: string[]): void {
  const pad = "  ".repeat(depth);
  const attrs = Object.entries(node.attrs)
    .map(([k, v]) => ` ${k}="${escapeXmlAttr(v)}"`)
    .join("");
  if (typeof node.content === "string") {
    out.push(
      node.content === ""
        ? `${pad}<${node.name}${attrs}/>`
        : `${pad}<${node.name}${attrs}>${escapeXmlText(node.content)}</${node.name}>`,
    );
    return;
  }
  if (node.content.length === 0) {
    out.push(`${pad}<${node.name}${attrs}/>`);
    return;
  }
  out.push(`${pad}<${node.name}${attrs}>`);
  for (const child of node.content) serializeElement(child, depth + 1, out);
  out.push(`${pad}</${node.name}>`);
}

/** UTF-8 XML document text with a declaration and two-space indentation. */
export function serializeXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  serializeElement(root, 0, out);
  return `${out.join("\n")}\n`;
}

/**
 * Splits text into pieces of at most `size` characters (code points, as XSD
 * counts them), at most `max` pieces. A short last piece borrows from the one
 * before, so repeated elements with a minimum length (names: 2) stay valid.
 */
export function chunkText(value: string, size: number, max = Number.POSITIVE_INFINITY, minLength = 1): string[] {
  const chars = Array.from(value.trim());
  const pieces: string[][] = [];
  for (let i = 0; i < chars.length && pieces.length < max; i += size) pieces.push(chars.slice(i, i + size));
  const last = pieces[pieces.length - 1];
  const previous = pieces[pieces.length - 2];
  if (last && previous && last.length < minLength) {
    last.unshift(...previous.splice(previous.length - (minLength - last.length)));
  }
  return pieces.map((p) => p.join(""));
}

/** First `size` characters (code points). */
export function clipText(value: string, size: number): string {
  return Array.from(value.trim()).slice(0, size).join("").trim();
}
