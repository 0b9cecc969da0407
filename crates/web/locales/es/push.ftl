## Notifications on this device (web push).

push-title = Notificaciones en este dispositivo
push-intro = Reciba una notificación en este teléfono o computadora cuando algo lo necesite: una evaluación por aprobar, una propuesta que espera su postura, una pregunta escalada a usted, una tarea por vencer o una reunión mañana. En la página de su cuenta elige cuáles le llegan.
push-devices = { $count ->
    [0] Todavía ningún dispositivo recibe sus notificaciones.
    [one] Un dispositivo recibe sus notificaciones.
   *[other] { $count } dispositivos reciben sus notificaciones.
}
push-needs-script = Para activar las notificaciones, este navegador necesita JavaScript.
push-state-on = Este dispositivo recibe sus notificaciones.
push-state-off = Este dispositivo no recibe sus notificaciones.
push-unsupported = Este navegador no puede recibir notificaciones de sitios web. En un iPhone, primero agregue el hub a la pantalla de inicio y ábralo desde allí.
push-denied = Las notificaciones del hub están bloqueadas en la configuración de este navegador. Permítalas allí y vuelva.
push-enable = Activar las notificaciones en este dispositivo
push-disable = Desactivar las notificaciones en este dispositivo
push-send-test = Enviar una notificación de prueba
push-tested = { $count ->
    [0] La prueba no llegó a ningún dispositivo.
    [one] La prueba se envió a un dispositivo.
   *[other] La prueba se envió a { $count } dispositivos.
}
push-test-title = Las notificaciones funcionan
push-test-body = Así le avisará el hub cuando algo lo necesite.
push-back = Volver a su cuenta
push-refuse-service = Esa dirección no es un servicio de notificaciones al que este hub envíe.
push-refuse-keys = Las claves de notificación del navegador no son válidas.
push-account-intro = Las notificaciones también pueden aparecer en su teléfono o computadora, como un mensaje de una aplicación.
push-account-link = Configurar las notificaciones en este dispositivo
