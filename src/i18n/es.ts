// Spanish: neutral Latin American, in the formal "usted" a clinical first contact calls for.
// Written for a Spanish-speaking reader, not traced from the English: same meaning, own words.
import type { Catalog } from './catalog.js';

const KEPT = 'Todo lo que escribió sigue aquí';
const BUSY = 'El servidor está recibiendo demasiadas solicitudes.';
const one = (n: number) => new Intl.PluralRules('es').select(n) === 'one';
const success = (how: string, minutes: number) =>
  `${how} para coordinar su consulta gratuita de ${minutes} minutos. Si en dos días hábiles no ha recibido nada, revise su carpeta de correo no deseado o comuníquese por otra vía.`;

export const es: Catalog = {
  required: '(obligatorio)',
  nameLabel: 'Su nombre',
  emailLabel: 'Correo electrónico',
  phoneLabel: 'Teléfono',
  contactLegend: '¿Cómo prefiere que nos comuniquemos con usted?',
  contactEmail: 'Correo electrónico',
  contactPhone: 'Llamada telefónica',
  contactText: 'Mensaje de texto',
  messageLabel: 'Mensaje',
  messageHint: 'Opcional. Le pedimos no incluir detalles clínicos ni de salud: podrá hablar de eso en la consulta.',
  countUnit: ' caracteres',
  charactersLeft: ({ count }) => `Quedan menos de ${count} caracteres.`,
  limitReached: 'Alcanzó el límite de caracteres.',
  privacyLink: 'Aviso de privacidad (se abre en una pestaña nueva)',
  consentLabel: 'Acepto que se comuniquen conmigo sobre esta solicitud.',
  honeypotLabel: 'Deje este campo vacío',
  submit: 'Enviar solicitud',
  sending: 'Enviando…',
  retry: 'Volver a intentar',
  statusSending: 'Enviando su solicitud…',
  statusSent: 'Su solicitud fue enviada.',
  statusRetryNow: 'Ya puede volver a intentarlo.',
  checkFields: 'Revise los campos señalados arriba.',
  consultTitle: ({ minutes }) => `Solicite una consulta gratuita de ${minutes} minutos`,
  close: 'Cerrar',
  configMessage:
    'Este formulario de contacto aún no está configurado. Para quien administra el sitio: escriba en su atributo {endpoint} una dirección https:// o una ruta de este sitio.',
  successTitle: 'Gracias. Su solicitud fue enviada.',
  successByEmail: ({ minutes }) => success('Recibirá una respuesta por correo electrónico', minutes),
  successByPhone: ({ minutes }) => success('Recibirá una llamada', minutes),
  successByText: ({ minutes }) => success('Recibirá un mensaje de texto', minutes),
  nameRequired: 'Escriba su nombre, por favor.',
  emailInvalid: 'Revise este correo electrónico (por ejemplo, nombre@ejemplo.com).',
  emailRequired: 'Escriba su correo electrónico para que podamos responderle.',
  phoneInvalid: 'Escriba un número de teléfono de 7 a 15 dígitos.',
  phoneRequired: 'Escriba un número de teléfono para que podamos llamarle o enviarle un mensaje.',
  consentRequired: 'Marque esta casilla para que podamos comunicarnos con usted.',
  offline: `Parece que no tiene conexión. ${KEPT} y se enviará en cuanto vuelva la conexión.`,
  timeout: `El servidor tardó demasiado en responder. ${KEPT}; inténtelo de nuevo.`,
  unreachable: `No pudimos comunicarnos con el servidor. ${KEPT}; revise su conexión e inténtelo de nuevo.`,
  busyNow: `${BUSY} ${KEPT}; ya puede intentarlo de nuevo.`,
  busySeconds: ({ seconds }) => `${BUSY} ${KEPT}; podrá intentarlo de nuevo en ${seconds} ${one(seconds) ? 'segundo' : 'segundos'}.`,
  // "a la 1:05", "a las 3:05": the article agrees with the hour.
  busyUntil: ({ time }) => `${BUSY} ${KEPT}; podrá intentarlo de nuevo ${/^0?1\D/.test(time) ? 'a la' : 'a las'} ${time}.`,
  httpError: ({ status }) => `El servidor no pudo procesar su solicitud (error ${status}). ${KEPT}; inténtelo de nuevo.`,
  crisisTitle: 'Este formulario no es para emergencias.',
  crisisHelp: 'Si está en crisis o piensa en hacerse daño, {lines}, o llame al {emergency}.',
  crisisCall: 'llame al {number} ({name})',
  crisisCallAndText: 'llame al {number} o envíe un mensaje de texto al {text} ({name})',
  crisisLocal: 'Si está en crisis o piensa en hacerse daño, llame ahora mismo al número de emergencias de su país.',
  summary: {
    title: 'Sanar a través de la relación',
    lead:
      '¿Vuelven una y otra vez los mismos sentimientos con su pareja, con una amistad o incluso en el trabajo? Quizá se aleja ' +
      'justo cuando más desea cercanía, o busca a personas que parecen estar siempre fuera de su alcance. Estos patrones ' +
      'rara vez son casuales: nacen de nuestras primeras experiencias emocionales y siguen apareciendo en el presente. La ' +
      'terapia relacional se fija en lo que ocurre entre las personas, no solo dentro de usted.',
    sections: [
      {
        heading: 'Del diván al vínculo',
        paragraphs: [
          'El psicoanálisis clásico estudiaba el mundo interior (las pulsiones inconscientes, la infancia, los conflictos) ' +
            'desde la mirada de un terapeuta neutral que interpretaba a distancia. La teoría relacional, un enfoque ' +
            'psicodinámico contemporáneo, sostiene que crecemos en relación con otros, no en aislamiento.',
          'En terapia, usted encuentra a una persona real, atenta y receptiva, con verdadero interés por lo que sucede entre ' +
            'ustedes. Ahí los viejos patrones se hacen visibles y nuevas formas de relacionarse pueden echar raíces.',
        ],
      },
      {
        heading: 'Qué la hace distinta',
        paragraphs: ['La sanación ocurre en el vínculo. El trabajo relacional presta especial atención a:'],
        pillars: [
          {
            name: 'La mutualidad',
            text: 'Su terapeuta no es una pantalla en blanco: la relación que construyen juntos forma parte de la sanación.',
          },
          {
            name: 'El aquí y ahora',
            text:
              'Los viejos patrones cobran vida en la sesión: si teme al rechazo, quizá espere que le juzguen; si suele ocuparse ' +
              'de los demás, quizá deje de lado lo que usted necesita. Se exploran con curiosidad y cuidado, sin culpas.',
          },
          {
            name: 'La subjetividad del terapeuta',
            text:
              'Su terapeuta reflexiona sobre sus propias reacciones emocionales y aspira a la honestidad y al cuidado ético, ' +
              'no a una neutralidad perfecta.',
          },
        ],
      },
      {
        heading: 'Cómo ayuda',
        paragraphs: [
          'No se trata solo de entender, sino de vivir algo distinto. Usted descubre lo que es:',
          'Con el tiempo, también fuera de la consulta, se vuelve más fácil pedir lo que necesita, dejar que otras personas se ' +
            'acerquen sin miedo y tratarse con compasión.',
        ],
        points: [
          'encontrar acogida en lugar de juicio;',
          'recibir empatía en lugar de silencio;',
          'que sus sentimientos se acepten como válidos, no como “demasiado” ni “muy poco”.',
        ],
      },
      {
        heading: 'Por qué importa',
        paragraphs: [
          'Muchas personas viven su ansiedad, su depresión, sus dificultades de pareja o su baja autoestima como defectos ' +
            'personales. La teoría relacional ve en esas dificultades el fruto de necesidades tempranas que no fueron ' +
            'atendidas. No se trata de patologizar, sino de comprender, sentir y relacionarse de otra manera. No hay ' +
            'soluciones rápidas: el cambio es más profundo y se apoya en la seguridad, la curiosidad y la conexión.',
        ],
      },
      {
        heading: 'Exploremos esto juntos',
        paragraphs: [
          'Si busca una terapia que vaya más allá de las técnicas para sobrellevar el malestar y le ayude a cambiar patrones ' +
            'muy arraigados, este enfoque puede ser para usted. Una consulta gratuita de {minutes} minutos es un primer paso ' +
            'sin presiones. No tiene que resolverlo a solas.',
        ],
      },
    ],
  },
  approach: 'Terapia psicodinámica relacional: cambiar viejos patrones a través de una relación estable y atenta.',
  ctaLabel: ({ minutes }) => `Reserve una consulta gratuita de ${minutes} minutos`,
  moreLabel: 'Leer la introducción completa',
};
