// Las palabras del abridor, en español (neutro latinoamericano, de usted).
import type { Catalog } from './en.js';

export const es: Catalog = {
  title: 'Abrir solicitudes selladas',
  intro:
    'Esta página abre las solicitudes de consulta que su formulario selló con su clave. No envía nada a ningún lugar ni carga nada de otro sitio: lo que abra se queda en este dispositivo.',

  unlockHeading: 'Desbloquear con su código de recuperación',
  codeLabel: 'Código de recuperación',
  codeHint:
    '56 letras y dígitos en grupos de cuatro, de la página que imprimió al configurar el sellado. Los espacios, guiones y mayúsculas no importan.',
  keep: 'Guardar la clave en este dispositivo para no escribir el código la próxima vez',
  keepHint:
    'El navegador guarda la clave y no se puede copiar fuera de él. Cualquier persona que use este navegador podrá abrir sus solicitudes: elija esto solo en un dispositivo que sea únicamente suyo.',
  unlock: 'Desbloquear',
  unlocking: 'Desbloqueando…',
  badCode:
    'Ese no es un código de recuperación: compare cada grupo de cuatro con su página impresa. (El error se detecta aquí, antes de abrir nada.)',
  unlocked: ({ fingerprint }: { fingerprint: string }) =>
    `Desbloqueado. Huella de la clave: ${fingerprint}. Verifique que sea la de su página impresa.`,
  kept: 'La clave quedó guardada en este dispositivo.',
  keptNotPersistent:
    'La clave quedó guardada en este dispositivo, pero el navegador no prometió conservar su almacenamiento: puede borrarlo si falta espacio o tras varios días sin visitas (Safari). Conserve su código impreso.',
  forget: 'Olvidar la clave en este dispositivo',
  forgotten:
    'La clave ya no está en este dispositivo. Su código de recuperación sigue abriendo todas las solicitudes.',

  requestHeading: 'Abrir una solicitud',
  pasteLabel: 'Pegue la solicitud',
  pasteHint:
    'El correo de notificación completo, o solo su id y el texto sellado. Las marcas de cita (>) y las líneas que cortó su programa de correo no importan. Un enlace de una notificación se abre aquí solo.',
  open: 'Abrir',
  lockedFirst: 'Primero desbloquee con su código de recuperación; luego se abrirá la solicitud.',
  notFound:
    'No hay ninguna solicitud sellada en lo que pegó. Pegue la notificación completa, o el texto que sigue a “sealed”.',
  noId: 'Falta el id de la solicitud, y se necesita para abrirla. Pegue la notificación con su línea “id”, o use su enlace.',
  doesNotOpen: ({ fingerprint }: { fingerprint: string }) =>
    `Esta solicitud no se abre. O se modificó en el camino (su id o una letra del texto sellado), o se selló con otra clave distinta de esta (${fingerprint}). Si la necesita, pida a la persona que la envíe de nuevo.`,
  idMismatch:
    'El id sellado dentro de esta solicitud no es el id con el que llegó. Puede haber sido alterada: no confíe en ella.',
  opened: ({ name }: { name: string }) => `Solicitud de ${name}, abierta.`,

  submitted: 'Enviada',
  page: 'Desde la página',
  language: 'Idioma',
  hidden: 'Campos ocultos',
  requestId: 'Id de la solicitud (verificado)',
  yes: 'Sí',
  no: 'No',
  replyByEmail: 'Responder por correo',
  replySubject: 'Su solicitud de consulta',
  call: 'Llamar',
};
