/**
 * List questions (`form.data` fields of type `array`), GOV.UK "add another": which items show, the
 * questions of each item, and the checks over them. An item's questions come from the list's layout
 * `itemFields` (bilingual labels, hints, widgets), else from the item schema — labelled by its `title`s,
 * widget chosen from each type and format — with paths like `members.0.fullName`. A list of enum values
 * is a checkbox group instead (the procedure schema has no `uniqueItems`, and a value chosen twice means
 * nothing, so every enum list is read as a set of choices).
 */
import { localized } from '../../internal/localized-text.js';
import type { Lang } from '../../internal/localize.js';
import type { ExpressionEnvironment } from '@motcua/core';
import { allows, isRequired, itemEnvironment, readPath, schemaAt, type FormField, type LayoutField } from './form-model.js';
import { checkLayoutField, type CheckContext } from './form-validation.js';

/** A list field of `form.data`. */
export type FormList = Extract<FormField, { type: 'array' }>;

/** A question of one list item, made from the item schema; `item` names the item ("Thành viên 1"). */
export interface ItemField extends LayoutField {
  readonly item: LayoutField['label'];
}

/** The schema of `field` when it is a list of items (not a checkbox group of enum values), else undefined. */
export function listSchemaOf(form: Parameters<typeof schemaAt>[0], field: LayoutField): FormList | undefined {
  const schema = schemaAt(form, field.field);
  return schema?.type === 'array' && (schema.items.type === 'object' || !('enum' in schema.items && schema.items.enum)) ? schema : undefined;
}

/** A list question as shown now: its schema, the questions of each item, the fewest items it may keep. */
export interface ShownList {
  readonly schema: FormList;
  readonly items: readonly ItemField[][];
  readonly fewest: number;
}

/** How a list question shows now: a required list shows its `minItems` (at least one) before any is added. */
export function showList(context: CheckContext, field: LayoutField): ShownList | undefined {
  const schema = listSchemaOf(context.procedure.form, field);
  if (!schema) return undefined;
  const value = readPath(context.data, field.field);
  const fewest = isRequired(context.procedure, field, context.data, context.env) ? Math.max(schema.minItems ?? 1, 1) : 0;
  return { schema, fewest, items: Array.from({ length: Math.max(Array.isArray(value) ? value.length : 0, fewest) }, (_, index) => itemFields(field, schema, index, context.env)) };
}

/**
 * The name of item `index` (from 0) and its number: the list's `itemLabel`, else its label without a
 * plural marker or "(if any)".
 */
export function itemName(field: LayoutField, index: number): LayoutField['label'] {
  const name = (lang: Lang) => `${field.itemLabel ? localized(field.itemLabel, lang) : localized(field.label, lang)
    .replace(/\s*\((nếu có|if any)\)$/iu, '')
    .replace(/^(Các|Những)\s+(\S)/u, (_, _plural: string, first: string) => first.toLocaleUpperCase('vi'))} ${index + 1}`;
  return { vi: name('vi'), en: name('en') };
}

/**
 * The questions of item `index` shown now: for an object item, the layout's `itemFields` in their order
 * (labels, hints, widgets, option labels in both languages) whose `visibleWhen` holds for this item,
 * then any property they leave out, labelled by its schema `title`; for a list of scalars, the item itself.
 * Each `requiredWhen` is decided here, for this item (`$item`), so the rest of the form reads a constant.
 */
export function itemFields(field: LayoutField, schema: FormList, index: number, env: ExpressionEnvironment): ItemField[] {
  const item = itemName(field, index);
  const base = `${field.field}.${index}`;
  if (schema.items.type !== 'object') return [{ field: base, label: item, item }];
  const laid = field.itemFields ?? [];
  const itemEnv = itemEnvironment(env, base);
  const rest = Object.entries(schema.items.properties ?? {}).filter(([key]) => !laid.some((entry) => entry.field === key));
  return [
    ...laid.filter((entry) => allows(entry.visibleWhen, itemEnv))
      .map((entry) => ({ ...entry, visibleWhen: true, requiredWhen: allows(entry.requiredWhen ?? false, itemEnv), field: `${base}.${entry.field}`, item })),
    ...rest.map(([key, child]) => ({ field: `${base}.${key}`, label: { vi: child.title ?? key, en: child.title ?? key }, item })),
  ];
}

/**
 * The problems of a question as `[path, message]`: for a list, each shown item's questions (the message
 * names the item), then — when the items are fine — the list's own rules (`minItems`, `maxItems`).
 */
export function checkQuestion(context: CheckContext, field: LayoutField): [string, string][] {
  const problems = showList(context, field)?.items.flat().flatMap((item) => checkQuestion(context, item));
  if (problems?.length) return problems;
  const message = checkLayoutField(context, field);
  return message === null ? [] : [[field.field, 'item' in field ? `${localized((field as ItemField).item, context.lang)}: ${message}` : message]];
}

/** The questions shown for `fields`: each field, and for a list the questions of each item shown. */
export function expandQuestions(context: CheckContext, fields: readonly LayoutField[]): LayoutField[] {
  return fields.flatMap((field) => [field, ...showList(context, field)?.items.flat() ?? []]);
}
