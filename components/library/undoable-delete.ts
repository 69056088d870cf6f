import { countSetAside, deleteCards, listDeleted, undoDelete, type PolicyLensDb } from '../../lib/storage';
import { storageSentence } from '../../lib/errors/storage-error';
import type { Notice } from './notice-bar';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * Deletes cards and says what happened: "Deleted Pixelgram." with Undo, or,
 * when the write fails, one sentence saying nothing was deleted. The cards
 * wait in the trash while Undo is offered (see `undoNotice`).
 */
export async function deleteWithUndo(db: PolicyLensDb, ids: readonly string[], label: string, show: (n: Notice) => void): Promise<void> {
  try {
    const deleted = await deleteCards(db, ids);
    if (!deleted) return show({ kind: 'info', message: `${label} was already deleted.` });
    show(undoNotice(db, [deleted.trashId], `Deleted ${label}.`, label, show));
  } catch (e) {
    console.warn('library: delete failed', e);
    show({ kind: 'error', message: storageSentence(e, 'nothing was deleted') });
  }
}

/**
 * A notice offering Undo for deletes still in the trash. Undo puts every
 * card back or, when the write fails, says so and keeps offering Undo: the
 * cards stay in the trash until it works or the notice is dismissed.
 */
export function undoNotice(db: PolicyLensDb, trash: number[], message: string, label: string, show: (n: Notice) => void): Notice {
  const undo = async () => {
    try {
      for (const id of trash) await undoDelete(db, id);
      show({ kind: 'info', message: `Restored ${label}.` });
    } catch (e) {
      console.warn('library: undo failed', e);
      show({
        ...undoNotice(db, trash, '', label, show),
        kind: 'error',
        message: `${storageSentence(e, `${label} could not be put back`)} Nothing is lost: free some space, then press Undo again.`,
      });
    }
  };
  return { kind: 'info', message, trash, undo: () => void undo() };
}

/**
 * What the library says when it opens, or `null`: rows an upgrade set aside
 * ("1 saved card could not be read and was set aside."), and deletes whose
 * Undo was still offered when the page closed (they can still be undone).
 */
export async function openingNotice(db: PolicyLensDb, show: (n: Notice) => void): Promise<Notice | null> {
  const [aside, deleted] = await Promise.all([countSetAside(db).catch(() => 0), listDeleted(db).catch(() => [])]);
  const asideText = aside
    ? `${plural(aside, 'saved card')} could not be read and ${aside === 1 ? 'was' : 'were'} set aside.`
    : '';
  if (deleted.length === 0) return asideText ? { kind: 'info', message: asideText } : null;
  const count = deleted.reduce((n, d) => n + d.count, 0);
  const names = [...new Set(deleted.flatMap((d) => d.names))];
  const label = names.length === 1 ? names[0]! : plural(count, 'card');
  const message = `${asideText ? `${asideText} ` : ''}You deleted ${label}; it can still be put back.`;
  return undoNotice(db, deleted.map((d) => d.trashId), message, label, show);
}
