/**
 * What a SQL text reads: whether it is a read at all, which tables and which
 * columns it names. A light lexical reading, not a SQL parser: enough to tell
 * `SELECT id, energy_wh FROM charge_sessions` (no personal data) from
 * `SELECT vin, driver_phone FROM charge_sessions`. Anything it cannot read
 * (dynamic SQL, CTEs it does not follow) says so with `opaque`.
 */
export interface SqlShape {
  /** The statement returns rows (SELECT, WITH … SELECT, or a write with RETURNING). */
  reads: boolean;
  tables: string[];
  /** Column names without qualifiers or aliases; `*` when all columns are read. */
  columns: string[];
  /** The names the rows carry: each item's alias (`start_fix AS "start"` → start), else its columns. */
  outputs: string[];
  /** The select list could not be read (expressions only, no statement found). */
  opaque: boolean;
}

const WRITE = /^\s*(insert|update|delete|merge|create|alter|drop|truncate|grant|set|begin|commit|rollback|lock|vacuum|analyze|call)\b/i;

export function sqlShape(text: string): SqlShape {
  const sql = stripComments(text).replace(/\s+/g, " ").trim();
  const returning = /\breturning\s+(.+?)(?:;|$)/i.exec(sql);
  if (WRITE.test(sql) && !returning) return { reads: false, tables: [], columns: [], outputs: [], opaque: false };
  const select = /\bselect\s+(?:distinct\s+(?:on\s*\([^)]*\)\s*)?)?(.+?)\s+from\s+(.+)$/i.exec(sql);
  if (!select) {
    if (returning) return { reads: true, tables: tablesOfWrite(sql), columns: columnList(returning[1]!), outputs: outputList(returning[1]!), opaque: false };
    const bare = /^\s*select\b/i.test(sql);
    return { reads: bare, tables: [], columns: [], outputs: [], opaque: true };
  }
  const columns = columnList(select[1]!);
  const tables = tableList(select[2]!);
  // Sub-selects and joins name more tables: collect every FROM/JOIN target.
  for (const match of sql.matchAll(/\b(?:from|join)\s+([a-z_][\w.$"]*)/gi)) {
    const table = cleanName(match[1]!);
    if (table && !tables.includes(table) && !KEYWORDS.has(table)) tables.push(table);
  }
  return { reads: true, tables, columns, outputs: outputList(select[1]!), opaque: columns.length === 0 };
}

const KEYWORDS = new Set(["select", "lateral", "unnest", "generate_series"]);

function stripComments(text: string): string {
  return text.replace(/--[^\n]*/g, " ").replace(/\/\*[\s\S]*?\*\//g, " ");
}

function columnList(list: string): string[] {
  const columns: string[] = [];
  for (const item of splitTopLevel(list)) {
    const expression = item.replace(/\s+as\s+[\w"]+$/i, "").trim();
    if (expression === "*" || expression.endsWith(".*")) {
      if (!columns.includes("*")) columns.push("*");
      continue;
    }
    // Every identifier inside an expression is read: `lower(email)`, `coalesce(a.phone, b.phone)`.
    for (const match of expression.replace(/'[^']*'/g, " ").matchAll(/(?:\b[a-z_][\w$]*\.)?"?\b([a-z_][\w$]*)\b"?(?!\s*\()/gi)) {
      const name = match[1]!;
      if (!SQL_WORDS.has(name.toLowerCase()) && !columns.includes(name)) columns.push(name);
    }
  }
  return columns;
}

/** The row property each select item becomes: its alias, else the columns it reads. */
function outputList(list: string): string[] {
  const outputs: string[] = [];
  for (const item of splitTopLevel(list)) {
    const alias = /\s+as\s+"?([\w$]+)"?$/i.exec(item)?.[1];
    for (const name of alias ? [alias] : columnList(item)) if (!outputs.includes(name)) outputs.push(name);
  }
  return outputs;
}

const SQL_WORDS = new Set([
  "as",
  "case",
  "when",
  "then",
  "else",
  "end",
  "null",
  "and",
  "or",
  "not",
  "distinct",
  "true",
  "false",
  "is",
  "in",
  "like",
  "between",
  "interval",
  "cast",
  "text",
  "int",
  "integer",
  "numeric",
  "over",
  "partition",
  "by",
  "order",
  "asc",
  "desc",
  "filter",
  "where",
]);

function tableList(rest: string): string[] {
  const head = rest.split(/\b(?:where|group\s+by|order\s+by|limit|having|union|offset|returning|for\s+update)\b/i)[0] ?? "";
  const tables: string[] = [];
  for (const item of head.split(/,|\bjoin\b/i)) {
    const name = cleanName(item.trim().split(/\s+/)[0] ?? "");
    if (name && !name.startsWith("(") && !tables.includes(name)) tables.push(name);
  }
  return tables;
}

function tablesOfWrite(sql: string): string[] {
  const match = /^\s*(?:insert\s+into|update|delete\s+from)\s+([\w."$]+)/i.exec(sql);
  const name = match ? cleanName(match[1]!) : undefined;
  return name ? [name] : [];
}

/** `public."ChargeSession"` → `ChargeSession`. */
function cleanName(raw: string): string | undefined {
  const last = raw.replace(/[;()]/g, "").split(".").pop() ?? "";
  const name = last.replace(/"/g, "").trim();
  return /^[a-z_][\w$]*$/i.test(name) ? name : undefined;
}

function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of list) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "") parts.push(current);
  return parts.map((p) => p.trim());
}
