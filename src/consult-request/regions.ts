// Where a client can be during sessions: the subdivisions whose names the `region` field
// shows for the codes in `regions`. ISO 3166-2 codes without the country prefix, names in
// English (a language lists only the names it writes differently, in its catalog's
// `regionNames`). The US list is the states, DC and Puerto Rico; any other code (Guam, say)
// shows as written. No DOM here.

/** Subdivision names by country (ISO 3166-1 alpha-2), then code. */
export const SUBDIVISIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  US: {
    AL: 'Alabama',
    AK: 'Alaska',
    AZ: 'Arizona',
    AR: 'Arkansas',
    CA: 'California',
    CO: 'Colorado',
    CT: 'Connecticut',
    DE: 'Delaware',
    DC: 'District of Columbia',
    FL: 'Florida',
    GA: 'Georgia',
    HI: 'Hawaii',
    ID: 'Idaho',
    IL: 'Illinois',
    IN: 'Indiana',
    IA: 'Iowa',
    KS: 'Kansas',
    KY: 'Kentucky',
    LA: 'Louisiana',
    ME: 'Maine',
    MD: 'Maryland',
    MA: 'Massachusetts',
    MI: 'Michigan',
    MN: 'Minnesota',
    MS: 'Mississippi',
    MO: 'Missouri',
    MT: 'Montana',
    NE: 'Nebraska',
    NV: 'Nevada',
    NH: 'New Hampshire',
    NJ: 'New Jersey',
    NM: 'New Mexico',
    NY: 'New York',
    NC: 'North Carolina',
    ND: 'North Dakota',
    OH: 'Ohio',
    OK: 'Oklahoma',
    OR: 'Oregon',
    PA: 'Pennsylvania',
    RI: 'Rhode Island',
    SC: 'South Carolina',
    SD: 'South Dakota',
    TN: 'Tennessee',
    TX: 'Texas',
    UT: 'Utah',
    VT: 'Vermont',
    VA: 'Virginia',
    WA: 'Washington',
    WV: 'West Virginia',
    WI: 'Wisconsin',
    WY: 'Wyoming',
    PR: 'Puerto Rico',
  },
  CA: {
    AB: 'Alberta',
    BC: 'British Columbia',
    MB: 'Manitoba',
    NB: 'New Brunswick',
    NL: 'Newfoundland and Labrador',
    NS: 'Nova Scotia',
    ON: 'Ontario',
    PE: 'Prince Edward Island',
    QC: 'Quebec',
    SK: 'Saskatchewan',
    NT: 'Northwest Territories',
    NU: 'Nunavut',
    YT: 'Yukon',
  },
  AU: {
    ACT: 'Australian Capital Territory',
    NSW: 'New South Wales',
    NT: 'Northern Territory',
    QLD: 'Queensland',
    SA: 'South Australia',
    TAS: 'Tasmania',
    VIC: 'Victoria',
    WA: 'Western Australia',
  },
};

/** The `regions` attribute as codes: upper case, each once, in the order given. */
export const regionCodes = (regions: string): string[] => [
  ...new Set(
    regions
      .toUpperCase()
      .split(/[\s,]+/)
      .filter(Boolean),
  ),
];

/**
 * A code's name: `OR` in the element's `country`, or `CA-BC` with a country of its own (a
 * therapist licensed on both sides of a border), in the language's own name (`translated`, keyed
 * `CA-QC`) where it has one, else in English. A code we have no name for shows as itself.
 */
export function regionName(
  code: string,
  country: string,
  translated: Readonly<Record<string, string>> = {},
): string {
  const [own, sub] = code.includes('-') ? code.split('-', 2) : [country.toUpperCase(), code];
  return translated[`${own}-${sub}`] ?? SUBDIVISIONS[own!]?.[sub!] ?? code;
}
