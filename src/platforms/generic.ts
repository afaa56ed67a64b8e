/**
 * The generic adapter: any textarea, text input or contenteditable on a supported site (and on the
 * playground). Site adapters come later and override only what their site does differently.
 */
import type { PlatformAdapter } from './adapter';
import { driverFor } from './editors';
import { editorAround, findGenericEditors, isGenericEditor } from './generic-editors';
import { matchClickSubmit, matchKeySubmit, replaySubmit } from './generic-submit';
import { guessSurface } from './generic-surface';

/** @param lastEditor the editor that last had focus, preferred when a button serves several. */
export function genericAdapter(lastEditor: () => Element | null = () => null): PlatformAdapter {
  return {
    id: 'generic',
    isEditor: isGenericEditor,
    editorAt: editorAround,
    findEditors: findGenericEditors,
    editorKind: (editor) => driverFor(editor).kind,
    surface: guessSurface,
    matchSubmit(event) {
      if (event.type === 'keydown') return matchKeySubmit(event as KeyboardEvent);
      if (event.type === 'click') return matchClickSubmit(event as MouseEvent, lastEditor());
      return null;
    },
    resubmit: replaySubmit,
  };
}
