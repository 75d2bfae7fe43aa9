export {
  createTranslator,
  defineDocumentMessages,
  defineMessages,
  formatMessage,
  pluralCategory,
  type Dictionary,
  type DocumentLocale,
  type DocumentMessages,
  type English,
  type Locale,
  type Message,
  type Messages,
  type Params,
  type ParamsOf,
  type PluralMessage,
  type Translate,
} from "./translate";
export { findDictionaryProblems } from "./dictionary-problems";
