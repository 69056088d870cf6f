import { countSetAside, deleteCards, listDeleted, undoDelete, type PolicyLensDb } from '../../lib/storage';
import { storageSentence } from '../../lib/errors/storage-error';
import type { Notice } from './notice-bar';
import { t } from '../../lib/present/i18n';

const cards = (n: number) => (n === 1 ? t('cardsOne') : t('cardsMany', n));

/**
 * Deletes cards and says what happened: "Deleted Pixelgram." with Undo, or,
 * when the write fails, one sentence saying nothing was deleted. The cards
 * wait in the trash while Undo is offered (see `undoNotice`).
 */
export async function deleteWithUndo(db: PolicyLensDb, ids: readonly string[], label: string, show: (n: Notice) => void): Promise<void> {
  try {
    const deleted = await deleteCards(db, ids);
    if (!deleted) return show({ kind: 'info', message: t('alreadyDeleted', label) });
    show(undoNotice(db, [deleted.trashId], t('deletedLabel', label), label, show));
  } catch (e) {
    console.warn('library: delete failed', e);
    show({ kind: 'error', message: storageSentence(e, t('nothingDeleted')) });
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
      show({ kind: 'info', message: t('restoredLabel', label) });
    } catch (e) {
      console.warn('library: undo failed', e);
      show({
        ...undoNotice(db, trash, '', label, show),
        kind: 'error',
        message: t('nothingLostUndo', storageSentence(e, t('couldNotPutBack', label))),
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
  const asideText = aside ? (aside === 1 ? t('setAsideOne') : t('setAsideMany', aside)) : '';
  if (deleted.length === 0) return asideText ? { kind: 'info', message: asideText } : null;
  const count = deleted.reduce((n, d) => n + d.count, 0);
  const names = [...new Set(deleted.flatMap((d) => d.names))];
  const label = names.length === 1 ? names[0]! : cards(count);
  const still = t('stillUndoable', label);
  const message = asideText ? t('withStillUndoable', asideText, still) : still;
  return undoNotice(db, deleted.map((d) => d.trashId), message, label, show);
}
