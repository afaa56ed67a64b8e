/**
 * Asked before a risky send: lists the findings and offers [Fix all] [Edit] [Post anyway].
 * Modal (role=dialog, aria-modal), focus stays inside (Tab cycles), Esc means Edit. Focus starts
 * on Edit, the choice that loses nothing. In enforce mode each block finding needs a tick, and
 * when the policy asks for it a written reason, checked before it is accepted (it goes to the
 * local audit, so it must not identify anyone).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate, UiKey } from '../../i18n';
import { trapTab } from './focus-trap';
import type { DialogChoice, DialogView } from './types';

export const REASON_MAX = 200;

interface Props {
  dialog: DialogView;
  t: Translate;
  onChoice: (choice: DialogChoice, reason?: string) => void;
}

export function ConfirmDialog({ dialog, t, onChoice }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [acked, setAcked] = useState<ReadonlySet<number>>(new Set());
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<UiKey | null>(null);
  // Ticks and the reason start empty because the overlay mounts a fresh dialog for every send.
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[data-choice="edit"]')?.focus();
  }, [dialog]);
  const canFix = dialog.findings.some((f) => f.detail?.fix);
  const mustAck = dialog.acknowledge ? dialog.findings.flatMap((f, i) => (f.severity === 'block' ? [i] : [])) : [];
  const ready = mustAck.every((i) => acked.has(i)) && (!dialog.reasonRequired || reason.trim().length > 0);
  const post = () => {
    if (!ready) return;
    if (dialog.reasonRequired) {
      const refused = dialog.checkReason?.(reason) ?? null;
      setProblem(refused);
      if (refused) return;
      onChoice('post', reason.trim());
    } else onChoice('post');
  };
  const toggle = (i: number) => setAcked((before) => (before.has(i) ? new Set([...before].filter((x) => x !== i)) : new Set([...before, i])));
  return (
    <div class="cg-backdrop">
      <div
        ref={ref}
        class="cg-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="cg-dialog-title"
        aria-describedby="cg-dialog-intro"
        data-mode={dialog.acknowledge ? 'enforce' : 'warn'}
        onKeyDown={(event) => {
          // Esc = edit; Tab and Shift+Tab wrap around the dialog's controls.
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onChoice('edit');
          } else trapTab(event, ref.current);
        }}
      >
        <h2 id="cg-dialog-title">{t(dialog.engineError ? 'dialogEngineErrorTitle' : 'dialogTitle')}</h2>
        <p id="cg-dialog-intro">{dialog.engineError ? t('dialogEngineErrorIntro') : t('dialogIntro', { count: dialog.findings.length })}</p>
        {dialog.findings.length > 0 && (
          <ul class="cg-findings">
            {dialog.findings.map((f, i) => (
              <li key={i} data-severity={f.severity}>
                <q>{dialog.text.slice(f.start, f.end)}</q> {f.message}
                {mustAck.includes(i) && (
                  <label class="cg-ack">
                    <input type="checkbox" data-ack={i} checked={acked.has(i)} onChange={() => toggle(i)} /> {t('dialogAcknowledge')}
                  </label>
                )}
              </li>
            ))}
          </ul>
        )}
        {dialog.reasonRequired && (
          <label class="cg-reason">
            {t('dialogReasonLabel', { max: REASON_MAX })}
            <textarea
              data-reason
              maxLength={REASON_MAX}
              rows={2}
              value={reason}
              aria-invalid={problem ? 'true' : 'false'}
              onInput={(event) => {
                setReason((event.currentTarget as HTMLTextAreaElement).value);
                setProblem(null);
              }}
            />
          </label>
        )}
        {problem && (
          <p class="cg-problem" role="alert">
            {t(problem, { max: REASON_MAX })}
          </p>
        )}
        <div class="cg-actions">
          {canFix && (
            <button type="button" class="cg-button cg-primary" data-choice="fix" onClick={() => onChoice('fix')}>
              {t('dialogFixAll')}
            </button>
          )}
          <button type="button" class="cg-button" data-choice="edit" onClick={() => onChoice('edit')}>
            {t('dialogEdit')}
          </button>
          <button type="button" class="cg-button" data-choice="post" disabled={!ready} onClick={post}>
            {t('dialogPostAnyway')}
          </button>
        </div>
      </div>
    </div>
  );
}
