import { describe, expect, it } from "vitest";
import { ts } from "ts-morph";
import { createMountIndex, createRemoteMatchers, createStoreReadFinder, createStaticEvaluator, describeStaticValue, routesIn } from "@vdx/core/internals";
import { createInMemoryProgram, sourceFileOf } from "../flow/sinks/in-memory-program.js";
import { builtinPack } from "./remote-project.js";

const catalogue = builtinPack().remote!;

function expectation(snippet: string, key: string): string | undefined {
  return new RegExp(`^\\s*// ${key}: (.+)$`, "m").exec(snippet)?.[1]?.trim();
}

function setup(snippet: string) {
  const program = createInMemoryProgram(ts as never, { "src/example.ts": snippet });
  const tsModule = ts as unknown as typeof import("typescript");
  const matchers = createRemoteMatchers(tsModule, program, catalogue);
  expect(matchers.problems).toEqual([]);
  const evaluator = createStaticEvaluator(tsModule, program.getTypeChecker());
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- ts-morph's TypeScript and the workspace's are distinct types to the root tsconfig's check
  return { program, tsModule, matchers, evaluator, file: sourceFileOf(program, "src/example.ts") as unknown as import("typescript").SourceFile };
}

function calls(
  file: import("typescript").SourceFile,
  tsModule: typeof import("typescript"),
): (import("typescript").CallExpression | import("typescript").NewExpression)[] {
  const found: (import("typescript").CallExpression | import("typescript").NewExpression)[] = [];
  const visit = (node: import("typescript").Node): void => {
    if (tsModule.isCallExpression(node) || tsModule.isNewExpression(node)) found.push(node);
    tsModule.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("stores.yaml: store readers", () => {
  for (const model of catalogue.stores) {
    const readsOf = (snippet: string) => {
      const { program, tsModule, matchers, evaluator, file } = setup(snippet);
      return createStoreReadFinder(tsModule, program, evaluator, matchers, catalogue.stores)
        .readsIn(file)
        .filter((r) => r.model.id === model.id);
    };
    model.examples.match.forEach((snippet, i) =>
      it(`${model.id} match #${i + 1}`, () => {
        const reads = readsOf(snippet);
        expect(reads.length, snippet).toBeGreaterThan(0);
        const destination = expectation(snippet, "destination");
        if (destination) expect(describeStaticValue(reads[0]!.destination)).toBe(destination);
        const query = expectation(snippet, "query");
        if (query) expect(reads[0]!.queries.map((q) => q.text)).toContain(query);
        const entity = expectation(snippet, "entity");
        if (entity) expect(reads[0]!.entities).toContain(entity);
      }),
    );
    model.examples.noMatch.forEach((snippet, i) =>
      it(`${model.id} noMatch #${i + 1}`, () => expect(readsOf(snippet).map((r) => r.node.getText())).toEqual([])),
    );
  }
});

describe("stores.yaml: replications", () => {
  for (const model of catalogue.replications) {
    const matched = (snippet: string) => {
      const { tsModule, matchers, evaluator, file } = setup(snippet);
      return calls(file, tsModule)
        .map((c) => matchers.replications.matchCall(c))
        .filter((c) => c?.model.id === model.id)
        .map((c) => ({ call: c!, sources: c!.payloads.map((p) => describeStaticValue(evaluator.evaluate(p))) }));
    };
    model.examples.match.forEach((snippet, i) =>
      it(`${model.id} match #${i + 1}`, () => {
        const found = matched(snippet);
        expect(found.length, snippet).toBeGreaterThan(0);
        const destination = expectation(snippet, "destination");
        if (destination) expect(describeStaticValue(found[0]!.call.destination)).toBe(destination);
        const source = expectation(snippet, "source");
        if (source) expect(found[0]!.sources).toContain(source);
      }),
    );
    // A replication model whose call has no replica targets (a Sequelize without `replication.read`) replicates nothing.
    model.examples.noMatch.forEach((snippet, i) =>
      it(`${model.id} noMatch #${i + 1}`, () => {
        const found = matched(snippet).filter(
          (f) => f.call.destination.kind === "known" || (model.targets && /replication|ReplicaUpdates|ReplicationGroup|Rules/.test(f.call.node.getText())),
        );
        expect(found.map((f) => f.call.node.getText())).toEqual([]);
      }),
    );
  }
});

describe("routes.yaml: frameworks and controllers", () => {
  const routesOf = (snippet: string, id: string) => {
    const { tsModule, matchers, evaluator, file, program } = setup(snippet);
    return routesIn(tsModule, program.getTypeChecker(), evaluator, matchers, catalogue.frameworks, catalogue.controllers, file).filter(
      (r) => r.framework === id,
    );
  };
  for (const model of [...catalogue.frameworks, ...catalogue.controllers]) {
    model.examples.match.forEach((snippet, i) =>
      it(`${model.id} match #${i + 1}`, () => {
        const routes = routesOf(snippet, model.id);
        expect(routes.length, snippet).toBeGreaterThan(0);
        const path = expectation(snippet, "path");
        if (path) expect(routes[0]!.path).toBe(path);
      }),
    );
    model.examples.noMatch.forEach((snippet, i) => it(`${model.id} noMatch #${i + 1}`, () => expect(routesOf(snippet, model.id)).toEqual([])));
  }
});

describe("routes.yaml: exposures", () => {
  for (const model of catalogue.exposures) {
    const originsOf = (snippet: string): string[] => {
      const { tsModule, matchers, evaluator, file } = setup(snippet);
      const origins: string[] = [];
      for (const call of calls(file, tsModule)) {
        const matched = matchers.exposures.matchCall(call);
        if (matched?.model.id !== model.id) continue;
        if (model.plugin && !call.arguments?.[model.plugin.argument]?.getText().match(/cors/i)) continue;
        for (const p of matched.payloads) {
          const value = evaluator.evaluate(p);
          if (value.kind === "known") origins.push(describeStaticValue(value));
          else if (tsModule.isArrayLiteralExpression(p)) origins.push(p.elements.map((e) => describeStaticValue(evaluator.evaluate(e))).join(" | "));
        }
      }
      return origins;
    };
    model.examples.match.forEach((snippet, i) =>
      it(`${model.id} match #${i + 1}`, () => {
        const origins = originsOf(snippet);
        expect(origins.length, snippet).toBeGreaterThan(0);
        const origin = expectation(snippet, "origin");
        if (origin) expect(origins).toContain(origin);
      }),
    );
    model.examples.noMatch.forEach((snippet, i) => it(`${model.id} noMatch #${i + 1}`, () => expect(originsOf(snippet)).toEqual([])));
  }
});

describe("routes.yaml: mounts", () => {
  for (const model of catalogue.mounts ?? []) {
    // The paths of the snippet's routes with the mount index, and without it.
    const pathsOf = (snippet: string) => {
      const { tsModule, matchers, evaluator, file, program } = setup(snippet);
      const checker = program.getTypeChecker();
      const index = createMountIndex(tsModule, checker, evaluator, matchers, [model], catalogue.frameworks, [file]);
      const mounted = routesIn(tsModule, checker, evaluator, matchers, catalogue.frameworks, catalogue.controllers, file, index).map((r) => r.path);
      const plain = routesIn(tsModule, checker, evaluator, matchers, catalogue.frameworks, catalogue.controllers, file).map((r) => r.path);
      return { mounted, plain };
    };
    model.examples.match.forEach((snippet, i) =>
      it(`${model.id} match #${i + 1}`, () => {
        const prefix = expectation(snippet, "prefix")!;
        expect(prefix, "a match example states its // prefix:").toBeDefined();
        expect(
          pathsOf(snippet).mounted.some((p) => p.startsWith(`${prefix}/`)),
          snippet,
        ).toBe(true);
      }),
    );
    model.examples.noMatch.forEach((snippet, i) =>
      it(`${model.id} noMatch #${i + 1}`, () => {
        const { mounted, plain } = pathsOf(snippet);
        expect(mounted).toEqual(plain);
      }),
    );
  }
});
