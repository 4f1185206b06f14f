import { encode } from 'uqr';

/** Quiet zone in modules: scanners need 4 light modules around the symbol. */
const quietZone = 4;

/**
 * A QR code of `text` as SVG markup: dark runs of each row drawn as one path, black on white
 * whatever the page's theme, so phones can scan it from screen or paper. Encoding is uqr's.
 */
export function qrSvg(text: string): string {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const full = size + quietZone * 2;
  let path = '';
  data.forEach((row, y) => {
    for (let x = 0; x < size; x++) {
      if (!row[x]) continue;
      let end = x;
      while (end + 1 < size && row[end + 1]) end++;
      path += `M${x + quietZone} ${y + quietZone}h${end - x + 1}v1h-${end - x + 1}z`;
      x = end;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${full} ${full}" shape-rendering="crispEdges">` +
    `<rect width="${full}" height="${full}" fill="#fff"/><path fill="#000" d="${path}"/></svg>`
  );
}

/** The QR code as a data: URL for an <img> (the CSP allows img-src data:). */
export function qrDataUrl(text: string): string {
  return `data:image/svg+xml,${encodeURIComponent(qrSvg(text))}`;
}
