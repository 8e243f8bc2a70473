import { siteLink } from '../../lib/site/site-link.ts';

/** Fills the update notice (`OfflineNotice.astro`): the site was updated, reload for the new version. */
function showUpdateNotice(): void {
  const notice = document.getElementById('update-notice');
  if (!notice || notice.childElementCount > 0) return;
  const text = document.createElement('p');
  text.textContent = 'papershelf has been updated. ';
  const reload = document.createElement('button');
  reload.type = 'button';
  reload.textContent = 'Reload';
  reload.addEventListener('click', () => location.reload());
  const later = document.createElement('button');
  later.type = 'button';
  later.textContent = 'Later';
  later.addEventListener('click', () => notice.replaceChildren());
  text.append(reload, ' ', later);
  notice.append(text);
}

/**
 * Registers the service worker over the whole base path. (Not gated on
 * `import.meta.env.PROD`: a build run with NODE_ENV=test, as the end-to-end
 * tests do, is not PROD. Under `astro dev` there is no sw.js and registering
 * fails quietly.)
 * When a new build's worker takes over a page an older one served, the
 * page says so and offers to reload.
 */
export function registerWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  // A first visit also gets a controller (the worker claims the page): that is no update.
  const hadWorker = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadWorker) showUpdateNotice();
  });
  navigator.serviceWorker
    .register(siteLink(undefined, base, '/sw.js'), { scope: siteLink(undefined, base, '/'), updateViaCache: 'none' })
    .catch((error: unknown) => console.warn('papershelf: offline reading is not available', error));
}
