import type { Finding, FindingData, RuleId } from "../model/finding.js";
import { FINDING_MESSAGES, TEXT_MESSAGE, TEXT_MESSAGE_ID } from "./message-table.js";

type Table = typeof FINDING_MESSAGES;

/** The message ids of `rule` (without the generic `text`). */
export type FindingMessageId<R extends RuleId = RuleId> = R extends RuleId ? keyof Table[R] & string : never;

/** `"a {{x}} b {{y}}"` → `"x" | "y"`. */
type Placeholders<T extends string> = T extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The data a message of `rule` needs: one string per placeholder of its template (extra keys are allowed, as in ESLint). */
export type FindingMessageData<R extends RuleId, M extends FindingMessageId<R>> = Record<Placeholders<Table[R][M & keyof Table[R]] & string>, string> &
  FindingData;

/** What a producer puts into a `Finding`: the id, its data and the rendered sentence (for readers of `message`). */
export interface FindingMessage {
  messageId: string;
  data: FindingData;
  message: string;
}

/**
 * A finding's message from its id and data, typed per rule: the placeholders
 * of the template are the data keys the compiler asks for.
 */
export function findingMessage<R extends RuleId, M extends FindingMessageId<R>>(rule: R, messageId: M, data: FindingMessageData<R, M>): FindingMessage {
  return { messageId, data, message: interpolate(messageTemplate(rule, messageId) ?? TEXT_MESSAGE, data) };
}

/** The generic message for a producer not converted yet: the finished sentence as data. */
export function textMessage(text: string): FindingMessage {
  return { messageId: TEXT_MESSAGE_ID, data: { text }, message: text };
}

/** The template of `messageId` of `rule`; `{{text}}` for the generic id; undefined for an id the table does not know. */
export function messageTemplate(rule: RuleId, messageId: string): string | undefined {
  if (messageId === TEXT_MESSAGE_ID) return TEXT_MESSAGE;
  const templates: Readonly<Record<string, string>> = FINDING_MESSAGES[rule];
  return Object.hasOwn(templates, messageId) ? templates[messageId] : undefined;
}

/** Every template of `rule`, with the generic `text` (what an ESLint rule lists in `meta.messages`). */
export function messageTemplates(rule: RuleId): Record<string, string> {
  return { ...FINDING_MESSAGES[rule], [TEXT_MESSAGE_ID]: TEXT_MESSAGE };
}

/**
 * The sentence of a finding, rendered from its message id and data: what the
 * CLI reporters print and the plugin shows. A finding without an id (made by
 * a producer that does not set one) or with an id the table does not know
 * keeps the sentence it carries.
 */
export function renderFindingMessage(finding: Pick<Finding, "ruleId" | "message" | "messageId" | "data">): string {
  const template = finding.messageId === undefined ? undefined : messageTemplate(finding.ruleId, finding.messageId);
  return template === undefined || finding.data === undefined ? finding.message : interpolate(template, finding.data);
}

/** ESLint's interpolation (`{{ name }}`, a name without data left as written), so both edges render alike. */
export function interpolate(template: string, data: FindingData): string {
  return template.replace(/\{\{([^{}]+?)\}\}/g, (whole, name: string) => {
    const key = name.trim();
    return Object.hasOwn(data, key) ? String(data[key]) : whole;
  });
}
