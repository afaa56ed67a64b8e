/**
 * Asked before a risky send: lists the findings and offers [Fix all] [Edit] [Post anyway].
 * Modal (role=dialog, aria-modal), focus stays inside (Tab cycles), Esc means Edit. Focus starts
 * on Edit, the choice that loses nothing.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Translate } from '../../i18n';
import type { DialogChoice, DialogView } from './types';

interface Props {
  dialog: DialogView;
  t: Translate;
  onChoice: (choice: DialogChoice) => void;
}

export function ConfirmDialog({ dialog, t, onChoice }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[data-choice="edit"]')?.focus();
  }, [dialog]);
  const canFix = dialog.findings.some((f) => f.detail?.fix);
  return (
    <div class="cg-backdrop">
      <div
        ref={ref}
        class="cg-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="cg-dialog-title"
        aria-describedby="cg-dialog-intro"
        onKeyDown={(event) => trapKeys(event, ref.current, () => onChoice('edit'))}
      >
        <h2 id="cg-dialog-title">{t('dialogTitle')}</h2>
        <p id="cg-dialog-intro">{t('dialogIntro', { count: dialog.findings.length })}</p>
        <ul class="cg-findings">
          {dialog.findings.map((f, i) => (
            <li key={i} data-severity={f.severity}>
              <q>{dialog.text.slice(f.start, f.end)}</q> {f.message}
            </li>
          ))}
        </ul>
        <div class="cg-actions">
          {canFix && (
            <button type="button" class="cg-button cg-primary" data-choice="fix" onClick={() => onChoice('fix')}>
              {t('dialogFixAll')}
            </button>
          )}
          <button type="button" class="cg-button" data-choice="edit" onClick={() => onChoice('edit')}>
            {t('dialogEdit')}
          </button>
          <button type="button" class="cg-button" data-choice="post" onClick={() => onChoice('post')}>
            {t('dialogPostAnyway')}
          </button>
        </div>
      </div>
    </div>
  );
}

/** Esc = edit; Tab and Shift+Tab wrap around the dialog's buttons. */
function trapKeys(event: KeyboardEvent, dialog: HTMLElement | null, onEscape: () => void): void {
  // Keys typed in the dialog are ours: the page's shortcuts must not see them.
  event.stopPropagation();
  if (event.key === 'Escape') {
    event.preventDefault();
    onEscape();
    return;
  }
  if (event.key !== 'Tab' || !dialog) return;
  const buttons = [...dialog.querySelectorAll<HTMLElement>('button')];
  if (buttons.length === 0) return;
  const active = (dialog.getRootNode() as ShadowRoot).activeElement;
  const at = buttons.indexOf(active as HTMLElement);
  const next = (at + (event.shiftKey ? -1 : 1) + buttons.length) % buttons.length;
  event.preventDefault();
  buttons[next]!.focus();
}
