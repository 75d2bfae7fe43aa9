/** The support lines with numbers and opening hours, "open now" or when they open next. */
export function PhoneLinesCard() {
  return null;
}
