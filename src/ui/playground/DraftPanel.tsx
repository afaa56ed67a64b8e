/** One editor with its marked preview and findings, laid out side by side. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Finding } from '../../engine/types';
import type { Translate } from '../../i18n';
import { FindingsList } from './FindingsList';
import { MarkedText } from './MarkedText';

interface Props {
  id: string;
  title: string;
  hint: string;
  /** The text the findings were computed on (the settled draft, not the live one). */
  analysedText: string;
  findings: readonly Finding[];
  t: Translate;
  children: ComponentChildren;
}

export function DraftPanel({ id, title, hint, analysedText, findings, t, children }: Props) {
  const [active, setActive] = useState<number | null>(null);
  return (
    <section class="draft-panel" data-panel={id} data-findings-count={findings.length}>
      <div class="draft-main">
        <header class="panel-head">
          <h2>{title}</h2>
          <span class="hint">{hint}</span>
        </header>
        {children}
        <h3 class="preview-title">{t('previewTitle')}</h3>
        <MarkedText text={analysedText} findings={findings} activeIndex={active} />
      </div>
      <FindingsList text={analysedText} findings={findings} t={t} onActivate={setActive} />
    </section>
  );
}
