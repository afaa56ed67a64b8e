/** Wiring only: read the effective config, settings and audit; render; re-render on every change. */
import { render } from 'preact';
import { preferredLang } from '../../src/i18n';
import { Options } from '../../src/ui/options/Options';
import type { OptionsData } from '../../src/ui/options/types';
import { loadOptionsData, optionsActions, watchOptionsData } from './options-data';
import './style.css';

let data: OptionsData | null = null;
const actions = optionsActions(() => data?.audit ?? []);

async function draw(): Promise<void> {
  data = await loadOptionsData();
  if (!data) return;
  const lang = data.language === 'auto' ? preferredLang(navigator.languages) : data.language;
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  render(<Options data={data} actions={actions} lang={lang} />, document.getElementById('app')!);
}

watchOptionsData(() => void draw());
void draw();
