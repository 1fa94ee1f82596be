// The one way our elements fire their events: each bubbles and crosses shadow roots, and its
// detail is typed by its entry in GlobalEventHandlersEventMap.

/** Our events: those whose map entry is a CustomEvent. */
type Ours = {
  [K in keyof GlobalEventHandlersEventMap]: GlobalEventHandlersEventMap[K] extends CustomEvent<infer D>
    ? D
    : never;
};

/** Fires `type` at `target`; false when it is `cancelable` and a listener canceled it. */
export function emit<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  detail: Ours[K],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}
