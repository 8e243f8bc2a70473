// The script of every page: the offline worker, the reading state on lists and
// paper pages, and keyboard shortcuts. Everything here enhances pages that
// read fine without it.
import { registerWorker } from '../offline/register-worker.ts';
import { enhancePage } from './enhance.ts';
import { listenForShortcuts } from './shortcuts.ts';
import { canStore } from './store.ts';
import { startVisit } from './visit.ts';

registerWorker();
if (canStore) enhancePage(startVisit());
listenForShortcuts(canStore);

// Parts of single pages, fetched only where their markup is, so every other
// page loads this one bundle alone.
if (document.getElementById('reading-queue')) void import('./reading-page.ts');
if (document.getElementById('saved-pages')) void import('../offline/saved-pages.ts');
if (document.querySelector('[data-offline-save]')) void import('../offline/save-control.ts');
