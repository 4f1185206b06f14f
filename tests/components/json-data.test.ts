import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import JsonData from '../../src/components/JsonData.astro';

const render = async (props: Record<string, unknown>) =>
  (await AstroContainer.create()).renderToString(JsonData, { props });

describe('JsonData', () => {
  it('keeps hostile text inside its one script element, which parses back to the value', async () => {
    const value = { title: '</script><script>alert(1)</script>', note: '<!-- a\u2028b -->' };
    const html = await render({ value, 'data-scoring': true });
    // An HTML parser ends the element at the first "</script"; it must be the element's own end.
    const opening = '<script type="application/json" data-scoring>';
    expect(html.startsWith(opening)).toBe(true);
    const end = html.toLowerCase().indexOf('</script');
    expect(end).toBe(html.length - '</script>'.length);
    const text = html.slice(opening.length, end);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('writes bare hooks bare and valued hooks with their value, as the call sites did', async () => {
    const html = await render({
      value: 'x',
      'data-example': true,
      'data-id': 'drill-double-sold',
      // What Astro passes from a parent with scoped styles; a data block does not carry it.
      'data-astro-cid-ctb5mjaa': '',
    });
    expect(html).toBe(
      '<script type="application/json" data-example data-id="drill-double-sold">"x"</script>',
    );
  });
});
