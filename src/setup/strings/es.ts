// Las palabras de la página de configuración, en español (neutro, latinoamericano).
import type { Catalog, Explained } from './en.js';

export const es: Catalog = {
  title: 'Configure su formulario de consulta',
  intro:
    'Complete los pasos de abajo; la vista previa muestra el formulario como lo verán sus visitantes. Al final, copie el código para su sitio web. Nada de lo que escriba aquí sale de esta página, salvo la solicitud de prueba que usted decida enviar.',
  pageLanguage: 'Idioma de esta página',
  saved:
    'Su configuración se guarda en la dirección de esta página (después del #). Agregue la página a sus marcadores para volver a ella; no se guarda en ningún otro lugar.',
  optional: 'Opcional.',

  aboutHeading: '1. Sobre usted',
  name: 'Su nombre',
  nameHint: 'El nombre con el que le conocen sus clientes, por ejemplo “Ana Ruiz”.',
  credentials: 'Títulos',
  credentialsHint: 'Por ejemplo “PsyD, LMFT”. Opcional.',
  practice: 'Nombre del consultorio',
  location: 'Dónde atiende',
  locationHint: 'Una ciudad, o “En línea”. Opcional.',
  photo: 'Foto',
  photoHint:
    'La dirección de una foto que ya está en su sitio web (empieza con https://). Se muestra en la tarjeta. Opcional.',
  minutes: 'Duración de la consulta gratuita, en minutos',
  minutesHint: 'Aparece en el botón y en el mensaje que ven los clientes después de enviar.',

  serviceHeading: '2. A dónde van las solicitudes',
  serviceIntro:
    'Cada solicitud que envía un cliente va a un servicio de formularios o a su propio servidor, que se la manda por correo o la guarda. Elija el que usa.',
  serviceLegend: 'Su servicio de formularios',
  services: {
    formspree: {
      label: 'Formspree',
      about:
        'Le envía cada solicitud por correo. Pegue el enlace del formulario (https://formspree.io/f/…) o solo su identificador.',
      field: 'Enlace o identificador del formulario de Formspree',
    },
    'apps-script': {
      label: 'Google Apps Script (las solicitudes llegan a una hoja de cálculo de Google)',
      about:
        'Pegue la dirección de la aplicación web (termina en /exec). Enviamos las solicitudes como un formulario simple, porque las aplicaciones web de Google no responden a la verificación de permiso que hacen los navegadores antes de cualquier otro tipo de solicitud.',
      field: 'Dirección de la aplicación web',
    },
    netlify: {
      label: 'Netlify Forms (su sitio está en Netlify)',
      about:
        'Las solicitudes van a su propio sitio y Netlify las guarda. El código incluye la copia oculta del formulario que Netlify necesita para encontrarlo.',
      field: 'Nombre del formulario en Netlify',
    },
    basin: {
      label: 'Basin',
      about:
        'Le envía cada solicitud por correo. Pegue el enlace del formulario (https://usebasin.com/f/…) o su identificador. En la configuración de spam de Basin, asigne el nombre _gotcha al campo trampa (honeypot).',
      field: 'Enlace o identificador del formulario de Basin',
    },
    own: {
      label: 'Mi propio servidor',
      about:
        'Para un servidor que un desarrollador administra por usted: pegue su dirección https://. Debe permitir que su sitio le envíe datos (CORS).',
      field: 'Dirección del servidor',
    },
  },
  netlifyHint: 'Letras, números y guiones. Déjelo vacío para usar “consultation”.',
  encodingLegend: 'Cómo se envían las solicitudes',
  encodingJson: 'Como JSON, lo que esperan la mayoría de los servidores',
  encodingForm: 'Como un formulario simple, que no necesita verificación de permiso',
  appsScriptWhere:
    'El script para su hoja de cálculo de Google: abra la hoja, luego Extensiones, Apps Script, pegue esto e impleméntelo como aplicación web (Ejecutar como: Yo; Quién tiene acceso: Cualquier usuario). Luego pegue abajo la dirección de la aplicación web.',
  subject: 'Asunto de los correos que recibe',
  subjectHint: 'Formspree y Basin lo ponen en cada correo.',

  testHeading: 'Enviar una solicitud de prueba',
  testIntro:
    'Envíe una solicitud, marcada como prueba, a su servicio real, para saber que funciona antes de que un cliente lo necesite. Su campo de nombre dice “Prueba desde la página de configuración”.',
  testButton: 'Enviar una solicitud de prueba',
  testing: 'Enviando la solicitud de prueba…',
  testName: 'Prueba desde la página de configuración',
  testMessage:
    'Una solicitud de prueba enviada desde la página de configuración de relational-widgets. Nadie espera respuesta.',
  fix: 'Qué hacer:',
  switchToForm: 'Enviar como formulario simple',
  switched:
    'Listo: ahora las solicitudes se envían como formulario simple. Envíe la prueba otra vez para comprobarlo.',
  formspreeSpam:
    '¿Nada en su bandeja de entrada después de unos minutos? Revise la carpeta de spam de Formspree. Con “Restrict to Domain” activado, Formspree archiva como spam las solicitudes de otros sitios, incluida esta página. Se guía por la dirección que envía el navegador, así que en un sitio cuya Referrer-Policy es no-referrer o same-origin, o para un visitante que usa Brave, también pueden terminar allí solicitudes reales.',
  diagnosis: {
    delivered: (status: number, time: string, seconds: string, via?: string): Explained => ({
      title: 'Funciona: la solicitud de prueba llegó.',
      body: `Su servicio respondió ${status} a las ${time}, después de ${seconds} segundos.${via ? ` Pasó la solicitud a ${via}, como hace Google Apps Script; está bien.` : ''}`,
      fix: 'Busque “Prueba desde la página de configuración” en su correo o en su hoja, y luego copie el código de abajo.',
    }),
    redirect: (to: string): Explained => ({
      title: 'El servicio devolvió una página web en lugar de una respuesta.',
      body: `Llevó al navegador a una página de ${to}, como hace un servicio con un formulario web común o una página de inicio de sesión. A sus clientes se les diría que la solicitud se envió, pero puede que no haya llegado.`,
      fix: 'Para Formspree o Basin, revise el enlace del formulario. Para Google Apps Script, vuelva a implementar la aplicación web con “Quién tiene acceso: Cualquier usuario”.',
    }),
    html: (status: number): Explained => ({
      title: 'El servicio respondió con una página web.',
      body: `Respondió ${status} con una página web (una página de error, de inicio de sesión o la página principal) en lugar de una confirmación breve.`,
      fix: 'Compruebe que la dirección sea la del formulario, no la de una página.',
    }),
    preflight: (status: number): Explained => ({
      title: 'Su servicio no responde a la verificación de permiso del navegador.',
      body: `Antes de enviar una solicitud como JSON, el navegador pide permiso al servidor. El suyo no respondió, así que esa solicitud nunca salió. Enviada como formulario simple, que no necesita permiso, sí llegó (respuesta ${status}).`,
      fix: 'Envíe las solicitudes como formulario simple: un clic abajo.',
    }),
    cors: (): Explained => ({
      title: 'Su servidor respondió, pero no a otros sitios web.',
      body: 'El servidor está ahí, pero su respuesta no da permiso a otros sitios para leerla (el encabezado CORS), así que el formulario les diría a los clientes que su solicitud falló, aunque haya llegado.',
      fix: 'Pida a quien administra el servidor que envíe Access-Control-Allow-Origin con la dirección de su sitio y que responda a las solicitudes OPTIONS.',
    }),
    unreachable: (): Explained => ({
      title: 'No hubo respuesta en esta dirección.',
      body: 'La conexión fue rechazada, o la dirección no existe.',
      fix: 'Revise que la dirección no tenga errores de escritura y que el servidor esté funcionando.',
    }),
    'not-found': (status: number): Explained => ({
      title: 'No hay ningún formulario en esta dirección.',
      body: `El servicio respondió ${status} (no encontrado): probablemente el identificador del formulario está mal escrito, o el formulario fue eliminado.`,
      fix: 'Copie otra vez el enlace del formulario desde el panel de su servicio y péguelo aquí.',
    }),
    forbidden: (status: number, code?: string): Explained => ({
      title: 'El servicio rechazó la solicitud.',
      body: `Respondió ${status}${code ? ` (${code})` : ''}: el formulario está bloqueado o desactivado, o solo acepta solicitudes de otro sitio web.`,
      fix: 'En el panel de su servicio, compruebe que el formulario esté activo y que la dirección de su sitio esté permitida.',
    }),
    rate: (status: number): Explained => ({
      title: 'Por ahora el servicio está rechazando solicitudes.',
      body: `Respondió ${status}: demasiadas solicitudes, o se agotó el límite mensual de su plan.`,
      fix: 'Revise el límite de su plan en el panel del servicio. Hasta que se renueve, a los clientes se les ofrece el correo o teléfono que indique abajo, si indica uno.',
    }),
    invalid: (status: number, messages: string[]): Explained => ({
      title: 'El servicio no aceptó la solicitud de prueba.',
      body: `Respondió ${status}${messages.length ? `: “${messages.join(' ')}”` : ''}.`,
      fix: 'Si pide un campo que el formulario no envía, quite esa regla en la configuración del formulario de su servicio.',
    }),
    server: (status: number): Explained => ({
      title: 'El servidor tuvo un problema.',
      body: `Respondió ${status}, un error del lado del servidor.`,
      fix: 'Inténtelo de nuevo en unos minutos; si sigue pasando, contacte al servicio.',
    }),
    http: (status: number): Explained => ({
      title: 'El servicio dio una respuesta inesperada.',
      body: `Respondió ${status}.`,
      fix: 'Revise la dirección y pregunte al servicio qué significa esta respuesta.',
    }),
    timeout: (seconds: number): Explained => ({
      title: 'El servicio no respondió a tiempo.',
      body: `Esperamos ${seconds} segundos sin recibir respuesta.`,
      fix: 'Revise la dirección e inténtelo de nuevo. Si el servicio es así de lento, a los clientes se les dice que tardó demasiado, y conservan lo que escribieron.',
    }),
    'refused-url': (reason: 'empty' | 'http' | 'scheme' | 'address'): Explained =>
      ({
        empty: {
          title: 'Todavía no hay dirección.',
          body: 'El formulario necesita saber a dónde enviar las solicitudes.',
          fix: 'Pegue arriba el enlace o el identificador de su formulario.',
        },
        http: {
          title: 'Esta dirección no es segura (http://).',
          body: 'El formulario solo envía a direcciones https:// (http:// solo a un servidor de prueba en esta computadora), para que las palabras de un cliente nunca viajen sin cifrar.',
          fix: 'Use la dirección https://.',
        },
        scheme: {
          title: 'Esta no es una dirección web.',
          body: 'La dirección de un formulario empieza con https://.',
          fix: 'Pegue el enlace que le da su servicio.',
        },
        address: {
          title: 'Esto no parece la dirección de un formulario.',
          body: 'No es un enlace que empiece con https:// ni un identificador de formulario.',
          fix: 'Pegue el enlace completo desde el panel de su servicio, o solo el identificador del formulario.',
        },
      })[reason],
    local: (): Explained => ({
      title: 'Este formulario solo se puede probar en su propio sitio.',
      body: 'Sus solicitudes van a su propio sitio web, así que esta página no puede llegar a él.',
      fix: 'Después de publicar, envíese una solicitud desde su sitio y búsquela en la sección Forms de Netlify.',
    }),
  },

  looksHeading: '3. Cómo se ve',
  lookLegend: 'Cómo aparece el formulario en su página',
  looks: {
    intro: {
      label: 'Una introducción, con el formulario debajo',
      about:
        'Una introducción cálida de dos minutos a la terapia relacional, que termina con un botón que lleva al formulario.',
    },
    button: {
      label: 'Un botón que abre el formulario',
      about: 'Un solo botón; el formulario se abre sobre la página cuando un visitante lo presiona.',
    },
    card: {
      label: 'Una tarjeta de consultorio',
      about:
        'Su nombre, foto y títulos, con un botón que abre el formulario: para un directorio o una página sobre su equipo.',
    },
  },
  lang: 'Idioma del formulario',
  langHint: 'El idioma que leen sus visitantes.',
  languages: { en: 'English (inglés)', es: 'Español', fr: 'Français (francés)' },
  country: 'Dónde viven sus clientes',
  countryHint: 'Determina qué números de líneas de crisis se muestran con el formulario.',
  questionsLegend: 'Preguntas del formulario',
  questionsHint:
    'Siempre se piden el nombre, el correo y el consentimiento. Marque las demás que quiera; los clientes pueden dejar cualquiera sin responder.',
  questions: {
    phone: 'Número de teléfono',
    'contact-method': 'Cómo prefieren que los contacten (requiere el teléfono)',
    message: 'Un mensaje breve',
    'client-status': 'Cliente nuevo o que regresa',
    'session-for': 'Para quién es la terapia',
    format: 'En persona o en línea',
    region: 'Dónde estarán durante las sesiones (por la licencia)',
    payment: 'Seguro o pago particular',
    times: 'Buenos horarios para hablar',
    voicemail: 'Si se les puede dejar un mensaje de voz o enviar mensajes de texto',
    pronouns: 'El nombre que usan, y pronombres',
    referral: 'Cómo supieron de usted',
  },
  regions: 'Dónde tiene licencia',
  regionsHint:
    'Códigos de estado o provincia separados por espacios, por ejemplo “OR WA”. Los clientes eligen uno de ellos.',
  privacy: 'Su página de privacidad',
  privacyHint: 'Su dirección, enlazada debajo de la casilla de consentimiento. Opcional.',
  contactEmail: 'Correo de respaldo (por si el formulario no puede enviar la solicitud)',
  contactEmailHint:
    'Si su servicio de formularios no funciona o se agotó su límite mensual, a los clientes se les ofrece esta dirección, con su solicitud ya escrita. Opcional.',
  contactPhone: 'Teléfono de respaldo (por si el formulario no puede enviar la solicitud)',
  contactPhoneHint: 'Se ofrece en el mismo caso, como un número para llamar. Opcional.',
  // What a client decides on
  practiceHeading: 'Lo que sus clientes necesitan saber',
  acceptingLegend: '¿Está recibiendo clientes nuevos?',
  acceptingOptions: {
    yes: { label: 'Sí', about: 'El formulario ofrece una consulta gratuita.' },
    waitlist: {
      label: 'Tengo lista de espera',
      about: 'El botón y el formulario invitan a anotarse en su lista de espera; cada solicitud lo indica.',
    },
    no: {
      label: 'Por ahora no',
      about:
        'Sin formulario: indica que no está recibiendo clientes nuevos y ofrece su correo, su teléfono y una página que usted elija.',
    },
  },
  elsewhere: 'Una página para quienes no puede atender',
  elsewhereHint: 'Su dirección: su lista de colegas, o dónde encontrar terapeuta. Opcional.',
  fees: 'Sus honorarios',
  feesHint:
    'Como usted los diría, por ejemplo “US$160 por sesión de 50 minutos”. En la tarjeta y junto a la pregunta sobre el pago. Opcional.',
  slidingScale: 'Ofrezco tarifas según ingresos',
  slidingScaleHint: 'Se indica en la tarjeta.',
  insurance: 'Seguros que acepta',
  insuranceHint:
    'Nombres de los planes separados por comas. En la tarjeta y junto a la pregunta sobre el pago. Opcional.',
  clinicians: 'Terapeutas que se pueden elegir (consultas grupales)',
  cliniciansHint:
    'Cada una como id=Nombre, separadas por punto y coma, por ejemplo “ana-ruiz=Ana Ruiz, PsyD; kofi-mensah=Kofi Mensah, LCSW”. Los id usan a-z, 0-9 y guiones. Sus clientes también pueden elegir a quien tenga disponibilidad primero. Opcional.',
  accentOwn: 'Usar mi propio color de acento',
  accentHint:
    'El color de los botones y enlaces. Sin marcar, el formulario conserva su verde sereno, que queda bien en páginas claras y oscuras.',
  accent: 'Color de acento',

  previewHeading: '4. Vista previa',
  previewIntro:
    'Su formulario como lo verán sus visitantes, con lo que configuró arriba. Nada de lo que se escriba en la vista previa se envía.',
  screenLegend: 'Pantalla',
  phone: 'Teléfono',
  desktop: 'Computadora',
  pageLegend: 'Página',
  light: 'Página clara',
  dark: 'Página oscura',
  previewTitle: 'Vista previa de su formulario',
  previewNotSent:
    'Esta es la vista previa, así que no se envió nada. Use “Enviar una solicitud de prueba” arriba para probar su servicio.',

  codeHeading: '5. Copie el código',
  targetLegend: '¿Dónde lo va a pegar?',
  targets: {
    'squarespace-block': 'Squarespace: un bloque de código',
    'squarespace-injection': 'Squarespace: inyección de código para todo el sitio, y un bloque de código',
    'wordpress-admin': 'WordPress: un bloque HTML personalizado (administradores)',
    'wordpress-author': 'WordPress: un bloque HTML personalizado (autores y editores)',
    html: 'Cualquier otro sitio: una página HTML',
    'directory-card': 'Un directorio: una tarjeta por terapeuta',
  },
  where: {
    'squarespace-block:block':
      'En el editor de la página, agregue un bloque de código donde deba aparecer el formulario y pegue esto dentro.',
    'squarespace-injection:injection':
      'Una vez para todo el sitio: Configuración, Avanzado, Inyección de código, Encabezado. Pegue esto ahí.',
    'squarespace-injection:block':
      'Luego, en la página: agregue un bloque de código donde deba aparecer el formulario y pegue esto dentro.',
    'wordpress-admin:block':
      'Agregue un bloque HTML personalizado donde deba aparecer el formulario y pegue esto dentro.',
    'wordpress-author:block':
      'Agregue un bloque HTML personalizado donde deba aparecer el formulario y pegue esto dentro. Hasta que la siguiente parte esté en el sitio, los visitantes leen el texto que contiene.',
    'wordpress-author:admin-once':
      'Pida al administrador de su sitio que agregue esto una vez, en el encabezado de todas las páginas (por ejemplo con un plugin de código para encabezado y pie).',
    'html:head': 'Pegue esto dentro del <head> de la página.',
    'html:body': 'Pegue esto donde deba aparecer el formulario.',
    'directory-card:card': 'Pegue el script una vez por página, y luego una tarjeta por cada terapeuta.',
  },
  copy: 'Copiar',
  copied: 'Copiado. Ahora péguelo en su sitio.',
  copyFailed: 'No se pudo copiar aquí: seleccione el código y cópielo manualmente.',
  netlifyNote:
    'El formulario oculto del final es la copia que Netlify necesita para encontrar su formulario: consérvelo.',
  authorNote:
    'WordPress quita los campos ocultos del bloque de un autor, así que aquí no va el asunto del correo.',
  hostLegend: 'De dónde se carga el script',
  hostCdn: 'jsDelivr, un servidor público gratuito (recomendado)',
  hostCdnAbout: (version: string) =>
    `Fijado a la versión ${version}, con su hash de integridad, para que los navegadores rechacen cualquier copia alterada.`,
  hostSelf: 'Mi propio sitio web',
  hostSelfAbout: 'Descargue el archivo, súbalo a su sitio y escriba su dirección abajo.',
  download: (file: string) => `Descargar ${file}`,
  selfUrl: 'Dirección del archivo en su sitio',
  noIntegrity:
    'Esta copia de la página de configuración no tiene el módulo compilado al lado, así que el código de abajo no lleva hash de integridad. Ejecute npm run build para obtenerlo.',
  fallbackText: (email: string, phone: string) =>
    email && phone
      ? `Para pedir una consulta gratuita, escriba a ${email} o llame al ${phone}.`
      : email
        ? `Para pedir una consulta gratuita, escriba a ${email}.`
        : phone
          ? `Para pedir una consulta gratuita, llame al ${phone}.`
          : 'Aquí aparecerá el formulario para pedir una consulta.',
  commentHead: 'relational-widgets: una vez, en el head de la página',
  commentBody: 'relational-widgets: donde debe aparecer el formulario',
  commentOnce: 'relational-widgets: el script, una vez por página',
  /** Above a directory's card template. */
  commentCard:
    'relational-widgets: una tarjeta por terapeuta; complete cada {{…}} con los datos de su directorio (escapados como HTML)',

  // Added by a native-level review of the Spanish and French wording
  defaultSubject: 'Nueva solicitud de consulta',
  locale: 'es',

  // Solicitudes selladas: el paso "mantener privadas las solicitudes" (README, "Sealed requests")
  seal: {
    heading: 'Mantener privadas las solicitudes (opcional)',
    intro:
      'Su formulario puede sellar cada solicitud en el navegador de la persona, con una clave que solo usted tiene, antes de que salga. El servicio de formularios, la hoja de cálculo y cada buzón del camino llevan entonces un bloque de letras que nadie más puede leer.',
    changes:
      'Qué cambia: el correo de notificación del servicio no muestra nombre, correo ni mensaje, solo un enlace que abre la solicitud en una página suya; su filtro de spam y sus respuestas automáticas no pueden leer las solicitudes; una hoja de cálculo recibe una sola columna sellada; “responder” en la notificación no llega a la persona (responda desde la solicitud abierta).',
    doesNot:
      'Qué no hace: no oculta que alguien le escribió, cuándo ni desde qué dirección de internet, y el asunto del correo queda como usted lo puso. No reemplaza un acuerdo de socio comercial (BAA) con el servicio cuando HIPAA se aplica a usted. No vuelve nada “conforme a HIPAA”.',
    loss: 'El código de recuperación es la única clave. Nadie, ni siquiera nosotros, puede abrir sus solicitudes sin él o sin un dispositivo que usted desbloqueó con él. Si pierde el código y todos los dispositivos desbloqueados, todas las solicitudes selladas se pierden para siempre.',
    make: 'Crear mi código de recuperación',
    making: 'Creando su clave…',
    codeHeading: 'Su código de recuperación',
    codeShownOnce:
      'Se muestra solo ahora. Imprímalo o anótelo, y guárdelo donde guarda su pasaporte. Quien lo tenga puede leer sus solicitudes.',
    fingerprint: (print: string) =>
      `Huella de la clave: ${print}. El abridor muestra la misma huella cuando lo desbloquea.`,
    print: 'Abrir la página para imprimir',
    printTitle: 'Código de recuperación de sus solicitudes de consulta',
    printMade: (date: string) => `Creado el ${date}.`,
    printOpener: (opener: string) => `Abra las solicitudes en: ${opener}`,
    confirmLabel: (groups: string) =>
      `Para comprobar que lo tiene, escriba los grupos ${groups} de su código`,
    confirm: 'Activar el sellado',
    confirmWrong: 'Eso no es lo que dice su código en esos grupos. Vuelva a mirar su página impresa.',
    on: (print: string) =>
      `El sellado está activado. Todo el código de abajo sella las solicitudes con su clave (huella ${print}).`,
    openerLabel: 'Dónde abrirá las solicitudes (su página de apertura)',
    openerHint:
      'Cada notificación enlaza allí. Suba la carpeta opener a su sitio si aloja usted mismo la página de configuración.',
    off: 'Desactivar el sellado',
    linkKeyIgnored:
      'El enlace que abrió esta página traía una clave. Se ignoró: esta página solo sella con una clave que creó a partir de un código de recuperación creado aquí.',
    linkEndpoint: (where: string) =>
      `Las solicitudes irán a ${where}: compruebe que sea su propio formulario. (Esta dirección vino en el enlace que abrió esta página; envíe una solicitud de prueba para asegurarse.)`,
  },
};
