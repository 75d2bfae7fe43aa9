export {
  createTranslator,
  defineMessages,
  formatMessage,
  pluralCategory,
  type Dictionary,
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
