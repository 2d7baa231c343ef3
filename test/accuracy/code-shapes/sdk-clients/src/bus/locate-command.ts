// A message declared against the marker under another name: the import renames it.
import type { BusCommand as Command } from "./messages";

export interface LocateCommand extends Command {
  /** @vdx pi.sensitive.location-trajectory */
  parkedAt: string;
}
