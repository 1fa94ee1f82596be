// The setup page's own words, in English: keyed by meaning; a sentence with a number or a
// name is a function of it. es.ts and fr.ts have the same shape.
import type { Look, ServiceId } from '../settings.js';
import type { Target } from '../snippets.js';
import type { DiagnosisKind } from '../diagnose.js';
import type { Token } from '../../consult-request/fields.js';

/** One diagnosis: what happened, why, and the fix. */
export interface Explained {
  title: string;
  body: string;
  fix: string;
}

export const en = {
  title: 'Set up your consultation form',
  intro:
    'Fill in the steps below; the preview shows the form as your visitors will see it. At the end, copy the code for your website. Nothing you type here leaves this page, except the test request you choose to send.',
  pageLanguage: 'Language of this page',
  saved:
    'Your settings are kept in this page’s address (after the #). Bookmark the page to come back to them; nothing is stored anywhere else.',
  optional: 'Optional.',

  aboutHeading: '1. About you',
  name: 'Your name',
  nameHint: 'As clients know you, for example “Ana Ruiz”.',
  credentials: 'Credentials',
  credentialsHint: 'For example “PsyD, LMFT”. Optional.',
  practice: 'Practice name',
  location: 'Where you see clients',
  locationHint: 'A city, or “Online”. Optional.',
  photo: 'Photo',
  photoHint:
    'The address of a photo already on your website (it starts with https://). It is shown on the practice card. Optional.',
  minutes: 'Length of the free consultation, in minutes',
  minutesHint: 'Shown on the button and in the message clients see after sending.',

  serviceHeading: '2. Where requests go',
  serviceIntro:
    'Each request a client sends goes to a form service or to your own server, which emails it to you or keeps it for you. Choose the one you use.',
  serviceLegend: 'Your form service',
  services: {
    formspree: {
      label: 'Formspree',
      about: 'Emails each request to you. Paste the form’s link (https://formspree.io/f/…) or just its id.',
      field: 'Formspree form link or id',
    },
    'apps-script': {
      label: 'Google Apps Script (requests go into a Google Sheet)',
      about:
        'Paste the web app’s address (it ends in /exec). We send requests as a simple form, because Google’s web apps do not answer the permission check browsers make before any other kind of request.',
      field: 'Web app address',
    },
    netlify: {
      label: 'Netlify Forms (your website is on Netlify)',
      about:
        'Requests go to your own site and Netlify keeps them. The code includes the hidden copy of the form that Netlify needs to find it.',
      field: 'Name of the form on Netlify',
    },
    basin: {
      label: 'Basin',
      about:
        'Emails each request to you. Paste the form’s link (https://usebasin.com/f/…) or its id. In Basin’s spam settings, name the honeypot field _gotcha.',
      field: 'Basin form link or id',
    },
    own: {
      label: 'My own server',
      about:
        'For a server a developer runs for you: paste its https:// address. It must allow your website to send to it (CORS).',
      field: 'Server address',
    },
  } satisfies Record<ServiceId, { label: string; about: string; field: string }>,
  netlifyHint: 'Letters, digits and hyphens. Leave it empty for “consultation”.',
  encodingLegend: 'How requests are sent',
  encodingJson: 'As JSON, which most servers expect',
  encodingForm: 'As a simple form, which needs no permission check first',
  appsScriptWhere:
    'The script for your Google Sheet: open the sheet, then Extensions, Apps Script, paste this, and deploy it as a web app (Execute as: Me; Who has access: Anyone). Then paste the web app’s address below.',
  subject: 'Subject of the emails you receive',
  subjectHint: 'Formspree and Basin put it on each email.',

  testHeading: 'Send a test request',
  testIntro:
    'Send one request, marked as a test, to your real service, so you know it works before a client needs it. Its name field says “Test from the setup page”.',
  testButton: 'Send a test request',
  testing: 'Sending the test request…',
  testName: 'Test from the setup page',
  testMessage: 'A test request sent from the relational-widgets setup page. Nobody is waiting for an answer.',
  fix: 'What to do:',
  switchToForm: 'Send as a simple form instead',
  switched: 'Done: requests are now sent as a simple form. Send the test again to check.',
  formspreeSpam:
    'Nothing in your inbox after a few minutes? Look in Formspree’s spam folder. With “Restrict to Domain” on, Formspree files requests from other sites, this page included, as spam. It goes by the address the browser sends along, so on a site whose Referrer-Policy is no-referrer or same-origin, or for a visitor using Brave, real requests can end up there too.',
  diagnosis: {
    delivered: (status: number, time: string, seconds: string, via?: string): Explained => ({
      title: 'It works: the test request was delivered.',
      body: `Your service answered ${status} at ${time}, after ${seconds} seconds.${via ? ` It passed the request on to ${via}, as Google Apps Script does; that is fine.` : ''}`,
      fix: 'Look for “Test from the setup page” in your inbox or sheet, then copy the code below.',
    }),
    redirect: (to: string): Explained => ({
      title: 'The service sent back a web page instead of an answer.',
      body: `It sent the browser on to a page on ${to}, as a service does for a plain web form or a sign-in page. Clients would be told their request was sent, but it may not have arrived.`,
      fix: 'For Formspree or Basin, check the form link. For Google Apps Script, deploy the web app again with “Who has access: Anyone”.',
    }),
    html: (status: number): Explained => ({
      title: 'The service answered with a web page.',
      body: `It answered ${status} with a web page (an error page, a sign-in page or a home page) instead of a short confirmation.`,
      fix: 'Check that the address is the form’s own address, not the address of a page.',
    }),
    preflight: (status: number): Explained => ({
      title: 'Your service does not answer the browser’s permission check.',
      body: `Before sending a request as JSON, a browser first asks the server for permission. Yours did not answer, so that request never went out. Sent as a simple form, which needs no permission, it got through (answer ${status}).`,
      fix: 'Send requests as a simple form: one click below.',
    }),
    cors: (): Explained => ({
      title: 'Your server answered, but not to other websites.',
      body: 'The server is there, but its answer does not give other websites permission to read it (the CORS header), so the form would tell clients their request failed, even when it arrived.',
      fix: 'Ask whoever runs the server to send Access-Control-Allow-Origin with your website’s address, and to answer OPTIONS requests.',
    }),
    unreachable: (): Explained => ({
      title: 'Nothing answered at this address.',
      body: 'The connection was refused, or the address does not exist.',
      fix: 'Check the address for typing mistakes, and that the server is running.',
    }),
    'not-found': (status: number): Explained => ({
      title: 'There is no form at this address.',
      body: `The service answered ${status} (not found): the form id is probably mistyped, or the form was deleted.`,
      fix: 'Copy the form’s link again from your service’s dashboard and paste it here.',
    }),
    forbidden: (status: number, code?: string): Explained => ({
      title: 'The service refused the request.',
      body: `It answered ${status}${code ? ` (${code})` : ''}: the form is blocked or turned off, or it only takes requests from another website.`,
      fix: 'In your service’s dashboard, check that the form is active and that your website’s address is allowed.',
    }),
    rate: (status: number): Explained => ({
      title: 'The service is turning requests away for now.',
      body: `It answered ${status}: too many requests, or your plan’s monthly limit is used up.`,
      fix: 'Check your plan’s limit in the service’s dashboard. Until it resets, clients are offered the email or phone number you give below, if you give one.',
    }),
    invalid: (status: number, messages: string[]): Explained => ({
      title: 'The service did not accept the test request.',
      body: `It answered ${status}${messages.length ? `: “${messages.join(' ')}”` : ''}.`,
      fix: 'If it asks for a field the form does not send, remove that rule in your service’s form settings.',
    }),
    server: (status: number): Explained => ({
      title: 'The server had a problem.',
      body: `It answered ${status}, an error on the server’s side.`,
      fix: 'Try again in a few minutes; if it keeps happening, contact the service.',
    }),
    http: (status: number): Explained => ({
      title: 'The service gave an unexpected answer.',
      body: `It answered ${status}.`,
      fix: 'Check the address, and ask the service what this answer means.',
    }),
    timeout: (seconds: number): Explained => ({
      title: 'The service did not answer in time.',
      body: `We waited ${seconds} seconds and heard nothing back.`,
      fix: 'Check the address and try again. If the service is this slow, clients are told it took too long, and keep what they typed.',
    }),
    'refused-url': (reason: 'empty' | 'http' | 'scheme' | 'address'): Explained =>
      ({
        empty: {
          title: 'There is no address yet.',
          body: 'The form needs to know where to send requests.',
          fix: 'Paste your form’s link or id above.',
        },
        http: {
          title: 'This address is not secure (http://).',
          body: 'The form sends only to https:// addresses (http:// only to a test server on this computer), so a client’s words are never sent in the clear.',
          fix: 'Use the https:// address.',
        },
        scheme: {
          title: 'This is not a web address.',
          body: 'A form address starts with https://.',
          fix: 'Paste the link your service gives you.',
        },
        address: {
          title: 'This does not look like a form address.',
          body: 'It is neither a link starting with https:// nor a form id.',
          fix: 'Paste the whole link from your service’s dashboard, or just the form id.',
        },
      })[reason],
    local: (): Explained => ({
      title: 'This form can only be tested on your own site.',
      body: 'Its requests go to your own website, so this page cannot reach it.',
      fix: 'After you publish, send yourself a request from your site and look for it under Forms in Netlify.',
    }),
  } satisfies Record<DiagnosisKind, (...args: never[]) => Explained>,

  looksHeading: '3. How it looks',
  lookLegend: 'How the form appears on your page',
  looks: {
    intro: {
      label: 'An introduction, with the form below it',
      about:
        'A warm, two-minute introduction to relational therapy, ending with a button that takes visitors to the form.',
    },
    button: {
      label: 'A button that opens the form',
      about: 'One button; the form opens over the page when a visitor presses it.',
    },
    card: {
      label: 'A practice card',
      about:
        'Your name, photo and credentials, and a button that opens the form: for a directory, or a page about your team.',
    },
  } satisfies Record<Look, { label: string; about: string }>,
  lang: 'Language of the form',
  langHint: 'The language your visitors read.',
  languages: { en: 'English', es: 'Español (Spanish)', fr: 'Français (French)' } as Record<string, string>,
  country: 'Where your clients live',
  countryHint: 'Chooses the crisis line numbers shown with the form.',
  questionsLegend: 'Questions the form asks',
  questionsHint:
    'Name, email and consent are always asked. Tick the others you want; clients may leave any of them empty.',
  // One per `fields` token of the form's field table: a token without its label fails `tsc`, here and in each language.
  questions: {
    phone: 'Phone number',
    'contact-method': 'How they prefer to be contacted (needs the phone number)',
    message: 'A short message',
    'client-status': 'New or returning client',
    'session-for': 'Who the therapy is for',
    format: 'In person or online',
    region: 'Where they will be during sessions (for licensing)',
    payment: 'Insurance or self-pay',
    times: 'Good times to talk',
    voicemail: 'Whether a voicemail or a text is all right',
    pronouns: 'The name they go by, and pronouns',
    referral: 'How they heard of you',
  } satisfies Record<Token, string>,
  regions: 'Where you are licensed',
  regionsHint:
    'State or province codes separated by spaces, for example “OR WA”. Clients choose one of these.',
  privacy: 'Your privacy page',
  privacyHint: 'Its address, linked under the consent box. Optional.',
  contactEmail: 'Email address for when the form cannot send',
  contactEmailHint:
    'If your form service is down or its monthly limit is used up, clients are offered this address instead, with their request already written. Optional.',
  contactPhone: 'Phone number for when the form cannot send',
  contactPhoneHint: 'Offered in the same case, as a number to call. Optional.',
  // What a client decides on
  practiceHeading: 'What clients decide on',
  acceptingLegend: 'Are you taking new clients?',
  acceptingOptions: {
    yes: { label: 'Yes', about: 'The form asks for a free consultation.' },
    waitlist: {
      label: 'I keep a waitlist',
      about: 'The button and the form invite clients to join your waitlist; each request says so.',
    },
    no: {
      label: 'Not right now',
      about:
        'No form: it says you are not taking new clients, and offers your email, phone and a page you name.',
    },
  } as Record<'yes' | 'waitlist' | 'no', { label: string; about: string }>,
  elsewhere: 'A page for clients you cannot take',
  elsewhereHint: 'Its address: your list of colleagues, or where to find a therapist. Optional.',
  fees: 'Your fees',
  feesHint:
    'As you would say them, for example “$160 per 50-minute session”. On the card, and beside the payment question. Optional.',
  slidingScale: 'I offer a sliding scale',
  slidingScaleHint: 'Said on the card.',
  insurance: 'Insurance you take',
  insuranceHint: 'Plan names separated by commas. On the card, and beside the payment question. Optional.',
  clinicians: 'Clinicians clients can choose (group practices)',
  cliniciansHint:
    'Each as id=Name, separated by semicolons, for example “ana-ruiz=Ana Ruiz, PsyD; kofi-mensah=Kofi Mensah, LCSW”. Ids use a-z, 0-9 and hyphens. Clients may also leave it to whoever is available first. Optional.',
  accentOwn: 'Use my own accent color',
  accentHint:
    'The color of buttons and links. Unticked, the form keeps its calm green, which suits light and dark pages.',
  accent: 'Accent color',

  previewHeading: '4. Preview',
  previewIntro:
    'Your form as visitors will see it, with what you set above. Nothing typed in the preview is sent.',
  screenLegend: 'Screen',
  phone: 'Phone',
  desktop: 'Computer',
  pageLegend: 'Page',
  light: 'Light page',
  dark: 'Dark page',
  previewTitle: 'Preview of your form',
  previewNotSent:
    'This is the preview, so nothing was sent. Use “Send a test request” above to try your service.',

  codeHeading: '5. Copy the code',
  targetLegend: 'Where will you paste it?',
  targets: {
    'squarespace-block': 'Squarespace: a Code Block',
    'squarespace-injection': 'Squarespace: Code Injection for the whole site, and a Code Block',
    'wordpress-admin': 'WordPress: a Custom HTML block (administrators)',
    'wordpress-author': 'WordPress: a Custom HTML block (authors and editors)',
    html: 'Any other website: an HTML page',
    'directory-card': 'A directory: one card per therapist',
  } satisfies Record<Target, string>,
  where: {
    'squarespace-block:block':
      'In the page editor, add a Code Block where the form should appear, and paste this into it.',
    'squarespace-injection:injection':
      'Once for the whole site: Settings, Advanced, Code Injection, Header. Paste this there.',
    'squarespace-injection:block':
      'Then on the page: add a Code Block where the form should appear, and paste this into it.',
    'wordpress-admin:block': 'Add a Custom HTML block where the form should appear, and paste this into it.',
    'wordpress-author:block':
      'Add a Custom HTML block where the form should appear, and paste this into it. Until the next part is on the site, visitors read the text inside.',
    'wordpress-author:admin-once':
      'Ask your site’s administrator to add this once, in the header of every page (for example with a header-and-footer code plugin).',
    'html:head': 'Paste this inside the page’s <head>.',
    'html:body': 'Paste this where the form should appear.',
    'directory-card:card': 'Paste the script once per page, then one card for each therapist.',
  } as Record<string, string>,
  copy: 'Copy',
  copied: 'Copied. Now paste it into your site.',
  copyFailed: 'Copying did not work here: select the code and copy it yourself.',
  netlifyNote: 'The hidden form at the end is the copy Netlify needs to find your form: keep it.',
  authorNote:
    'WordPress removes hidden fields from an author’s block, so the email subject is left out here.',
  hostLegend: 'Where the script comes from',
  hostCdn: 'jsDelivr, a free public server (recommended)',
  hostCdnAbout: (version: string) =>
    `Pinned to version ${version}, with its integrity hash, so browsers refuse any copy that was altered.`,
  hostSelf: 'My own website',
  hostSelfAbout: 'Download the file, upload it to your site, and give its address below.',
  download: (file: string) => `Download ${file}`,
  selfUrl: 'Address of the file on your site',
  noIntegrity:
    'This copy of the setup page has no built module beside it, so the code below has no integrity hash. Run npm run build to get one.',
  fallbackText: (email: string, phone: string) =>
    email && phone
      ? `To ask for a free consultation, email ${email} or call ${phone}.`
      : email
        ? `To ask for a free consultation, email ${email}.`
        : phone
          ? `To ask for a free consultation, call ${phone}.`
          : 'The consultation request form will appear here.',
  commentHead: 'relational-widgets: once, in the head of the page',
  commentBody: 'relational-widgets: where the form should appear',
  commentOnce: 'relational-widgets: the script, once per page',
  /** Above a directory's card template. */
  commentCard:
    'relational-widgets: one card per therapist; fill each {{…}} from your directory’s data (escaped as HTML)',

  // Added by a native-level review of the Spanish and French wording
  /** The email subject a new form starts with, in the form's language. */
  defaultSubject: 'New consultation request',
  /** The locale for this page's times and numbers (French: Québec's "13 h 05"). */
  locale: 'en',

  // Sealed requests: the "keep requests private" step (README, "Sealed requests")
  seal: {
    heading: 'Keep requests private (optional)',
    intro:
      'Your form can seal each request in your client’s browser, with a key only you hold, before it leaves. The form service, the spreadsheet and every mailbox on the way then carry a block of letters nobody else can read.',
    changes:
      'What changes: the service’s notification email shows no name, no email and no message, only a link that opens the request on a page of yours; its spam filter and automatic replies cannot read requests; a spreadsheet gets one sealed column; “reply” in the notification does not reach the client (reply from the opened request instead).',
    doesNot:
      'What it does not do: it does not hide that someone wrote to you, when, or from which internet address, and the email subject stays as you set it. It does not replace a business associate agreement with the service where HIPAA applies to you. It does not make anything “HIPAA compliant”.',
    loss: 'The recovery code is the only key. Nobody, us included, can open your requests without it or a device you unlocked with it. If you lose the code and every unlocked device, every sealed request is lost for good.',
    make: 'Make my recovery code',
    making: 'Making your key…',
    codeHeading: 'Your recovery code',
    codeShownOnce:
      'It is shown only now. Print it or write it down, and keep it where you keep your passport. Anyone who has it can read your requests.',
    fingerprint: (print: string) =>
      `Key fingerprint: ${print}. The opener shows the same fingerprint when you unlock it.`,
    print: 'Open the printable page',
    printTitle: 'Recovery code for your consultation requests',
    printMade: (date: string) => `Made on ${date}.`,
    printOpener: (opener: string) => `Open requests at: ${opener}`,
    confirmLabel: (groups: string) => `To check that you have it, type groups ${groups} of your code`,
    confirm: 'Turn sealing on',
    confirmWrong: 'That is not what your code says in those groups. Look again at your printed page.',
    on: (print: string) =>
      `Sealing is on. Every code below seals requests to your key (fingerprint ${print}).`,
    openerLabel: 'Where you will open requests (your opener page)',
    openerHint:
      'Each notification links there. Upload the opener folder to your site if you host the setup page yourself.',
    off: 'Turn sealing off',
    linkKeyIgnored:
      'The link that opened this page carried a key. It was ignored: this page only ever seals to a key it made from a recovery code made here.',
    linkEndpoint: (where: string) =>
      `Requests will go to ${where}: check that this is your own form. (This address came in the link that opened this page; send a test request to be sure.)`,
  },
};

export type Catalog = typeof en;
