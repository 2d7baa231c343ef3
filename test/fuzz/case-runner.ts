import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const WORKER = fileURLToPath(new URL("./worker.ts", import.meta.url));
const BUILT_CLI = fileURLToPath(new URL("../../packages/cli/dist/index.js", import.meta.url));

/** What one run of the CLI in a worker gave, or how the worker died. */
export type RunOutcome =
  | {
      kind: "done";
      code: number;
      stdout: string;
      stderr: string;
      ms: number;
      peakRssMb: number;
      /** Whether the peak is this case's own (Linux) or the worker's lifetime peak. */
      peakExact: boolean;
      warnings: string[];
      network: string[];
      /** Anything the process printed itself, outside the CLI's io (console.log, Node warnings). */
      stray: string;
    }
  | { kind: "hang"; ms: number; peakRssMb: number }
  | { kind: "memory"; ms: number; peakRssMb: number }
  | { kind: "crash"; ms: number; peakRssMb: number; exit: string; stray: string };

export interface RunnerOptions {
  /** A case running longer is a hang: the worker is killed and replaced. */
  timeoutMs: number;
  /** A worker above this resident memory is killed (a blow-up), checked every 100 ms. */
  memoryCapMb: number;
}

interface Pending {
  resolve: (outcome: RunOutcome) => void;
  started: number;
  timer: NodeJS.Timeout;
}

/**
 * One worker process running CLI invocations one at a time; hangs, memory
 * blow-ups and crashes are caught from outside and the worker is restarted
 * for the next case. Several runners run cases in parallel.
 */
export class CaseRunner {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private pending: Pending | undefined;
  private nextId = 0;
  private sampler: NodeJS.Timeout | undefined;
  private observedPeakKb = 0;
  private stray = "";

  constructor(private readonly options: RunnerOptions) {
    if (!existsSync(BUILT_CLI)) throw new Error(`${BUILT_CLI} is missing: run \`pnpm build\` first (\`pnpm test\` builds)`);
  }

  async run(cwd: string, argv: string[]): Promise<RunOutcome> {
    await this.start();
    const child = this.child!;
    const id = this.nextId++;
    this.stray = "";
    this.observedPeakKb = 0;
    return new Promise<RunOutcome>((resolve) => {
      const timer = setTimeout(() => this.fail({ kind: "hang", ms: this.options.timeoutMs, peakRssMb: this.observedPeakKb / 1024 }), this.options.timeoutMs);
      this.pending = { resolve, started: performance.now(), timer };
      child.send({ id, cwd, argv });
    });
  }

  close(): void {
    this.stop();
  }

  private start(): Promise<void> {
    if (this.ready) return this.ready;
    this.ready = new Promise<void>((resolve, reject) => {
      // The worker's heap is capped too, so a runaway heap dies as a crash rather than swapping.
      const child = spawn(process.execPath, ["--import", "tsx", "--expose-gc", "--max-old-space-size=2048", WORKER], {
        cwd: REPO_ROOT,
        stdio: ["ignore", "pipe", "pipe", "ipc"],
        env: { ...process.env, NO_COLOR: "1" },
      });
      this.child = child;
      child.stdout!.on("data", (chunk: Buffer) => (this.stray += chunk.toString()));
      child.stderr!.on("data", (chunk: Buffer) => (this.stray += chunk.toString()));
      child.on("message", (message: { ready?: true } & Record<string, unknown>) => {
        if (message.ready) resolve();
        else this.finish(message);
      });
      child.on("exit", (code, signal) => {
        if (this.child !== child) return;
        const exit = signal ?? `exit code ${code}`;
        if (this.pending)
          this.fail({ kind: "crash", ms: performance.now() - this.pending.started, peakRssMb: this.observedPeakKb / 1024, exit, stray: this.stray });
        else reject(new Error(`fuzz worker exited before it was ready (${exit}): ${this.stray}`));
      });
      this.sampler = setInterval(() => this.sample(child), 100);
    });
    return this.ready;
  }

  private sample(child: ChildProcess): void {
    if (!this.pending || child.pid === undefined) return;
    const kb = residentKb(child.pid);
    if (kb > this.observedPeakKb) this.observedPeakKb = kb;
    if (kb > this.options.memoryCapMb * 1024) this.fail({ kind: "memory", ms: performance.now() - this.pending.started, peakRssMb: kb / 1024 });
  }

  private finish(message: Record<string, unknown>): void {
    const pending = this.pending;
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending = undefined;
    pending.resolve({
      kind: "done",
      code: message.code as number,
      stdout: message.stdout as string,
      stderr: message.stderr as string,
      ms: message.ms as number,
      peakRssMb: (message.peakRssKb as number) / 1024,
      peakExact: message.peakExact as boolean,
      warnings: message.warnings as string[],
      network: message.network as string[],
      stray: this.stray,
    });
  }

  /** Ends the case with `outcome` and kills the worker (the next case starts a fresh one). */
  private fail(outcome: RunOutcome): void {
    const pending = this.pending;
    if (!pending) return;
    clearTimeout(pending.timer);
    this.pending = undefined;
    this.stop();
    pending.resolve(outcome);
  }

  private stop(): void {
    if (this.sampler) clearInterval(this.sampler);
    this.sampler = undefined;
    const child = this.child;
    this.child = undefined;
    this.ready = undefined;
    if (child?.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
}

function residentKb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}
