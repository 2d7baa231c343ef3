export { loadRegistry } from "./load-registry.js";
export { checkRegistryCategories } from "./check-registry-categories.js";
export { normalizeRecord } from "./normalize-record.js";
export {
  calendarDateProblem,
  isCalendarDate,
  isLeapYear,
  daysInMonth,
  addDays,
  addYears,
  compareCalendarDates,
  type CalendarDateProblem,
} from "./calendar-date.js";
export { isIsoCountryCode, isoCountryCodes, jurisdictionProblem } from "./country-codes.js";
export {
  destinationParts,
  destinationMatches,
  destinationPatternProblem,
  compileDestinationPattern,
  cachedDestinationParts,
  type DestinationParts,
  type DestinationMatcher,
} from "./destination-pattern.js";
export { categoryLookup, unknownCategoryFinding, type CategoryLookup } from "./unknown-category-finding.js";
