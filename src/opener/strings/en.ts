// The opener's own words, in English: keyed by meaning; a sentence with a value is a function of
// one object. es.ts and fr.ts have the same shape. The request's fields are labelled with the
// form's own catalogs (src/i18n), as the client saw them.
export const en = {
  title: 'Open sealed requests',
  intro:
    'This page opens the consultation requests your form sealed to your key. It sends nothing anywhere and loads nothing from elsewhere: what you open stays on this device.',

  unlockHeading: 'Unlock with your recovery code',
  codeLabel: 'Recovery code',
  codeHint:
    '56 letters and digits in groups of four, from the page you printed when you set up sealing. Spaces, dashes and capitals do not matter.',
  keep: 'Keep the key on this device, so I do not type the code next time',
  keepHint:
    'The key is kept by this browser, and cannot be copied out of it. Anyone who can use this browser can open your requests: choose this only on a device that is yours alone.',
  unlock: 'Unlock',
  unlocking: 'Unlocking…',
  badCode:
    'That is not a recovery code: check each group of four against your printed page. (A typo is caught here, before anything is opened.)',
  unlocked: ({ fingerprint }: { fingerprint: string }) =>
    `Unlocked. Key fingerprint: ${fingerprint}. Check that it is the one on your printed page.`,
  kept: 'The key is kept on this device.',
  keptNotPersistent:
    'The key is kept on this device, but the browser did not promise to keep its storage: it may clear it when space runs low, or after days without a visit (Safari). Keep your printed code.',
  forget: 'Forget the key on this device',
  forgotten: 'The key is no longer on this device. Your recovery code still opens every request.',

  requestHeading: 'Open a request',
  pasteLabel: 'Paste the request',
  pasteHint:
    'The whole notification email, or just its id and sealed text. Quote marks (>) and lines your mail program broke do not matter. A link from a notification opens here by itself.',
  open: 'Open',
  lockedFirst: 'Unlock with your recovery code first; then the request opens.',
  notFound:
    'There is no sealed request in what you pasted. Paste the whole notification, or the text after “sealed”.',
  noId: 'The request’s id is missing, and it is needed to open it. Paste the notification with its “id” line, or use its link.',
  doesNotOpen: ({ fingerprint }: { fingerprint: string }) =>
    `This request does not open. Either it was changed on the way (its id or a letter of the sealed text), or it was sealed to another key than this one (${fingerprint}). Ask the client to send it again if you need it.`,
  idMismatch:
    'The id sealed inside this request is not the id it arrived with. It may have been tampered with: do not trust it.',
  opened: ({ name }: { name: string }) => `Request from ${name}, opened.`,

  // the opened request
  submitted: 'Sent',
  page: 'From the page',
  language: 'Language',
  hidden: 'Hidden fields',
  requestId: 'Request id (checked)',
  yes: 'Yes',
  no: 'No',
  replyByEmail: 'Reply by email',
  replySubject: 'Your consultation request',
  call: 'Call',
};

export type Catalog = typeof en;
