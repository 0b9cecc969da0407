# La biblioteca de guías, herramientas e historias, y cada una de sus páginas.
content-title = Guías, herramientas e historias
content-intro = Todo lo que la colaboración ha aprendido, escrito para quienes lo usan: guías prácticas, herramientas para imprimir, cursos, acuerdos, historia y experiencias de los equipos.
content-write = Escribir una página nueva
content-report = Qué resulta útil
content-images = Imágenes
content-filter = Filtrar las páginas
content-kind = Tipo
content-all-kinds = Todos los tipos
content-topic = Tema
content-all-topics = Todos los temas
content-compass = Brújula de Valor
content-all-points = Todos los puntos
content-audience = Para
content-everyone = Todos
content-language = Idioma
content-any-language = Cualquiera
content-show = Mostrar
content-none = Ninguna página coincide con estos filtros.
content-published = publicada el { $name }
content-for = para
content-not-published = Sin publicar: { $name }. Solo la ven los editores.
content-also-in = También en:
content-print = Imprimir esta herramienta
content-edit = Editar
content-revisions = Versiones

helpful-title = ¿Le resultó útil?
helpful-count = { $count ->
    [one] A 1 persona le resultó útil
   *[other] A { $count } personas les resultó útil
}
helpful-thanks = Gracias. Los editores leen todos los comentarios.
helpful-your-answer = Su respuesta
helpful-you-said-yes = Su respuesta (dijo que sí; puede cambiarla)
helpful-you-said-no = Su respuesta (dijo que no; puede cambiarla)
helpful-yes = Sí
helpful-no = No
helpful-comment = Unas palabras para los editores (opcional)
helpful-send = Enviar

# Tipos de página.
kind-article = Artículo
kind-guide = Guía práctica
kind-practice = Práctica probada por equipos
kind-tool = Herramienta
kind-video = Video
kind-course = Curso
kind-agreement = Acuerdo
kind-history = Historia
kind-contact = Contacto
kind-page = Página

# Para quién es una página.
audience-frontline = Personal de primera línea
audience-co-lead = Colíderes de equipo
audience-sponsor = Patrocinadores
audience-leader = Líderes de nivel medio
audience-steward = Delegados sindicales

# Puntos de la Brújula de Valor.
compass-quality = La mejor calidad
compass-service = El mejor servicio
compass-affordable = Lo más asequible
compass-workplace = El mejor lugar para trabajar

# Detalles de una página.
detail-issue = Número de la revista
detail-level = Nivel de Path to Performance
detail-length_minutes = Duración (minutos)
detail-url = Verlo
detail-era = Época
detail-year = Año
detail-sections = Secciones
