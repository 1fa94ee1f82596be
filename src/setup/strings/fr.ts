// Les mots de la page de configuration, en français (tournures canadiennes).
import type { Catalog, Explained } from './en.js';

export const fr: Catalog = {
  title: 'Configurer votre formulaire de consultation',
  intro:
    'Suivez les étapes ci-dessous ; l’aperçu montre le formulaire tel que vos visiteurs le verront. À la fin, copiez le code pour votre site Web. Rien de ce que vous tapez ici ne quitte cette page, sauf la demande d’essai que vous choisissez d’envoyer.',
  pageLanguage: 'Langue de cette page',
  saved:
    'Vos réglages sont gardés dans l’adresse de cette page (après le #). Ajoutez la page à vos favoris pour y revenir ; rien n’est enregistré ailleurs.',
  optional: 'Facultatif.',

  aboutHeading: '1. À propos de vous',
  name: 'Votre nom',
  nameHint: 'Tel que vos clients le connaissent, par exemple « Ana Ruiz ».',
  credentials: 'Titres professionnels',
  credentialsHint: 'Par exemple « Ph. D., psychologue ». Facultatif.',
  practice: 'Nom de la clinique',
  location: 'Où vous recevez vos clients',
  locationHint: 'Une ville, ou « En ligne ». Facultatif.',
  photo: 'Photo',
  photoHint:
    'L’adresse d’une photo déjà sur votre site Web (elle commence par https://). Elle s’affiche sur la carte de présentation. Facultatif.',
  minutes: 'Durée de la consultation gratuite, en minutes',
  minutesHint: 'Affichée sur le bouton et dans le message que voient les clients après l’envoi.',

  serviceHeading: '2. Où vont les demandes',
  serviceIntro:
    'Chaque demande d’un client va à un service de formulaires ou à votre propre serveur, qui vous l’envoie par courriel ou la garde pour vous. Choisissez celui que vous utilisez.',
  serviceLegend: 'Votre service de formulaires',
  services: {
    formspree: {
      label: 'Formspree',
      about:
        'Vous envoie chaque demande par courriel. Collez le lien du formulaire (https://formspree.io/f/…) ou seulement son identifiant.',
      field: 'Lien ou identifiant du formulaire Formspree',
    },
    'apps-script': {
      label: 'Google Apps Script (les demandes arrivent dans une feuille de calcul Google Sheets)',
      about:
        'Collez l’adresse de l’application Web (elle se termine par /exec). Nous envoyons les demandes comme un formulaire simple, parce que les applications Web de Google ne répondent pas à la vérification d’autorisation que font les navigateurs avant tout autre genre de demande.',
      field: 'Adresse de l’application Web',
    },
    netlify: {
      label: 'Netlify Forms (votre site est sur Netlify)',
      about:
        'Les demandes vont à votre propre site et Netlify les garde. Le code comprend la copie cachée du formulaire dont Netlify a besoin pour le trouver.',
      field: 'Nom du formulaire sur Netlify',
    },
    basin: {
      label: 'Basin',
      about:
        'Vous envoie chaque demande par courriel. Collez le lien du formulaire (https://usebasin.com/f/…) ou son identifiant. Dans les réglages antipourriel de Basin, nommez le champ piège (honeypot) _gotcha.',
      field: 'Lien ou identifiant du formulaire Basin',
    },
    own: {
      label: 'Mon propre serveur',
      about:
        'Pour un serveur qu’un développeur gère pour vous : collez son adresse https://. Il doit permettre à votre site de lui envoyer des demandes (CORS).',
      field: 'Adresse du serveur',
    },
  },
  netlifyHint: 'Lettres, chiffres et traits d’union. Laissez vide pour « consultation ».',
  encodingLegend: 'Comment les demandes sont envoyées',
  encodingJson: 'En JSON, ce qu’attendent la plupart des serveurs',
  encodingForm: 'Comme un formulaire simple, sans vérification d’autorisation préalable',
  appsScriptWhere:
    'Le script pour votre feuille de calcul Google Sheets : ouvrez la feuille, puis Extensions, Apps Script, collez ceci et déployez-le comme application Web (Exécuter en tant que : Moi ; Qui a accès : Tout le monde). Collez ensuite l’adresse de l’application Web ci-dessous.',
  subject: 'Objet des courriels que vous recevez',
  subjectHint: 'Formspree et Basin l’indiquent dans chaque courriel.',

  testHeading: 'Envoyer une demande d’essai',
  testIntro:
    'Envoyez une demande, marquée comme essai, à votre vrai service, pour savoir qu’il fonctionne avant qu’un client en ait besoin. Son champ de nom indique « Essai depuis la page de configuration ».',
  testButton: 'Envoyer une demande d’essai',
  testing: 'Envoi de la demande d’essai…',
  testName: 'Essai depuis la page de configuration',
  testMessage:
    'Une demande d’essai envoyée depuis la page de configuration de relational-widgets. Personne n’attend de réponse.',
  fix: 'Que faire :',
  switchToForm: 'Envoyer plutôt comme formulaire simple',
  switched:
    'C’est fait : les demandes sont maintenant envoyées comme formulaire simple. Renvoyez l’essai pour vérifier.',
  formspreeSpam:
    'Rien dans votre boîte de réception après quelques minutes ? Regardez dans le dossier de pourriels de Formspree. Avec « Restrict to Domain » activé, Formspree classe comme pourriels les demandes venant d’autres sites, y compris cette page. Il se fie à l’adresse que le navigateur transmet : sur un site dont la Referrer-Policy est no-referrer ou same-origin, ou pour un visiteur qui utilise Brave, de vraies demandes peuvent aussi s’y retrouver.',
  diagnosis: {
    delivered: (status: number, time: string, seconds: string, via?: string): Explained => ({
      title: 'Ça fonctionne : la demande d’essai est arrivée.',
      body: `Votre service a répondu ${status} à ${time}, après ${seconds} s.${via ? ` Il a transmis la demande à ${via}, comme le fait Google Apps Script ; c’est normal.` : ''}`,
      fix: 'Cherchez « Essai depuis la page de configuration » dans vos courriels ou votre feuille, puis copiez le code plus bas.',
    }),
    redirect: (to: string): Explained => ({
      title: 'Le service a renvoyé une page Web au lieu d’une réponse.',
      body: `Il a dirigé le navigateur vers une page de ${to}, comme le fait un service pour un formulaire Web ordinaire ou une page de connexion. Le formulaire indiquerait aux clients que leur demande est partie, mais elle n’est peut-être pas arrivée.`,
      fix: 'Pour Formspree ou Basin, vérifiez le lien du formulaire. Pour Google Apps Script, déployez de nouveau l’application Web avec « Qui a accès : Tout le monde ».',
    }),
    html: (status: number): Explained => ({
      title: 'Le service a répondu par une page Web.',
      body: `Il a répondu ${status} avec une page Web (une page d’erreur, de connexion ou d’accueil) au lieu d’une courte confirmation.`,
      fix: 'Vérifiez que l’adresse est bien celle du formulaire, et non celle d’une page.',
    }),
    preflight: (status: number): Explained => ({
      title: 'Votre service ne répond pas à la vérification d’autorisation du navigateur.',
      body: `Avant d’envoyer une demande en JSON, le navigateur demande d’abord la permission au serveur. Le vôtre n’a pas répondu, alors cette demande n’est jamais partie. Envoyée comme formulaire simple, qui n’a pas besoin de permission, elle est passée (réponse ${status}).`,
      fix: 'Envoyez les demandes comme formulaire simple : un clic ci-dessous.',
    }),
    cors: (): Explained => ({
      title: 'Votre serveur a répondu, mais pas aux autres sites Web.',
      body: 'Le serveur est là, mais sa réponse ne donne pas aux autres sites la permission de la lire (l’en-tête CORS) : le formulaire dirait donc aux clients que leur demande a échoué, même si elle est arrivée.',
      fix: 'Demandez à la personne qui gère le serveur d’envoyer Access-Control-Allow-Origin avec l’adresse de votre site, et de répondre aux demandes OPTIONS.',
    }),
    unreachable: (): Explained => ({
      title: 'Rien n’a répondu à cette adresse.',
      body: 'La connexion a été refusée, ou l’adresse n’existe pas.',
      fix: 'Vérifiez que l’adresse ne contient pas de faute de frappe et que le serveur fonctionne.',
    }),
    'not-found': (status: number): Explained => ({
      title: 'Il n’y a pas de formulaire à cette adresse.',
      body: `Le service a répondu ${status} (introuvable) : l’identifiant du formulaire est sans doute mal tapé, ou le formulaire a été supprimé.`,
      fix: 'Copiez de nouveau le lien du formulaire depuis le tableau de bord de votre service et collez-le ici.',
    }),
    forbidden: (status: number, code?: string): Explained => ({
      title: 'Le service a refusé la demande.',
      body: `Il a répondu ${status}${code ? ` (${code})` : ''} : le formulaire est bloqué ou désactivé, ou il n’accepte que les demandes d’un autre site Web.`,
      fix: 'Dans le tableau de bord de votre service, vérifiez que le formulaire est actif et que l’adresse de votre site est permise.',
    }),
    rate: (status: number): Explained => ({
      title: 'Le service refuse les demandes pour le moment.',
      body: `Il a répondu ${status} : trop de demandes, ou la limite mensuelle de votre forfait est atteinte.`,
      fix: 'Vérifiez la limite de votre forfait dans le tableau de bord du service. D’ici à ce que la limite soit réinitialisée, on propose aux clients le courriel ou le numéro que vous indiquez plus bas, si vous en indiquez un.',
    }),
    invalid: (status: number, messages: string[]): Explained => ({
      title: 'Le service n’a pas accepté la demande d’essai.',
      body: `Il a répondu ${status}${messages.length ? ` : « ${messages.join(' ')} »` : ''}.`,
      fix: 'S’il exige un champ que le formulaire n’envoie pas, retirez cette règle dans les réglages du formulaire de votre service.',
    }),
    server: (status: number): Explained => ({
      title: 'Le serveur a eu un problème.',
      body: `Il a répondu ${status}, une erreur du côté du serveur.`,
      fix: 'Réessayez dans quelques minutes ; si cela continue, contactez le service.',
    }),
    http: (status: number): Explained => ({
      title: 'Le service a donné une réponse inattendue.',
      body: `Il a répondu ${status}.`,
      fix: 'Vérifiez l’adresse et demandez au service ce que signifie cette réponse.',
    }),
    timeout: (seconds: number): Explained => ({
      title: 'Le service n’a pas répondu à temps.',
      body: `Nous avons attendu ${seconds} secondes sans réponse.`,
      fix: 'Vérifiez l’adresse et réessayez. Si le service est aussi lent, on dit aux clients que c’est trop long, et ils gardent ce qu’ils ont tapé.',
    }),
    'refused-url': (reason: 'empty' | 'http' | 'scheme' | 'address'): Explained =>
      ({
        empty: {
          title: 'Il n’y a pas encore d’adresse.',
          body: 'Le formulaire doit savoir où envoyer les demandes.',
          fix: 'Collez le lien ou l’identifiant de votre formulaire plus haut.',
        },
        http: {
          title: 'Cette adresse n’est pas sécurisée (http://).',
          body: 'Le formulaire n’envoie qu’à des adresses https:// (http:// seulement vers un serveur d’essai sur cet ordinateur), pour que les mots d’un client ne circulent jamais en clair.',
          fix: 'Utilisez l’adresse https://.',
        },
        scheme: {
          title: 'Ce n’est pas une adresse Web.',
          body: 'L’adresse d’un formulaire commence par https://.',
          fix: 'Collez le lien que votre service vous donne.',
        },
        address: {
          title: 'Cela ne ressemble pas à l’adresse d’un formulaire.',
          body: 'Ce n’est ni un lien commençant par https:// ni un identifiant de formulaire.',
          fix: 'Collez le lien complet depuis le tableau de bord de votre service, ou seulement l’identifiant du formulaire.',
        },
      })[reason],
    local: (): Explained => ({
      title: 'Ce formulaire ne peut être essayé que sur votre propre site.',
      body: 'Ses demandes vont à votre propre site Web, que cette page ne peut pas joindre.',
      fix: 'Après la publication, envoyez-vous une demande depuis votre site et cherchez-la sous Forms dans Netlify.',
    }),
  },

  looksHeading: '3. L’apparence',
  lookLegend: 'Comment le formulaire s’affiche sur votre page',
  looks: {
    intro: {
      label: 'Une introduction, avec le formulaire en dessous',
      about:
        'Une introduction chaleureuse de deux minutes à la thérapie relationnelle, qui se termine par un bouton menant au formulaire.',
    },
    button: {
      label: 'Un bouton qui ouvre le formulaire',
      about: 'Un seul bouton ; le formulaire s’ouvre par-dessus la page quand un visiteur appuie dessus.',
    },
    card: {
      label: 'Une carte de présentation',
      about:
        'Votre nom, votre photo et vos titres, avec un bouton qui ouvre le formulaire : pour un répertoire, ou une page sur votre équipe.',
    },
  },
  lang: 'Langue du formulaire',
  langHint: 'La langue que lisent vos visiteurs.',
  languages: { en: 'English (anglais)', es: 'Español (espagnol)', fr: 'Français' },
  country: 'Où vivent vos clients',
  countryHint: 'Choisit les numéros des lignes d’écoute en situation de crise affichés avec le formulaire.',
  questionsLegend: 'Questions posées par le formulaire',
  questionsHint:
    'Le nom, le courriel et le consentement sont toujours demandés. Cochez les autres questions voulues ; les clients peuvent laisser n’importe laquelle vide.',
  questions: {
    phone: 'Numéro de téléphone',
    'contact-method': 'Comment ils préfèrent être joints (exige le téléphone)',
    message: 'Un court message',
    'client-status': 'Nouveau client ou client qui revient',
    'session-for': 'Pour qui est la thérapie',
    format: 'En personne ou en ligne',
    region: 'Où ils seront pendant les séances (pour le permis d’exercice)',
    payment: 'Assurance ou paiement personnel',
    times: 'Bons moments pour se parler',
    voicemail: 'Si l’on peut laisser un message vocal ou envoyer un texto',
    pronouns: 'Le nom qu’ils utilisent, et leurs pronoms',
    referral: 'Comment ils ont entendu parler de vous',
  },
  regions: 'Où vous avez votre permis d’exercice',
  regionsHint:
    'Codes de province ou d’État séparés par des espaces, par exemple « QC ON ». Les clients en choisissent un.',
  privacy: 'Votre page sur la confidentialité',
  privacyHint: 'Son adresse, en lien sous la case de consentement. Facultatif.',
  contactEmail: 'Courriel de secours (si le formulaire ne fonctionne pas)',
  contactEmailHint:
    'Si votre service de formulaires est en panne ou a atteint sa limite mensuelle, on offre cette adresse aux clients, avec leur demande déjà rédigée. Facultatif.',
  contactPhone: 'Téléphone de secours (si le formulaire ne fonctionne pas)',
  contactPhoneHint: 'Offert dans le même cas, comme numéro à appeler. Facultatif.',
  // What a client decides on
  practiceHeading: 'Ce que votre clientèle veut savoir',
  acceptingLegend: 'Acceptez-vous de nouveaux clients ?',
  acceptingOptions: {
    yes: { label: 'Oui', about: 'Le formulaire propose une consultation gratuite.' },
    waitlist: {
      label: 'J’ai une liste d’attente',
      about:
        'Le bouton et le formulaire invitent à s’inscrire sur votre liste d’attente ; chaque demande l’indique.',
    },
    no: {
      label: 'Pas pour le moment',
      about:
        'Aucun formulaire : il indique que vous n’acceptez pas de nouvelle clientèle et propose votre courriel, votre téléphone et une page de votre choix.',
    },
  },
  elsewhere: 'Une page pour les personnes que vous ne pouvez pas recevoir',
  elsewhereHint: 'Son adresse : votre liste de collègues, ou où trouver un ou une thérapeute. Facultatif.',
  fees: 'Vos tarifs',
  feesHint:
    'Comme vous les diriez, par exemple « 160 $ la séance de 50 minutes ». Sur la carte et près de la question sur le paiement. Facultatif.',
  slidingScale: 'J’offre un tarif selon le revenu',
  slidingScaleHint: 'Indiqué sur la carte.',
  insurance: 'Assurances acceptées',
  insuranceHint:
    'Noms des régimes séparés par des virgules. Sur la carte et près de la question sur le paiement. Facultatif.',
  clinicians: 'Thérapeutes au choix (cliniques de groupe)',
  cliniciansHint:
    'Chacun sous la forme id=Nom, par exemple « ana-ruiz=Ana Ruiz, PsyD » et « kofi-mensah=Kofi Mensah, LCSW », séparés par un point-virgule. Les id utilisent a-z, 0-9 et le trait d’union. La clientèle peut aussi choisir la première personne disponible. Facultatif.',
  accentOwn: 'Utiliser ma propre couleur d’accent',
  accentHint:
    'La couleur des boutons et des liens. Si la case n’est pas cochée, le formulaire garde son vert apaisant, qui convient aux pages claires et sombres.',
  accent: 'Couleur d’accent',

  previewHeading: '4. Aperçu',
  previewIntro:
    'Votre formulaire tel que vos visiteurs le verront, avec vos réglages. Rien de ce qui est tapé dans l’aperçu n’est envoyé.',
  screenLegend: 'Écran',
  phone: 'Téléphone',
  desktop: 'Ordinateur',
  pageLegend: 'Page',
  light: 'Page claire',
  dark: 'Page sombre',
  previewTitle: 'Aperçu de votre formulaire',
  previewNotSent:
    'Ceci est l’aperçu : rien n’a été envoyé. Utilisez « Envoyer une demande d’essai » plus haut pour essayer votre service.',

  codeHeading: '5. Copier le code',
  targetLegend: 'Où allez-vous le coller ?',
  targets: {
    'squarespace-block': 'Squarespace : un bloc de code',
    'squarespace-injection': 'Squarespace : l’injection de code pour tout le site, et un bloc de code',
    'wordpress-admin': 'WordPress : un bloc HTML personnalisé (administrateurs)',
    'wordpress-author': 'WordPress : un bloc HTML personnalisé (auteurs et éditeurs)',
    html: 'Tout autre site : une page HTML',
    'directory-card': 'Un répertoire : une carte par thérapeute',
  },
  where: {
    'squarespace-block:block':
      'Dans l’éditeur de page, ajoutez un bloc de code là où le formulaire doit s’afficher, et collez-y ceci.',
    'squarespace-injection:injection':
      'Une fois pour tout le site : Paramètres, Avancé, Injection de code, En-tête. Collez ceci à cet endroit.',
    'squarespace-injection:block':
      'Puis sur la page : ajoutez un bloc de code là où le formulaire doit s’afficher, et collez-y ceci.',
    'wordpress-admin:block':
      'Ajoutez un bloc HTML personnalisé là où le formulaire doit s’afficher, et collez-y ceci.',
    'wordpress-author:block':
      'Ajoutez un bloc HTML personnalisé là où le formulaire doit s’afficher, et collez-y ceci. Tant que la partie suivante n’est pas sur le site, les visiteurs lisent le texte qu’il contient.',
    'wordpress-author:admin-once':
      'Demandez à la personne qui administre votre site d’ajouter ceci une fois, dans l’en-tête de toutes les pages (par exemple avec une extension de code d’en-tête et de pied de page).',
    'html:head': 'Collez ceci dans le <head> de la page.',
    'html:body': 'Collez ceci là où le formulaire doit s’afficher.',
    'directory-card:card': 'Collez le script une fois par page, puis une carte par thérapeute.',
  },
  copy: 'Copier',
  copied: 'Copié. Collez-le maintenant dans votre site.',
  copyFailed: 'La copie n’a pas fonctionné ici : sélectionnez le code et copiez-le vous-même.',
  netlifyNote:
    'Le formulaire caché à la fin est la copie dont Netlify a besoin pour trouver votre formulaire : gardez-le.',
  authorNote:
    'WordPress retire les champs cachés du bloc d’un auteur : l’objet du courriel n’y est donc pas.',
  hostLegend: 'D’où vient le script',
  hostCdn: 'jsDelivr, un serveur public gratuit (recommandé)',
  hostCdnAbout: (version: string) =>
    `Fixé à la version ${version}, avec son empreinte d’intégrité, pour que les navigateurs refusent toute copie modifiée.`,
  hostSelf: 'Mon propre site Web',
  hostSelfAbout: 'Téléchargez le fichier, téléversez-le sur votre site et indiquez son adresse ci-dessous.',
  download: (file: string) => `Télécharger ${file}`,
  selfUrl: 'Adresse du fichier sur votre site',
  noIntegrity:
    'Cette copie de la page de configuration n’a pas le module compilé à côté d’elle : le code ci-dessous n’a donc pas d’empreinte d’intégrité. Lancez npm run build pour l’obtenir.',
  fallbackText: (email: string, phone: string) =>
    email && phone
      ? `Pour demander une consultation gratuite, écrivez à ${email} ou appelez le ${phone}.`
      : email
        ? `Pour demander une consultation gratuite, écrivez à ${email}.`
        : phone
          ? `Pour demander une consultation gratuite, appelez le ${phone}.`
          : 'Le formulaire de demande de consultation s’affichera ici.',
  commentHead: 'relational-widgets : une fois, dans le head de la page',
  commentBody: 'relational-widgets : là où le formulaire doit s’afficher',
  commentOnce: 'relational-widgets : le script, une fois par page',
  /** Above a directory's card template. */
  commentCard:
    'relational-widgets : une fiche par thérapeute ; remplacez chaque {{…}} par les données de votre répertoire (échappées en HTML)',

  // Added by a native-level review of the Spanish and French wording
  defaultSubject: 'Nouvelle demande de consultation',
  locale: 'fr-CA',

  // Demandes scellées : l’étape « garder les demandes privées » (README, « Sealed requests »)
  seal: {
    heading: 'Garder les demandes privées (facultatif)',
    intro:
      'Votre formulaire peut sceller chaque demande dans le navigateur de la personne, avec une clé que vous seul détenez, avant qu’elle parte. Le service de formulaires, la feuille de calcul et chaque boîte de courriel en chemin ne transportent alors qu’un bloc de lettres que personne d’autre ne peut lire.',
    changes:
      'Ce qui change : le courriel de notification du service ne montre ni nom, ni courriel, ni message, seulement un lien qui ouvre la demande sur une page à vous ; son filtre antipourriel et ses réponses automatiques ne peuvent pas lire les demandes ; une feuille de calcul reçoit une seule colonne scellée ; « répondre » dans la notification n’atteint pas la personne (répondez depuis la demande ouverte).',
    doesNot:
      'Ce que ça ne fait pas : ça ne cache pas que quelqu’un vous a écrit, quand, ni depuis quelle adresse Internet, et l’objet du courriel reste celui que vous avez choisi. Ça ne remplace pas une entente d’associé d’affaires (BAA) avec le service là où la HIPAA s’applique à vous. Ça ne rend rien « conforme à la HIPAA ».',
    loss: 'Le code de récupération est la seule clé. Personne, nous compris, ne peut ouvrir vos demandes sans lui ou sans un appareil que vous avez déverrouillé avec lui. Si vous perdez le code et tous les appareils déverrouillés, toutes les demandes scellées sont perdues pour de bon.',
    make: 'Créer mon code de récupération',
    making: 'Création de votre clé…',
    codeHeading: 'Votre code de récupération',
    codeShownOnce:
      'Il n’est affiché que maintenant. Imprimez-le ou notez-le, et rangez-le avec votre passeport. Quiconque l’a peut lire vos demandes.',
    fingerprint: (print: string) =>
      `Empreinte de la clé : ${print}. L’ouvreur montre la même empreinte quand vous le déverrouillez.`,
    print: 'Ouvrir la page à imprimer',
    printTitle: 'Code de récupération de vos demandes de consultation',
    printMade: (date: string) => `Créé le ${date}.`,
    printOpener: (opener: string) => `Ouvrez les demandes à : ${opener}`,
    confirmLabel: (groups: string) =>
      `Pour vérifier que vous l’avez, tapez les groupes ${groups} de votre code`,
    confirm: 'Activer le scellement',
    confirmWrong:
      'Ce n’est pas ce que dit votre code dans ces groupes. Regardez de nouveau votre page imprimée.',
    on: (print: string) =>
      `Le scellement est activé. Tout le code ci-dessous scelle les demandes avec votre clé (empreinte ${print}).`,
    openerLabel: 'Où vous ouvrirez les demandes (votre page d’ouverture)',
    openerHint:
      'Chaque notification y mène. Téléversez le dossier opener sur votre site si vous hébergez vous-même la page de configuration.',
    off: 'Désactiver le scellement',
    linkKeyIgnored:
      'Le lien qui a ouvert cette page contenait une clé. Elle a été ignorée : cette page ne scelle qu’avec une clé créée à partir d’un code de récupération créé ici.',
    linkEndpoint: (where: string) =>
      `Les demandes iront à ${where} : vérifiez que c’est bien votre propre formulaire. (Cette adresse est venue dans le lien qui a ouvert cette page ; envoyez une demande d’essai pour en être sûr.)`,
  },
};
