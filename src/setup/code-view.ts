// The setup page's last section: where the module comes from, the site to paste into, and the code for it.
import { html, nothing } from 'lit';
import { choice, codeBox, text, type SetupView } from './controls.js';
import { route } from './services.js';
import { TARGETS, snippets, widgets, type Part, type Release, type Target } from './snippets.js';
import { catalogs } from './strings/index.js';

/** What the code section shows besides the settings: the release the snippets pin, the site chosen. */
export interface CodeView {
  version: string;
  /** The built English module beside the page, offered for download. */
  module: string;
  release: Release;
  /** The modules beside the page have been looked for (until then, no missing-hash note). */
  releaseRead: boolean;
  prerendered?: { markup: string; html: string };
  target: Target;
  onTarget(target: Target): void;
}

export function renderCode(v: SetupView, c: CodeView) {
  const t = v.t;
  const s = v.settings;
  const markup = widgets(s);
  const texts = {
    // What visitors read until the module runs: in the form's language, not this page's.
    fallback: (catalogs[s.lang] ?? catalogs.en).fallbackText(s.contactEmail.trim(), s.contactPhone.trim()),
    head: t.commentHead,
    body: t.commentBody,
    once: t.commentOnce,
    card: t.commentCard,
  };
  const all = snippets(
    s,
    c.release,
    texts,
    c.prerendered?.markup === markup ? c.prerendered.html : undefined,
  );
  const english = c.release.files.en;
  const download = new URL(c.module, location.href).href;
  return html`<section aria-labelledby="code-h">
      <h2 id="code-h">${t.codeHeading}</h2>
      ${choice({
        name: 'host',
        legend: t.hostLegend,
        value: s.host,
        options: ['cdn', 'self'] as const,
        label: (h) => (h === 'cdn' ? t.hostCdn : t.hostSelf),
        about: (h) => (h === 'cdn' ? t.hostCdnAbout(c.version) : t.hostSelfAbout),
        onPick: (h) => v.set('host', h),
      })}
      ${
        s.host === 'self'
          ? html`<p><a href=${download} download>${t.download(english.file)}</a></p>${text(v, 'selfUrl', t.selfUrl, '', 'text')}`
          : nothing
      }
      ${english.integrity || !c.releaseRead ? nothing : html`<p class="note">${t.noIntegrity}</p>`}
      ${choice({
        name: 'target',
        legend: t.targetLegend,
        value: c.target,
        options: TARGETS,
        label: (o) => t.targets[o],
        onPick: c.onTarget,
      })}
      ${all[c.target].map((part) => renderPart(v, c.target, part))}
      ${s.service === 'netlify' ? html`<p class="note">${t.netlifyNote}</p>` : nothing}
      ${c.target === 'wordpress-author' && route(s).hidden.length ? html`<p class="note">${t.authorNote}</p>` : nothing}
    </section>`;
}

function renderPart(v: SetupView, target: Target, part: Part) {
  const key = `${target}:${part.place}`;
  return codeBox(v, key, v.t.where[key], part.code);
}
