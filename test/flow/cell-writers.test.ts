import { describe, expect, it } from "vitest";
import { analyzeProject, summarise } from "./helpers/flow-project.js";

const UPLOADER = `
import axios from "axios";
export interface Position { vin: string; latitude: number; longitude: number }
export class Uploader {
  protected last: Position | undefined;
  remember(position: Position): void { this.last = position; }
  flush() { return axios.post("https://api.example-motors.de/positions", this.last); }
}
`;

// Assigns a field of the same name in another class, through helpers the analysis would summarise.
const NOTES = `
function trim(text: string): string { return text.trim(); }
function shorten(text: string): string { return trim(text).slice(0, 10); }
export class Notes {
  private last: string | undefined;
  note(text: string): void { this.last = shorten(text); }
  again(text: string): void { this.last = trim(text); }
}
`;

describe("cell reads queue only the writers of that cell", () => {
  it("leaves out units that assign a field of the same name in another class, and finds the same flows", () => {
    const alone = analyzeProject({ "src/uploader.ts": UPLOADER });
    const withNotes = analyzeProject({ "src/uploader.ts": UPLOADER, "src/notes.ts": NOTES });
    expect(summarise(alone).some((line) => line.includes("src/uploader.ts:7"))).toBe(true);
    expect(summarise(withNotes)).toEqual(summarise(alone));
    // Neither Notes.note, Notes.again nor their helpers are analysed for the read of Uploader.last.
    expect(withNotes.stats.unitsAnalysed).toBe(alone.stats.unitsAnalysed);
  });

  it("still queues a subclass's writer of the inherited field", () => {
    const sub = `
import { Uploader } from "./uploader.js";
import type { Position } from "./uploader.js";
export class TrackedUploader extends Uploader {
  track(position: Position): void { this.last = position; }
}
`;
    const result = analyzeProject({ "src/uploader.ts": UPLOADER, "src/tracked.ts": sub, "src/notes.ts": NOTES });
    expect(result.stats.unitsAnalysed).toBeGreaterThan(analyzeProject({ "src/uploader.ts": UPLOADER }).stats.unitsAnalysed);
  });
});
