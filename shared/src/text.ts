/** A free-text cell as stored: surrounding blanks dropped, an empty or blank value is no value (null). */
export function textOrNull(value: string | null | undefined): string | null {
  return value?.trim() ? value.trim() : null;
}
