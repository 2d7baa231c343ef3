import type { InputError, PositionedDocument } from "../input/positioned-document.js";
import { calendarDateProblem, compareCalendarDates } from "./calendar-date.js";
import { jurisdictionProblem } from "../jurisdiction/country-codes.js";
import { destinationPatternProblem } from "./destination-pattern.js";

/**
 * Checks of the registry that JSON Schema cannot express: dates that exist,
 * periods that run forwards, the exemption/mechanism pairing, unique ids,
 * assigned country codes and usable destination patterns. Each error points
 * at the offending value. Only values of the right shape are checked here;
 * wrong shapes are already schema errors.
 */
export function registrySemanticErrors(raw: unknown, document: PositionedDocument): InputError[] {
  const errors: InputError[] = [];
  const report = (pointer: string, message: string) => {
    const at = document.locate(pointer);
    errors.push({ file: document.file, line: at.line, column: at.column, pointer, message });
  };
  const entries = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>).assessments : undefined;
  if (!Array.isArray(entries)) return errors;

  const firstUse = new Map<string, number>();
  entries.forEach((entry: unknown, index) => {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) return;
    const record = entry as Record<string, unknown>;
    const base = `/assessments/${index}`;
    const name = `assessments[${index}]`;

    if (typeof record.id === "string") {
      const previous = firstUse.get(record.id);
      if (previous === undefined) firstUse.set(record.id, index);
      else {
        const line = document.locate(`/assessments/${previous}/id`).line;
        report(`${base}/id`, `${name}.id "${record.id}" is already used by assessments[${previous}] (line ${line}); ids must be unique`);
      }
    }

    const dates: Record<string, string> = {};
    for (const key of ["validFrom", "validUntil"] as const) {
      const value = record[key];
      if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) continue;
      const problem = calendarDateProblem(value);
      if (problem) report(`${base}/${key}`, `${name}.${key}: ${problem.message}`);
      else dates[key] = value;
    }
    if (dates.validFrom && dates.validUntil && compareCalendarDates(dates.validFrom, dates.validUntil) > 0) {
      report(`${base}/validUntil`, `${name}.validUntil (${dates.validUntil}) is before validFrom (${dates.validFrom})`);
    }

    const exemption = record.exemption ?? null;
    if (record.mechanism === "exemption" && exemption === null) {
      report(`${base}/mechanism`, `${name}: mechanism is exemption, so "exemption" must name one of E1–E9`);
    } else if (typeof record.mechanism === "string" && record.mechanism !== "exemption" && exemption !== null) {
      report(`${base}/exemption`, `${name}.exemption must be null unless mechanism is exemption (mechanism is ${record.mechanism})`);
    }

    const recipient = record.recipient;
    const country = typeof recipient === "object" && recipient !== null ? (recipient as Record<string, unknown>).country : undefined;
    if (typeof country === "string" && /^[A-Z]{2}$/.test(country)) {
      const problem = jurisdictionProblem(country, false);
      if (problem) report(`${base}/recipient/country`, `${name}.recipient.country: ${problem}`);
    }
    if (typeof record.collectedIn === "string" && /^[A-Z]{2}$/.test(record.collectedIn)) {
      const problem = jurisdictionProblem(record.collectedIn, false);
      if (problem) report(`${base}/collectedIn`, `${name}.collectedIn: ${problem}`);
    }

    if (Array.isArray(record.destinations)) {
      record.destinations.forEach((destination: unknown, i) => {
        if (typeof destination !== "string" || destination === "") return;
        const problem = destinationPatternProblem(destination);
        if (problem) report(`${base}/destinations/${i}`, `${name}.destinations[${i}]: ${problem}`);
      });
    }
  });
  return errors;
}
