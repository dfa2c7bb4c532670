/**
 * JSON text that is safe inside an HTML `<script>` element: after
 * JSON.stringify, `<`, `>` and `&` become \u003c, \u003e, \u0026 and the line
 * separators U+2028/U+2029 become \u2028/\u2029. The escapes are valid JSON
 * string escapes, so JSON.parse returns the same value, and no data can close
 * the element (`</script>`) or open a comment (`<!--`).
 * Reference: HTML Living Standard, §4.12.1.3 "Restrictions for contents of script elements".
 *
 * @example jsonForScript({ a: "</script>" }) // => '{"a":"\\u003c/script\\u003e"}'
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("jsonForScript: value is not representable as JSON");
  return json.replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
