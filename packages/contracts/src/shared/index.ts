export { plainDate } from "./plain-date";
