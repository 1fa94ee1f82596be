// French, Canadian wording ("courriel", "texto", "composez le 911"), addressing the reader as "vous".
// Written for a francophone reader, not traced from the English: same meaning, own words.
// Typography: a no-break space (U+00A0) before ":" and inside « », a narrow no-break space
// (U+202F) before ";", "?" and "!", so they never start a line.
import type { Catalog } from './catalog.js';

// Made when a sentence needs it (a retry's wait), not when the module loads (see en.ts).
const isOne = (n: number): boolean => new Intl.PluralRules('fr').select(n) === 'one';
const number = new Intl.NumberFormat('fr-CA');
const KEPT = 'Tout ce que vous avez écrit est conservé';
const BUSY = 'Le serveur reçoit trop de demandes.';
const BY = { email: 'une réponse par courriel', phone: 'un appel', text: 'un texto' };

export const fr: Catalog = {
  ctaLabel: ({ minutes }) => `Réserver une consultation gratuite de ${minutes} minutes`,
  readMore: 'Lire toute l’introduction',
  approach:
    'Thérapie psychodynamique relationnelle : transformer de vieux schémas grâce à une relation stable et à l’écoute.',
  dialogTitle: ({ minutes }) => `Demander une consultation gratuite de ${minutes} minutes`,
  dialogClose: 'Fermer',
  crisisTitle: 'Ce formulaire n’est pas destiné aux urgences.',
  crisisHelp: 'Si vous êtes en crise ou pensez à vous faire du mal, {lines}, ou composez le {emergency}.',
  crisisCall: 'appelez le {number} ({name})',
  crisisCallAndText: 'appelez le {number} ou textez le {text} ({name})',
  crisisLineNames: { CA: 'Ligne d’aide en cas de crise de suicide' },
  crisisLocal:
    'Si vous êtes en crise ou pensez à vous faire du mal, composez dès maintenant le numéro d’urgence local.',
  required: '(obligatoire)',
  nameLabel: 'Votre nom',
  emailLabel: 'Courriel',
  phoneLabel: 'Téléphone',
  contactMethodLabel: 'Par quel moyen préférez-vous qu’on communique avec vous ?',
  contactMethodOptions: { email: 'Courriel', phone: 'Appel téléphonique', text: 'Texto' },
  preferredNameLabel: 'Nom que vous utilisez, s’il est différent',
  pronounsLabel: 'Pronoms',
  voicemailOkLabel: 'On peut me laisser un message vocal',
  textOkLabel: 'On peut m’envoyer un texto',
  timesLabel: 'Meilleurs moments pour vous joindre',
  timesOptions: {
    mornings: 'Le matin',
    afternoons: 'L’après-midi',
    evenings: 'Le soir',
    weekends: 'La fin de semaine',
  },
  clientStatusLabel: 'Avez-vous déjà consulté ici ?',
  clientStatusOptions: { new: 'Non, ce serait une première', returning: 'Oui, je reviens' },
  sessionForLabel: 'Pour qui est la thérapie ?',
  sessionForOptions: {
    individual: 'Pour moi',
    couple: 'Pour notre couple',
    family: 'Pour notre famille',
    child: 'Pour mon enfant',
  },
  formatLabel: 'Quel mode de consultation préférez-vous ?',
  formatOptions: { 'in-person': 'En personne', online: 'En ligne', either: 'L’un ou l’autre' },
  regionLabel: 'Où serez-vous pendant les séances ?',
  regionHint: 'Les thérapeutes ne peuvent exercer que là où leur permis d’exercice est valide.',
  paymentLabel: 'Comment souhaitez-vous payer ?',
  paymentOptions: {
    insurance: 'Avec mon assurance',
    'self-pay': 'À mes frais',
    'sliding-scale': 'Tarif selon le revenu',
    unsure: 'Je ne sais pas encore',
  },
  insurerLabel: 'Compagnie d’assurance',
  insurerHint: 'Son nom seulement, s’il vous plaît : pas de numéro de contrat ni de certificat.',
  referralLabel: 'Comment avez-vous entendu parler de nous ?',
  referralOptions: {
    search: 'Une recherche sur le Web',
    directory: 'Un répertoire de thérapeutes',
    friend: 'Une personne de mon entourage',
    clinician: 'Un médecin ou un autre professionnel de la santé',
    insurer: 'Mon assureur',
    other: 'Autre',
  },
  choose: 'Choisir…',
  messageLabel: 'Message',
  messageHint:
    'Facultatif. Merci de ne pas y inclure de renseignements cliniques ou de santé ; vous pourrez en parler pendant la consultation.',
  messageCount: ({ used, max }) => `${number.format(used)} / ${number.format(max)}`,
  messageCountUnit: 'caractères',
  messageNearLimit: ({ under }) => `Il reste moins de ${under} caractères.`,
  messageFull: 'Vous avez atteint la limite.',
  consentLabel: 'J’accepte qu’on communique avec moi au sujet de cette demande.',
  privacyLink: 'Politique de confidentialité (s’ouvre dans un nouvel onglet)',
  honeypotLabel: 'Laissez ce champ vide',
  nameMissing: 'Veuillez entrer votre nom.',
  emailMissing: 'Veuillez entrer votre adresse courriel pour qu’on puisse vous répondre.',
  emailInvalid: 'Veuillez vérifier cette adresse courriel (par exemple nom@exemple.com).',
  phoneMissing: 'Veuillez entrer un numéro de téléphone pour qu’on puisse vous appeler ou vous texter.',
  phoneInvalid: ({ min, max }) => `Veuillez entrer un numéro de téléphone de ${min} à ${max} chiffres.`,
  consentMissing: 'Veuillez cocher cette case pour qu’on puisse communiquer avec vous.',
  checkFields: 'Veuillez vérifier les champs indiqués ci-dessus.',
  submit: 'Envoyer la demande',
  submitSending: 'Envoi en cours…',
  submitRetry: 'Réessayer',
  sending: 'Envoi de votre demande…',
  sent: 'Votre demande a été envoyée.',
  canRetryNow: 'Vous pouvez réessayer maintenant.',
  failedOffline: `Vous semblez être hors ligne. ${KEPT}, et votre demande partira dès le retour de la connexion.`,
  failedTimeout: `Le serveur a mis trop de temps à répondre. ${KEPT} ; veuillez réessayer.`,
  failedNetwork: `Le serveur n’a pas répondu : votre demande n’est peut-être pas arrivée. ${KEPT} ; vérifiez votre connexion et réessayez.`,
  tooLarge: `Votre demande est trop longue pour être envoyée. Raccourcissez la réponse indiquée plus haut ; ${KEPT.toLowerCase()}.`,
  fieldTooLong: 'Veuillez raccourcir cette réponse.',
  deadEnd: `Votre demande n’a pas pu être transmise, et réessayer ne changera rien pour l’instant. ${KEPT}.`,
  deadEndUnsure: `Toujours aucune réponse : votre demande n’est peut-être pas arrivée. ${KEPT}.`,
  emailInstead: 'Envoyer plutôt votre demande par courriel',
  emailInsteadHint: ({ email }) => `Ouvre votre application de courriel avec un message adressé à ${email}.`,
  callInstead: ({ phone }) => `Appeler le ${phone}`,
  mailSubject: ({ name }) => (name ? `Demande de consultation de ${name}` : 'Demande de consultation'),
  mailGreeting: ({ minutes }) => `Bonjour, j’aimerais une consultation gratuite de ${minutes} minutes.`,
  mailShortened: '[Message abrégé ; le texte complet est toujours dans le formulaire.]',
  failedHttp: ({ status }) =>
    `Le serveur n’a pas pu traiter votre demande (erreur ${status}). ${KEPT} ; veuillez réessayer.`,
  rateLimitedNow: `${BUSY} ${KEPT} ; vous pouvez réessayer dès maintenant.`,
  rateLimitedFor: ({ wait }) =>
    `${BUSY} ${KEPT} ; vous pourrez réessayer dans ${wait} ${isOne(wait) ? 'seconde' : 'secondes'}.`,
  rateLimitedUntil: ({ at, locale }) =>
    `${BUSY} ${KEPT} ; vous pourrez réessayer à ${new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at)}.`,
  successTitle: 'Merci. Votre demande a été envoyée.',
  successNext: ({ minutes, by }) =>
    `Vous recevrez ${BY[by]} pour fixer votre consultation gratuite de ${minutes} minutes. Si rien n’arrive d’ici deux jours ouvrables, vérifiez vos courriels indésirables ou communiquez avec nous par un autre moyen.`,
  // accepting, fees and insurance, the Good Faith Estimate, clinicians, the client's copy
  waitlistTitle: 'S’inscrire sur la liste d’attente',
  waitlistNote:
    'Ce cabinet a une liste d’attente. Inscrivez-vous pour qu’on communique avec vous dès qu’une place se libère.',
  waitlistDone: 'Merci. Votre nom est maintenant sur la liste d’attente.',
  waitlistMail: 'Bonjour, j’aimerais m’inscrire sur votre liste d’attente.',
  waitlistNext:
    'On communiquera avec vous dès qu’une place se libérera ; personne ne peut encore dire quand. Si vous avez besoin d’aide plus tôt, adressez-vous aussi à un ou une autre thérapeute.',
  closed: 'Aucune nouvelle clientèle n’est acceptée pour le moment.',
  closedEmail: ({ email }) => `Écrire à ${email}`,
  closedElsewhere: 'Autres façons de trouver un ou une thérapeute',
  feesFact: ({ fees }) => `Tarifs : ${fees}`,
  insuranceFact: ({ plans }) => `Assurances acceptées : ${plans}`,
  estimateTitle: 'Vous avez droit à une estimation de bonne foi (Good Faith Estimate).',
  estimateText:
    'Vous n’utilisez pas d’assurance ? Vous pouvez demander une estimation écrite de vos frais en prenant rendez-vous ou en tout temps. Une facture qui dépasse l’estimation de 400 $ US ou plus peut être contestée. Voir {link} (en anglais).',
  clinicianLabel: 'Avec qui aimeriez-vous avoir rendez-vous ?',
  clinicianOptions: { any: 'La première personne disponible' },
  sentForClinician: ({ name }) => `Vous avez demandé un rendez-vous avec ${name}.`,
  sentForAny: 'Vous avez demandé la première personne disponible.',
  copyPrint: 'Imprimer une copie',
  copySave: 'Enregistrer une copie',
  copyFile: 'demande-de-consultation.txt',
  copyHeading: ({ when }) => `Demande de consultation, ${when}`,

  configEndpoint:
    'Ce formulaire de contact n’est pas encore configuré. À l’intention du ou de la responsable du site : indiquez dans son attribut « endpoint » une adresse https:// ou un chemin de ce site.',
  // Fiches d’annuaire et appel à l’action de l’introduction : accueil de nouveaux clients
  // (`accepting`) et renseignements utiles pour choisir.
  introAccepting: {
    yes: 'Accepte de nouveaux clients',
    waitlist: 'Liste d’attente ouverte',
    no: 'N’accepte pas de nouveaux clients',
  },
  introClosedLink: 'Autres façons de nous joindre',
  cardFacts: {
    fees: 'Honoraires',
    insurance: 'Assurances',
    languages: 'Langues',
    formats: 'Séances',
    specialties: 'Domaines',
  },
  dialogTitleWith: ({ minutes, name }) =>
    `Demander une consultation gratuite de ${minutes} minutes avec ${name}`,

  // Added by a native-level review of the Spanish and French wording
  crisisLineNotes: {},
  regionNames: {
    'CA-BC': 'Colombie-Britannique',
    'CA-NB': 'Nouveau-Brunswick',
    'CA-NL': 'Terre-Neuve-et-Labrador',
    'CA-NS': 'Nouvelle-Écosse',
    'CA-PE': 'Île-du-Prince-Édouard',
    'CA-QC': 'Québec',
    'CA-NT': 'Territoires du Nord-Ouest',
    'US-CA': 'Californie',
    'US-DC': 'District de Columbia',
    'US-FL': 'Floride',
    'US-GA': 'Géorgie',
    'US-HI': 'Hawaï',
    'US-LA': 'Louisiane',
    'US-NM': 'Nouveau-Mexique',
    'US-NC': 'Caroline du Nord',
    'US-ND': 'Dakota du Nord',
    'US-PA': 'Pennsylvanie',
    'US-SC': 'Caroline du Sud',
    'US-SD': 'Dakota du Sud',
    'US-VA': 'Virginie',
    'US-WV': 'Virginie-Occidentale',
    'US-PR': 'Porto Rico',
    'AU-ACT': 'Territoire de la capitale australienne',
    'AU-NSW': 'Nouvelle-Galles du Sud',
    'AU-NT': 'Territoire du Nord',
    'AU-SA': 'Australie-Méridionale',
    'AU-WA': 'Australie-Occidentale',
    'AU-TAS': 'Tasmanie',
  },
  // French puts a no-break space before the colon.
  mailAnswer: ({ label, answer }) => `${label}${label.endsWith('?') ? '' : ' :'} ${answer}`,
  summary: {
    title: 'Guérir par la relation',
    lead:
      'Les mêmes émotions refont-elles surface dans votre couple, en amitié, voire au travail ? Peut-être prenez-vous vos ' +
      'distances au moment même où vous souhaitez vous rapprocher, ou courez-vous après des personnes qui restent hors ' +
      'de portée. Ces schémas ne doivent presque rien au hasard : ils sont façonnés par nos toutes premières expériences ' +
      'émotionnelles et reviennent sans cesse. La thérapie relationnelle s’intéresse à ce qui se passe entre les ' +
      'personnes, et pas seulement en vous.',
    sections: [
      {
        slot: 'shift',
        heading: 'Du divan à la relation',
        paragraphs: [
          'La psychanalyse classique étudiait le monde intérieur (pulsions inconscientes, enfance, conflits) par le regard ' +
            'd’un thérapeute neutre qui interprétait à distance. La théorie relationnelle, une approche psychodynamique ' +
            'contemporaine, soutient que nous grandissons en relation, et non dans l’isolement.',
          'En thérapie, vous rencontrez une personne bien réelle, à l’écoute et réceptive, curieuse de ce qui se passe entre ' +
            'vous deux. C’est là que les vieux schémas deviennent visibles et que de nouvelles façons d’être en relation ' +
            'peuvent prendre racine.',
        ],
      },
      {
        slot: 'different',
        heading: 'Ce qui la distingue',
        paragraphs: [
          'La guérison se fait dans le lien. Le travail relationnel porte une attention particulière à :',
        ],
        pillars: [
          {
            name: 'La mutualité',
            text: 'Votre thérapeute n’est pas un écran blanc : la relation que vous bâtissez ensemble fait partie de la guérison.',
          },
          {
            name: 'L’ici et maintenant',
            text:
              'Les vieux schémas reprennent vie pendant les séances : si vous craignez le rejet, vous redoutez peut-être le ' +
              'jugement ; si vous avez l’habitude de prendre soin des autres, vous minimisez peut-être vos propres besoins. On ' +
              'les explore avec curiosité et bienveillance, sans blâme.',
          },
          {
            name: 'La subjectivité du thérapeute',
            text:
              'Votre thérapeute réfléchit à ses propres réactions émotionnelles et vise l’honnêteté émotionnelle et un usage ' +
              'éthique de sa personne, plutôt qu’une neutralité parfaite.',
          },
        ],
      },
      {
        slot: 'helps',
        heading: 'Comment elle aide',
        paragraphs: [
          'Il ne s’agit pas seulement de comprendre, mais de vivre quelque chose de différent. Vous découvrez ce que c’est :',
          'Avec le temps, en dehors des séances aussi, il devient plus facile de demander ce dont vous avez besoin, ' +
            'd’accepter la proximité sans crainte et de faire preuve de compassion envers vous-même.',
        ],
        points: [
          'de trouver de l’accueil plutôt que du jugement ;',
          'de recevoir de l’empathie plutôt que du silence ;',
          'de voir vos émotions reconnues comme légitimes, et non « de trop » ou « pas assez ».',
        ],
      },
      {
        slot: 'matters',
        heading: 'Pourquoi c’est important',
        paragraphs: [
          'Bien des gens vivent leur anxiété, leur dépression, leurs difficultés relationnelles ou leur faible estime de ' +
            'soi comme des défauts personnels. La théorie relationnelle y voit souvent des difficultés nées de besoins ' +
            'affectifs précoces restés sans réponse. Le but n’est pas de pathologiser, mais de comprendre, de ressentir et ' +
            'd’entrer en relation autrement. Pas de solution miracle : le changement va plus loin, ancré dans la sécurité, ' +
            'la curiosité et le lien.',
        ],
      },
      {
        slot: 'closing',
        heading: 'Explorons cela ensemble',
        paragraphs: [
          'Si vous cherchez une thérapie qui va au-delà des stratégies d’adaptation pour transformer des schémas bien ' +
            'ancrés, cette approche pourrait vous convenir. Une consultation gratuite de {minutes} minutes est une première ' +
            'étape, en douceur. Vous n’avez pas à démêler tout cela sans soutien.',
        ],
      },
    ],
  },
};
