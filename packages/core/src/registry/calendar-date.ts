/**
 * Calendar dates as `YYYY-MM-DD` strings. Assessment validity is a matter of
 * calendar days, never instants: no time zone may move a record's last valid
 * day. Zero-padded dates of the same shape compare correctly as strings.
 */

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDateProblem {
  /** Human explanation ("February 2026 has 28 days"). */
  message: string;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** Why `text` is not an existing `YYYY-MM-DD` date, or undefined when it is one. */
export function calendarDateProblem(text: string): CalendarDateProblem | undefined {
  const match = DATE_SHAPE.exec(text);
  if (!match) return { message: `"${text}" is not a date in the form YYYY-MM-DD` };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12) return { message: `"${text}" has no month ${month} (months are 01–12)` };
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) return { message: `"${text}" does not exist: ${MONTH_NAMES[month - 1]!} ${year} has ${length} days` };
  return undefined;
}

export function isCalendarDate(text: string): boolean {
  return calendarDateProblem(text) === undefined;
}

function parts(date: string): [number, number, number] {
  const match = DATE_SHAPE.exec(date);
  if (!match) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function format(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** `date` plus `days` calendar days (negative to go back). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = parts(date);
  const instant = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  instant.setUTCFullYear(year, month - 1, day + days);
  return format(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
}

/**
 * The same calendar day `years` later. 29 February becomes 1 March in a year
 * without it, so that a period of whole years starting on 29 February ends,
 * like every other, the day before its anniversary (28 February).
 */
export function addYears(date: string, years: number): string {
  const [year, month, day] = parts(date);
  const target = year + years;
  if (month === 2 && day === 29 && !isLeapYear(target)) return format(target, 3, 1);
  return format(target, month, day);
}

/** Negative, zero or positive like `Array.prototype.sort` comparators. Both must be `YYYY-MM-DD`. */
export function compareCalendarDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
