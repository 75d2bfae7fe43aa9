export { ruleInput, type RuleInput } from "./inputs";
