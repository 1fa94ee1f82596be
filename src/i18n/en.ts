// Every visible English sentence of both elements, keyed by what it means (not by its words).
// A sentence that holds a number or a name is a function of ONE object argument, so each
// language orders its own words; plurals go through Intl.PluralRules, times through
// Intl.DateTimeFormat. Other languages are typed by this one (`Catalog`).

import { lead, sections, title, type Summary } from './summary.js';

export type { Summary };

// The plural rules are made when a sentence needs them (a retry's wait), not when the module loads:
// making them costs a phone milliseconds of the page's first render.
const seconds = (n: number): string =>
  new Intl.PluralRules('en').select(n) === 'one' ? `${n} second` : `${n} seconds`;

/** This catalog's language: the one every element falls back to (see src/i18n/only-es.ts). */
export const language = 'en';

export const en = {
  // <relational-intro>
  /** The built-in article summary (shown when the element has no content of its own). */
  summary: { title, lead, sections } as Summary,
  /** The call to action's default label. */
  ctaLabel: ({ minutes }: { minutes: number }) => `Book a free ${minutes}-minute consultation`,
  /** The `summary` variant's expand button. */
  readMore: 'Read the full introduction',
  /** The one-line approach on a practice card, unless the card sets its own. */
  approach: 'Relational psychodynamic therapy: changing old patterns through a steady, attuned relationship.',

  // <consult-request>: the dialog
  /** The dialog's title, and the trigger's label unless `cta-label` sets one. */
  dialogTitle: ({ minutes }: { minutes: number }) => `Request a free ${minutes}-minute consultation`,
  dialogClose: 'Close',

  // the crisis notice: the wording here, the numbers from src/shared/crisis.ts by `country`.
  // {lines} is one or more crisisCall/crisisCallAndText phrases joined with "or"; {number},
  // {text} and {emergency} are links (tel:, sms:); {name} is the service's name.
  crisisTitle: 'This form is not for emergencies.',
  crisisHelp: 'If you are in crisis or thinking about harming yourself, {lines}, or call {emergency}.',
  crisisCall: 'call {number} ({name})',
  crisisCallAndText: 'call {number} or text {text} ({name})',
  /** A country's first crisis line under the name it has in this language, where it has one. */
  crisisLineNames: {} as Record<string, string>,
  /** For a country the table does not have. */
  crisisLocal:
    'If you are in crisis or thinking about harming yourself, call your local emergency number now.',

  // the fields
  /** Said after every required field's label. */
  required: '(required)',
  nameLabel: 'Your name',
  emailLabel: 'Email',
  phoneLabel: 'Phone',
  contactMethodLabel: 'How would you like to be contacted?',
  contactMethodOptions: { email: 'Email', phone: 'Phone call', text: 'Text message' },
  preferredNameLabel: 'Name you go by, if different',
  pronounsLabel: 'Pronouns',
  voicemailOkLabel: 'OK to leave me a voicemail',
  textOkLabel: 'OK to text me',
  timesLabel: 'Good times to reach you',
  timesOptions: {
    mornings: 'Mornings',
    afternoons: 'Afternoons',
    evenings: 'Evenings',
    weekends: 'Weekends',
  },
  clientStatusLabel: 'Are you a new or returning client?',
  clientStatusOptions: { new: 'New', returning: 'Returning' },
  sessionForLabel: 'Who is the therapy for?',
  sessionForOptions: { individual: 'Me', couple: 'Us as a couple', family: 'Our family', child: 'My child' },
  formatLabel: 'How would you like to meet?',
  formatOptions: { 'in-person': 'In person', online: 'Online', either: 'Either' },
  regionLabel: 'Where will you be during sessions?',
  regionHint: 'Therapists can only work where they are licensed.',
  paymentLabel: 'How would you like to pay?',
  paymentOptions: {
    insurance: 'Insurance',
    'self-pay': 'Self-pay',
    'sliding-scale': 'Sliding scale',
    unsure: 'Not sure yet',
  },
  insurerLabel: 'Insurance company',
  insurerHint: 'Its name only, please: no member ID.',
  referralLabel: 'How did you hear about this practice?',
  referralOptions: {
    search: 'A web search',
    directory: 'A therapist directory',
    friend: 'A friend or relative',
    clinician: 'A doctor or clinician',
    insurer: 'My insurance',
    other: 'Somewhere else',
  },
  /** A list's first, empty entry: nothing chosen yet. */
  choose: 'Choose…',
  messageLabel: 'Message',
  messageHint:
    'Optional. Please leave out clinical or health details; there is room for those in the consultation.',
  /** The message counter as shown; `messageCountUnit` follows it for screen readers only. */
  messageCount: ({ used, max }: { used: number; max: number }) => `${used} / ${max}`,
  messageCountUnit: 'characters',
  /** Announced near the limit only: `under` is 200, then 100. */
  messageNearLimit: ({ under }: { under: number }) => `Fewer than ${under} characters left.`,
  messageFull: 'You have reached the limit.',
  consentLabel: 'I agree to be contacted about this request.',
  privacyLink: 'Privacy policy (opens in a new tab)',
  /** The spam trap's label: hidden from people, read by bots. */
  honeypotLabel: 'Leave this empty',

  // validation
  nameMissing: 'Please enter your name.',
  emailMissing: 'Please enter your email, so we can reply.',
  emailInvalid: 'Please check this email address (like name@example.com).',
  phoneMissing: 'Please enter a phone number, so we can call or text you.',
  phoneInvalid: ({ min, max }: { min: number; max: number }) =>
    `Please enter a phone number with ${min} to ${max} digits.`,
  consentMissing: 'Please tick this box so we may contact you.',
  checkFields: 'Please check the fields marked above.',

  // the submit button and the status region
  submit: 'Send request',
  submitSending: 'Sending…',
  submitRetry: 'Try again',
  sending: 'Sending your request…',
  sent: 'Your request was sent.',
  canRetryNow: 'You can try again now.',

  // failures: each says what happened, that nothing is lost, and what to do
  failedOffline:
    'You seem to be offline. Everything you typed is still here, and it will be sent when your connection is back.',
  failedTimeout: 'The server took too long to answer. Everything you typed is still here; please try again.',
  /** No answer: the request may have arrived (a redirect to a page we may not read, a dropped connection) or not. */
  failedNetwork:
    'We got no answer from the server, so your request may not have arrived. Everything you typed is still here; please check your connection and try again.',
  /** A body over 32 KB, or a 413 answer; `fieldTooLong` marks the longest answer. */
  tooLarge:
    'Your request is too long to send. Please shorten the answer marked above; everything you typed is still here.',
  fieldTooLong: 'Please make this shorter.',
  /** After a failure no retry fixes (the practice's email and phone links follow it when the site gives them). */
  deadEnd:
    'Your request could not be delivered, and trying again will not help for now. Everything you typed is still here.',
  /** The same, when no answer came twice: it may have arrived. */
  deadEndUnsure:
    'We still got no answer, so your request may not have arrived. Everything you typed is still here.',
  emailInstead: 'Email your request instead',
  /** Under the email link: the address shows for those without a mail app. */
  emailInsteadHint: ({ email }: { email: string }) => `Opens your email app, to ${email}.`,
  callInstead: ({ phone }: { phone: string }) => `Call ${phone}`,
  /** The written-out email: subject, first line, and the note when the message was cut to fit the link. */
  mailSubject: ({ name }: { name: string }) =>
    name ? `Consultation request from ${name}` : 'Consultation request',
  mailGreeting: ({ minutes }: { minutes: number }) =>
    `Hello, I would like a free ${minutes}-minute consultation.`,
  mailShortened: '[Shortened; the whole message is still in the form.]',
  failedHttp: ({ status }: { status: number }) =>
    `The server could not take your request (error ${status}). Everything you typed is still here; please try again.`,
  rateLimitedNow:
    'The server is receiving too many requests. Everything you typed is still here; you can try again now.',
  rateLimitedFor: ({ wait }: { wait: number }) =>
    `The server is receiving too many requests. Everything you typed is still here; you can try again in ${seconds(wait)}.`,
  /** `locale` is the client's own, for the clock they read (3:41 PM or 15:41). */
  rateLimitedUntil: ({ at, locale }: { at: Date; locale: string }) =>
    `The server is receiving too many requests. Everything you typed is still here; you can try again at ${new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at)}.`,

  // success
  successTitle: 'Thank you. Your request was sent.',
  successNext: ({ minutes, by }: { minutes: number; by: 'email' | 'phone' | 'text' }) =>
    `You will hear back ${by === 'phone' ? 'by phone' : by === 'text' ? 'by text message' : 'by email'} to arrange your free ${minutes}-minute consultation. If nothing arrives within two working days, please check your spam folder or get in touch another way.`,

  // accepting, fees and insurance, the Good Faith Estimate, clinicians, the client's copy
  /** `accepting="waitlist"`: the dialog's title and trigger, and the note above the form. */
  waitlistTitle: 'Join the waitlist',
  waitlistNote: 'This practice has a waitlist. Join it to be contacted when a place opens.',
  /** The waitlist's confirmation: it promises no time. */
  waitlistDone: 'Thank you. You are on the waitlist.',
  /** The first line of a waitlist request written out as an email (when the endpoint fails for good). */
  waitlistMail: 'Hello, I would like to join your waitlist.',
  waitlistNext:
    'You will be contacted when a place opens, which may take a while. If you need help sooner, please contact another therapist too.',
  /** `accepting="no"`: said where the form would be, then the practice's other ways. */
  closed: 'This practice is not taking new clients right now.',
  closedEmail: ({ email }: { email: string }) => `Email ${email}`,
  /** The link to the page named in `elsewhere-href`. */
  closedElsewhere: 'Other ways to find a therapist',
  /** Beside the payment question: `fees` and `insurance`, as the site owner wrote them. */
  feesFact: ({ fees }: { fees: string }) => `Fees: ${fees}`,
  insuranceFact: ({ plans }: { plans: string }) => `Insurance accepted: ${plans}`,
  /** The Good Faith Estimate (US, No Surprises Act); {link} is the link to cms.gov/nosurprises. */
  estimateTitle: 'You have the right to a Good Faith Estimate.',
  estimateText:
    'Not using insurance? You can ask for a written estimate of your costs when you schedule, or any time. A bill $400 or more above it can be disputed. See {link}.',
  clinicianLabel: 'Who would you like to see?',
  clinicianOptions: { any: 'Whoever is available first' } as Record<string, string>,
  /** In the confirmation: the clinician asked for, by the label in `clinicians`. */
  sentForClinician: ({ name }: { name: string }) => `You asked to see ${name}.`,
  sentForAny: 'You asked for whoever is available first.',
  copyPrint: 'Print a copy',
  copySave: 'Save a copy',
  copyFile: 'consultation-request.txt',
  /** The copy's first line; `when` is the date and time it was sent, written the client's way. */
  copyHeading: ({ when }: { when: string }) => `Consultation request, ${when}`,

  // for the site owner
  configEndpoint:
    'This contact form is not set up yet. Site owner: set its “endpoint” attribute to an https:// address or a path on this site.',

  // Practice cards and the intro's call to action: whether the therapist takes new clients
  // (`accepting`), and the facts a client decides on. The waitlist's
  // call to action and the sentence for `no` are the form's own (waitlistTitle, closed).
  /** The badge, by `accepting`: said in words, so it never rests on colour alone. */
  introAccepting: {
    yes: 'Accepting new clients',
    waitlist: 'Waitlist open',
    no: 'Not accepting new clients',
  },
  /** With `accepting="no"` and `cta-href`: the link to the page the site owner names. */
  introClosedLink: 'Other ways to get in touch',
  /** The card's facts, labels. */
  cardFacts: {
    fees: 'Fees',
    insurance: 'Insurance',
    languages: 'Languages',
    formats: 'Sessions',
    specialties: 'Focus',
  },
  /** The shared form's dialog, opened from a directory card: names the therapist. */
  dialogTitleWith: ({ minutes, name }: { minutes: number; name: string }) =>
    `Request a free ${minutes}-minute consultation with ${name}`,

  // Added by a native-level review of the Spanish and French wording
  /**
   * After the crisis notice, by country: how to reach that country's first line in this language,
   * where the line has a way of its own (988 in Spanish; see src/shared/crisis.ts). {number} and
   * {text} are the line's links, as in crisisCallAndText.
   */
  crisisLineNotes: {} as Record<string, string>,
  /** Region names this language writes differently from English, by country and code (`CA-QC`); see regions.ts. */
  regionNames: {} as Record<string, string>,
  /** A line of the written-out email: a question and its answer (after a question mark, no colon). */
  mailAnswer: ({ label, answer }: { label: string; answer: string }) =>
    `${label}${label.endsWith('?') ? '' : ':'} ${answer}`,
};

/** The shape every language's catalog has. */
export type Catalog = typeof en;
