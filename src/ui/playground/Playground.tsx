/**
 * The playground page: two sample drafts, the surface and language they are judged in, and
 * their findings. Analysis comes in as a prop (the UI layer imports engine types only).
 * `data-ready` and `data-findings-count` on the root let E2E tests wait without sleeping.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Finding, Lang, Surface } from '../../engine/types';
import { translator, type UiLang } from '../../i18n';
import { DraftPanel } from './DraftPanel';
import { EditableEditor } from './EditableEditor';
import { PLAYGROUND_SURFACES } from '../labels';
import { EDITABLE_SAMPLE, TEXTAREA_SAMPLE } from './samples';
import { SegmentedControl } from './SegmentedControl';
import { TextareaEditor } from './TextareaEditor';
import { useDebouncedValue } from './use-debounced-value';

export type AnalyzeDraft = (text: string, surface: Surface, locale: Lang) => Finding[];

interface Props {
  analyze: AnalyzeDraft;
  initialLang: UiLang;
  /** Problems loading the built-in pack, shown as a banner instead of failing silently. */
  packProblems: readonly string[];
}

/** Settle time after the last keystroke, as on real editors (DESIGN.md §5). */
const DEBOUNCE_MS = 300;

export function Playground({ analyze, initialLang, packProblems }: Props) {
  const [lang, setLang] = useState<UiLang>(initialLang);
  const [surface, setSurface] = useState<Surface>('post');
  const [plain, setPlain] = useState(TEXTAREA_SAMPLE);
  const [rich, setRich] = useState(EDITABLE_SAMPLE);
  const settledPlain = useDebouncedValue(plain, DEBOUNCE_MS);
  const settledRich = useDebouncedValue(rich, DEBOUNCE_MS);
  const plainFindings = useMemo(() => analyze(settledPlain, surface, lang), [analyze, settledPlain, surface, lang]);
  const richFindings = useMemo(() => analyze(settledRich, surface, lang), [analyze, settledRich, surface, lang]);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const t = translator(lang);

  return (
    <main class="playground" data-ready={ready ? 'true' : undefined} data-findings-count={plainFindings.length + richFindings.length}>
      <header class="page-head">
        <div class="brand">
          <img src="/icon/48.png" alt="" width={40} height={40} />
          <div>
            <h1>
              {t('appName')} <span class="brand-local">{t('appNameLocal')}</span> · {t('playgroundTitle')}
            </h1>
            <p class="intro">{t('playgroundIntro')}</p>
          </div>
        </div>
        <div class="controls">
          <SegmentedControl
            label={t('surfaceLabel')}
            name="surface"
            value={surface}
            options={PLAYGROUND_SURFACES.map((s) => ({ value: s.value, label: t(s.label) }))}
            onChange={setSurface}
          />
          <SegmentedControl
            label={t('languageLabel')}
            name="lang"
            value={lang}
            options={[{ value: 'zh', label: '中文' }, { value: 'en', label: 'English' }]}
            onChange={setLang}
          />
        </div>
      </header>
      {packProblems.length > 0 && (
        <p class="pack-error" role="alert">{t('packError', { detail: packProblems.join('; ') })}</p>
      )}
      <DraftPanel id="textarea" title={t('textareaTitle')} hint={t('textareaHint')} analysedText={settledPlain} findings={plainFindings} t={t}>
        <TextareaEditor label={t('textareaTitle')} value={plain} onChange={setPlain} />
      </DraftPanel>
      <DraftPanel id="contenteditable" title={t('editableTitle')} hint={t('editableHint')} analysedText={settledRich} findings={richFindings} t={t}>
        <EditableEditor label={t('editableTitle')} initialText={EDITABLE_SAMPLE} onChange={setRich} />
      </DraftPanel>
    </main>
  );
}
