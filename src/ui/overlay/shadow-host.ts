/**
 * The one node ClinGuard adds to a page: a host on <html>, outside every editor, with a CLOSED
 * shadow root, so page scripts cannot read findings (they quote the draft) and page CSS cannot
 * restyle us. Test hooks are attributes on this host only, never on the page's nodes.
 * Built by hand rather than with WXT's createShadowRootUi: the same host must also mount in the
 * playground page, which has no content-script context.
 */
import { OVERLAY_CSS } from './overlay-styles';

export interface OverlayHost {
  host: HTMLElement;
  /** Where Preact renders. */
  container: HTMLElement;
  /** Hidden measuring elements (textarea mirrors) live here, inside our shadow root. */
  measureLayer: HTMLElement;
  setState(name: string, value: string | null): void;
  remove(): void;
}

export function createOverlayHost(doc: Document): OverlayHost {
  const host = doc.createElement('clinguard-overlay');
  // Fixed, zero-size and on top; children position themselves in viewport coordinates.
  host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = OVERLAY_CSS;
  const container = doc.createElement('div');
  const measureLayer = doc.createElement('div');
  measureLayer.setAttribute('aria-hidden', 'true');
  shadow.append(style, container, measureLayer);
  doc.documentElement.append(host);
  return {
    host,
    container,
    measureLayer,
    setState(name, value) {
      if (value === null) host.removeAttribute(`data-clinguard-${name}`);
      else host.setAttribute(`data-clinguard-${name}`, value);
    },
    remove: () => host.remove(),
  };
}
