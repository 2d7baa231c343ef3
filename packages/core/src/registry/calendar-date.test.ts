import { describe, expect, it } from "vitest";
import { addDays, addYears, calendarDateProblem, isCalendarDate } from "./calendar-date.js";
import { isoCountryCodes, jurisdictionProblem } from "../jurisdiction/country-codes.js";

describe("calendar dates", () => {
  it.each(["2026-02-28", "2028-02-29", "2000-02-29", "2026-12-31", "2026-04-30"])("%s exists", (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });
  it.each([
    ["2026-02-29", "February 2026 has 28 days"],
    ["2100-02-29", "February 2100 has 28 days"],
    ["2026-02-30", "February 2026 has 28 days"],
    ["2026-04-31", "April 2026 has 30 days"],
    ["2026-13-01", "no month 13"],
    ["2026-00-10", "no month 0"],
    ["2026-1-5", "YYYY-MM-DD"],
    ["2026-01-01T00:00:00Z", "YYYY-MM-DD"],
  ])("%s does not: %s", (date, why) => {
    expect(calendarDateProblem(date)?.message).toContain(why);
  });
  it("adds days across months, years and leap days", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("0099-12-31", 1)).toBe("0100-01-01");
  });
  it("adds years; 29 February becomes 1 March when the target year has none", () => {
    expect(addYears("2026-03-01", 3)).toBe("2029-03-01");
    expect(addYears("2024-02-29", 3)).toBe("2027-03-01");
    expect(addYears("2024-02-29", 4)).toBe("2028-02-29");
  });
});

describe("country codes", () => {
  it("has the 249 assigned ISO 3166-1 alpha-2 codes", () => {
    const codes = isoCountryCodes();
    expect(codes).toHaveLength(249);
    expect(codes).toEqual(expect.arrayContaining(["CN", "HK", "MO", "TW", "DE", "US", "GB"]));
  });
  it.each([
    ["DE", true, undefined],
    ["internal", true, undefined],
    ["internal", false, "not an assigned"],
    ["de", true, 'must be upper case: "DE"'],
    ["UK", false, '"GB"'],
    ["EU", false, "member state"],
    ["XX", false, "not an assigned"],
  ] as const)("%s (internal allowed: %s)", (value, allowInternal, problem) => {
    const found = jurisdictionProblem(value, allowInternal);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});
