import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_TAXONOMY } from '../../../shared/taxonomy/default-taxonomy';
import { messagesFor } from '../../../extension/ui/i18n';
import { TermPicker } from '../../../extension/ui/term-picker';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Picker() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return <TermPicker terms={DEFAULT_TAXONOMY.terms} selected={selected} onToggle={toggle} messages={messagesFor('nl')} />;
}

let root: Root;
let container: HTMLElement;
beforeEach(async () => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<Picker />));
});
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

const checkboxes = () => [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const labelOf = (box: HTMLInputElement) => box.closest('label')!.textContent.replace(/\s+/g, ' ').trim();
const press = (key: string) => act(async () => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
const search = (text: string) =>
  act(async () => {
    const input = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

describe('the term list', () => {
  it('keeps one real checkbox per term, named by code and label, but is a single tab stop', () => {
    expect(checkboxes()).toHaveLength(DEFAULT_TAXONOMY.terms.filter((term) => !term.retired).length);
    expect(checkboxes().filter((box) => box.tabIndex === 0)).toHaveLength(1);
    const first = DEFAULT_TAXONOMY.terms[0]!;
    expect(labelOf(checkboxes()[0]!)).toBe(`${first.code} ${first.label}`);
  });

  it('moves the tab stop with the arrow keys, Home and End', async () => {
    const boxes = checkboxes();
    await act(async () => boxes[0]!.focus());
    await press('ArrowDown');
    expect(document.activeElement).toBe(boxes[1]);
    expect(boxes[1]!.tabIndex).toBe(0);
    expect(boxes[0]!.tabIndex).toBe(-1);
    await press('End');
    expect(document.activeElement).toBe(boxes.at(-1));
    await press('ArrowDown');
    expect(document.activeElement).toBe(boxes.at(-1));
    await press('Home');
    expect(document.activeElement).toBe(boxes[0]);
  });

  it('shows chosen terms as chips that stay while searching for another and can be removed', async () => {
    await search('bijeenkomsten');
    const box = checkboxes().find((candidate) => labelOf(candidate).startsWith('2.2 '))!;
    await act(async () => box.click());
    await search('jeugdbescherming');
    const chip = [...container.querySelectorAll('.chip-remove')];
    expect(chip).toHaveLength(1);
    expect(chip[0]!.getAttribute('aria-label')).toMatch(/^2\.2 Bijeenkomsten.* verwijderen$/);
    await act(async () => (chip[0] as HTMLButtonElement).click());
    expect(container.querySelectorAll('.chip-remove')).toHaveLength(0);
    expect(document.activeElement).toBe(container.querySelector('input[type="search"]'));
  });
});
