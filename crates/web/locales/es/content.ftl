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

## Para editores: el editor, las imágenes, las revisiones y el informe de lo que ayuda
editor-edit-title = Editar la página
editor-new-title = Una página nueva
editor-not-saved = No se guardó nada. Revise los campos marcados abajo.
editor-title = Título
editor-slug = Dirección (déjela vacía para crearla a partir del título)
editor-kind = Tipo
editor-summary = Resumen: lo que la página le ofrece al lector
editor-compass = Puntos de la Brújula de Valor
editor-audience = Escrita para
editor-topics = Temas, separados por comas
editor-language = Idioma
editor-translation-of = Traducción de (la dirección de la página en inglés, para las traducciones)
editor-details = Datos propios de este tipo de página, uno por línea (por ejemplo, «level: 2» para un curso, «issue: Winter 2026» para un artículo, «printable: true» para una herramienta)
editor-body = Texto (Markdown: ## para títulos, - para listas, **negrita**, [enlace](/content/direccion))
editor-note = Qué cambió (opcional; se guarda con la revisión)
editor-publish-later = Publicar más tarde (UTC)
editor-date = Fecha
editor-time = Hora
editor-preview = Vista previa
editor-save-draft = Guardar como borrador
editor-schedule = Programar
editor-publish = Publicar
editor-images-heading = Imágenes para esta página
editor-images-intro = Suba aquí una foto o un dibujo. Se abre en la página de imágenes en una pestaña nueva, con la línea que debe pegar en el texto de arriba, de modo que lo que escribió aquí no cambia. Guarde su trabajo antes de salir de esta página.
editor-image-alt = Qué muestra la imagen, en una oración, para las personas que no pueden verla
editor-image-file = Archivo de imagen: PNG, JPEG, WebP o GIF, de hasta { $name }
editor-upload-new-tab = Subir (se abre en una pestaña nueva)
editor-all-images-new-tab = Todas las imágenes y sus líneas (pestaña nueva)
editor-error-kind = Elija qué tipo de página es.
editor-error-detail-line = «{ $name }» debe escribirse como clave: valor
editor-error-body-long = El texto ocupa más de { $count } bytes.
editor-error-slug-taken = Ya existe una página con esta dirección.
editor-error-schedule = Elija una fecha y una hora (UTC) futuras para publicarla.
images-title = Imágenes
images-lead = Fotos y dibujos para las páginas del hub. Cada imagen subida se guarda de nuevo en dos tamaños —como máximo { $count } píxeles de ancho para las páginas y uno pequeño para las listas—, así que los datos de la cámara, como el lugar donde se tomó una foto, no viajan con ella. Para mostrar una imagen en una página, pegue su línea en el texto de la página donde va la imagen.
images-uploaded = La imagen se subió. Pegue esta línea en el texto de la página donde debe aparecer la imagen:
images-not-uploaded = No se subió nada. Revise los campos marcados abajo.
images-not-uploaded-again = No se subió nada. Revise los campos marcados abajo y vuelva a elegir el archivo (los navegadores lo olvidan cuando el formulario regresa).
images-upload-heading = Subir una imagen
images-upload-button = Subir la imagen
images-list-heading = Imágenes subidas, de la más reciente a la más antigua
images-none = Todavía no se ha subido ninguna imagen.
images-full-size = (tamaño completo)
images-pixels = { $width } × { $height } píxeles
images-uploaded-by = subida el { $date } por { $name }
images-from-file = desde «{ $name }»
images-someone = alguien
images-line = Línea para pegar en una página
images-error-alt-missing = Diga en pocas palabras qué muestra la imagen, para las personas que no pueden verla.
images-error-alt-long = La descripción debe tener menos de { $count } caracteres; diga más en el texto de la página.
images-error-no-file = Elija un archivo de imagen para subir.
revisions-title = Revisiones
revisions-window-title = Revisiones · { $name }
revisions-intro = Se conserva cada versión guardada. Compare una con la página tal como está ahora, o vuelva a convertirla en la página (eso agrega una revisión nueva; no se pierde nada).
revisions-number = Revisión
revisions-when = Cuándo
revisions-by = Por
revisions-note = Nota
revisions-actions = Acciones
revisions-compare = Comparar con la actual
revisions-restore = Restaurar la revisión { $count }
revisions-from-to-now = De la revisión { $count } a la actual
revisions-import = Importación
revisions-restored-note = revisión { $count } restaurada
revisions-none = Esa revisión no existe.
report-title = Lo que ayuda
report-pages = Páginas sobre las que respondieron las personas
report-no-answers = Nadie ha respondido todavía «¿Le resultó útil?».
report-page = Página
report-helpful = Útil
report-not-helpful = No útil
report-comments = Comentarios
report-not-found = Búsquedas sin resultados (últimos 30 días)
report-all-found = Todas las búsquedas encontraron algo.
report-search = Búsqueda
report-times = Veces

## Problemas del encabezado de una página y de su archivo (lmp_domain::content), tal como los muestra el editor
content-meta-slug = «{ $value }» debe tener de 2 a 100 caracteres: letras minúsculas, cifras y guiones sueltos
content-meta-no-title = falta el título
content-meta-too-long = como mucho { $max } caracteres
content-meta-compass = «{ $value }» no es uno de quality, service, affordable, workplace
content-meta-audience = «{ $value }» no es uno de frontline, co-lead, sponsor, leader, steward
content-meta-topic = «{ $value }» debe ser una palabra en minúsculas o varias unidas por guiones
content-meta-language = «{ $value }» no es en ni es
content-meta-translation-of = una traducción indica la página en inglés que traduce
# $kind: el tipo de página como código (guide, course…).
content-meta-key-not-taken = no es una clave que admitan las páginas de tipo «{ $kind ->
        [article] artículo
        [guide] guía práctica
        [practice] práctica probada por equipos
        [tool] herramienta
        [video] video
        [course] curso
        [agreement] acuerdo
        [history] historia
        [contact] contacto
       *[page] página
    }»
content-meta-whole-number = «{ $value }» debe ser un número entero
content-meta-level = un nivel de Path to Performance del 1 al 5
content-meta-printable = true o false
# Un problema de una clave del encabezado: "compass: «gold» debe ser una lista como [a, b]".
content-file-key = { $key }: { $problem }
content-file-no-start = línea 1: el archivo debe empezar con una línea ---
content-file-twice = línea { $line }: «{ $key }» aparece dos veces
content-file-not-key-value = línea { $line }: se esperaba «clave: valor»
content-file-not-closed = el encabezado no se cierra con una línea ---
content-file-not-list = «{ $value }» debe ser una lista como [a, b]
content-file-type = «{ $value }» no es uno de { $kinds }
content-file-body-long = el texto ocupa más de { $max } bytes

## Rechazos de las páginas de contenido y de las imágenes
content-refuse-editors-only = Escribir y publicar páginas es tarea de los editores de contenido.
content-refuse-no-page = No existe esa página.
content-refuse-helpful-answer = Responda sí o no a «¿Le resultó útil?».
content-refuse-other-address = Esa revisión pertenece a otra dirección.
content-field-comment = Comentario
images-editors-only = Subir imágenes es tarea de los editores de contenido.
images-send-with-form = Envíe la imagen con el formulario de subida (como multipart/form-data): { $why }
images-no-such-image = No existe esa imagen.
