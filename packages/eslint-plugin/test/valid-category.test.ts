import { validCategory } from "../src/rules/valid-category.js";
import { fixtureFile, runRule, syntacticRuleTester, typedRuleTester } from "./rule-tester.js";

const filename = fixtureFile("src/file.ts");

const mistyped = `export interface Trip {
  /** @vdx pi.sensitive.location-trajectori */
  lat: number;
}
`;

const twoIdsOneWrong = `export interface Frame {
  /**
   * Front camera frame.
   * @vdx ad.exterior-imagery, pi.sensitive.exterior-persn
   */
  image: Uint8Array;
}
`;

/** Two unknown ids on one annotation: each message and fix must be about its own id. */
const twoWrong = `export interface Frame {
  /** @vdx ad.exterior-imagry pi.sensitive.exterior-persn */
  image: Uint8Array;
}
`;

/** An annotation on the type itself names the type as the field. */
const onType = `/** @vdx geo.hd-mapp */
export interface Tile {
  data: Uint8Array;
}
`;

/** The two did-you-mean edits of `pi.sensitive.exterior-persn` in `code`, best first: the close id, then the other exterior one. */
function exteriorPersnReplacements(code: string) {
  return [
    {
      messageId: "replaceId" as const,
      data: { id: "pi.sensitive.exterior-persn", replacement: "pi.sensitive.exterior-person" },
      output: code.replace("exterior-persn", "exterior-person"),
    },
    {
      messageId: "replaceId" as const,
      data: { id: "pi.sensitive.exterior-persn", replacement: "ad.exterior-imagery" },
      output: code.replace("pi.sensitive.exterior-persn", "ad.exterior-imagery"),
    },
  ];
}

const cases = {
  valid: [
    { filename, code: "export interface Trip {\n  /** @vdx pi.sensitive.location-trajectory */\n  lat: number;\n}\n" },
    { filename, code: "/** @vdx none */\nexport interface RenderState {\n  latOffsetPx: number;\n}\n" },
    { filename, code: "export interface Frame {\n  /** @vdx ad.exterior-imagery pi.sensitive.exterior-person */\n  image: Uint8Array;\n}\n" },
    // No annotation at all: not this rule's business (require-classification's).
    { filename, code: "export const total = 1 + 2;\n" },
  ],
  invalid: [
    {
      filename,
      code: mistyped,
      errors: [
        {
          messageId: "unknownCategory" as const,
          line: 2,
          column: 12,
          endColumn: 44,
          data: {
            id: "pi.sensitive.location-trajectori",
            pack: "2026@2026.1.0",
            field: "Trip.lat",
            didYouMean: " Did you mean pi.sensitive.location-trajectory (Precise location and trajectory)?",
          },
          suggestions: [
            {
              messageId: "replaceId" as const,
              data: { id: "pi.sensitive.location-trajectori", replacement: "pi.sensitive.location-trajectory" },
              output: mistyped.replace("trajectori", "trajectory"),
            },
          ],
        },
      ],
    },
    {
      filename,
      code: twoIdsOneWrong,
      errors: [
        {
          messageId: "unknownCategory" as const,
          line: 4,
          suggestions: exteriorPersnReplacements(twoIdsOneWrong),
        },
      ],
    },
    {
      // Only the listed number of replacements, and none at all with 0.
      filename,
      code: twoIdsOneWrong,
      options: [{ maxSuggestions: 0 }] as const,
      errors: [
        {
          messageId: "unknownCategory" as const,
          line: 4,
          data: {
            id: "pi.sensitive.exterior-persn",
            pack: "2026@2026.1.0",
            field: "Frame.image",
            didYouMean: "",
          },
          suggestions: [],
        },
      ],
    },
    {
      filename,
      code: twoWrong,
      errors: [
        {
          messageId: "unknownCategory" as const,
          line: 2,
          column: 12,
          data: {
            id: "ad.exterior-imagry",
            pack: "2026@2026.1.0",
            field: "Frame.image",
            didYouMean: " Did you mean ad.exterior-imagery (Exterior video/images with faces, plates or road signs)?",
          },
          suggestions: [
            {
              messageId: "replaceId" as const,
              data: { id: "ad.exterior-imagry", replacement: "ad.exterior-imagery" },
              output: twoWrong.replace("ad.exterior-imagry", "ad.exterior-imagery"),
            },
          ],
        },
        {
          messageId: "unknownCategory" as const,
          line: 2,
          column: 31,
          data: {
            id: "pi.sensitive.exterior-persn",
            pack: "2026@2026.1.0",
            field: "Frame.image",
            didYouMean:
              " Did you mean pi.sensitive.exterior-person (Faces / plates of people outside) or ad.exterior-imagery (Exterior video/images with faces, plates or road signs)?",
          },
          suggestions: exteriorPersnReplacements(twoWrong),
        },
      ],
    },
    {
      filename,
      code: onType,
      errors: [
        {
          messageId: "unknownCategory" as const,
          line: 1,
          column: 10,
          data: { id: "geo.hd-mapp", pack: "2026@2026.1.0", field: "Tile", didYouMean: " Did you mean geo.hd-map (Navigation e-map / HD map)?" },
          suggestions: [
            { messageId: "replaceId" as const, data: { id: "geo.hd-mapp", replacement: "geo.hd-map" }, output: onType.replace("hd-mapp", "hd-map") },
          ],
        },
      ],
    },
    {
      // A bare `@vdx` names nothing: reported, nothing to replace.
      filename,
      code: "export interface Trip {\n  /** @vdx */\n  lat: number;\n}\n",
      errors: [{ messageId: "unknownCategory" as const, line: 2, suggestions: [] }],
    },
  ],
};

// The same findings with and without type information: unknown ids are a fact of the file alone.
runRule(typedRuleTester(), "valid-category (typed)", validCategory, cases);
runRule(syntacticRuleTester(), "valid-category (no type information)", validCategory, {
  ...cases,
  // A file the config does not include gets no vdx findings, as in `vdx scan`.
  valid: [...cases.valid, { filename: fixtureFile("outside/file.ts"), code: mistyped }],
});
