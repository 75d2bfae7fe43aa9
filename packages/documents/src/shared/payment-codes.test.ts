import { describe, expect, it } from "vitest";
import { CODE128_QUIET_ZONE, code128Symbol, code128Widths, epcQrMatrix, epcQrSymbol, QR_QUIET_ZONE } from "./payment-codes";
import { SAMPLE_VIRTUAL_BARCODE, sampleInvoiceDocument } from "../invoices/sample-invoice-document";

// Code 128 patterns (ISO/IEC 15417, table 1): bar/space widths in modules, starting with a bar.
const START_C = [2, 1, 1, 2, 3, 2];
const STOP = [2, 3, 3, 1, 1, 1, 2];

describe("bank barcode drawn as Code 128 bars", () => {
  const widths = code128Widths(SAMPLE_VIRTUAL_BARCODE);

  it("starts with start C, ends with the stop pattern and carries 27 digit pairs plus a check character", () => {
    expect(widths.slice(0, 6)).toEqual(START_C);
    expect(widths.slice(-7)).toEqual(STOP);
    // start + 27 data characters (54 digits in pairs) + check, 6 elements each, then the 7-element stop.
    expect(widths).toHaveLength(6 * (1 + 27 + 1) + 7);
    for (let i = 0; i < widths.length - 7; i += 6) {
      // Every symbol character is 11 modules wide.
      expect(widths.slice(i, i + 6).reduce((a, b) => a + b, 0)).toBe(11);
    }
  });

  it("draws each pair of digits as one character of code set C: the same pair the same bars, another pair other bars", () => {
    const digits = SAMPLE_VIRTUAL_BARCODE;
    const chars = Array.from({ length: 27 }, (_, k) => widths.slice(6 + 6 * k, 12 + 6 * k).join(""));
    const pairs = Array.from({ length: 27 }, (_, k) => digits.slice(2 * k, 2 * k + 2));
    for (let a = 0; a < 27; a++) {
      for (let b = 0; b < 27; b++) expect(chars[a] === chars[b]).toBe(pairs[a] === pairs[b]);
    }
  });

  it("leaves a quiet zone of ten modules on both sides of the bars", () => {
    const symbol = code128Symbol(SAMPLE_VIRTUAL_BARCODE);
    const modules = widths.reduce((a, b) => a + b, 0);
    expect(symbol.widthModules).toBe(modules + 2 * CODE128_QUIET_ZONE);
    expect(symbol.rects[0]?.x).toBe(CODE128_QUIET_ZONE);
    const last = symbol.rects.at(-1);
    expect(last && last.x + last.width).toBe(CODE128_QUIET_ZONE + modules);
    // One rectangle per bar: bars and spaces alternate, the pattern starts and ends with a bar.
    expect(symbol.rects).toHaveLength((widths.length + 1) / 2);
  });

  it("refuses a virtual barcode that is not 54 digits", () => {
    expect(() => code128Widths("123")).toThrow(/54 digits/);
  });
});

describe("EPC QR code drawn as squares", () => {
  const payload = sampleInvoiceDocument.epcQrPayload;
  const { size, isDark } = epcQrMatrix(payload);

  /** A finder pattern (ISO/IEC 18004 6.3.3): dark 7×7 ring, light ring, dark 3×3 core. */
  function hasFinderAt(top: number, left: number): boolean {
    for (let r = 0; r < 7; r++) {
      for (let c = 0; c < 7; c++) {
        const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
        if (isDark(top + r, left + c) !== (ring !== 2)) return false;
      }
    }
    return true;
  }

  it("is a QR symbol of a valid version with the three finder patterns and the timing patterns", () => {
    expect((size - 17) % 4).toBe(0);
    const version = (size - 17) / 4;
    expect(version).toBeGreaterThanOrEqual(1);
    expect(version).toBeLessThanOrEqual(40);
    expect(hasFinderAt(0, 0)).toBe(true);
    expect(hasFinderAt(0, size - 7)).toBe(true);
    expect(hasFinderAt(size - 7, 0)).toBe(true);
    expect(hasFinderAt(size - 7, size - 7)).toBe(false);
    for (let i = 8; i < size - 8; i++) {
      expect(isDark(6, i)).toBe(i % 2 === 0);
      expect(isDark(i, 6)).toBe(i % 2 === 0);
    }
    // The "dark module" next to the lower-left finder is always set.
    expect(isDark(4 * version + 9, 8)).toBe(true);
  });

  it("fills exactly the dark modules, merging each row's runs, inside a four-module quiet zone", () => {
    const symbol = epcQrSymbol(payload);
    expect(symbol.widthModules).toBe(size + 2 * QR_QUIET_ZONE);
    const filled = new Set<string>();
    for (const r of symbol.rects) {
      expect(r.height).toBe(1);
      for (let c = r.x; c < r.x + r.width; c++) filled.add(`${r.y - QR_QUIET_ZONE},${c - QR_QUIET_ZONE}`);
    }
    let dark = 0;
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        expect(filled.has(`${row},${col}`)).toBe(isDark(row, col));
        if (isDark(row, col)) dark++;
      }
    }
    expect(filled.size).toBe(dark);
    // Runs merge: far fewer rectangles than dark modules.
    expect(symbol.rects.length).toBeLessThan(dark * 0.75);
  });
});
