## Avisos por correo: las preferencias de la cuenta, los correos y la página para darse de baja.

email-kind-sign_off = Evaluaciones pendientes de tu aprobación
email-kind-stance = Propuestas que esperan tu postura
email-kind-escalation = Preguntas escaladas a ti como patrocinador
email-kind-task_due = Tareas que vencen mañana o ya vencidas
email-kind-meeting = Reuniones de mañana

email-delivery-immediate = En el momento
email-delivery-daily = En un resumen diario
email-delivery-weekly = En un resumen semanal
email-delivery-off = Nunca

email-prefs-title = Correo electrónico
email-prefs-intro = Elige cómo te avisa el portal por correo de lo que te necesita. Los resúmenes llegan una vez al día o una vez a la semana, con todo lo de ese tipo en un solo mensaje.
email-prefs-save = Guardar preferencias de correo
email-prefs-saved = Guardado. Tus preferencias de correo se aplican desde ahora.

email-greeting = Hola, { $name }:
email-intro-sign_off = Una evaluación de Path to Performance espera tu aprobación como patrocinador:
email-intro-stance = Una ronda de consenso en la que participas espera tu postura:
email-intro-escalation = Un equipo ha escalado una pregunta a sus patrocinadores y aún no tiene respuesta:
email-intro-task_due = Una tarea a tu cargo vence mañana o ya ha vencido:
email-intro-meeting = Tu equipo se reúne mañana:
email-subject-sign_off = Aprobación pendiente: { $title }
email-subject-stance = Falta tu postura: { $title }
email-subject-escalation = Una pregunta espera a los patrocinadores: { $title }
email-subject-task_due = Tarea por vencer: { $title }
email-subject-meeting = Reunión mañana: { $title }
email-digest-subject-daily = { $count ->
    [one] Tu resumen diario: 1 asunto te necesita
   *[other] Tu resumen diario: { $count } asuntos te necesitan
}
email-digest-subject-weekly = { $count ->
    [one] Tu resumen semanal: 1 asunto te necesita
   *[other] Tu resumen semanal: { $count } asuntos te necesitan
}
email-digest-intro = Esto es lo que te necesita en el portal de la alianza.
email-footer-settings = Elige qué correos recibes, y con qué frecuencia, en la página de tu cuenta:
email-footer-unsubscribe = Deja de recibir estos correos con un clic:

unsubscribe-title = Dejar de recibir correos
unsubscribe-confirm = ¿Dejamos de enviar estos correos a { $name }?
unsubscribe-button = Dejar de recibir estos correos
unsubscribe-done = Listo. No recibirás más correos de este tipo.
unsubscribe-later = Puedes volver a activarlos cuando quieras en la página de tu cuenta.
unsubscribe-invalid = Este enlace para darse de baja no es válido. Abre la página de tu cuenta para elegir qué correos recibes.
