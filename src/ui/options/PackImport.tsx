/** Import a pack from a file or pasted JSON; a refused pack lists every problem with its path. */
import { useState } from 'preact/hooks';
import type { Translate } from '../../i18n';
import { IssueList } from './IssueList';
import type { IssueView, OptionsActions } from './types';

export function PackImport({ actions, t }: { actions: OptionsActions; t: Translate }) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ ok: boolean; issues: IssueView[] } | null>(null);
  const submit = async (source: string) => {
    setResult(null);
    const reply = await actions.importPack(source);
    setResult(reply);
    if (reply.ok) setText('');
  };
  const fromFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file) await submit(await file.text());
    input.value = '';
  };
  return (
    <div class="import" data-section="import">
      <label class="block">
        {t('packsImportFile')} <input type="file" accept=".json,application/json" onChange={(e) => void fromFile(e.currentTarget as HTMLInputElement)} />
      </label>
      <label class="block">
        {t('packsImportPaste')}
        <textarea rows={5} value={text} data-field="pack" spellcheck={false} onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <button type="button" disabled={!text.trim()} onClick={() => void submit(text)}>
        {t('packsImport')}
      </button>
      {result?.ok && <p role="status">{t('packsImported')}</p>}
      {result && !result.ok && (
        <div role="alert" data-result="refused">
          <p>{t('packsRefused')}</p>
          <IssueList issues={result.issues} />
        </div>
      )}
    </div>
  );
}
