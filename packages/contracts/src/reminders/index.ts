export { ruleInput, type RuleInput } from "./inputs";
export { missingRatePolicyInput, referenceRateInput, type ReferenceRateInput } from "./inputs";
