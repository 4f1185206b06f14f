/**
 * The base of the cp- elements: finds the server-rendered parts an element cannot work without,
 * reads the JSON a page ships for it, and tears down what it subscribed to when it leaves the
 * document.
 */
export class CpElement extends HTMLElement {
  #teardown: (() => void)[] = [];

  disconnectedCallback() {
    for (const stop of this.#teardown.splice(0)) stop();
  }

  /** The part `selector` finds under `root`; a missing one is a markup bug, named here. */
  protected required<T extends Element = HTMLElement>(
    selector: string,
    root: ParentNode = this,
  ): T {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`${this.localName}: missing ${selector}`);
    return found;
  }

  /** Calls `stop` (a store's unsubscribe, a timer's clear) when the element leaves the document. */
  protected keep(...stops: (() => void)[]): void {
    this.#teardown.push(...stops);
  }

  /** Adds a listener that is removed when the element leaves the document. */
  protected listen<K extends keyof WindowEventMap>(
    target: Window,
    type: K,
    listener: (event: WindowEventMap[K]) => void,
  ): void;
  protected listen<K extends keyof DocumentEventMap>(
    target: Document,
    type: K,
    listener: (event: DocumentEventMap[K]) => void,
  ): void;
  protected listen(target: EventTarget, type: string, listener: (event: Event) => void): void;
  protected listen(target: EventTarget, type: string, listener: (event: Event) => void): void {
    target.addEventListener(type, listener);
    this.keep(() => target.removeEventListener(type, listener));
  }

  /**
   * The JSON the page ships in the part `selector` finds (a <script type="application/json">),
   * parsed; undefined when that part is absent or empty.
   */
  protected readJson<T>(selector: string, root: ParentNode = this): T | undefined {
    const json = root.querySelector(selector)?.textContent;
    return json ? (JSON.parse(json) as T) : undefined;
  }
}
