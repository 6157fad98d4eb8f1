import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/schemas/annotation';
import type { SearchResults } from '../../../extension/lib/api-client';
import { fail, ok, type Result } from '../../../extension/lib/result';
import { messagesFor } from '../../../extension/ui/i18n';
import { SidebarSearch } from '../../../extension/ui/sidebar/sidebar-search';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const found = (id: string, text: string): Annotation => ({
  '@context': ['http://www.w3.org/ns/anno.jsonld'],
  id,
  type: 'Annotation',
  motivation: 'commenting',
  body: [{ type: 'TextualBody', value: 'x' }],
  target: { source: 'https://example.org/r.html', selector: [] },
  visibility: 'round',
  creator: { id: 'urn:kantlijn:user:u', type: 'Person', name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' },
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  highlight: { text },
});

let root: Root;
let container: HTMLElement;
let answers: Map<string, { resolve: (result: Result<SearchResults>) => void }>;
const asked: string[] = [];
const search = (q: string) =>
  new Promise<Result<SearchResults>>((resolve) => {
    asked.push(q);
    answers.set(q, { resolve });
  });

beforeEach(async () => {
  answers = new Map();
  asked.length = 0;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<SidebarSearch messages={messagesFor('nl')} language="nl" search={search} onShow={() => undefined} annotations={[]} />));
});
afterEach(async () => {
  await act(async () => root.unmount());
  container.remove();
});

async function submit(text: string): Promise<void> {
  await act(async () => {
    const input = container.querySelector<HTMLInputElement>('input[type="search"]')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => void container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
}
const answer = (q: string, result: Result<SearchResults>) => act(async () => answers.get(q)!.resolve(result));
const text = () => container.textContent ?? '';

describe('the sidebar search box', () => {
  it('is a labelled search landmark', () => {
    const input = container.querySelector('input[type="search"]')!;
    expect(container.querySelector('form[role="search"]')).not.toBeNull();
    expect(container.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Zoeken in de opmerkingen bij dit document');
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
  });

  it('renders the server’s highlight as text with <mark> elements, never as HTML', async () => {
    await submit('zorg');
    expect(asked).toEqual(['zorg']);
    await answer('zorg', ok({ items: [found('a', '&lt;img src=x onerror=alert(1)&gt; <mark>Zorgen</mark> <img src=y>')], more: false }));
    expect(container.querySelectorAll('img')).toHaveLength(0);
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['Zorgen']);
    expect(text()).toContain('<img src=x onerror=alert(1)> Zorgen <img src=y>');
    expect(text()).toContain('1 opmerking gevonden');
  });

  it('shows the answer to the last search typed, not a late one to an earlier search', async () => {
    await submit('eerste');
    await submit('tweede');
    await answer('tweede', ok({ items: [found('b', '<mark>tweede</mark>')], more: true }));
    await answer('eerste', ok({ items: [found('a', '<mark>eerste</mark>'), found('c', '<mark>eerste</mark>')], more: false }));
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['tweede']);
    expect(text()).toContain('Er zijn er meer');
  });

  it('says what to do when nothing is found or the search fails', async () => {
    await submit('niets');
    await answer('niets', ok({ items: [], more: false }));
    expect(text()).toContain('Niets gevonden voor „niets”');
    await submit('stuk');
    await answer('stuk', fail('offline', 'weg'));
    expect(text()).toContain('Controleer de verbinding');
  });
});
