/**
 * A list as ONE bound parameter: knex expands an array binding into a list of parameters (good for `in (?)`, which an
 * empty list breaks), so `= any(?::int[])` takes the list as a PostgreSQL array literal instead.
 */
export function intArray(values: readonly number[]): string {
  return `{${values.map((v) => {
    if (!Number.isInteger(v)) throw new Error(`not an integer: ${v}`);
    return String(v);
  }).join(',')}}`;
}

export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}
