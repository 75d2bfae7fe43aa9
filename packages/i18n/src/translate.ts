/** The languages every text is written in; Finnish is the default everywhere. */
export type Locale = "fi" | "en";

/**
 * What a customer may be written to in: documents and mails to buyers also speak Swedish (the
 * customer card's language). Only dictionaries made with `defineDocumentMessages` have Swedish.
 */
export type DocumentLocale = Locale | "sv";

/**
 * A text that depends on a number: one form per CLDR plural category the language uses
 * (Finnish and English: `one` and `other`). The form is chosen by `params.count`.
 */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralMessage;
export type Params = Record<string, string | number>;
export type Dictionary = Record<string, Message>;

/** English mirrors Finnish key by key, and a plural stays a plural in both. */
export type English<F extends Dictionary> = { [K in keyof F]: F[K] extends string ? string : PluralMessage };

export interface Messages<F extends Dictionary> {
  fi: F;
  en: English<F>;
  sv?: English<F>;
}

/** A dictionary a customer may read: Swedish mirrors Finnish key by key too. */
export interface DocumentMessages<F extends Dictionary> extends Messages<F> {
  sv: English<F>;
}

/** A plural text needs its count; any other text takes optional params. Distributes over a union of keys. */
export type ParamsOf<F extends Dictionary, K extends keyof F> = K extends keyof F
  ? F[K] extends string
    ? [params?: Params]
    : [params: Params & { count: number }]
  : never;

export type Translate<F extends Dictionary> = <K extends keyof F & string>(key: K, ...params: ParamsOf<F, K>) => string;

/** Declares a module's texts; a Finnish key missing from English (or an extra one) is a type error. */
export function defineMessages<F extends Dictionary>(messages: { fi: F; en: English<NoInfer<F>> }): Messages<F> {
  return messages;
}

/** Declares texts a customer reads (printed documents, mails to buyers); a key missing from English or Swedish is a type error. */
export function defineDocumentMessages<F extends Dictionary>(messages: {
  fi: F;
  en: English<NoInfer<F>>;
  sv: English<NoInfer<F>>;
}): DocumentMessages<F> {
  return messages;
}

const pluralRules: Record<DocumentLocale, Intl.PluralRules> = {
  fi: new Intl.PluralRules("fi"),
  en: new Intl.PluralRules("en"),
  sv: new Intl.PluralRules("sv"),
};

export function pluralCategory(locale: DocumentLocale, count: number): Intl.LDMLPluralRule {
  return pluralRules[locale].select(count);
}

/** The message in its plural form for `params.count`, with every {param} filled in. */
export function formatMessage(locale: DocumentLocale, message: Message, params: Params = {}): string {
  const text = typeof message === "string" ? message : (message[pluralCategory(locale, Number(params.count))] ?? message.other);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function createTranslator<F extends Dictionary>(messages: DocumentMessages<F>, locale: DocumentLocale): Translate<F>;
export function createTranslator<F extends Dictionary>(messages: Messages<F>, locale: Locale): Translate<F>;
export function createTranslator<F extends Dictionary>(messages: Messages<F>, locale: DocumentLocale): Translate<F> {
  const dictionary: Dictionary | undefined = messages[locale];
  // The overloads let only a dictionary with Swedish be asked for Swedish; this guards untyped callers.
  if (!dictionary) throw new Error(`no ${locale} texts in this dictionary`);
  return (key, ...[params]) => formatMessage(locale, dictionary[key] ?? key, params);
}
