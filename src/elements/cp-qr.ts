/** The QR module (uqr) is loaded on first use and shared. */
let qrModule: Promise<typeof import('../lib/assignment/qr')> | undefined;

/**
 * <cp-qr>: shows a QR code of some text as an <img> of a data: URL (allowed by the CSP). The
 * encoder loads only when a code is first shown; if it cannot load, the element's
 * [data-qr-failed] note says to copy the text instead.
 */
export class CpQr extends HTMLElement {
  async show(text: string, alt: string): Promise<void> {
    const failed = this.querySelector<HTMLElement>('[data-qr-failed]');
    try {
      qrModule ??= import('../lib/assignment/qr');
      const { qrDataUrl } = await qrModule;
      const size = Number(this.dataset.size ?? 240);
      const image = Object.assign(new Image(size, size), { src: qrDataUrl(text), alt });
      this.querySelector('img')?.remove();
      this.prepend(image);
      if (failed) failed.hidden = true;
    } catch {
      qrModule = undefined;
      if (failed) failed.hidden = false;
    }
  }
}

if (!customElements.get('cp-qr')) customElements.define('cp-qr', CpQr);
