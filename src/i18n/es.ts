// Spanish: neutral Latin American, in the formal "usted" a clinical first contact calls for.
// Written for a Spanish-speaking reader, not traced from the English: same meaning, own words.
import type { Catalog } from './catalog.js';

// Made when a sentence needs it (a retry's wait), not when the module loads (see en.ts).
const isOne = (n: number): boolean => new Intl.PluralRules('es').select(n) === 'one';
const KEPT = 'Todo lo que escribió sigue aquí';
const BUSY = 'El servidor está recibiendo demasiadas solicitudes.';
const BY = {
  email: 'una respuesta por correo electrónico',
  phone: 'una llamada',
  text: 'un mensaje de texto',
};

export const es: Catalog = {
  ctaLabel: ({ minutes }) => `Reserve una consulta gratuita de ${minutes} minutos`,
  readMore: 'Leer la introducción completa',
  approach:
    'Terapia psicodinámica relacional: cambiar viejos patrones a través de una relación constante y en sintonía.',
  dialogTitle: ({ minutes }) => `Solicite una consulta gratuita de ${minutes} minutos`,
  dialogClose: 'Cerrar',
  crisisTitle: 'Este formulario no es para emergencias.',
  crisisHelp: 'Si está en crisis o piensa en hacerse daño, {lines}, o llame al {emergency}.',
  crisisCall: 'llame al {number} ({name})',
  crisisCallAndText: 'llame al {number} o envíe un mensaje de texto al {text} ({name})',
  crisisLineNames: { US: 'Línea 988 de Prevención del Suicidio y Crisis' },
  crisisLocal:
    'Si está en crisis o piensa en hacerse daño, llame ahora mismo al número de emergencias de su país.',
  required: '(obligatorio)',
  nameLabel: 'Su nombre',
  emailLabel: 'Correo electrónico',
  phoneLabel: 'Teléfono',
  contactMethodLabel: '¿Cómo prefiere que nos comuniquemos con usted?',
  contactMethodOptions: {
    email: 'Correo electrónico',
    phone: 'Llamada telefónica',
    text: 'Mensaje de texto',
  },
  preferredNameLabel: 'Nombre que usa, si es distinto',
  pronounsLabel: 'Pronombres',
  voicemailOkLabel: 'Pueden dejarme un mensaje de voz',
  textOkLabel: 'Pueden enviarme mensajes de texto',
  timesLabel: 'Mejores horarios para contactarle',
  timesOptions: {
    mornings: 'Por la mañana',
    afternoons: 'Por la tarde',
    evenings: 'Por la noche',
    weekends: 'Fines de semana',
  },
  clientStatusLabel: '¿Ha consultado aquí antes?',
  clientStatusOptions: { new: 'No, es la primera vez', returning: 'Sí, ya he consultado aquí' },
  sessionForLabel: '¿Para quién es la terapia?',
  sessionForOptions: {
    individual: 'Para mí',
    couple: 'Para mi pareja y yo',
    family: 'Para nuestra familia',
    child: 'Para mi hijo o hija',
  },
  formatLabel: '¿Cómo prefiere las sesiones?',
  formatOptions: { 'in-person': 'En persona', online: 'En línea', either: 'Cualquiera de las dos' },
  regionLabel: '¿Dónde estará durante las sesiones?',
  regionHint: 'Los terapeutas solo pueden atender donde tienen licencia.',
  paymentLabel: '¿Cómo prefiere pagar?',
  paymentOptions: {
    insurance: 'Con seguro médico',
    'self-pay': 'Por cuenta propia',
    'sliding-scale': 'Tarifa reducida según ingresos',
    unsure: 'Aún no lo sé',
  },
  insurerLabel: 'Aseguradora',
  insurerHint: 'Solo el nombre, por favor: sin número de afiliado.',
  referralLabel: '¿Cómo supo de este consultorio?',
  referralOptions: {
    search: 'Una búsqueda en internet',
    directory: 'Un directorio de terapeutas',
    friend: 'Un amigo, una amiga o un familiar',
    clinician: 'Un médico u otro profesional de la salud',
    insurer: 'Mi seguro médico',
    other: 'Otro medio',
  },
  choose: 'Elija…',
  messageLabel: 'Mensaje',
  messageHint:
    'Opcional. Le pedimos que no incluya detalles clínicos ni de salud: podrá hablar de eso en la consulta.',
  messageCount: ({ used, max }) => `${used} / ${max}`,
  messageCountUnit: 'caracteres',
  messageNearLimit: ({ under }) => `Quedan menos de ${under} caracteres.`,
  messageFull: 'Alcanzó el límite de caracteres.',
  consentLabel: 'Acepto que se comuniquen conmigo sobre esta solicitud.',
  privacyLink: 'Política de privacidad (se abre en una pestaña nueva)',
  honeypotLabel: 'Deje este campo vacío',
  nameMissing: 'Escriba su nombre, por favor.',
  emailMissing: 'Escriba su correo electrónico para que podamos responderle.',
  emailInvalid: 'Revise este correo electrónico (por ejemplo, nombre@ejemplo.com).',
  phoneMissing: 'Escriba un número de teléfono para que podamos llamarle o enviarle un mensaje.',
  phoneInvalid: ({ min, max }) => `Escriba un número de teléfono de ${min} a ${max} dígitos.`,
  consentMissing: 'Marque esta casilla para que podamos comunicarnos con usted.',
  checkFields: 'Revise los campos señalados arriba.',
  submit: 'Enviar solicitud',
  submitSending: 'Enviando…',
  submitRetry: 'Volver a intentar',
  sending: 'Enviando su solicitud…',
  sent: 'Su solicitud fue enviada.',
  canRetryNow: 'Ya puede volver a intentarlo.',
  failedOffline: `Parece que no tiene conexión. ${KEPT} y se enviará en cuanto se restablezca.`,
  failedTimeout: `El servidor tardó demasiado en responder. ${KEPT}; inténtelo de nuevo.`,
  failedNetwork: `No recibimos respuesta del servidor, así que es posible que su solicitud no haya llegado. ${KEPT}; revise su conexión e inténtelo de nuevo.`,
  tooLarge: `Su solicitud es demasiado larga para enviarla. Acorte la respuesta marcada arriba; ${KEPT.toLowerCase()}.`,
  fieldTooLong: 'Acorte esta respuesta, por favor.',
  deadEnd: `No pudimos entregar su solicitud, y volver a intentarlo no servirá por ahora. ${KEPT}.`,
  deadEndUnsure: `Seguimos sin recibir respuesta, así que es posible que su solicitud no haya llegado. ${KEPT}.`,
  emailInstead: 'Enviar la solicitud por correo electrónico',
  emailInsteadHint: ({ email }) => `Abre su aplicación de correo con un mensaje para ${email}.`,
  callInstead: ({ phone }) => `Llamar al ${phone}`,
  mailSubject: ({ name }) => (name ? `Solicitud de consulta de ${name}` : 'Solicitud de consulta'),
  mailGreeting: ({ minutes }) => `Hola, me gustaría solicitar una consulta gratuita de ${minutes} minutos.`,
  mailShortened: '[Mensaje acortado; el texto completo sigue en el formulario.]',
  failedHttp: ({ status }) =>
    `El servidor no pudo procesar su solicitud (error ${status}). ${KEPT}; inténtelo de nuevo.`,
  rateLimitedNow: `${BUSY} ${KEPT}; ya puede intentarlo de nuevo.`,
  rateLimitedFor: ({ wait }) =>
    `${BUSY} ${KEPT}; podrá intentarlo de nuevo en ${wait} ${isOne(wait) ? 'segundo' : 'segundos'}.`,
  rateLimitedUntil: ({ at, locale }) => {
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at);
    // "a la 1:05", "a las 3:05": the article agrees with the hour.
    return `${BUSY} ${KEPT}; podrá intentarlo de nuevo ${/^0?1\D/.test(time) ? 'a la' : 'a las'} ${time}.`;
  },
  successTitle: 'Gracias. Su solicitud fue enviada.',
  successNext: ({ minutes, by }) =>
    `Recibirá ${BY[by]} para coordinar su consulta gratuita de ${minutes} minutos. Si en dos días hábiles no ha recibido nada, revise su carpeta de correo no deseado o comuníquese por otra vía.`,
  // accepting, fees and insurance, the Good Faith Estimate, clinicians, the client's copy
  waitlistTitle: 'Anotarse en la lista de espera',
  waitlistNote: 'Hay una lista de espera. Anótese para que le contacten cuando haya un espacio.',
  waitlistDone: 'Gracias. Ya está en la lista de espera.',
  waitlistMail: 'Hola, me gustaría anotarme en su lista de espera.',
  waitlistNext:
    'Le contactarán cuando haya un espacio; por ahora nadie puede decir cuándo. Si necesita ayuda antes, comuníquese también con otro u otra terapeuta.',
  closed: 'En este momento no se están recibiendo pacientes nuevos.',
  closedEmail: ({ email }) => `Escribir a ${email}`,
  closedElsewhere: 'Otras formas de encontrar terapeuta',
  feesFact: ({ fees }) => `Honorarios: ${fees}`,
  insuranceFact: ({ plans }) => `Seguros aceptados: ${plans}`,
  estimateTitle: 'Usted tiene derecho a recibir una Estimación de Buena Fe (Good Faith Estimate).',
  estimateText:
    '¿No usará seguro médico? Puede pedir una estimación por escrito de sus costos al programar su cita o en cualquier momento. Una factura que supere la estimación en 400 dólares o más se puede disputar. Vea {link} (en inglés y español).',
  clinicianLabel: '¿Con quién le gustaría atenderse?',
  clinicianOptions: { any: 'Con quien tenga disponibilidad primero' },
  sentForClinician: ({ name }) => `Pidió atenderse con ${name}.`,
  sentForAny: 'Pidió atenderse con quien tenga disponibilidad primero.',
  copyPrint: 'Imprimir una copia',
  copySave: 'Guardar una copia',
  copyFile: 'solicitud-de-consulta.txt',
  copyHeading: ({ when }) => `Solicitud de consulta, ${when}`,

  configEndpoint:
    'Este formulario de contacto aún no está configurado. Para quien administra el sitio: escriba en su atributo “endpoint” una dirección https:// o una ruta de este sitio.',
  // Tarjetas de directorio y llamada a la acción de la introducción: si se aceptan pacientes
  // nuevos (`accepting`) y los datos con que se decide.
  introAccepting: {
    yes: 'Acepta pacientes nuevos',
    waitlist: 'Lista de espera abierta',
    no: 'No acepta pacientes nuevos',
  },
  introClosedLink: 'Otras formas de contacto',
  cardFacts: {
    fees: 'Honorarios',
    insurance: 'Seguros',
    languages: 'Idiomas',
    formats: 'Modalidad',
    specialties: 'Especialidades',
  },
  dialogTitleWith: ({ minutes, name }) => `Solicite una consulta gratuita de ${minutes} minutos con ${name}`,

  // Added by a native-level review of the Spanish and French wording. 988's Spanish line: src/shared/crisis.ts gives the source.
  crisisLineNotes: {
    US: 'Para recibir ayuda en español, llame al {number} y oprima el 2, o envíe la palabra AYUDA por mensaje de texto al {text}.',
  },
  regionNames: {
    'US-DC': 'Distrito de Columbia',
    'US-HI': 'Hawái',
    'US-LA': 'Luisiana',
    'US-MS': 'Misisipi',
    'US-NJ': 'Nueva Jersey',
    'US-NM': 'Nuevo México',
    'US-NY': 'Nueva York',
    'US-NC': 'Carolina del Norte',
    'US-ND': 'Dakota del Norte',
    'US-PA': 'Pensilvania',
    'US-SC': 'Carolina del Sur',
    'US-SD': 'Dakota del Sur',
    'US-WV': 'Virginia Occidental',
    'CA-BC': 'Columbia Británica',
    'CA-NB': 'Nuevo Brunswick',
    'CA-NL': 'Terranova y Labrador',
    'CA-NS': 'Nueva Escocia',
    'CA-PE': 'Isla del Príncipe Eduardo',
    'CA-NT': 'Territorios del Noroeste',
    'CA-YT': 'Yukón',
    'AU-ACT': 'Territorio de la Capital Australiana',
    'AU-NSW': 'Nueva Gales del Sur',
    'AU-NT': 'Territorio del Norte',
    'AU-SA': 'Australia Meridional',
    'AU-WA': 'Australia Occidental',
  },
  mailAnswer: ({ label, answer }) => `${label}${label.endsWith('?') ? '' : ':'} ${answer}`,
  summary: {
    title: 'Sanar a través de la relación',
    lead:
      '¿Vuelven una y otra vez los mismos sentimientos con su pareja, con una amistad o incluso en el trabajo? Quizá se aleja ' +
      'justo cuando más desea cercanía, o busca a personas que parecen estar siempre fuera de su alcance. Estos patrones ' +
      'rara vez son casuales: nacen de nuestras primeras experiencias emocionales y siguen apareciendo en el presente. La ' +
      'terapia relacional se fija en lo que ocurre entre las personas, no solo dentro de usted.',
    sections: [
      {
        slot: 'shift',
        heading: 'Del diván al vínculo',
        paragraphs: [
          'El psicoanálisis clásico estudiaba el mundo interior (las pulsiones inconscientes, la infancia, los conflictos) ' +
            'desde la mirada de un terapeuta neutral que interpretaba a distancia. La teoría relacional, un enfoque ' +
            'psicodinámico contemporáneo, sostiene que crecemos en relación con otros, no en aislamiento.',
          'En terapia, usted encuentra a una persona real, en sintonía con usted y receptiva, con verdadero interés por lo ' +
            'que sucede entre ambos. Ahí los viejos patrones se hacen visibles y nuevas formas de relacionarse pueden echar ' +
            'raíces.',
        ],
      },
      {
        slot: 'different',
        heading: 'Qué la hace distinta',
        paragraphs: ['Lo que sana ocurre en el vínculo. El trabajo relacional presta especial atención a:'],
        pillars: [
          {
            name: 'La mutualidad',
            text: 'Su terapeuta no es una pantalla en blanco: la relación que usted y su terapeuta construyen forma parte de lo que sana.',
          },
          {
            name: 'El aquí y ahora',
            text:
              'Los viejos patrones cobran vida en la sesión: si teme al rechazo, quizá tema que su terapeuta le juzgue; si suele ' +
              'ocuparse de los demás, quizá deje de lado sus propias necesidades. Se exploran con curiosidad y cuidado, sin reproches.',
          },
          {
            name: 'La subjetividad del terapeuta',
            text:
              'Su terapeuta reflexiona sobre sus propias reacciones emocionales y aspira a la honestidad emocional y a un uso ' +
              'ético de su propia persona, no a una neutralidad perfecta.',
          },
        ],
      },
      {
        slot: 'helps',
        heading: 'Cómo ayuda',
        paragraphs: [
          'No se trata solo de entender, sino de vivir algo distinto. Usted descubre lo que es:',
          'Con el tiempo, no solo en terapia sino en su vida, se vuelve más fácil pedir lo que necesita, permitir la cercanía ' +
            'sin miedo y tratarse con compasión.',
        ],
        points: [
          'encontrar acogida en lugar de juicio;',
          'recibir empatía en lugar de silencio;',
          'que sus sentimientos se acepten como válidos, no como “demasiado” ni como “insuficientes”.',
        ],
      },
      {
        slot: 'matters',
        heading: 'Por qué importa',
        paragraphs: [
          'Muchas personas viven su ansiedad, su depresión, sus dificultades en las relaciones o su baja autoestima como ' +
            'defectos personales. La teoría relacional ve en esas dificultades, a menudo, el fruto de necesidades emocionales ' +
            'tempranas que no fueron atendidas. No se trata de patologizar, sino de comprender, sentir y relacionarse de otra ' +
            'manera. No hay ' +
            'soluciones rápidas: el cambio es más profundo y se apoya en la seguridad, la curiosidad y la conexión.',
        ],
      },
      {
        slot: 'closing',
        heading: 'Exploremos esto en conjunto',
        paragraphs: [
          'Si busca una terapia que vaya más allá de las técnicas para sobrellevar el malestar y le ayude a cambiar patrones ' +
            'muy arraigados, este enfoque puede ser para usted. Una consulta gratuita de {minutes} minutos es un primer paso ' +
            'sin presiones. No tiene que resolverlo a solas.',
        ],
      },
    ],
  },
};
