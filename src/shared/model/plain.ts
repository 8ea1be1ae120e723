// The few checks every guard in this folder is built from: plain JSON values, read back from storage or decrypted,
// are `unknown` until a guard has looked at every field. Hand-written rather than zod, so islands can use them.

export type PlainObject = Record<string, unknown>;

/** A JSON object (not an array, not null). */
export const isObject = (v: unknown): v is PlainObject => typeof v === 'object' && v !== null && !Array.isArray(v);

export const isString = (v: unknown): v is string => typeof v === 'string';

/** A guard for one of a fixed list of values (states, phases, sources). */
export const isOneOf =
  <T>(values: readonly T[]) =>
  (v: unknown): v is T =>
    (values as readonly unknown[]).includes(v);

/** A list whose every item passes its check. */
export const listOf =
  (item: (v: unknown) => boolean) =>
  (v: unknown): boolean =>
    Array.isArray(v) && v.every(item);

export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** A field that may be left out. */
export const optional =
  (check: (v: unknown) => boolean) =>
  (v: unknown): boolean =>
    v === undefined || check(v);

/** A field that may be null. */
export const nullable =
  (check: (v: unknown) => boolean) =>
  (v: unknown): boolean =>
    v === null || check(v);

/** An object whose every named field passes its check (other fields are not looked at). */
export const hasFields = (v: unknown, fields: Record<string, (field: unknown) => boolean>): v is PlainObject =>
  isObject(v) && Object.entries(fields).every(([name, check]) => check(v[name]));
