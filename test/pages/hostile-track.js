// Loaded before anything else on a hostile page: counts what scripts leave behind on the
// long-lived targets of a page that never reloads (AJAX navigation): event listeners on window,
// document, <html>, <body>, media queries and the visual viewport, and pending timers and frames.
// window.hostileTrack.snapshot() gives { listeners: { 'window online': 1, … }, timeouts, intervals, frames }.
(() => {
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  /** target -> Map<'type capture', Map<listener, registered function>> */
  const registry = new Map();

  function label(target) {
    if (target === window) return 'window';
    if (target === document) return 'document';
    if (target === document.documentElement) return 'html';
    if (target === document.body) return 'body';
    if (typeof MediaQueryList !== 'undefined' && target instanceof MediaQueryList)
      return `matchMedia(${target.media})`;
    if (window.visualViewport && target === window.visualViewport) return 'visualViewport';
    return undefined;
  }
  const capture = (options) => (typeof options === 'boolean' ? options : !!options?.capture);

  function forget(target, key, listener) {
    const byKey = registry.get(target);
    byKey?.get(key)?.delete(listener);
    if (byKey?.get(key)?.size === 0) byKey.delete(key);
  }

  proto.addEventListener = function (type, listener, options) {
    const target = this ?? window; // a bare addEventListener() in a module runs with no `this`
    if (!listener || !label(target)) return add.call(target, type, listener, options);
    const key = `${type} ${capture(options)}`;
    const byKey = registry.get(target) ?? new Map();
    registry.set(target, byKey);
    const listeners = byKey.get(key) ?? new Map();
    if (listeners.has(listener)) return undefined; // a duplicate registration is ignored by the DOM too
    const signal = options?.signal;
    if (signal?.aborted) return undefined;
    let registered = listener;
    if (options?.once) {
      registered = function (event) {
        forget(target, key, listener);
        return typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
      };
    }
    listeners.set(listener, registered);
    byKey.set(key, listeners);
    signal?.addEventListener('abort', () => forget(target, key, listener), { once: true });
    return add.call(target, type, registered, options);
  };

  proto.removeEventListener = function (type, listener, options) {
    const target = this ?? window;
    const key = `${type} ${capture(options)}`;
    const registered = registry.get(target)?.get(key)?.get(listener);
    if (registered) forget(target, key, listener);
    return remove.call(target, type, registered ?? listener, options);
  };

  const timeouts = new Set();
  const intervals = new Set();
  const frames = new Set();
  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  const { requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;

  window.setTimeout = function (handler, ms, ...args) {
    let id;
    const run = typeof handler === 'function' ? (...a) => (timeouts.delete(id), handler(...a)) : handler;
    id = st.call(window, run, ms, ...args);
    timeouts.add(id);
    return id;
  };
  window.setInterval = function (handler, ms, ...args) {
    const id = si.call(window, handler, ms, ...args);
    intervals.add(id);
    return id;
  };
  // clearTimeout and clearInterval clear either kind (they share one list of ids).
  window.clearTimeout = function (id) {
    timeouts.delete(id);
    intervals.delete(id);
    return ct.call(window, id);
  };
  window.clearInterval = function (id) {
    timeouts.delete(id);
    intervals.delete(id);
    return ci.call(window, id);
  };
  window.requestAnimationFrame = function (callback) {
    let id;
    id = raf.call(window, (time) => (frames.delete(id), callback(time)));
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = function (id) {
    frames.delete(id);
    return caf.call(window, id);
  };

  window.hostileTrack = {
    snapshot() {
      const listeners = {};
      for (const [target, byKey] of registry) {
        for (const [key, set] of byKey) {
          const [type, captured] = key.split(' ');
          const name = `${label(target)} ${type}${captured === 'true' ? ' (capture)' : ''}`;
          listeners[name] = (listeners[name] ?? 0) + set.size;
        }
      }
      return { listeners, timeouts: timeouts.size, intervals: intervals.size, frames: frames.size };
    },
  };
})();
