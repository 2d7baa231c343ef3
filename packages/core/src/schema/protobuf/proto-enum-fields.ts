import protobuf from "protobufjs";
import type { ClassifiedField } from "../../model/schema-field.js";
import { checkMarking, classifyField, type ClassifyEnvironment, type Marking } from "../classify-field.js";
import { namesSignals } from "../signal-collections.js";
import type { ParsedProto } from "./parse-proto-file.js";
import { writtenProtoMarking } from "./proto-markings.js";

/**
 * The values of the enums of one scanned .proto file that name signals — a
 * telemetry `enum Field { VehicleSpeed = 4; Odometer = 5; … }` — as fields
 * `pkg.Enum.VALUE` at the value's line. Values of state and mode enums
 * (`LOCK_STATE_LOCKED`, `CHARGING`) are not fields. A mark on the enum
 * (comment `@vdx …` or option `(vdx.category)`) applies to its values; a mark
 * on a value makes it a field whatever its siblings are.
 */
export function classifyProtoEnumValues(parsed: ParsedProto, env: ClassifyEnvironment, out: ClassifiedField[]): void {
  const values = parsed.declarations.enumValues;
  if (!values || values.size === 0) return;
  forEachEnum(parsed.root, (enumType) => {
    const fullName = enumType.fullName.replace(/^\./, "");
    const declaration = parsed.declarations.enums?.get(fullName);
    const location = { file: parsed.file, line: declaration?.line ?? 1, column: declaration?.column ?? 1 };
    const enumMarking = checkMarking(
      writtenProtoMarking(enumType.parsedOptions, enumType.options, [declaration?.comments ?? "", enumType.comment ?? ""]),
      { location, path: fullName },
      env,
    );
    const names = Object.keys(enumType.values);
    const parents = fullName
      .slice(parsed.declarations.packageName.length)
      .split(".")
      .filter((s) => s !== "");
    const members = names.map((name) => ({ identifier: name, siblings: names, parents }));
    const signals = namesSignals({ name: fullName, members }, env.pack);
    for (const name of names) {
      const at = values.get(`${fullName}.${name}`);
      if (!at) continue;
      const path = `${fullName}.${name}`;
      const valueLocation = { file: parsed.file, line: at.line, column: at.column, endLine: at.endLine, endColumn: at.endColumn };
      const valueOptions = enumType.valuesOptions?.[name] ?? undefined;
      const own: Marking = checkMarking(
        writtenProtoMarking(null, valueOptions, [at.comments, enumType.comments[name] ?? ""]),
        { location: valueLocation, path },
        env,
      );
      if (!signals && own.ids.length === 0 && !own.none) continue;
      const field = classifyField(
        {
          path,
          source: "protobuf",
          location: valueLocation,
          identifier: name,
          context: { siblings: names, parents },
          container: fullName,
          markings: { own, inherited: enumMarking },
        },
        env,
      );
      if (field) out.push(field);
    }
  });
}

function forEachEnum(namespace: protobuf.NamespaceBase, visit: (type: protobuf.Enum) => void): void {
  for (const nested of namespace.nestedArray) {
    if (nested instanceof protobuf.Enum) visit(nested);
    else if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) forEachEnum(nested, visit);
  }
}
