import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { RuleTester, type InvalidTestCase, type ValidTestCase } from "@typescript-eslint/rule-tester";
import type { TSESLint } from "@typescript-eslint/utils";
import { afterAll, describe, it } from "vitest";

// The rule tester runs its cases through whatever test framework it is given.
RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** The typed fixture project: tsconfig, vdx.config.yaml, registry and sources under `src/`. */
export const fixtureRoot = fileURLToPath(new URL("./fixtures/project/", import.meta.url));
export const fixtureFile = (relative: string) => join(fixtureRoot, relative);

/** Scan date of every rule test: inside SA-2026-0142's validity, after SC-2023-0007 expired. */
export const AS_OF = "2026-06-01";

/** A rule tester with type information: typescript-eslint's project service over the fixture tsconfig. */
export function typedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: [] }, tsconfigRootDir: fixtureRoot },
    },
    settings: { vdx: { asOf: AS_OF } },
  });
}

/** A rule tester without type information: the rules fall back to what one file says. */
export function syntacticRuleTester(): RuleTester {
  return new RuleTester({ settings: { vdx: { asOf: AS_OF } } });
}

/**
 * `tester.run` for a vdx rule. The newest @typescript-eslint/rule-tester
 * (8.72) is built against an older @typescript-eslint/utils than the plugin
 * (8.74): the rule types differ only in that version, so the rule is handed
 * over as the tester's own type here, once.
 */
export function runRule<MessageIds extends string, Options extends readonly unknown[]>(
  tester: RuleTester,
  name: string,
  rule: TSESLint.RuleModule<MessageIds, Options>,
  tests: { valid: readonly (ValidTestCase<Options> | string)[]; invalid: readonly InvalidTestCase<MessageIds, Options>[] },
): void {
  tester.run(name, rule as unknown as Parameters<RuleTester["run"]>[1] & TSESLint.RuleModule<MessageIds, Options>, tests);
}
