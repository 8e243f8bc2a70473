// "Save for offline" (OfflineSave.astro): asks the worker for the size of the
// site, says it, and on request saves the whole site with a progress bar.
import { formatBytes } from '../../lib/offline/format-bytes.ts';
import type { SaveReply, SaveRequest, SaveStatus } from '../../lib/offline/save-messages.ts';

const section = document.querySelector<HTMLElement>('[data-offline-save]');
const size = document.getElementById('offline-size');
const button = document.getElementById('offline-save-button');
const progressRow = document.getElementById('offline-progress-row');
const progress = document.getElementById('offline-progress');
const status = document.getElementById('offline-status');

/** Sends `request` to the active worker; `onReply` gets each answer. */
function ask(worker: ServiceWorker, request: SaveRequest, onReply: (reply: SaveReply) => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<SaveReply>) => onReply(event.data);
  worker.postMessage(request, [channel.port2]);
}

function describe(state: SaveStatus): string {
  const whole = `The whole site is ${formatBytes(state.bytes)} in ${state.files} files.`;
  if (state.savedFiles >= state.files)
    return `${whole} All of it is saved in this browser: you can read and search it offline.`;
  if (state.savedBytes === 0) return `${whole} None of it is saved yet.`;
  return `${whole} ${formatBytes(state.savedBytes)} of it is saved already; saving fetches the other ${formatBytes(state.bytes - state.savedBytes)}.`;
}

/** Asks the browser to keep the saved site even when space runs low, and says what it answered. */
async function persistStorage(): Promise<string> {
  if (!navigator.storage?.persist) return '';
  const persisted = (await navigator.storage.persisted()) || (await navigator.storage.persist());
  return persisted
    ? 'The browser will keep it until you clear the site’s data.'
    : 'The browser may remove it if it runs short of space.';
}

function showStatus(state: SaveStatus, saving: boolean): void {
  if (!(size && button instanceof HTMLButtonElement && progress instanceof HTMLProgressElement && progressRow)) return;
  size.textContent = describe(state);
  const complete = state.savedFiles >= state.files;
  button.disabled = saving || complete;
  button.textContent = complete
    ? 'Saved for offline'
    : `Save for offline (${formatBytes(state.bytes - state.savedBytes)})`;
  progress.max = state.bytes;
  progress.value = state.savedBytes;
  progress.textContent = `${Math.floor((100 * state.savedBytes) / Math.max(1, state.bytes))}%`;
  progressRow.hidden = !saving;
}

async function start(): Promise<void> {
  if (!section || !status || !(button instanceof HTMLButtonElement)) return;
  section.hidden = false;
  // No worker within 20 s: none is coming (no service worker support, `astro dev`, or it failed).
  const ready = 'serviceWorker' in navigator ? navigator.serviceWorker.ready : Promise.resolve(undefined);
  const worker = (await Promise.race([ready, new Promise<undefined>((resolve) => setTimeout(resolve, 20_000))]))
    ?.active;
  if (!worker) {
    if (size) size.textContent = 'This browser cannot save the site for offline reading here.';
    return;
  }
  const fail = (message: string): void => {
    status.textContent = `Could not save the site: ${message}. Files saved so far are kept; press the button to try again.`;
    button.disabled = false;
    if (progressRow) progressRow.hidden = true;
  };
  ask(worker, { type: 'offline-status' }, (reply) =>
    reply.type === 'error' ? fail(reply.message) : showStatus(reply, false),
  );
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = 'Saving the site for offline reading…';
    const kept = persistStorage();
    ask(worker, { type: 'offline-save' }, (reply) => {
      if (reply.type === 'error') return fail(reply.message);
      showStatus(reply, !reply.done);
      if (reply.done)
        void kept.then(
          (note) => (status.textContent = `Saved: ${reply.files} files, ${formatBytes(reply.bytes)}. ${note}`.trim()),
        );
    });
  });
}

void start();
