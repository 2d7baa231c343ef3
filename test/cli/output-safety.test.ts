import { describe, expect, it, vi } from "vitest";
import * as fs from "node:fs";
import { join } from "node:path";
import { runCli, tempProject } from "./harness.js";

/** When set, every write to a file ending like this fails with ENOSPC after half its bytes (a disk that fills up). */
const disk = vi.hoisted(() => ({ fullFor: undefined as string | undefined }));

vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  const noSpace = (): never => {
    throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
  };
  const paths = new Map<number, string>();
  const full = (path: unknown): boolean => disk.fullFor !== undefined && String(path).includes(disk.fullFor);
  const mocked = {
    ...real,
    openSync: (path: fs.PathLike, ...rest: unknown[]) => {
      const fd = (real.openSync as (...args: unknown[]) => number)(path, ...rest);
      paths.set(fd, String(path));
      return fd;
    },
    writeSync: (fd: number, buffer: Uint8Array, ...rest: unknown[]) => {
      if (!full(paths.get(fd))) return (real.writeSync as (...args: unknown[]) => number)(fd, buffer, ...rest);
      real.writeSync(fd, buffer.subarray(0, Math.floor(buffer.length / 2)));
      return noSpace();
    },
    writeFileSync: (path: fs.PathOrFileDescriptor, data: string | Uint8Array, ...rest: unknown[]) => {
      if (!full(path)) {
        (real.writeFileSync as (...args: unknown[]) => void)(path, data, ...rest);
        return;
      }
      real.writeFileSync(path, typeof data === "string" ? data.slice(0, data.length / 2) : data.subarray(0, data.length / 2));
      return noSpace();
    },
  };
  return { ...mocked, default: mocked };
});

const AS_OF = ["--as-of", "2026-06-01"];
const CONFIG = `rulePack: "2026"\ninclude: ["src/**", "schemas/**"]\nhosts:\n  - { match: "*.example-motors.de", jurisdiction: DE }\n`;
const UPLOAD = `export interface Fix {
  /** @vdx pi.sensitive.location-trajectory */
  lat: number;
}
export async function send(fix: Fix) {
  await fetch("https://telemetry.example-motors.de/v1/fix", { method: "POST", body: JSON.stringify(fix) });
}
`;
const SCHEMA = `{ "type": "object", "properties": { "vin": { "type": "string" } } }\n`;

function project(): string {
  return tempProject({ "vdx.config.yaml": CONFIG, "src/upload.ts": UPLOAD, "schemas/car.schema.json": SCHEMA });
}

const read = (file: string): string => fs.readFileSync(file, "utf8");
/** Files of a folder, temporary ones included (nothing may be left behind). */
const listing = (folder: string): string[] => fs.readdirSync(folder).sort();

describe("report files are written safely", () => {
  it("never writes through a symbolic link at the output path", async () => {
    const root = project();
    const victim = join(tempProject({ "victim.txt": "precious\n" }), "victim.txt");
    fs.symlinkSync(victim, join(root, "link.sarif"));
    const result = await runCli(["scan", ...AS_OF, "--output", "link.sarif"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "link.sarif:1:1: cannot write the file: it is a symbolic link, and vdx never writes through one (remove it or name another file)\n",
    );
    expect(read(victim)).toBe("precious\n");
    expect(fs.readlinkSync(join(root, "link.sarif"))).toBe(victim);
  });

  it("keeps the previous report whole when the disk fills up during the write", async () => {
    const root = project();
    expect((await runCli(["scan", ...AS_OF, "--output", "vdx.sarif"], root)).code).toBe(1);
    const previous = read(join(root, "vdx.sarif"));
    expect(JSON.parse(previous).runs[0].results.length).toBeGreaterThan(0);
    fs.writeFileSync(join(root, "src/more.ts"), UPLOAD.replace("send", "sendMore"));
    disk.fullFor = "vdx.sarif";
    let result;
    try {
      result = await runCli(["scan", ...AS_OF, "--output", "vdx.sarif"], root);
    } finally {
      disk.fullFor = undefined;
    }
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("vdx.sarif:1:1: cannot write the file: no space left on the device (ENOSPC)\n");
    expect(read(join(root, "vdx.sarif"))).toBe(previous);
    expect(listing(root)).toEqual(["schemas", "src", "vdx.config.yaml", "vdx.sarif"]);
  });

  it("refuses to overwrite the config, the baseline, a scanned file, however the path is spelt", async () => {
    const root = project();
    fs.writeFileSync(join(root, "base.json"), `{ "version": 1, "findings": [] }\n`);
    const before = new Map(["vdx.config.yaml", "src/upload.ts", "schemas/car.schema.json"].map((f) => [f, read(join(root, f))]));
    for (const [output, extra] of [
      ["vdx.config.yaml", []],
      ["src/../vdx.config.yaml", []],
      ["src/upload.ts", []],
      ["schemas/car.schema.json", []],
      ["base.json", ["--baseline", "base.json"]],
    ] as const) {
      const result = await runCli(["scan", ...AS_OF, ...extra, "--format", "json", "--output", output], root);
      expect(result.code, output).toBe(2);
      expect(result.stderr, output).toMatch(
        new RegExp(
          `^${output.replace("src/../", "").replace(/\./g, "\\.")}:1:1: cannot write the file: it is (one of vdx's own inputs|a file this scan analysed)`,
        ),
      );
    }
    for (const [file, text] of before) expect(read(join(root, file))).toBe(text);
    expect(read(join(root, "base.json"))).toBe(`{ "version": 1, "findings": [] }\n`);
  });

  it("replaces its own earlier report even when the report lies in a scanned folder", async () => {
    const root = project();
    const first = await runCli(["scan", ...AS_OF, "--format", "json", "--output", "schemas/vdx-report.json"], root);
    expect(first.code).toBe(1);
    const second = await runCli(["scan", ...AS_OF, "--format", "sarif", "--output", "schemas/vdx-report.json"], root);
    expect(second.stderr).toBe("");
    expect(second.code).toBe(1);
    expect(JSON.parse(read(join(root, "schemas/vdx-report.json"))).runs[0].tool.driver.name).toBe("vdx");
  });

  it("writes all outputs or none, stdout included", async () => {
    const root = project();
    fs.mkdirSync(join(root, "out"));
    fs.writeFileSync(join(root, "out/a.md"), "old\n");
    fs.mkdirSync(join(root, "out/b.sarif"));
    const result = await runCli(
      ["scan", ...AS_OF, "--format", "markdown", "--output", "out/a.md", "--format", "sarif", "--output", "out/b.sarif", "--format", "json"],
      root,
    );
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("out/b.sarif:1:1: cannot write the file: it is a directory (EISDIR)\n");
    expect(read(join(root, "out/a.md"))).toBe("old\n");
    expect(listing(join(root, "out"))).toEqual(["a.md", "b.sarif"]);

    disk.fullFor = "c.json";
    let full;
    try {
      full = await runCli(["inventory", ...AS_OF, "--format", "markdown", "--output", "out/new.md", "--format", "json", "--output", "out/c.json"], root);
    } finally {
      disk.fullFor = undefined;
    }
    expect(full.code).toBe(2);
    expect(listing(join(root, "out"))).toEqual(["a.md", "b.sarif"]);
  });

  it("refuses devices and links in `vdx baseline` and `vdx init` too", async () => {
    const root = project();
    const device = await runCli(["baseline", ...AS_OF, "--output", "/dev/null"], root);
    expect(device.code).toBe(2);
    expect(device.stderr).toBe(
      "/dev/null:1:1: cannot write the file: it is a device, FIFO or socket, not a regular file (leave out --output to write to stdout)\n",
    );
    const fresh = tempProject({});
    const target = join(tempProject({}), "elsewhere.yaml");
    fs.symlinkSync(target, join(fresh, "vdx.config.yaml"));
    const init = await runCli(["init", "--force"], fresh);
    expect(init.code).toBe(2);
    expect(init.stderr).toMatch(/^vdx\.config\.yaml:1:1: cannot write the file: it is a symbolic link/);
    expect(fs.existsSync(target)).toBe(false);
    expect(listing(fresh)).toEqual(["vdx.config.yaml"]);
  });
});
