import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { PopupView } from '@/components/card/popup-view';
import { AnalysisView } from '@/components/card/analysis-view';
import type { AnalyzeResult, SaveStatusResult } from '@/lib/messages';
import { makeCard, makeFinding } from '../storage/make-card';

afterEach(() => cleanup());

const policyCard = makeCard({
  service: { name: 'Acme Cloud', domain: 'acme.example' },
  analyzedAt: '2024-05-01T10:00:00.000Z',
  findings: [makeFinding()],
});
const lowCard = makeCard({ service: { name: 'Lemon cake', domain: 'recipes.example' }, policyScore: 0.1 });

function renderPopup(analyze: (o: { force: boolean }) => Promise<AnalyzeResult>, onOpenLibrary = vi.fn()) {
  render(<PopupView analyze={analyze} onOpenLibrary={onOpenLibrary} />);
  return { onOpenLibrary };
}

describe('PopupView', () => {
  test('shows analysing, then the card with a just-saved note', async () => {
    let resolve!: (r: AnalyzeResult) => void;
    renderPopup(() => new Promise((ok) => (resolve = ok)));
    expect(screen.getByText('Analysing this page…')).toBeTruthy();
    await act(async () => resolve({ kind: 'card', card: policyCard, origin: 'analyzed' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Acme Cloud');
    expect(screen.getByText('Saved to your library just now')).toBeTruthy();
  });

  test('a card answered before its save shows at once, "Saving…", then "Saved" when the worker confirms', async () => {
    let confirm!: (r: SaveStatusResult) => void;
    const confirmSave = vi.fn(() => new Promise<SaveStatusResult>((ok) => (confirm = ok)));
    render(<PopupView analyze={async () => ({ kind: 'card', card: policyCard, origin: 'analyzed', saveId: 'save-1' })} confirmSave={confirmSave} onOpenLibrary={vi.fn()} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme Cloud' })).toBeTruthy();
    expect(screen.getByText('Saving to your library…')).toBeTruthy();
    expect(confirmSave).toHaveBeenCalledWith('save-1');
    await act(async () => confirm({ kind: 'saved' }));
    expect(screen.getByText('Saved to your library just now')).toBeTruthy();
    expect(screen.queryByText('Saving to your library…')).toBeNull();
  });

  test('a save that failed after the card was shown is said as an alert, and the card stays', async () => {
    const message = 'Your disk is full: the card could not be saved.';
    render(
      <PopupView
        analyze={async () => ({ kind: 'card', card: policyCard, origin: 'analyzed', saveId: 'save-1' })}
        confirmSave={async () => ({ kind: 'error', message })}
        onOpenLibrary={vi.fn()}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Acme Cloud');
    expect(screen.queryByText(/^Sav(ed|ing)/)).toBeNull();
  });

  test('a card from storage says when it was saved', async () => {
    renderPopup(async () => ({ kind: 'card', card: policyCard, origin: 'saved' }));
    expect(await screen.findByText('Saved May 1, 2024')).toBeTruthy();
  });

  test('a changed policy says since when', async () => {
    renderPopup(async () => ({
      kind: 'card',
      card: policyCard,
      origin: 'analyzed',
      previousVersionAt: '2023-11-20T09:00:00.000Z',
    }));
    expect(await screen.findByText('Policy changed since November 20, 2023.')).toBeTruthy();
  });

  test('a truncated page says only part was analysed', async () => {
    renderPopup(async () => ({
      kind: 'card',
      card: policyCard,
      origin: 'analyzed',
      truncated: { analyzedChars: 1_500_000, totalChars: 3_000_000 },
    }));
    expect(await screen.findByText(/only its first 50% \(1,500,000 characters\) was analysed/)).toBeTruthy();
  });

  test('not a policy: message, then Analyse anyway re-runs with force and shows the card', async () => {
    const analyze = vi.fn(async ({ force }: { force: boolean }): Promise<AnalyzeResult> =>
      force ? { kind: 'card', card: { ...lowCard }, origin: 'analyzed' } : { kind: 'not-policy', card: lowCard },
    );
    renderPopup(analyze);
    expect(await screen.findByText("This page doesn't look like a privacy policy.")).toBeTruthy();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Analyse anyway' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Lemon cake' })).toBeTruthy();
    expect(analyze.mock.calls.map(([o]) => o.force)).toEqual([false, true]);
    expect(screen.getByText(/doesn't look like a privacy policy \(10% match\)/)).toBeTruthy();
  });

  test.each<[AnalyzeResult, string]>([
    [{ kind: 'empty' }, 'This page has no readable text.'],
    [{ kind: 'restricted', message: "Policy Lens can't read browser pages like this one." }, "Policy Lens can't read browser pages like this one."],
    [{ kind: 'error', message: "Couldn't read this page: it closed." }, "Couldn't read this page: it closed."],
  ])('state %j is one sentence', async (result, sentence) => {
    renderPopup(async () => result);
    expect(await screen.findByText(sentence)).toBeTruthy();
  });

  test('errors are announced as alerts', async () => {
    renderPopup(async () => ({ kind: 'error', message: 'Broken.' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Broken.');
  });

  test('a rejected analysis becomes an error sentence, not a crash', async () => {
    renderPopup(async () => {
      throw new Error('worker gone');
    });
    expect(await screen.findByText("Couldn't read this page: worker gone")).toBeTruthy();
  });

  test('the library button opens the library', async () => {
    const { onOpenLibrary } = renderPopup(async () => ({ kind: 'empty' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open library' }));
    expect(onOpenLibrary).toHaveBeenCalledOnce();
  });

  test('a rendering crash is caught by the error boundary', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { ...policyCard, findings: null } as unknown as typeof policyCard;
    renderPopup(async () => ({ kind: 'card', card: broken, origin: 'saved' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Something went wrong/);
    expect(screen.getByRole('button', { name: 'Open library' })).toBeTruthy();
    spy.mockRestore();
  });
});

describe('AnalysisView', () => {
  test('the analysing state is a polite status', () => {
    render(<AnalysisView state={{ phase: 'analysing' }} onAnalyseAnyway={() => {}} />);
    expect(screen.getByRole('status').textContent).toContain('Analysing this page…');
  });
});
