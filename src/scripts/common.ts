/** Small helpers the page scripts share. */

/** The mention link an event happened in, if any. */
export const termOf = (t: EventTarget | null) => (t instanceof Element ? t.closest<HTMLAnchorElement>('a.term') : null);

/** The entity a mention links to: the last segment of its address (/glossary/<id>/), said once, in the href. */
export const entityOf = (a: HTMLAnchorElement) => a.pathname.split('/').filter(Boolean).at(-1) ?? '';

let fade: ReturnType<typeof setTimeout>;

/** Says `message` in the polite live region (the toast) and shows it for a moment. */
export function announce(message: string) {
  const toast = document.querySelector<HTMLElement>('[data-toast]');
  if (!toast) return;
  // Emptied first, so that the same message twice is announced twice.
  toast.textContent = '';
  setTimeout(() => {
    toast.textContent = message;
    toast.classList.add('is-visible');
    clearTimeout(fade);
    fade = setTimeout(() => toast.classList.remove('is-visible'), 2200);
  }, 50);
}

/**
 * The permanent URL (built from the configured site), or the same path and
 * fragment on this origin when the page is served from elsewhere (a local
 * preview, a staging host), so that what one copies opens where one is.
 */
export function here(permanent: string): string {
  const u = new URL(permanent);
  return u.origin === location.origin ? permanent : location.origin + u.pathname + u.search + u.hash;
}
