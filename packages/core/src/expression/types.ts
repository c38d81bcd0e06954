/**
 * Types of the condition language: the expression shapes an author writes, the environment an
 * expression is evaluated in, and the environment and issues of the static checker.
 *
 * The JSON form of these shapes is `schemas/expression.schema.json`; keep the two in step.
 */

import type { Message } from '../types.js';

/** A constant in an expression: a string, a finite number, a boolean or `null`. */
export type ExpressionLiteral = string | number | boolean | null;

/** The channel a dossier is submitted through (Decree 42/2022: online, in person, public postal service). */
export type ExpressionChannel = 'in-person' | 'online' | 'postal';

/**
 * A condition written as data (JSON Logic style). Exactly one operator key per object.
 *
 * @example
 * const adult: Expression = { '>=': [{ 'days-between': [{ var: 'birthDate' }, { var: '$today' }] }, 6570] };
 */
export type Expression =
  | ExpressionLiteral
  | { readonly var: string | readonly [string, ExpressionLiteral] }
  | { readonly '==': readonly [Expression, Expression] }
  | { readonly '!=': readonly [Expression, Expression] }
  | { readonly '<': readonly [Expression, Expression] }
  | { readonly '<=': readonly [Expression, Expression] }
  | { readonly '>': readonly [Expression, Expression] }
  | { readonly '>=': readonly [Expression, Expression] }
  | { readonly and: readonly [Expression, ...Expression[]] }
  | { readonly or: readonly [Expression, ...Expression[]] }
  | { readonly '!': Expression | readonly [Expression] }
  | { readonly in: readonly [Expression, readonly ExpressionLiteral[] | Expression] }
  | { readonly if: readonly [Expression, Expression, Expression] }
  | { readonly '+': readonly [Expression, Expression, ...Expression[]] }
  | { readonly '-': readonly [Expression] | readonly [Expression, Expression] }
  | { readonly '*': readonly [Expression, Expression, ...Expression[]] }
  | { readonly '/': readonly [Expression, Expression] }
  | { readonly min: readonly [Expression, ...Expression[]] }
  | { readonly max: readonly [Expression, ...Expression[]] }
  | { readonly 'days-between': readonly [Expression, Expression] }
  | { readonly present: string };

/**
 * A set of names that are "on": the dossier components provided (`$documents.<id>`) or the form
 * fields filled from a national registry (`$prefilled.<path>`). A record counts a name only when
 * its value is exactly `true`.
 */
export type ExpressionFlags = ReadonlySet<string> | readonly string[] | Readonly<Record<string, boolean>>;

/** The context variables an expression reads with `{"var": "$…"}`. Every member is optional. */
export interface ExpressionContext {
  /** `$channel`. */
  readonly channel?: ExpressionChannel | null;
  /** `$case`: the id of the case (trường hợp) the applicant chose. */
  readonly case?: string | null;
  /** `$role`: the role of the person acting. */
  readonly role?: string | null;
  /** `$today`: the current date as `YYYY-MM-DD` in Asia/Ho_Chi_Minh, injected by the caller (never read from the clock here). */
  readonly today?: string | null;
  /** `$documents.<componentId>`: components already provided. */
  readonly documents?: ExpressionFlags;
  /** `$prefilled.<fieldPath>`: fields whose value came from a national registry. */
  readonly prefilled?: ExpressionFlags;
}

/** What an expression is evaluated against: the applicant's form data and the context. */
export interface ExpressionEnvironment {
  /** The form data (plain JSON). */
  readonly data: unknown;
  /** The context variables; absent members read as `null` (or `false` for documents and prefill). */
  readonly context?: ExpressionContext;
  /** `$item.<property>`: the list item a question inside it (`itemFields`) is asked for; absent reads as `null`. */
  readonly item?: unknown;
}

/** A compiled expression: a tree of closures, safe to call many times and under a strict CSP. */
export type CompiledExpression = (env: ExpressionEnvironment) => unknown;

/** The type of a form field as the checker sees it (from the form's JSON Schema). */
export type FieldTypeName = 'string' | 'number' | 'integer' | 'boolean' | 'date' | 'array' | 'object' | 'unknown';

/** A field type with its allowed values, when the form restricts them. */
export interface FieldDescriptor {
  readonly type: FieldTypeName;
  readonly enum?: readonly unknown[];
}

/** A form field's type: a bare type name, or a descriptor carrying `enum`. */
export type FieldType = FieldTypeName | FieldDescriptor;

/**
 * What the static checker knows about the procedure.
 *
 * Field keys are dot paths (`child.birthDate`). Array items are declared with `*` in place of the
 * index (`applicants.*.name`), which also matches `applicants.0.name` in an expression. A field
 * declared `object`, `array` or `unknown` with nothing declared under it is opaque: any path below
 * it is accepted with type `unknown`.
 */
export interface CheckEnvironment {
  readonly fields: ReadonlyMap<string, FieldType> | Readonly<Record<string, FieldType>>;
  readonly documents: ReadonlySet<string> | readonly string[];
  /** The case ids of the procedure; when absent, `$case` is not checked against a list. */
  readonly cases?: readonly string[];
  /**
   * The path of the list (`members`) whose item `$item.<property>` reads, declared as `members.*.<property>`
   * in `fields`. Only conditions of a list's `itemFields` have one; elsewhere `$item` is an error.
   */
  readonly item?: string;
}

/** The type of a value an expression produces, as inferred statically. */
export type ExpressionType = 'string' | 'number' | 'boolean' | 'date' | 'null' | 'array' | 'object' | 'unknown';

/** Stable codes of checker issues and of {@link ExpressionError}. */
export type ExpressionIssueCode =
  | 'expression.malformed'
  | 'expression.unknown-operator'
  | 'expression.arity'
  | 'expression.unknown-field'
  | 'expression.unknown-document'
  | 'expression.unknown-context-variable'
  | 'expression.item-outside-list'
  | 'expression.type-mismatch'
  | 'expression.enum-mismatch'
  | 'expression.unknown-case';

/** One problem the checker found, located by a JSON Pointer. */
export interface ExpressionIssue {
  readonly code: ExpressionIssueCode;
  /** JSON Pointer to the offending node: the caller's pointer followed by the path inside the expression. */
  readonly pointer: string;
  /** Machine-readable details; which keys appear depends on `code`. */
  readonly params: Readonly<Record<string, unknown>>;
  readonly message: Message;
  readonly hint?: Message;
}

/** The names an expression reads. */
export interface ExpressionReferences {
  /** Form field paths read by `var` and `present`, in order of first use. */
  readonly fields: string[];
  /** Dossier component ids read by `$documents.<id>`. */
  readonly documents: string[];
  /** Every context variable read, verbatim (`$today`, `$documents.cccd`, `$prefilled.child.name`). */
  readonly context: string[];
}
