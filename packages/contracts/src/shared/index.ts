export { issueText, type ContractLocale } from "./issue-text";
export { plainDate } from "./plain-date";
export { plainString, TEXT_NOT_PLAIN } from "./plain-string";
