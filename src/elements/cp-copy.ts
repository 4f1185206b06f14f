/**
 * <cp-copy data-target="id">: a button that copies the text of the element with that id (its
 * value for form fields, its href for links). Where the clipboard is refused (an insecure page,
 * an old WebView) it selects the text and says how to copy by hand.
 */
class CpCopy extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => void this.#copy());
  }

  #text(target: HTMLElement): string {
    if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)
      return target.value;
    if (target instanceof HTMLAnchorElement) return target.href;
    return target.textContent ?? '';
  }

  async #copy() {
    const target = document.getElementById(this.dataset.target ?? '');
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    if (!target || !status) return;
    try {
      await navigator.clipboard.writeText(this.#text(target));
      status.textContent = this.dataset.copied ?? '';
    } catch {
      const range = document.createRange();
      range.selectNodeContents(target);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      status.textContent = this.dataset.failed ?? '';
    }
  }
}

if (!customElements.get('cp-copy')) customElements.define('cp-copy', CpCopy);
