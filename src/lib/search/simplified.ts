// Traditional → Simplified conversion with OpenCC's own tables (opencc-js), loaded only when
// a query has a Traditional character: the phrase and character tables are about 22 KB gzip,
// a fraction of the full opencc-js bundle.

type Convert = (text: string) => string;
let converter: Promise<Convert> | undefined;

function loadConverter(): Promise<Convert> {
  converter ??= Promise.all([
    import('opencc-js/core'),
    import('opencc-js/dict/TSPhrases'),
    import('opencc-js/dict/TSCharacters'),
  ]).then(([core, phrases, characters]) =>
    core.ConverterFactory([[phrases.default, characters.default]]),
  );
  converter.catch(() => {
    converter = undefined;
  });
  return converter;
}

/** The text in Simplified Chinese (OpenCC's t2s: phrases first, then characters). */
export async function toSimplified(text: string): Promise<string> {
  const convert = await loadConverter();
  return convert(text);
}
