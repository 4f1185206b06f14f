import { CpElement } from './internal/element';

/**
 * <cp-donts-dock>: keeps 不要做的事 fixed at the bottom of the screen while the card is used, and
 * leaves room for it: the page gets bottom padding and scroll padding of the dock's height, so
 * nothing (not even the focused element) ends up hidden behind it. It can be folded to its title.
 */
class CpDontsDock extends CpElement {
  connectedCallback() {
    const panel = this.querySelector<HTMLElement>('.donts');
    const toggle = this.querySelector<HTMLButtonElement>('[data-dock-toggle]');
    const list = this.querySelector<HTMLElement>('ul');
    if (!panel || !toggle || !list) return;
    this.classList.add('docked');
    toggle.hidden = false;
    toggle.addEventListener('click', () => {
      const expanded = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(expanded));
      toggle.textContent = (expanded ? this.dataset.collapse : this.dataset.expand) ?? '';
      list.hidden = !expanded;
    });
    const observer = new ResizeObserver(() => this.#makeRoom(panel.offsetHeight));
    observer.observe(panel);
    this.keep(() => {
      observer.disconnect();
      this.#makeRoom(0);
    });
  }

  // CSSOM, not a style attribute: the CSP forbids inline styles in markup, not this.
  #makeRoom(height: number) {
    const root = document.documentElement.style;
    root.setProperty('scroll-padding-bottom', height ? `${height + 8}px` : '');
    document.body.style.setProperty('padding-bottom', height ? `${height}px` : '');
  }
}

if (!customElements.get('cp-donts-dock')) customElements.define('cp-donts-dock', CpDontsDock);
