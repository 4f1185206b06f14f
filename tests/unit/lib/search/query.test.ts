import { describe, expect, it } from 'vitest';
import { searchHref, typeFromSearchParams } from '../../../../src/lib/search/query';

describe('search addresses', () => {
  it('reads a type filter only if it names a known collection', () => {
    const types = ['incidents', 'glossary'];
    expect(typeFromSearchParams('?q=%E7%BE%A4%E8%AF%89&type=glossary', types)).toBe('glossary');
    expect(typeFromSearchParams('?q=x&type=questions', types)).toBeUndefined();
    expect(typeFromSearchParams('?q=x', types)).toBeUndefined();
  });

  it('writes the query and the filter, leaving out what is empty', () => {
    expect(searchHref('闹事', 'incidents')).toBe('/search/?q=%E9%97%B9%E4%BA%8B&type=incidents');
    expect(searchHref('闹事')).toBe('/search/?q=%E9%97%B9%E4%BA%8B');
    expect(searchHref('')).toBe('/search/');
  });
});
