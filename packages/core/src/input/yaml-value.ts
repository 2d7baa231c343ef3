import { isAlias, isMap, isPair, isScalar, isSeq, type Alias, type Document, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import { MIN_ALIAS_EXPANSION_BUDGET } from "./input-limits.js";

/** A problem found while turning the document into a value, at a source offset. */
interface ValueProblem {
  offset: number;
  message: string;
  /** A limit of vdx's was reached (the input may be valid YAML). */
  limit?: true;
}

export interface YamlValue {
  value: unknown;
  problems: ValueProblem[];
  /** The anchored node each alias stands for (alias resolution for `locate`). */
  aliasTargets: Map<Alias, YamlNode>;
}

/**
 * The plain value of a composed YAML document, as `Document.toJS()` gives it
 * (maps become objects, aliases share the anchored value), in one iterative
 * pass in document order, so it is linear in the document and safe at any
 * depth. What `toJS()` cannot do safely becomes a problem with a position
 * instead of an exception, a hang or a warning on stderr:
 * - an alias to an unknown anchor, or to a node that contains it (a cycle);
 * - aliases that, copied out, would add more nodes than the budget (alias bombs);
 * - a map or list used as a key (JSON has no such keys);
 * - a key given twice.
 */
export function yamlValue(doc: Document.Parsed): YamlValue {
  return new Converter(doc).run();
}

interface Frame {
  node: YAMLMap | YAMLSeq;
  value: Record<string, unknown> | unknown[];
  index: number;
  /** Nodes under this one, aliases counted as copies. */
  size: number;
  /** Keys seen so far (maps). */
  keys?: Set<string>;
  /** Key of the pair whose value is being converted (maps). */
  pendingKey?: string;
}

class Converter {
  private readonly problems: ValueProblem[] = [];
  private readonly aliasTargets = new Map<Alias, YamlNode>();
  /** Anchor name → the last node so named so far (an alias refers to the last one before it). */
  private readonly anchors = new Map<string, YamlNode>();
  /** Converted anchored nodes: the shared value and its expanded size. */
  private readonly done = new Map<YamlNode, { value: unknown; size: number }>();
  /** Collections being converted: an alias to one of them is a cycle. */
  private readonly open = new Set<YamlNode>();
  private expansion = 0;
  private readonly budget: number;
  private bombed = false;

  constructor(private readonly doc: Document.Parsed) {
    this.budget = Math.max(MIN_ALIAS_EXPANSION_BUDGET, countNodes(doc.contents));
  }

  run(): YamlValue {
    const stack: Frame[] = [];
    let result: { value: unknown; size: number } | undefined = this.enter(this.doc.contents, stack);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (result !== undefined) {
        this.store(frame, result);
        result = undefined;
      }
      const item = frame.node.items[frame.index++];
      if (item === undefined) {
        stack.pop();
        this.open.delete(frame.node);
        result = { value: frame.value, size: frame.size };
        if (frame.node.anchor) this.done.set(frame.node, result);
        continue;
      }
      if (isPair(item)) {
        const key = this.keyOf(item);
        if (key === undefined) {
          frame.pendingKey = undefined;
          continue;
        }
        if (frame.keys!.has(key)) this.problem(item.key as YamlNode, "Map keys must be unique");
        frame.keys!.add(key);
        frame.pendingKey = key;
        result = this.enter(item.value as YamlNode | null, stack);
      } else {
        frame.pendingKey = undefined;
        result = this.enter(item as YamlNode | null, stack);
      }
    }
    return { value: result?.value ?? null, problems: this.problems, aliasTargets: this.aliasTargets };
  }

  /** Converts a leaf at once; opens a frame for a collection (and returns undefined). */
  private enter(node: YamlNode | null | undefined, stack: Frame[]): { value: unknown; size: number } | undefined {
    if (node === null || node === undefined) return { value: null, size: 1 };
    if (node.anchor) this.anchors.set(node.anchor, node);
    if (isAlias(node)) return this.alias(node);
    if (isMap(node) || isSeq(node)) {
      this.open.add(node);
      const frame: Frame = isMap(node) ? { node, value: {}, index: 0, size: 1, keys: new Set() } : { node, value: [], index: 0, size: 1 };
      stack.push(frame);
      return undefined;
    }
    const converted = { value: isScalar(node) ? scalarValue(node.value) : null, size: 1 };
    if (node.anchor) this.done.set(node, converted);
    return converted;
  }

  private alias(alias: Alias): { value: unknown; size: number } {
    const target = this.anchors.get(alias.source);
    if (target === undefined) {
      this.problem(alias, `alias *${alias.source} has no anchor &${alias.source} before it`);
      return { value: null, size: 1 };
    }
    this.aliasTargets.set(alias, target);
    if (this.open.has(target)) {
      this.problem(alias, `alias *${alias.source} is inside the node anchored &${alias.source} it refers to (a cycle); JSON and vdx read only acyclic data`);
      return { value: null, size: 1 };
    }
    const converted = this.done.get(target);
    if (converted === undefined) {
      this.problem(alias, `alias *${alias.source} refers to a node vdx cannot read`);
      return { value: null, size: 1 };
    }
    this.expansion += converted.size;
    if (this.expansion > this.budget && !this.bombed) {
      this.bombed = true;
      this.problem(
        alias,
        `aliases expand this document to more than ${this.budget} extra nodes at alias *${alias.source} (a YAML alias bomb?); it is not read`,
        true,
      );
    }
    return this.bombed ? { value: null, size: 1 } : converted;
  }

  private store(frame: Frame, converted: { value: unknown; size: number }): void {
    frame.size += converted.size;
    if (Array.isArray(frame.value)) {
      frame.value.push(converted.value);
    } else if (frame.pendingKey !== undefined) {
      // `__proto__` and other inherited names become own properties, never the prototype.
      if (frame.pendingKey in frame.value)
        Object.defineProperty(frame.value, frame.pendingKey, { value: converted.value, writable: true, enumerable: true, configurable: true });
      else frame.value[frame.pendingKey] = converted.value;
    }
  }

  /** The property name of a pair, as `toJS()` makes it; undefined (and a problem) for a map or list key. */
  private keyOf(pair: Pair): string | undefined {
    let key = pair.key as YamlNode | null | undefined;
    if (isAlias(key)) {
      const target = this.anchors.get(key.source);
      if (target === undefined) {
        this.problem(key, `alias *${key.source} has no anchor &${key.source} before it`);
        return undefined;
      }
      this.aliasTargets.set(key, target);
      key = target;
    }
    if (key === null || key === undefined) return "";
    if (key.anchor) this.anchors.set(key.anchor, key);
    if (isScalar(key)) {
      const value = scalarValue(key.value);
      if (key.anchor) this.done.set(key, { value, size: 1 });
      return value === null ? "" : `${value as string | number | boolean}`;
    }
    this.problem(pair.key as YamlNode, "a map or a list cannot be a key (JSON keys are plain values)");
    return undefined;
  }

  private problem(node: YamlNode, message: string, limit = false): void {
    this.problems.push({ offset: node.range?.[0] ?? 0, message, ...(limit ? { limit: true as const } : {}) });
  }
}

function scalarValue(value: unknown): unknown {
  return typeof value === "bigint" ? Number(value) : value;
}

/** Nodes of the document as written (aliases count once), iteratively. */
function countNodes(root: unknown): number {
  let count = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || node === undefined) continue;
    count++;
    if (isMap(node) || isSeq(node)) {
      for (const item of node.items) {
        if (isPair(item)) stack.push(item.key, item.value);
        else stack.push(item);
      }
    }
  }
  return count;
}
