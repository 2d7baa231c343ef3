import type { ScanProgress } from "@vdx/core";

/** Where progress goes: the terminal's stderr. */
export interface ProgressSink {
  write(text: string): unknown;
}

const PHASES: Record<string, string> = {
  load: "loading config, rule pack and registry",
  collect: "collecting files",
  cache: "cache",
  schemas: "schemas",
  flows: "TypeScript flows",
  remote: "remote access",
};

/**
 * One status line on a terminal's stderr — phase, files done/total, elapsed time — redrawn in place at
 * most every 100 ms and erased when the run ends, so reports on stdout and errors stay clean. Pure
 * rendering is `progressText`; this object only decides when to draw.
 */
export class ProgressLine {
  private readonly started: number;
  private last = 0;
  private drawn = false;
  private current: ScanProgress = { phase: "load" };

  constructor(
    private readonly sink: ProgressSink,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.started = now();
  }

  update(progress: ScanProgress): void {
    this.current = progress;
    const now = this.now();
    if (this.drawn && now - this.last < 100) return;
    this.last = now;
    this.sink.write(`\r\u001b[K${progressText(progress, now - this.started)}`);
    this.drawn = true;
  }

  /** Erases the line (call before anything else goes to stderr, and at the end). */
  clear(): void {
    if (!this.drawn) return;
    this.sink.write("\r\u001b[K");
    this.drawn = false;
  }

  get phase(): ScanProgress {
    return this.current;
  }
}

function progressText(progress: ScanProgress, elapsedMs: number): string {
  const phase = PHASES[progress.phase] ?? progress.phase;
  const count = progress.total === undefined ? "" : progress.done === undefined ? ` · ${progress.total} files` : ` · ${progress.done}/${progress.total} files`;
  return `vdx: ${phase}${count} · ${(elapsedMs / 1000).toFixed(1)} s`;
}
