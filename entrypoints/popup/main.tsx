/** Wiring only: render the popup; its button opens the playground in a new tab. */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { preferredLang } from '../../src/i18n';
import { Popup } from '../../src/ui/popup/Popup';
import './style.css';

// tabs.create needs no "tabs" permission; only reading other tabs' URLs would.
const openPlayground = () => {
  void browser.tabs.create({ url: browser.runtime.getURL('/playground.html') }).then(() => window.close());
};

render(<Popup lang={preferredLang(navigator.languages)} onOpenPlayground={openPlayground} />, document.getElementById('app')!);
