/**
 * Crisis lines and emergency numbers by country (ISO 3166-1 alpha-2), for the notice that the
 * form is not for emergencies. Data only: the wording is in each language's catalog; the
 * numbers follow the `country` attribute, never the language or the visitor's IP.
 *
 * Table as of 2026-12-05: every number checked in 2026, each line with its source in the comment
 * above it; service names as the services write them (the Spanish 988 name from vidaysalud.com,
 * the French 9-8-8 name from CAMH's release on newswire.ca, 2025-11-28). Not dialled from here.
 * Numbers change (Canada's 988 in 2023, 113's pricing in 2025): check this table every year
 * and when a therapist reports a number, and keep the date above current.
 */

export interface CrisisLine {
  /**
   * The service's name as it writes it, in its own language. Where a service also has a name in
   * one of our languages (988 in Spanish in the US, in French in Canada), that language's
   * catalog gives it (`crisisLineNames`), and how to reach it in that language where that takes a
   * step of its own (`crisisLineNotes`: 988 in Spanish).
   */
  readonly name: string;
  /** Numbers to call, written as people there write them. */
  readonly call: readonly string[];
  /** Numbers that take a text message, where texting is the service's own. */
  readonly text?: readonly string[];
}

export interface CountryCrisis {
  readonly lines: readonly CrisisLine[];
  /** The emergency number(s): police, ambulance. */
  readonly emergency: readonly string[];
}

export const CRISIS: { readonly [country: string]: CountryCrisis } = {
  // 988lifeline.org/get-help/what-to-expect: call or text 988, 24 h, free. In Spanish: press 2 on a call,
  // or text AYUDA to 988 (checked 2026-12-05; Spanish text and chat since SAMHSA's release of 2023-07-13).
  // The Spanish catalog says so (es.ts, `crisisLineNotes.US`).
  US: {
    lines: [{ name: 'Suicide & Crisis Lifeline', call: ['988'], text: ['988'] }],
    emergency: ['911'],
  },
  // mentalhealthcommission.ca/catalyst/988-launches-in-canada: call or text 988 since 30 Nov 2023, English and French.
  CA: {
    lines: [{ name: '988 Suicide Crisis Helpline', call: ['988'], text: ['988'] }],
    emergency: ['911'],
  },
  // samaritans.org/how-we-can-help/contact-samaritan; NHS 111's mental health option (England only):
  // oundlesurgery.nhs.uk/news/accessing-mental-health-services-via-111.
  GB: {
    lines: [
      { name: 'Samaritans', call: ['116 123'] },
      { name: 'NHS 111, mental health option, England', call: ['111'] },
    ],
    emergency: ['999'],
  },
  // advertiser.ie/Galway/article/74587: Samaritans Ireland 116 123; 112 for emergencies.
  IE: { lines: [{ name: 'Samaritans', call: ['116 123'] }], emergency: ['112'] },
  // lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7: Lifeline 13 11 14, text 0477 13 11 14.
  AU: { lines: [{ name: 'Lifeline', call: ['13 11 14'], text: ['0477 13 11 14'] }], emergency: ['000'] },
  // scoop.co.nz/stories/PA1706/S00527: 1737, free call or text, 24 h.
  NZ: { lines: [{ name: 'Need to talk? 1737', call: ['1737'], text: ['1737'] }], emergency: ['111'] },
  // rtve.es/noticias/20220509 and maldita.es: 024, Ministerio de Sanidad, since 10 May 2022.
  ES: { lines: [{ name: 'Línea 024', call: ['024'] }], emergency: ['112'] },
  // 3114.fr: national suicide prevention number since 1 Oct 2021; 15 is the SAMU (medical emergencies).
  FR: {
    lines: [{ name: 'numéro national de prévention du suicide', call: ['3114'] }],
    emergency: ['15', '112'],
  },
  // domradio.de/glossar/telefonseelsorge-0: TelefonSeelsorge, free, 24 h, two numbers.
  DE: {
    lines: [{ name: 'TelefonSeelsorge', call: ['0800 111 0 111', '0800 111 0 222'] }],
    emergency: ['112'],
  },
  // upday.com/nl (ANP) and nu.nl: 113 Zelfmoordpreventie, 113 (free since Oct 2025) or 0800 0113.
  NL: { lines: [{ name: '113 Zelfmoordpreventie', call: ['113', '0800 0113'] }], emergency: ['112'] },
  // eluniversal.com.mx (2025-12-24): Línea de la Vida (CONASAMA), 800 911 2000, 24 h.
  MX: { lines: [{ name: 'Línea de la Vida', call: ['800 911 2000'] }], emergency: ['911'] },
};

/** The crisis lines for a `country` value (any case), or undefined when we have none for it. */
export function crisisFor(country: string): CountryCrisis | undefined {
  const code = country.trim().toUpperCase();
  return Object.hasOwn(CRISIS, code) ? CRISIS[code] : undefined;
}
