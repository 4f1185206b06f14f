// The characters that could end or confuse a <script type="application/json"> block when the page
// is parsed: "<" (</script>, <!--), ">" and "&" for good measure, and U+2028/U+2029, which old
// JavaScript parsers read as line ends. In JSON they can only stand inside strings, where the
// \u escape means the same character, so JSON.parse reads back the very same value.
const unsafeInScript = /[<>&\u2028\u2029]/g;

/** The value as JSON that is safe to write as the text of a <script> element. */
export function jsonForScript(value: unknown): string {
  const json: string | undefined = JSON.stringify(value);
  if (json === undefined) {
    throw new TypeError(
      `jsonForScript: ${typeof value} cannot be written as JSON; pass an object, array, string, number, boolean or null.`,
    );
  }
  return json.replace(
    unsafeInScript,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
