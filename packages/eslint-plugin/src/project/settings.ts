import { isAbsolute, resolve } from "node:path";
import type { VdxSettings } from "./knowledge.js";

/** Reads `settings.vdx` of the ESLint config; anything malformed is a message, never a crash. */
export function readVdxSettings(settings: Readonly<Record<string, unknown>> | undefined, cwd: string): { settings: VdxSettings; problems: string[] } {
  const raw = settings?.vdx;
  const problems: string[] = [];
  const out: VdxSettings = {};
  if (raw === undefined) return { settings: out, problems };
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { settings: out, problems: ["settings.vdx must be an object ({ configFile?, asOf? })"] };
  }
  const record = raw as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (key !== "configFile" && key !== "asOf") problems.push(`settings.vdx.${key} is not a vdx setting (expected configFile, asOf)`);
  }
  if (record.configFile !== undefined) {
    if (typeof record.configFile === "string" && record.configFile !== "") {
      out.configFile = isAbsolute(record.configFile) ? record.configFile : resolve(cwd, record.configFile);
    } else problems.push("settings.vdx.configFile must be a non-empty path");
  }
  if (record.asOf !== undefined) {
    if (typeof record.asOf === "string" && isCalendarDate(record.asOf)) out.asOf = record.asOf;
    else problems.push(`settings.vdx.asOf must be a calendar date YYYY-MM-DD (got ${JSON.stringify(record.asOf)})`);
  }
  return { settings: out, problems };
}

function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Today's calendar date in UTC, the CLI's default `--as-of`. Read per analysis: editor sessions cross midnight. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
