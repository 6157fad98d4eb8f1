/**
 * Runs in the page: how the open sidebar fits its width. `sideways` is how far its content scrolls
 * sideways, `outside` the elements reaching past its edges, `wrapped` the buttons whose label broke
 * over more than one line. Self-contained, so Playwright and Puppeteer can both send it.
 */
export function measureSidebarFit(): { width: number; sideways: number; pageSideways: number; outside: string[]; wrapped: string[] } {
  const aside = document.querySelector('kantlijn-annotator')?.shadowRoot?.querySelector<HTMLElement>('aside.sidebar');
  if (!aside) throw new Error('the sidebar is not open');
  const box = aside.getBoundingClientRect();
  const outside = [...aside.querySelectorAll('*')]
    .filter((element) => {
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && (rect.right > box.right + 0.5 || rect.left < box.left - 0.5);
    })
    .map((element) => `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`);
  const wrapped = [...aside.querySelectorAll('button')]
    .filter((button) => {
      const lineHeight = Number.parseFloat(getComputedStyle(button).lineHeight) || 20;
      const rects = [...button.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()).flatMap((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return [...range.getClientRects()];
      });
      return rects.length > 1 || rects.some((rect) => rect.height > lineHeight * 1.5);
    })
    .map((button) => button.textContent ?? '');
  return {
    width: box.width,
    sideways: aside.scrollWidth - aside.clientWidth,
    pageSideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    outside: [...new Set(outside)].slice(0, 10),
    wrapped,
  };
}

/** Runs in the page: what has focus inside Kantlijn's shadow root (or on the page, for highlights). */
export function describeFocus(): { inSidebar: string | null; card: string | null; highlight: string | null } {
  const active = document.querySelector('kantlijn-annotator')?.shadowRoot?.activeElement as HTMLElement | null | undefined;
  return {
    inSidebar: active ? `${active.tagName.toLowerCase()}:${(active.getAttribute('aria-label') ?? active.textContent ?? '').trim().slice(0, 60)}` : null,
    card: active?.getAttribute('data-card-id') ?? null,
    highlight: document.activeElement?.getAttribute('data-annotation-id') ?? null,
  };
}
