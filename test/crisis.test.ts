// The crisis notice by country and language: every country's numbers as links, in every language.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { crisisNotice } from '../src/consult-request/crisis-notice.js';
import { CRISIS } from '../src/shared/crisis.js';
import { catalogCode, merge } from '../src/i18n/catalog.js';
import { registerLanguage } from '../src/i18n/locale.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';

registerLanguage('es', es);
registerLanguage('fr', fr);

/** The notice as a person sees it (text) and its links, for a country in a language. */
function notice(country: string, lang: string) {
  const box = document.createElement('div');
  render(crisisNotice(country, merge(catalogCode(lang)), lang), box);
  const text = box.textContent!.replace(/\s+/g, ' ').trim();
  const links = [...box.querySelectorAll('a')].map((a) => `${a.getAttribute('href')} ${a.textContent}`);
  return { text, links };
}

/** What each country must show: the links (href and the number as written, no-break spaces as spaces) and a name. */
const EXPECTED: Record<string, { links: string[]; name: string }> = {
  US: { links: ['tel:988 988', 'sms:988 988', 'tel:911 911'], name: 'Suicide & Crisis Lifeline' },
  CA: { links: ['tel:988 988', 'sms:988 988', 'tel:911 911'], name: '988 Suicide Crisis Helpline' },
  GB: { links: ['tel:116123 116 123', 'tel:111 111', 'tel:999 999'], name: 'Samaritans' },
  IE: { links: ['tel:116123 116 123', 'tel:112 112'], name: 'Samaritans' },
  AU: { links: ['tel:131114 13 11 14', 'sms:0477131114 0477 13 11 14', 'tel:000 000'], name: 'Lifeline' },
  NZ: { links: ['tel:1737 1737', 'sms:1737 1737', 'tel:111 111'], name: '1737' },
  ES: { links: ['tel:024 024', 'tel:112 112'], name: 'Línea 024' },
  FR: {
    links: ['tel:3114 3114', 'tel:15 15', 'tel:112 112'],
    name: 'numéro national de prévention du suicide',
  },
  DE: {
    links: ['tel:08001110111 0800 111 0 111', 'tel:08001110222 0800 111 0 222', 'tel:112 112'],
    name: 'TelefonSeelsorge',
  },
  NL: { links: ['tel:113 113', 'tel:08000113 0800 0113', 'tel:112 112'], name: '113 Zelfmoordpreventie' },
  MX: { links: ['tel:8009112000 800 911 2000', 'tel:911 911'], name: 'Línea de la Vida' },
};
const spaced = (links: string[]) => links.map((l) => l.replace(/\u00a0/g, ' '));

describe('crisis notice', () => {
  it('covers every country in the table, and the table only those', () => {
    expect(Object.keys(CRISIS).sort()).to.deep.equal(Object.keys(EXPECTED).sort());
  });

  for (const [country, want] of Object.entries(EXPECTED)) {
    it(`${country}: its numbers, each a tel: link (sms: where the service takes texts), in English`, () => {
      const { text, links } = notice(country, 'en');
      expect(spaced(links)).to.deep.equal(want.links);
      expect(text).to.match(
        /^This form is not for emergencies\. If you are in crisis or thinking about harming yourself, call /,
      );
      expect(text).to.contain(want.name);
      expect(text).to.match(/, or call [\d ,or]+\.$/);
    });
  }

  it('words the US notice in each language, numbers unchanged', () => {
    expect(notice('US', 'en').text).to.equal(
      'This form is not for emergencies. If you are in crisis or thinking about harming yourself, call 988 or text 988 ' +
        '(Suicide & Crisis Lifeline), or call 911.',
    );
    expect(notice('US', 'es-US').text).to.equal(
      'Este formulario no es para emergencias. Si está en crisis o piensa en hacerse daño, llame al 988 o envíe un mensaje ' +
        'de texto al 988 (Línea 988 de Prevención del Suicidio y Crisis), o llame al 911. Para recibir ayuda en español, llame ' +
        'al 988 y oprima el 2, o envíe la palabra AYUDA por mensaje de texto al 988.',
    );
    expect(notice('CA', 'fr-CA').text.replace(/\u00a0/g, ' ')).to.equal(
      'Ce formulaire n’est pas destiné aux urgences. Si vous êtes en crise ou pensez à vous faire du mal, appelez le 988 ' +
        'ou textez le 988 (Ligne d’aide en cas de crise de suicide), ou composez le 911.',
    );
  });

  it('joins several numbers the language’s way ("15 or 112", "15 o 112", "15 ou 112")', () => {
    expect(notice('FR', 'en').text).to.match(/call 15 or 112\.$/);
    expect(notice('FR', 'es').text).to.match(/llame al 15 o 112\.$/);
    expect(notice('FR', 'fr').text).to.match(/composez le 15 ou 112\.$/);
    expect(notice('GB', 'en').text).to.contain(
      'call 116 123 (Samaritans) or call 111 (NHS 111, mental health option, England)',
    );
  });

  for (const lang of ['en', 'es', 'fr']) {
    it(`every country has its links in ${lang} too`, () => {
      for (const [country, want] of Object.entries(EXPECTED)) {
        // In Spanish, the US notice says how to reach 988 in Spanish, with 988's links once more.
        const spanish988 = lang === 'es' && country === 'US' ? want.links.slice(0, 2) : [];
        expect(spaced(notice(country, lang).links), country).to.deep.equal([...want.links, ...spanish988]);
      }
    });
  }

  it('a country not in the table (or no country) gets "your local emergency number", in each language, and no link', () => {
    for (const country of ['BR', 'zz', '', '__proto__', 'toString']) {
      expect(notice(country, 'en')).to.deep.equal({
        text: 'This form is not for emergencies. If you are in crisis or thinking about harming yourself, call your local emergency number now.',
        links: [],
      });
    }
    expect(notice('BR', 'es').text).to.contain('número de emergencias');
    expect(notice('BR', 'fr').text).to.contain('numéro d’urgence local');
  });

  it('takes the country in any case and with spaces around it', () => {
    expect(notice(' gb ', 'en').links).to.deep.equal(notice('GB', 'en').links);
  });
});
