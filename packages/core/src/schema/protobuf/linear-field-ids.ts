import protobuf from "protobufjs";

type AddField = (this: protobuf.Type, object: protobuf.ReflectionObject) => protobuf.Type;

interface TypeInternals {
  /** protobufjs' cache of fields by id; `add` checks it for duplicates, then clears it. */
  _fieldsById: Record<number, protobuf.Field> | null;
}

/**
 * Runs `parse` with protobufjs' `Type#add` made linear in the number of
 * fields of a message. protobufjs checks a new field's id against
 * `fieldsById`, a cache it rebuilds from all fields and then clears on every
 * `add`, so parsing one message with n fields takes n² steps (50,000 fields:
 * over a minute). Here each message keeps its ids as fields are added and
 * hands them to `add` as the cache, which `add` consults (duplicate ids are
 * still reported by protobufjs, in its words).
 *
 * The swap is synchronous and undone before returning, so no other code (an
 * ESLint process's own use of protobufjs) ever sees it.
 */
export function withLinearFieldIds<T>(parse: () => T): T {
  const prototype = protobuf.Type.prototype as unknown as { add: AddField };
  const original = prototype.add;
  const idsByType = new WeakMap<protobuf.Type, Record<number, protobuf.Field>>();
  prototype.add = function add(this: protobuf.Type, object: protobuf.ReflectionObject): protobuf.Type {
    const isField = object instanceof protobuf.Field && object.extend === undefined;
    if (!isField) return original.call(this, object);
    let ids = idsByType.get(this);
    if (!ids) {
      ids = {};
      for (const field of Object.values(this.fields)) ids[field.id] = field;
      idsByType.set(this, ids);
    }
    (this as unknown as TypeInternals)._fieldsById = ids;
    const result = original.call(this, object);
    // `add` returns early for a `__proto__` field without adding it.
    if (this.fields[object.name] === object) ids[object.id] = object;
    return result;
  };
  try {
    return parse();
  } finally {
    prototype.add = original;
  }
}
