# Prácticas probadas por equipos: la biblioteca, una práctica, la redacción y la revisión.
practices-title = Prácticas probadas por equipos
practices-lead = Cambios que otros equipos probaron y mantuvieron. Busque uno para su propio problema y adóptelo: su equipo recibe un proyecto que parte del trabajo de ellos.
practices-waiting = Prácticas pendientes de revisión ({ $count })
practices-find = Buscar prácticas
practices-words = Palabras
practices-compass = Punto de la Brújula de Valor
practices-any = Cualquiera
practices-topic = Tema
practices-facility = Centro
practices-find-button = Buscar
practices-none = Ninguna práctica publicada coincide. Pruebe con menos filtros.
practices-adopted-by = { $count ->
    [one] 1 equipo la adoptó.
   *[other] { $count } equipos la adoptaron.
    }

## Temas en los que se archivan las prácticas
practices-topic-access = Acceso y tiempos de espera
practices-topic-patient-safety = Seguridad del paciente
practices-topic-workplace-safety = Seguridad en el trabajo
practices-topic-service = Experiencia del servicio
practices-topic-workflow = Flujo de trabajo y eficiencia
practices-topic-supplies = Suministros y costos
practices-topic-engagement = Participación del equipo

## Una práctica
practice-tested-by = Probada por { $team }, { $facility }
practice-status = estado:
practice-status-submitted = pendiente de revisión
practice-status-published = publicada
practice-status-returned = devuelta al equipo
practice-editor-comment = Comentario del editor: { $name }
practice-problem = El problema
practice-change = Lo que cambió el equipo
practice-results = Resultados
practice-chart-caption = La medida del equipo; sus datos están en
practice-chart-link = la página del proyecto
practice-chart-for = para quienes pueden ver al equipo.
practice-tips = Consejos para los equipos que la prueben
practice-adoptions = { $count ->
    [one] 1 equipo ha adoptado esta práctica.
   *[other] { $count } equipos han adoptado esta práctica.
    }
practice-review = Revisión
practice-review-comment = Comentario para el equipo (necesario para devolverla)
practice-publish = Publicar
practice-return = Devolver al equipo
practice-adopt = Adoptar esta práctica
practice-adopt-team = Para su equipo
practice-adopt-button = Adoptarla como proyecto nuevo
practice-done-submitted = Enviada a los editores. Aquí verá su decisión.
practice-done-published = Publicada: ahora todos los equipos pueden encontrarla y adoptarla.
practice-done-returned = Devuelta al equipo con su comentario.

## Redactar una práctica
practice-form-title = Práctica probada por equipos
practice-form-heading = Descríbalo como una práctica probada por equipos
practice-form-intro = Otros equipos leerán esto para decidir si prueban el mismo cambio. Un editor lo revisa antes de publicarlo.
practice-form-not-sent = No se envió nada. Revise los campos marcados abajo.
practice-field-title = Título
practice-field-problem = El problema que tenía el equipo
practice-field-change = Lo que cambió el equipo
practice-field-results = Resultados, con cifras
practice-field-tips = Consejos para los equipos que la prueben (opcional)
practice-form-button = Enviar a un editor para su revisión
practice-results-aim = Objetivo: { $what } { $much } para el { $when }.

## Negativas
practice-not-finished = Una práctica se redacta cuando el proyecto está terminado o manteniendo sus logros.
practice-editors-only = Revisar prácticas les corresponde a los editores de contenido.
practice-not-waiting = Esta práctica no está pendiente de revisión.
practice-say-what-to-change = Indique qué debe cambiar el equipo antes de devolverla.
practice-choose-decision = Elija publicar o devolver la práctica.
practice-only-published = Solo se puede adoptar una práctica publicada.
practice-choose-team = Elija el equipo que la adopta.
practice-own-team = Un equipo no puede adoptar su propia práctica; otros equipos sí pueden.
practice-already-adopted = Su equipo ya adoptó esta práctica.

## Editar un proyecto
project-edit-title = Editar el proyecto
project-edit-crumb = Editar
project-edit-not-saved = No se guardó nada. Revise los campos marcados abajo.
project-edit-field-title = Título
project-edit-field-aim-what = Objetivo: qué mejorará
project-edit-field-aim-how-much = Objetivo: cuánto
project-edit-field-aim-by-when = Objetivo: para cuándo (AAAA-MM-DD)
project-edit-description = Descripción
project-edit-compass = Puntos de la Brújula de Valor
project-edit-save = Guardar
project-edit-cancel = Cancelar
project-edit-bad-date = Escriba la fecha como AAAA-MM-DD.

## Nombres de campo que citan los mensajes de la ficha («Falta el campo «Título».»)
practice-label-title = Título
practice-label-problem = Problema
practice-label-change = Lo que cambió el equipo
practice-label-results = Resultados
practice-label-tips = Consejos
