import type { ClassifiedField, FieldIndex } from "../model/schema-field.js";
import type { RulePack } from "../model/pack.js";
import { STRONG_SIGNAL_CONFIDENCE } from "../model/schema-field.js";
import { matchSignals } from "../schema/index.js";
import { countsAsClassification } from "../flow/taint/classified-types.js";

const byIndex = new WeakMap<FieldIndex, WeakMap<RulePack, EntityFields>>();

/** The entity view of a field index (kept per index and pack: an editor's re-lints share the index while no declaration changes). */
export function entityFieldsOf(fields: FieldIndex, pack: RulePack): EntityFields {
  let byPack = byIndex.get(fields);
  if (!byPack) byIndex.set(fields, (byPack = new WeakMap()));
  let entities = byPack.get(pack);
  if (!entities) byPack.set(pack, (entities = new EntityFields(fields, pack)));
  return entities;
}

/**
 * Classified fields by the entity that holds them, so that a read naming a
 * table, collection, Prisma model or key prefix (`charge_sessions`,
 * `chargeSession`, `session:42`) finds the classified properties of the type
 * or schema of the same name (`ChargeSession`). Names are compared without
 * case, separators and a plural ending.
 */
export class EntityFields {
  private readonly byEntity = new Map<string, ClassifiedField[]>();

  constructor(
    fields: FieldIndex,
    private readonly pack: RulePack,
  ) {
    for (const field of fields.all()) {
      if (!countsAsClassification(field)) continue;
      const key = entityKey(containerOf(field));
      if (key === "") continue;
      const list = this.byEntity.get(key) ?? [];
      list.push(field);
      this.byEntity.set(key, list);
    }
  }

  /** Classified fields of the entity, restricted to `columns` unless they include `*`. */
  fieldsOf(entity: string, columns?: readonly string[]): ClassifiedField[] {
    const fields = this.byEntity.get(entityKey(entity)) ?? [];
    if (!columns || columns.includes("*")) return fields;
    const wanted = new Set(columns.map(columnKey));
    return fields.filter((f) => wanted.has(columnKey(propertyOf(f))));
  }

  hasEntity(entity: string): boolean {
    return this.byEntity.has(entityKey(entity));
  }

  /** Columns of no known entity that are strong vehicle-data signals by name (`vin`, `driver_phone`). */
  signalColumns(columns: readonly string[]): { column: string; categories: string[]; which: string }[] {
    const found: { column: string; categories: string[]; which: string }[] = [];
    for (const column of columns) {
      if (column === "*") continue;
      // One sibling list for every column (the matcher summarises it once; the column itself may be in it).
      const strong = matchSignals(column, { siblings: columns }, this.pack).filter((c) => c.confidence >= STRONG_SIGNAL_CONFIDENCE);
      if (strong.length > 0)
        found.push({ column, categories: [...new Set(strong.map((c) => c.category))].sort(), which: strong.map((c) => c.which).join("|") });
    }
    return found;
  }
}

function containerOf(field: ClassifiedField): string {
  if (field.container) return field.container.split(/[./#]/).filter(Boolean).pop() ?? field.container;
  const dot = field.path.lastIndexOf(".");
  return dot > 0 ? (field.path.slice(0, dot).split(/[./#]/).filter(Boolean).pop() ?? "") : "";
}

function propertyOf(field: ClassifiedField): string {
  const parts = field.path.split(/[./]/);
  return parts[parts.length - 1] ?? field.path;
}

/** `charge_sessions`, `ChargeSession`, `chargeSession`, `session:42`, `sessions/2026/01.json` → `chargesession` / `session`. */
export function entityKey(name: string): string {
  const head = name.split(/[:/]/)[0] ?? name;
  const flat = head.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (flat.endsWith("ies") && flat.length > 4) return flat.slice(0, -3) + "y";
  if (flat.endsWith("sses")) return flat.slice(0, -2);
  if (flat.endsWith("s") && !flat.endsWith("ss") && flat.length > 3) return flat.slice(0, -1);
  return flat;
}

function columnKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}
