import type { AssessmentRecord } from "../model/registry.js";
import type { Gap } from "../model/verdict.js";
import { addDays, addYears, compareCalendarDates, isCalendarDate } from "../registry/calendar-date.js";

/** A security assessment is valid for 3 years from approval (regulation.md). */
const SECURITY_ASSESSMENT_YEARS = 3;

export interface ValidityPeriod {
  firstDay: string;
  /** Last valid day after the 3-year cap of security assessments. */
  lastDay: string;
  /** True when the record's own validUntil was later than the cap allows. */
  capped: boolean;
}

/**
 * The days a record is in force, both ends inclusive. For a security assessment
 * the last day is at most the day before the third anniversary of validFrom
 * (2026-03-01 → 2029-02-28; 2024-02-29 → 2027-02-28), whatever validUntil says.
 * Undefined when the record's dates are not calendar dates.
 */
export function validityPeriod(record: AssessmentRecord): ValidityPeriod | undefined {
  if (!isCalendarDate(record.validFrom) || !isCalendarDate(record.validUntil)) return undefined;
  if (record.mechanism !== "security-assessment") return { firstDay: record.validFrom, lastDay: record.validUntil, capped: false };
  const cap = addDays(addYears(record.validFrom, SECURITY_ASSESSMENT_YEARS), -1);
  const capped = compareCalendarDates(record.validUntil, cap) > 0;
  return { firstDay: record.validFrom, lastDay: capped ? cap : record.validUntil, capped };
}

/** Whether the record is in force on `asOf` (YYYY-MM-DD). */
export function isInForce(record: AssessmentRecord, asOf: string): boolean {
  return validityGap(record, asOf) === undefined;
}

/** The validity gap of `record` on `asOf`, or undefined when it is in force. */
export function validityGap(record: AssessmentRecord, asOf: string): Gap | undefined {
  const period = validityPeriod(record);
  if (!period) {
    return {
      kind: "record-expired",
      record: record.id,
      message: `record ${record.id} has no valid period (validFrom ${record.validFrom || "missing"}, validUntil ${record.validUntil || "missing"})`,
    };
  }
  if (compareCalendarDates(asOf, period.firstDay) < 0) {
    return {
      kind: "record-not-yet-valid",
      record: record.id,
      message: `record ${record.id} is not valid yet: valid from ${period.firstDay}, scan date ${asOf}`,
    };
  }
  if (compareCalendarDates(asOf, period.lastDay) > 0) {
    const because = period.capped
      ? ` (a security assessment is valid for ${SECURITY_ASSESSMENT_YEARS} years from validFrom ${period.firstDay}; the record's validUntil ${record.validUntil} is beyond that — apply for an extension and record the new period)`
      : "";
    return { kind: "record-expired", record: record.id, message: `record ${record.id} expired: last valid day ${period.lastDay}, scan date ${asOf}${because}` };
  }
  return undefined;
}
