# El tablero de la reunión breve (huddle) y los escalamientos.
huddle-title = Tablero de huddle
huddle-intro = Unos minutos de pie y juntos: primero la seguridad, luego lo que estorba, las ideas que vale la pena probar y los logros. Una pregunta que el equipo no puede responder se eleva, con la fecha en que se necesita la respuesta.
huddle-not-saved = No se guardó nada:
huddle-add-title = Agregar al tablero
huddle-kind = Tipo
huddle-what = Qué
huddle-owner = Quién le da seguimiento (opcional)
huddle-nobody = Nadie todavía
huddle-add = Agregar
huddle-empty = No hay nada aquí.
huddle-done = Hecho
huddle-reopen = Reabrir
huddle-asked-of = Se preguntó a
huddle-needed-by = respuesta necesaria para el
huddle-answer = Respuesta
huddle-answer-from = Respuesta de { $name }
huddle-your-answer = Su respuesta
huddle-answer-button = Responder
huddle-escalate-title = Escalar una pregunta
huddle-to = A
huddle-question = La pregunta
huddle-answer-by = Respuesta necesaria para el
huddle-escalate = Escalar
huddle-cat-safety = Seguridad
huddle-cat-issue = Problemas
huddle-cat-idea = Ideas
huddle-cat-win = Logros
huddle-prompt-safety = ¿Algo puso en riesgo a un paciente, a un miembro o a alguno de nosotros desde el último huddle?
huddle-prompt-issue = ¿Qué nos impide hoy hacer bien el trabajo?
huddle-prompt-idea = ¿Qué podríamos probar para mejorarlo?
huddle-prompt-win = ¿Qué salió bien y a quién debemos agradecer?
huddle-target-sponsor = Nuestros patrocinadores
huddle-target-next_tier = El siguiente nivel de liderazgo
huddle-state-waiting = Esperando respuesta
huddle-state-answered = Respondida
huddle-state-overdue = Respuesta atrasada

## Lo que nombran las reglas y las páginas del huddle (lmp_domain::Msg)
huddle-field-item = Qué
huddle-field-question = Pregunta
huddle-field-answer = Respuesta
huddle-answer-by-missing = Indique para cuándo necesita el equipo una respuesta.
huddle-date-form = Escriba la fecha como AAAA-MM-DD.
huddle-date-past = Elija hoy o una fecha posterior.
huddle-category-missing = Elija seguridad, problema, idea o logro.
huddle-target-missing = Elija quién debe responder.

## Escalamientos que esperan respuesta, para los líderes
huddle-escalations-title = Escalamientos que esperan respuesta
huddle-escalations-intro = Preguntas que los equipos elevaron desde sus huddles y que nadie ha respondido todavía, en { $scope }: { $count }; { $overdue ->
    [one] 1 ya pasó
   *[other] { $overdue } ya pasaron
} la fecha en que el equipo necesitaba la respuesta.
huddle-escalations-none = No hay ninguna pregunta esperando respuesta.
huddle-col-team = Equipo
huddle-col-question = Pregunta
huddle-col-asked-of = Se preguntó a
huddle-col-needed-by = Necesaria para el
huddle-col-state = Estado
huddle-scope-facility = un centro
huddle-scope-region = una región
huddle-scope-all = toda la organización
