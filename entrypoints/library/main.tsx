import '../../lib/messages/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { LibraryApp } from '../../components/library/library-app';
import { getDb } from '../../lib/storage';
import '../../components/library/library.css';
import { t } from '../../lib/present/i18n';

document.title = t('libraryTitle');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LibraryApp db={getDb()} />
  </StrictMode>,
);
