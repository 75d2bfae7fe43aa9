export { issueText, type ContractLocale } from "./issue-text";
export { plainDate } from "./plain-date";
export { plainString, TEXT_NOT_PLAIN } from "./plain-string";
export { freeText, optionalFreeText, TEXT_HAS_IDENTITY_CODE } from "./free-text";
