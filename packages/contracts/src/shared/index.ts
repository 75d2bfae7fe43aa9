export { issueText, type ContractLocale } from "./issue-text";
export { plainDate } from "./plain-date";
