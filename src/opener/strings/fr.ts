// Les mots de l'ouvreur, en français (canadien).
import type { Catalog } from './en.js';

export const fr: Catalog = {
  title: 'Ouvrir les demandes scellées',
  intro:
    'Cette page ouvre les demandes de consultation que votre formulaire a scellées avec votre clé. Elle n’envoie rien nulle part et ne charge rien d’ailleurs : ce que vous ouvrez reste sur cet appareil.',

  unlockHeading: 'Déverrouiller avec votre code de récupération',
  codeLabel: 'Code de récupération',
  codeHint:
    '56 lettres et chiffres en groupes de quatre, tirés de la page imprimée lors de la configuration du scellement. Les espaces, les tirets et les majuscules n’ont pas d’importance.',
  keep: 'Garder la clé sur cet appareil, pour ne pas retaper le code la prochaine fois',
  keepHint:
    'Le navigateur garde la clé, et elle ne peut pas en être copiée. Toute personne qui utilise ce navigateur pourra ouvrir vos demandes : choisissez ceci seulement sur un appareil qui n’est qu’à vous.',
  unlock: 'Déverrouiller',
  unlocking: 'Déverrouillage…',
  badCode:
    'Ce n’est pas un code de récupération : comparez chaque groupe de quatre avec votre page imprimée. (Une faute de frappe est détectée ici, avant toute ouverture.)',
  unlocked: ({ fingerprint }: { fingerprint: string }) =>
    `Déverrouillé. Empreinte de la clé : ${fingerprint}. Vérifiez que c’est celle de votre page imprimée.`,
  kept: 'La clé est gardée sur cet appareil.',
  keptNotPersistent:
    'La clé est gardée sur cet appareil, mais le navigateur n’a pas promis de conserver son stockage : il peut l’effacer s’il manque d’espace, ou après des jours sans visite (Safari). Gardez votre code imprimé.',
  forget: 'Oublier la clé sur cet appareil',
  forgotten:
    'La clé n’est plus sur cet appareil. Votre code de récupération ouvre toujours toutes les demandes.',

  requestHeading: 'Ouvrir une demande',
  pasteLabel: 'Collez la demande',
  pasteHint:
    'Le courriel de notification au complet, ou seulement son id et le texte scellé. Les marques de citation (>) et les lignes coupées par votre logiciel de courriel n’ont pas d’importance. Un lien de notification s’ouvre ici tout seul.',
  open: 'Ouvrir',
  lockedFirst: 'Déverrouillez d’abord avec votre code de récupération; la demande s’ouvrira ensuite.',
  notFound:
    'Il n’y a pas de demande scellée dans ce que vous avez collé. Collez la notification au complet, ou le texte qui suit « sealed ».',
  noId: 'L’id de la demande manque, et il faut l’avoir pour l’ouvrir. Collez la notification avec sa ligne « id », ou utilisez son lien.',
  doesNotOpen: ({ fingerprint }: { fingerprint: string }) =>
    `Cette demande ne s’ouvre pas. Soit elle a été modifiée en chemin (son id ou une lettre du texte scellé), soit elle a été scellée avec une autre clé que celle-ci (${fingerprint}). Au besoin, demandez à la personne de l’envoyer de nouveau.`,
  idMismatch:
    'L’id scellé dans cette demande n’est pas l’id avec lequel elle est arrivée. Elle a peut-être été altérée : ne vous y fiez pas.',
  opened: ({ name }: { name: string }) => `Demande de ${name}, ouverte.`,

  submitted: 'Envoyée',
  page: 'Depuis la page',
  language: 'Langue',
  hidden: 'Champs cachés',
  requestId: 'Id de la demande (vérifié)',
  yes: 'Oui',
  no: 'Non',
  replyByEmail: 'Répondre par courriel',
  replySubject: 'Votre demande de consultation',
  call: 'Appeler',
};
