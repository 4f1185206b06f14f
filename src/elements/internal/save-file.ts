const bom = '\ufeff';

/**
 * Saves text as a file on the device through a download link. Text files start with a BOM (once,
 * whether or not the text brought its own) so older Windows editors and Excel open the Chinese
 * as UTF-8.
 */
export function saveFile(name: string, text: string, type = 'text/plain'): void {
  const body = type.startsWith('text/') && !text.startsWith(bom) ? `${bom}${text}` : text;
  const url = URL.createObjectURL(new Blob([body], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
