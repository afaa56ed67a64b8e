/** The generic adapter's discovery, surface guess and submit matching. */
import { afterEach, describe, expect, test } from 'vitest';
import { genericAdapter } from '../../../src/platforms/generic';

afterEach(() => document.body.replaceChildren());
const adapter = genericAdapter();

function page(html: string): void {
  document.body.innerHTML = html;
}

describe('generic adapter', () => {
  test('finds composers and skips passwords, read-only, disabled and opted-out fields', () => {
    page(`<textarea id="a"></textarea><input id="b" type="search"><div id="c" contenteditable="true"><b>x</b></div>
      <input type="password"><textarea readonly></textarea><textarea disabled></textarea>
      <div data-gramm="false"><textarea></textarea></div><input type="email">`);
    expect(adapter.findEditors(document).map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(adapter.editorAt(document.querySelector('#c b')!.firstChild!)?.id).toBe('c');
  });

  test('guesses the surface from labels around the editor', () => {
    page(`<div aria-label="私信"><div id="dm" contenteditable="true"></div></div>
      <textarea id="reply" placeholder="发表评论"></textarea><div data-testid="tweetTextarea"><textarea id="post"></textarea></div>`);
    expect(adapter.surface(document.getElementById('dm')!)).toBe('dm');
    expect(adapter.surface(document.getElementById('reply')!)).toBe('reply');
    expect(adapter.surface(document.getElementById('post')!)).toBe('post');
  });

  test('Enter sends from a single-line composer, Ctrl+Enter from any, Shift+Enter never', () => {
    page(`<input id="one"><textarea id="many" rows="4"></textarea>`);
    const key = (id: string, init: KeyboardEventInit) => {
      let hit: ReturnType<typeof adapter.matchSubmit> = null;
      const listener = (e: Event) => (hit = adapter.matchSubmit(e));
      window.addEventListener('keydown', listener, { capture: true, once: true });
      document.getElementById(id)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, ...init }));
      return hit as ReturnType<typeof adapter.matchSubmit>;
    };
    expect(key('one', {})?.editor.id).toBe('one');
    expect(key('many', {})).toBeNull();
    expect(key('many', { ctrlKey: true })?.editor.id).toBe('many');
    expect(key('one', { shiftKey: true })).toBeNull();
  });

  test('a 发送/Post button in the composer container sends its editor', () => {
    page(`<div class="box"><textarea id="t"></textarea><div><button id="go"><span>发送</span></button><button id="emoji">😀</button></div></div>`);
    const click = (id: string) => {
      let hit: ReturnType<typeof adapter.matchSubmit> = null;
      window.addEventListener('click', (e) => (hit = adapter.matchSubmit(e)), { capture: true, once: true });
      document.querySelector<HTMLElement>(`#${id} span, #${id}`)!.click();
      return hit as ReturnType<typeof adapter.matchSubmit>;
    };
    expect(click('go')?.editor.id).toBe('t');
    expect(click('emoji')).toBeNull();
  });

  test('a replayed Enter carries keyCode 13, which Draft.js reads instead of key', () => {
    page('<div data-module="chat"><div id="dm" contenteditable="true"></div></div>');
    const dm = document.getElementById('dm')!;
    const seen: number[] = [];
    dm.addEventListener('keydown', (e) => seen.push(e.keyCode));
    adapter.resubmit({ kind: 'key', editor: dm, key: 'Enter', code: 'Enter', ctrlKey: false, metaKey: false, shiftKey: false, altKey: false });
    expect(seen).toEqual([13]);
  });

  test('a send button finds its composer inside an open shadow root', () => {
    page('<div class="box"><div id="host"></div><button id="go">Send</button></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.id = 'inner';
    box.contentEditable = 'true';
    shadow.append(box);
    let hit: ReturnType<typeof adapter.matchSubmit> = null;
    window.addEventListener('click', (e) => (hit = adapter.matchSubmit(e)), { capture: true, once: true });
    document.getElementById('go')!.click();
    expect((hit as ReturnType<typeof adapter.matchSubmit>)?.editor.id).toBe('inner');
  });
});
