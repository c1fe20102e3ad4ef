/** The form's options, as the import command takes them (empty fields are left out, as unset flags). */
import type { PageOptions } from './types';

function text(form: HTMLFormElement, name: string): string | undefined {
  const field = form.elements.namedItem(name);
  const value = field instanceof HTMLInputElement ? field.value.trim() : '';
  return value === '' ? undefined : value;
}

function checked(form: HTMLFormElement, name: string): boolean {
  const field = form.elements.namedItem(name);
  return field instanceof HTMLInputElement && field.checked;
}

export function formOptions(form: HTMLFormElement): PageOptions {
  return {
    month: text(form, 'month'),
    sheet: text(form, 'sheet'),
    blankIsNoData: checked(form, 'blank-is-no-data'),
    source: text(form, 'source'),
    asOf: text(form, 'as-of'),
    replace: checked(form, 'replace'),
  };
}
