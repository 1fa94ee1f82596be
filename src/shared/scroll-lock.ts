/**
 * Stops the page behind a modal dialog from scrolling, and gives the page back its own
 * inline `overflow` exactly as it was, `!important` included, when the last lock is released
 * (and no empty style attribute where it had none). Each owner holds at most one lock, so
 * releasing twice, or releasing what was never locked, is harmless and never restores early.
 */
const owners = new Set<object>();
let saved: [value: string, priority: string] = ['', ''];
let hadStyle = false;

export function lockScroll(owner: object): void {
  const { style } = document.documentElement;
  if (!owners.size) {
    hadStyle = document.documentElement.hasAttribute('style');
    saved = [style.getPropertyValue('overflow'), style.getPropertyPriority('overflow')];
    style.overflow = 'hidden';
  }
  owners.add(owner);
}

export function unlockScroll(owner: object): void {
  if (!owners.delete(owner) || owners.size) return;
  const root = document.documentElement;
  root.style.setProperty('overflow', ...saved);
  if (!hadStyle && !root.getAttribute('style')) root.removeAttribute('style');
}
