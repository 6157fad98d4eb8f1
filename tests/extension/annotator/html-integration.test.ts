import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHtmlIntegration } from '../../../extension/annotator/html-integration';

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<main><p id="p">Het rapport verschijnt in delen.</p></main>';
});
afterEach(() => vi.useRealTimers());

/** Lets the DOM report mutations, then lets the re-anchoring delay pass. */
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(1_000);
}

describe('the web-page integration', () => {
  it('hears the page change while watched, and nothing once destroyed', async () => {
    const integration = createHtmlIntegration(document);
    const onChange = vi.fn();
    integration.watchDocument(onChange);
    document.getElementById('p')!.append(' Een tweede deel.');
    await settle();
    // Positive control: a change in the page is noticed.
    expect(onChange).toHaveBeenCalledTimes(1);

    integration.destroy();
    document.getElementById('p')!.append(' Een derde deel.');
    await settle();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops a change already waiting for its delay when destroyed', async () => {
    const integration = createHtmlIntegration(document);
    const onChange = vi.fn();
    integration.watchDocument(onChange);
    document.getElementById('p')!.append(' Meer.');
    await vi.advanceTimersByTimeAsync(0);
    integration.destroy();
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});
