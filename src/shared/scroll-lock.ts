/**
 * Stops the page behind a modal dialog from scrolling, and gives the page back its own
 * inline `overflow` exactly as it was when the last lock is released (and no empty style
 * attribute where it had none). Counted, so two locks never restore too early.
 */
let locks = 0;
let saved = '';
let hadStyle = false;

export function lockScroll(): void {
  const root = document.documentElement;
  if (locks++) return;
  hadStyle = root.hasAttribute('style');
  saved = root.style.overflow;
  root.style.overflow = 'hidden';
}

export function unlockScroll(): void {
  if (!locks || --locks) return;
  const root = document.documentElement;
  root.style.overflow = saved;
  if (!hadStyle && !root.getAttribute('style')) root.removeAttribute('style');
}
