/** Renders the overlay into our shadow host's container; the content layer never touches Preact. */
import { render } from 'preact';
import { Overlay, type OverlayProps } from './Overlay';

export function renderOverlay(container: HTMLElement, props: OverlayProps): void {
  render(<Overlay {...props} />, container);
}

export function unmountOverlay(container: HTMLElement): void {
  render(null, container);
}
