/** The driver for an editor element: form fields by value, everything else by its text nodes. */
import type { EditorDriver } from '../adapter';
import { contenteditableDriver } from './contenteditable';
import { textareaDriver } from './textarea';

export function isFormField(element: Element): element is HTMLTextAreaElement | HTMLInputElement {
  const tag = element.tagName.toUpperCase();
  return tag === 'TEXTAREA' || tag === 'INPUT';
}

export function driverFor(editor: Element): EditorDriver {
  return isFormField(editor) ? textareaDriver : contenteditableDriver;
}
