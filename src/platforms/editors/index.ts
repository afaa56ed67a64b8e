/** The driver for an editor element: form fields by value, Slate by beforeinput, the rest by its text nodes. */
import type { EditorDriver } from '../adapter';
import { contenteditableDriver } from './contenteditable';
import { SLATE_SELECTOR, slateDriver } from './slate';
import { textareaDriver } from './textarea';

export function isFormField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  const tag = element.tagName.toUpperCase();
  return tag === 'TEXTAREA' || tag === 'INPUT';
}

/** Framework editors whose input path differs, by the DOM markers they render (DESIGN.md §6). */
export function driverFor(editor: Element): EditorDriver {
  if (isFormField(editor)) return textareaDriver;
  if (editor.matches(SLATE_SELECTOR)) return slateDriver;
  return contenteditableDriver;
}
