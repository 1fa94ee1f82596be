// Made at bench time from the module being measured, in headless Chromium, so the pages
// always match the code: a blank page of the host origin imports dist/relational-widgets.js,
// puts the README snippet's widgets into the page at the bench's viewport and waits for
// them to render. Then:
// - the FLOOR's content: what the widgets show, written out as plain light-DOM HTML (the
//   same elements, text and form controls in the same order; no shadow roots, no classes or
//   parts, no script; visually hidden things get class="visually-hidden"). pages.js styles
//   it with one small hand-written stylesheet. That is the page a good hand-written site
//   would be for the same content, and it stays equal to the widgets as they change (the
//   parity check in run.js still compares what both show);
// - the PRERENDERED embed: each top-level widget replaced by what the module's exported
//   prerender(element) returns for it (the entry dist/relational-prerender.js, when it is built);
// - the FROZEN widgets: the live widgets exactly as the module rendered them, serialised with
//   their shadow roots as declarative ones (getHTML with every shadow root named) and each
//   root's adopted stylesheets written into it as a <style>; no script. That is the physical
//   floor of this exact page: the same DOM and CSS, with none of the module's work.
import { BUNDLE_PATH, PRERENDER_PATH } from './pages.js';

const widgetsIn = (html) => (html.match(/<(relational-intro|consult-request)\b/g) ?? []).length;

/**
 * Resolves to { floor, frozen, html, made } (html: the widget part of the page, prerendered), with
 * html null and `missing` (the module's exports) when it exports no prerender(); throws
 * when prerender() gives something unusable.
 */
export async function makePrerendered(browser, origin, snippetBody, viewport) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(viewport);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${origin}/test/bench/pages/blank.html`, { waitUntil: 'load' });
    const out = await page.evaluate(
      async (bundle, authoring, body) => {
        await import(bundle);
        // prerender() lives in its own entry beside the module (an authoring tool, not in the runtime).
        const module = await import(authoring).catch(() => ({}));
        const main = document.createElement('main');
        main.innerHTML = body;
        document.body.append(main);
        const widgets = [...main.children].filter((el) => el.localName.includes('-'));
        await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName)));
        await Promise.all(widgets.map((el) => el.updateComplete));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

        const KEEP = [
          'type',
          'name',
          'id',
          'for',
          'href',
          'required',
          'autocomplete',
          'rows',
          'checked',
          'value',
          'aria-describedby',
          'aria-labelledby',
          'aria-hidden',
          'role',
          'inputmode',
          'maxlength',
          'tabindex',
          'lang',
          'dir',
        ];
        const escText = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
        const escAttr = (t) => escText(t).replace(/"/g, '&quot;');
        const flat = (node) => {
          if (node.nodeType === Node.TEXT_NODE) return escText(node.data);
          if (node.nodeType !== Node.ELEMENT_NODE) return '';
          const tag = node.localName;
          if (/^(style|script|template|link)$/.test(tag)) return '';
          if (tag === 'slot') {
            const assigned = node.assignedNodes({ flatten: true });
            return [...(assigned.length ? assigned : node.childNodes)].map(flat).join('');
          }
          if (!node.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && !node.shadowRoot)
            return '';
          const kids = [...(node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes)]
            .map(flat)
            .join('');
          if (node.shadowRoot) return `<div class="w-${tag}">${kids}</div>`; // a widget's host
          const attrs = KEEP.filter((a) => node.hasAttribute(a)).map(
            (a) => ` ${a}="${escAttr(node.getAttribute(a))}"`,
          );
          const r = node.getBoundingClientRect();
          if (r.width <= 1 && r.height <= 1 && getComputedStyle(node).position === 'absolute')
            attrs.push(' class="visually-hidden"');
          if (tag === 'form') attrs.push(' action="/noop" method="post"');
          if (tag === 'input' && node.checked && !node.hasAttribute('checked')) attrs.push(' checked');
          if (tag === 'textarea' || !/^(input|br|hr|img)$/.test(tag))
            return `<${tag}${attrs.join('')}>${kids}</${tag}>`;
          return `<${tag}${attrs.join('')}>`;
        };
        const floor = widgets.map(flat).join('\n');
        /** The widgets as they are now, every shadow root declarative, its adopted sheets inline. */
        const freeze = () => {
          const roots = [];
          const collect = (root) => {
            for (const el of root.querySelectorAll('*')) {
              if (!el.shadowRoot) continue;
              roots.push(el.shadowRoot);
              collect(el.shadowRoot);
            }
          };
          collect(main);
          const added = roots.map((root) => {
            const style = document.createElement('style');
            style.textContent = root.adoptedStyleSheets
              .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
              .join('\n');
            root.prepend(style);
            return style;
          });
          const html = widgets
            .map((el) => el.getHTML({ shadowRoots: roots }))
            .map((inner, i) => {
              const el = widgets[i];
              const attrs = [...el.attributes].map((a) => ` ${a.name}="${escAttr(a.value)}"`).join('');
              return `<${el.localName}${attrs}>${inner}</${el.localName}>`;
            });
          for (const style of added) style.remove();
          // Lit's marker comments carry no content; a hand-written page would not have them.
          return html.join('\n').replace(/<!--\??(lit\$\d+\$)?-->/g, '');
        };
        const frozen = freeze();
        if (typeof module.prerender !== 'function')
          return { floor, frozen, html: null, missing: Object.keys(module) };

        const made = [];
        for (const el of widgets) {
          const html = await module.prerender(el);
          made.push({ tag: el.localName, html: String(html) });
        }
        for (const [i, el] of widgets.entries()) {
          const marker = document.createComment(`prerendered ${i}`);
          el.replaceWith(marker);
        }
        let result = main.innerHTML;
        for (const [i, m] of made.entries()) result = result.replace(`<!--prerendered ${i}-->`, m.html);
        return {
          floor,
          frozen,
          html: result,
          made: made.map((m) => ({ tag: m.tag, bytes: m.html.length, start: m.html.slice(0, 80) })),
        };
      },
      BUNDLE_PATH,
      PRERENDER_PATH,
      snippetBody,
    );
    if (errors.length) throw new Error(`prerendering threw in the page: ${errors.join('; ')}`);
    if (out.missing) return out;
    for (const m of out.made) {
      if (!m.start.startsWith(`<${m.tag}`)) {
        throw new Error(`prerender(<${m.tag}>) should return the element's HTML; it starts with: ${m.start}`);
      }
    }
    if ((out.frozen.match(/<template shadowrootmode=/g) ?? []).length < widgetsIn(out.frozen)) {
      throw new Error('the frozen widgets carry fewer declarative shadow roots than widgets');
    }
    if (!/<template\b[^>]*shadowrootmode/.test(out.html)) {
      throw new Error('prerender() output carries no declarative shadow root (<template shadowrootmode>)');
    }
    return out;
  } finally {
    await context.close();
  }
}
