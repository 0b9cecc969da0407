# Decisiones: rondas de consenso (el panel de la propuesta), registros de decisiones y el registro de decisiones.
stance-support = La apoyo plenamente
stance-reservations = La apoyo, con reservas
stance-live_with = Puedo aceptarla
stance-discuss = Necesitamos hablar más
stance-block = La bloqueo
stance-hint-support = Estoy de acuerdo y la defenderé.
stance-hint-reservations = Estoy de acuerdo, y quiero que mis inquietudes queden por escrito.
stance-hint-live_with = No es mi primera opción, pero no me opondré.
stance-hint-discuss = No estoy listo para decidir: hay algo que todavía no se ha hablado.
stance-hint-block = No puedo aceptar esto. Diga por qué y qué tendría que cambiar para usted.
involvement-informed = Mantenerse informado
involvement-consulted = Dar su opinión
involvement-involved = Ayudar a darle forma
involvement-joint = Decidir juntos
side-name-management = la gerencia
side-name-labor = el sindicato
side-name-physician = los médicos
outcome-consensus = Se llegó a un consenso
outcome-no_consensus = Sin consenso: decide la alternativa acordada
outcome-withdrawn = Retirada
outcome-fallback = Sin consenso: decidió { $name }
outcome-noted = Decidido en la reunión (anotado en el acta)
reminder-too_quick = Todos estuvieron de acuerdo en pocos minutos. Antes de cerrar, pregunten qué podría salir mal y a quién afecta que no esté presente.
reminder-trading = Esto suena a un intercambio. Decidan esta propuesta por sus propios méritos y traten el otro asunto como un punto aparte.
reminder-voting = Alguien pidió una votación. Una votación deja a algunas personas del lado perdedor: sigan hablando hasta que todos puedan aceptarla.
reminder-standouts = Alguien todavía no está convencido. Agradézcanle que lo diga y pregúntenle qué haría falta para que le funcione.
blocker-quorum = El acta constitutiva de su equipo pide la postura de al menos { $needed ->
    [one] 1 persona
   *[other] { $needed } personas
}; hasta ahora { $have ->
    [one] hay 1
   *[other] hay { $have }
}.
blocker-blocked = { $count ->
    [one] 1 persona la bloquea
   *[other] { $count } personas la bloquean
}. Hablen de lo que tendría que cambiar antes de seguir.
blocker-discuss = { $count ->
    [one] 1 persona quiere
   *[other] { $count } personas quieren
} hablar más antes de decidir.
blocker-not-heard = { $count ->
    [one] 1 persona todavía no ha sido escuchada
   *[other] { $count } personas todavía no han sido escuchadas
}. Pida su opinión antes de cerrar.
blocker-no-support = { $count ->
    [one] 1 persona no ha dicho qué hará
   *[other] { $count } personas no han dicho qué harán
} para apoyarla.
proposal-open = Abierta a posturas
proposal-outcome-to-record = Posturas cerradas: falta registrar el resultado
proposal-anonymous = Anónima
proposal-hidden = Resultados ocultos hasta el cierre
proposal-quorum = Quórum { $count } (según el acta constitutiva)
proposal-other-options = Otras opciones consideradas: { $name }
proposal-involvement-intro = Cuánto eligió participar cada parte:
proposal-side-management = la gerencia
proposal-side-labor = el sindicato
proposal-not-chosen = todavía no lo eligió
proposal-if-no-consensus = Si no hay consenso, decide { $name }.
proposal-not-both-sides = Las dos partes no eligieron decidir juntas, así que decide { $name } después de hacer participar a la otra parte como esta pidió.
proposal-management-chooses = La gerencia elige
proposal-union-chooses = El sindicato elige
proposal-record-choice = Registrar nuestra elección
proposal-responded = { $done } de { $total }
proposal-responded-rest = participantes han dado su postura.
proposal-stances-so-far = Posturas hasta ahora
proposal-stance = Postura
proposal-people = Personas
proposal-will = hará: { $name }
proposal-results-hidden = Los resultados permanecen ocultos para todos, incluidos los facilitadores, hasta que se cierre la ronda.
proposal-where-stand = ¿Cuál es su postura?
proposal-nobody-sees-name = (nadie verá su nombre)
proposal-why = Por qué (obligatorio para bloquear)
proposal-what-i-will-do = Lo que haré para apoyarla
proposal-change-stance = Cambiar mi postura
proposal-give-stance = Dar mi postura
proposal-three-tests = Las tres pruebas
proposal-test-heard = ¿Se ha escuchado a todos?
proposal-test-live = ¿Todos pueden aceptarla?
proposal-test-support = ¿Todos la apoyarán activamente?
proposal-yes = Sí.
proposal-yes-colon = Sí:
proposal-no-colon = No:
proposal-not-yet = Todavía no:
proposal-still-to-stance = { $count ->
    [one] falta 1 postura
   *[other] faltan { $count } posturas
}
proposal-someone-blocks = alguien la bloquea o quiere hablar más.
proposal-everyone-named = todos dijeron lo que harán.
proposal-not-named = { $count ->
    [one] 1 persona no ha dicho
   *[other] { $count } personas no han dicho
} lo que hará
proposal-shown-when-closed = Se muestra cuando se cierra la ronda.
proposal-reveal = Cerrar las posturas y mostrar los resultados
proposal-record-outcome-title = Registrar el resultado
proposal-consensus-not-yet = (todavía no: vea arriba)
proposal-no-consensus-decides = Sin consenso: decide { $name }
proposal-what-agreed = Lo que se acordó
proposal-review-on = Revisarla el
proposal-record-outcome = Registrar el resultado
proposal-not-consensus = No es una decisión por consenso.
proposal-could-not-agree = El equipo no logró ponerse de acuerdo, así que decidió { $name }:
proposal-action = Acción: { $name }
proposal-review-date = La revisaremos el { $name }.
proposal-as-deciding-side = Como parte que decide, registre lo que decidió { $name } y lo que se hará.
proposal-the-decision = La decisión
proposal-the-action = La acción, con quién la realiza
proposal-record-decision = Registrar la decisión
proposal-stop-sharing = Dejar de compartir con la organización
proposal-visible-org = Visible para toda la organización.
proposal-share = Compartir con toda la organización
proposal-visible-team = Visible solo para el equipo.
proposal-permanent-link = Enlace permanente a esta decisión
# El registro de una decisión y el registro de decisiones.
decisions-title = Decisiones
decision-record-title = Registro de la decisión
decision-its-meeting = Su reunión
decision-nothing-saved = No se guardó nada:
decisions-team-title = Decisiones de { $name }
decisions-org-title = Decisiones compartidas por los equipos
decisions-other-teams = Decisiones que otros equipos compartieron con la organización
decisions-find = Buscar una decisión
decisions-search = Buscar
decisions-none = Todavía no hay decisiones registradas.
decisions-no-match = Ninguna decisión coincide con “{ $name }”.
decisions-decision = Decisión
decisions-outcome = Resultado
decisions-date = Fecha
decisions-team = Equipo
decisions-row-open = Abierta
decisions-row-to-record = Falta registrar el resultado
decisions-row-fallback = Decidió { $name } (sin consenso)
decisions-row-noted = Anotada en el acta

## Lo que nombran las reglas y las páginas de las decisiones (lmp_domain::Msg)
# Varios mensajes, uno tras otro.
decision-sentences = { $first } { $rest }
decision-field-issue = Asunto
decision-field-decision = Decisión
decision-field-action = Próximos pasos
decision-decider-side = Elija la gerencia o el sindicato: uno de los dos decide cuando no hay consenso.
decision-continuum-sides = El grado de participación lo eligen la gerencia y el sindicato.
decision-degree-own-side = Solo alguien { $side ->
    [management] de la gerencia
   *[labor] del sindicato
} puede elegir cuánto quiere participar { $side ->
    [management] la gerencia
   *[labor] el sindicato
}.
decision-fallback-side = Solo { $name } puede registrar esta decisión: cuando el equipo no decide en conjunto, la decisión le corresponde { $side ->
    [management] a la gerencia
    [labor] al sindicato
   *[other] a { $name }
}.
decision-degrees-first = Primero, la gerencia y el sindicato deben indicar cuánto quieren participar en este asunto.
decision-keep-working = Los dos lados eligieron decidir juntos, así que sigan trabajando para llegar a un consenso. Un lado decide solo después de que una propuesta se cierre sin consenso.
decision-refuse-round-closed = Esta ronda ya se cerró; las posturas ya no pueden cambiar.
decision-refuse-not-present = En esta ronda solo participan las personas marcadas como presentes en la reunión.
involvement-about-informed = Se le informa qué se decidió y por qué, antes de que entre en vigor.
involvement-about-consulted = Se le piden ideas e inquietudes antes de tomar la decisión, y se le explica cómo se usaron.
involvement-about-involved = Trabaja en las opciones junto con el otro lado, que sigue teniendo la última palabra.
involvement-about-joint = Los dos lados toman la decisión juntos, por consenso.
involvement-factor-time = Cuánto tiempo y cuántas personas podemos dedicarle
involvement-factor-knowledge = Lo que sabemos de este trabajo y que otros quizá no sepan
involvement-factor-change = Cuánto cambia el trabajo de las personas que representamos
proposal-field-text = Propuesta
proposal-field-reason = Motivo
proposal-field-behaviour = Lo que hará
proposal-field-background = Antecedentes
proposal-field-options = Otras opciones
proposal-field-agreed = Lo acordado
proposal-quorum-min = El quórum debe ser de al menos 1 persona. El acta constitutiva de su equipo indica cuántas.
proposal-quorum-max = El quórum puede ser como máximo de { $max } personas.
proposal-block-reason = Diga por qué la bloquea. Un bloqueo detiene a todo el equipo, así que necesitan saber qué tendría que cambiar.
proposal-cannot-close = Todavía no se puede cerrar por consenso. { $reasons }
proposal-stance-missing = Elija su postura.
proposal-outcome-missing = Elija cómo terminó la ronda.
proposal-review-form = Escriba la fecha de revisión como AAAA-MM-DD.
proposal-review-past = Elija una fecha de revisión a partir de hoy.
proposal-agreed-missing = Anote lo que acordó el equipo.
proposal-degree-missing = Elija un grado de participación.
