/**
 * JSON for a `<script>` element (JSON-LD, the citation data). Inside a script
 * element the HTML parser ends the element at the first `</script` and treats
 * `<!--` specially, whatever the JSON means; `JSON.stringify` escapes neither.
 * Escaping `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026` keeps any text
 * (a glossary definition that says `</script><img …>`) data; U+2028 and U+2029
 * are escaped too, so the text is also valid as a JavaScript string literal.
 * `JSON.parse` reads the result back to the same value. Everything a page
 * writes into a script element goes through here.
 */
const escapes: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('jsonForScript: the value has no JSON form');
  return json.replace(/[<>&\u2028\u2029]/g, (c) => escapes[c]);
}
