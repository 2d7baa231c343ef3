/**
 * What the configuration files of the generated bench projects share: the example carmaker's hosts in
 * `vdx.config.yaml`, and the compiler options of the projects that resolve imports as a bundler does.
 */

/** `hosts:` entries of `vdx.config.yaml`: the example carmaker's German and Chinese domains. */
export const EXAMPLE_MOTORS_HOSTS: readonly string[] = [
  '  - { match: "*.example-motors.de", jurisdiction: DE }',
  '  - { match: "*.example-motors.com.cn", jurisdiction: CN }',
];

/** ES2022 with the DOM's `fetch`, strict, no emit, no ambient `@types`; imports resolved as a bundler does. */
export const BUNDLER_COMPILER_OPTIONS = {
  target: "ES2022",
  module: "ESNext",
  moduleResolution: "Bundler",
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  lib: ["ES2022", "DOM"],
  types: [] as string[],
};
