/**
 * Español. Revisado por: pendiente de revisión nativa (tono: sereno, preciso, sin jerga).
 * Counts are ICU plurals: one, other, and many for round millions ("1.000.000 de archivos").
 */
import type { Messages } from "./en.ts";

export const es: Messages = {
  "meta.title": "{org} — contacto seguro",
  "meta.language": "Idioma",
  "nav.home": "Página de inicio",
  "footer.nojs":
    "Estas páginas funcionan con JavaScript desactivado. En Tor Browser, elija el nivel de seguridad «El más seguro».",
  "footer.logout": "Cerrar sesión",
  "nav.quickexit": "Salir rápidamente",
  "nav.guide": "Guía de seguridad",
  "warning.js.title": "JavaScript está activado",
  "warning.js.body":
    "Por su seguridad, desactívelo: en Tor Browser, abra Configuración → Privacidad y seguridad → Nivel de seguridad y elija «El más seguro». Después recargue esta página.",
  "warning.browser.title": "Este no es Tor Browser",
  "warning.browser.body":
    "Otros navegadores, incluso en modo privado, pueden revelar quién es usted. Descargue Tor Browser de torproject.org (si está bloqueado, nuestra guía de seguridad le explica qué hacer), ponga su nivel de seguridad en «El más seguro» y abra allí nuestra dirección .onion.",
  "warning.browser.ios":
    "En iPhone o iPad, use Onion Browser con su nivel de seguridad en «Oro» y abra allí nuestra dirección .onion. Otros navegadores pueden revelar quién es usted.",
  "warning.onion.title": "No está usando nuestra dirección onion",
  "warning.onion.body":
    "Abra esta página en Tor Browser con nuestra dirección .onion, que puede comprobar con nuestra declaración firmada y publicada. Otras formas de llegar a nosotros pueden revelar quién es usted.",
  "warning.tor2web.title": "Esta conexión no es anónima",
  "warning.tor2web.body":
    "Nos está visitando a través de un proxy web que puede ver quién es usted y lo que envía. Cierre esta página y abra nuestra dirección .onion en Tor Browser.",

  "landing.title": "Contacte con {org} de forma segura",
  "landing.intro":
    "Aquí puede enviarnos mensajes y archivos sin decirnos quién es. Todo lo que envíe se cifra en este servidor antes de guardarse, y solo las personas de {org} designadas para recibirlo pueden leerlo.",
  "landing.start": "Enviarnos algo por primera vez",
  "landing.start.hint":
    "Le daremos un nombre en clave. Con él podrá volver para enviar más y leer nuestras respuestas.",
  "landing.returning": "Ya tengo un nombre en clave",
  "landing.returning.hint": "Inicie sesión con su nombre en clave para enviar más.",
  "landing.guide": "Antes de enviar nada, lea nuestra guía de seguridad.",
  "landing.blocked":
    "¿Tor está bloqueado donde usted está, o usa un teléfono? Nuestra guía de seguridad le explica qué hacer.",

  "codename.title": "Su nombre en clave",
  "codename.intro":
    "Este es su nombre en clave. Es la única forma de volver a esta conversación. No podemos mostrárselo de nuevo ni recuperarlo por usted.",
  "codename.keep.title": "Guárdelo bien",
  "codename.keep.1":
    "Escríbalo en papel o memorícelo. No lo guarde en un dispositivo vinculado a usted.",
  "codename.keep.2": "No lo comparta: quien lo tenga puede leer nuestras respuestas.",
  "codename.keep.3": "Nadie de {org} se lo pedirá nunca.",
  "codename.continue": "Ya lo he anotado — continuar",

  "form.title": "Enviar un mensaje o archivos",
  "form.channel": "¿Quién debe recibir esto?",
  "form.message": "Su mensaje",
  "form.message.hint":
    "Hasta {max, plural, one {# carácter} many {# de caracteres} other {# caracteres}}. Cuéntenos qué envía y por qué es importante.",
  "form.files": "Archivos",
  "form.files.hint":
    "Hasta {maxFiles, plural, one {# archivo} many {# de archivos} other {# archivos}}, {maxFile} cada uno, {maxTotal} en total. Los archivos pueden contener información oculta sobre usted (nombres de autor, ubicaciones, datos del dispositivo): elimínela antes de enviar si puede.",
  "form.send": "Enviar de forma segura",
  "form.send.hint":
    "Los archivos grandes pueden tardar mucho a través de Tor. Mantenga esta pestaña abierta hasta ver la confirmación.",

  "received.title": "Recibido",
  "received.body":
    "Su envío se cifró y se guardó. Solo las personas designadas de {org} pueden leerlo.",
  "received.files":
    "{files, plural, one {Se recibió # archivo.} many {Se recibieron # de archivos.} other {Se recibieron # archivos.}}",
  "received.next":
    "Leemos todo lo que recibimos, pero puede que no respondamos, o que respondamos tarde. Para ver si hay respuestas, vuelva con su nombre en clave.",
  "received.more": "Enviar algo más",

  "login.title": "Inicie sesión con su nombre en clave",
  "login.codename": "Su nombre en clave",
  "login.hint":
    "Las palabras que anotó, separadas por espacios. Sirve en cualquier idioma en que se lo dimos.",
  "login.submit": "Continuar",

  "source.title": "Bienvenido de nuevo",
  "source.replies": "Todavía no hay respuestas para usted.",
  "replies.title": "Respuestas de {org}",
  "replies.hint":
    "Borre cada respuesta cuando la haya leído. Una respuesta borrada desaparece para siempre.",
  "replies.meta": "Enviada el {day}",
  "replies.delete": "Ya la he leído — borrar",
  "replies.unreadable":
    "{count, plural, one {Una de nuestras respuestas no se pudo abrir. Puede que esté dañada; se la volveremos a enviar si era importante.} many {# de nuestras respuestas no se pudieron abrir. Puede que estén dañadas; se las volveremos a enviar si eran importantes.} other {# de nuestras respuestas no se pudieron abrir. Puede que estén dañadas; se las volveremos a enviar si eran importantes.}}",

  "logout.title": "Ha cerrado la sesión",
  "logout.body":
    "Para no dejar rastro en este navegador, use ahora «Nueva identidad» de Tor Browser (el icono de la escoba, o Ctrl+Mayús+U): cierra esta pestaña y borra sus datos.",

  "guide.title": "Guía de seguridad",
  "guide.intro":
    "Estos pasos le protegen cuando se pone en contacto con {org}. Léalos todos antes de empezar: solo le llevará unos minutos.",
  "guide.before.title": "Antes de ponerse en contacto con nosotros",
  "guide.before.device":
    "Use un dispositivo y una red que no estén vinculados a usted. Nunca use una red del trabajo o de casa que esté vigilada, o que pueda estarlo; una red pública que no suela usar es más segura.",
  "guide.before.tor":
    "Obtenga Tor Browser solo del Proyecto Tor: su sitio torproject.org, sus sitios espejo oficiales, su servicio GetTor o, en un teléfono, la tienda de aplicaciones oficial (vea más abajo). Una copia obtenida en otro lugar puede haber sido modificada para espiarle.",
  "guide.before.safest":
    "En Tor Browser, abra Configuración → Privacidad y seguridad → Nivel de seguridad y elija «El más seguro». Nuestras páginas funcionan con este nivel.",
  "guide.before.verify":
    "Compruebe nuestra dirección .onion antes de enviar nada. Debe coincidir, carácter por carácter, con la dirección de nuestra declaración firmada: un sitio falso puede parecerse exactamente al nuestro, pero no puede tener nuestra dirección.",
  // review: «huella digital» for a key fingerprint, as in GnuPG's Spanish messages; «huella» alone is also common
  "guide.before.fingerprint":
    "Nuestra declaración está firmada con nuestra clave. Compruebe que la huella digital de nuestra clave pública es la misma en todos los lugares donde la publicamos: en nuestro sitio web, en nuestras publicaciones, en nuestro material impreso. Si una dirección o una huella digital no coincide en algún lugar, no la use.",
  "guide.before.address": "Nuestra dirección .onion",
  "guide.before.key": "Huella digital de nuestra clave pública",
  "guide.send.title": "Qué enviar y cómo eliminar los metadatos",
  "guide.send.what":
    "Envíe lo que muestre el problema: documentos, fotos y su propio relato de lo ocurrido. Explique cómo podríamos comprobarlo, sin decir quién es usted.",
  "guide.send.metadata":
    "Los archivos contienen información oculta llamada metadatos: el nombre del autor, el dispositivo utilizado, fechas y, en las fotos, a menudo el lugar donde se tomaron. Elimínelos antes de enviar si puede, por ejemplo con una herramienta para borrar metadatos, o enviando una copia nueva que conserve solo el contenido.",
  "guide.send.screens":
    "Una foto o una captura de pantalla puede delatarle: puede mostrar su nombre, su cuenta, su configuración o la hora, y algunos documentos se hacen ligeramente distintos para cada persona que los recibe.",
  "guide.send.printers":
    "Muchas impresoras en color añaden diminutos puntos amarillos, casi invisibles, que registran el número de serie de la impresora y la hora de impresión. No envíe escaneos ni fotos de páginas impresas en una impresora que pueda vincularse a usted.",
  // review: «volver a escribir» for re-type; «transcribir» may read better
  "guide.send.retype":
    "Cuando pueda, vuelva a escribir los pasajes importantes en lugar de enviar el documento en sí: los extractos escritos de nuevo son los que menos marcas ocultas llevan.",
  "guide.codename.title": "Cómo guardar su nombre en clave",
  "guide.codename.paper":
    "Escriba su nombre en clave en papel, a mano. Nunca lo guarde en un teléfono ni en otro dispositivo, ni en un gestor de contraseñas ni en la nube: su contenido puede revisarse, sincronizarse o copiarse sin que usted se dé cuenta.",
  "guide.codename.keep":
    "Guarde el papel donde solo usted pueda alcanzarlo y destrúyalo cuando ya no lo necesite. Cualquiera que tenga su nombre en clave puede leer nuestras respuestas.",
  "guide.next.title": "Qué ocurre después",
  "guide.next.read": "Leemos todo lo que recibimos.",
  "guide.next.reply":
    "Puede que no respondamos, o que respondamos tarde. Para comprobarlo, vuelva de vez en cuando, siguiendo de nuevo esta guía, e inicie sesión con su nombre en clave.",
  "guide.next.accounts":
    "Nunca nos contacte desde una cuenta que pueda vincularse a usted: ni desde su correo electrónico, ni desde su número de teléfono, ni desde sus redes sociales. Use solo esta página.",
  "guide.after.title": "Después, no deje rastro",
  "guide.after.identity":
    "Cuando termine, use «Nueva identidad» de Tor Browser (el icono de la escoba, o Ctrl+Mayús+U) y después cierre Tor Browser.",
  "guide.after.files":
    "No guarde archivos nuestros en un dispositivo compartido ni en uno vinculado a usted. Lea aquí nuestras respuestas y luego bórrelas.",

  "guide.risk.title": "¿Es seguro tener Tor?",
  "guide.risk.visible":
    "En algunos lugares, tener Tor en un dispositivo, o que le vean usándolo, ya puede causarle problemas. Quien gestiona su red a menudo puede saber que usa Tor, pero no qué sitios visita. Los puentes (más abajo) hacen que esto sea más difícil de ver, pero no imposible.",
  // review: «computadora» (Latin America) chosen over «ordenador» (Spain) for the new texts; the existing ones avoid the word
  "guide.risk.device":
    "Use un teléfono o una computadora que sea solo suyo: no un dispositivo del trabajo, ni uno que gestione o revise un empleador, una escuela o un familiar. Esos dispositivos pueden registrar lo que usted hace en ellos.",
  "guide.risk.search":
    "No busque Tor, ni nuestro nombre, en un dispositivo o una red vigilados: la propia búsqueda puede verse. Empiece desde un dispositivo y una red que no estén vinculados a usted.",
  "guide.risk.remove":
    "Cuando termine, puede eliminar Tor Browser: en un teléfono, desinstale la aplicación; en una computadora, borre la carpeta de Tor Browser y el archivo que descargó, y después vacíe la papelera.",
  "guide.risk.traces":
    "Eliminarlo no borra todos los rastros. Las tiendas de aplicaciones guardan una lista de lo que usted instaló, y un dispositivo examinado a fondo puede revelar más. Si pueden revisar su teléfono, por ejemplo en un puesto de control, piénselo antes de instalar nada.",

  "guide.blocked.title": "Si Tor está bloqueado",
  "guide.blocked.intro":
    "Si Tor Browser no logra conectarse, puede que su red esté bloqueando Tor. Tor Browser puede sortear el bloqueo con puentes: puntos de entrada ocultos que hacen que su conexión sea más difícil de reconocer. Pueden ser más lentos.",
  // review: Tor Browser’s Spanish labels are not verified here: check the button “Try a bridge” (kept in English, with a translation) and the name of Connection Assist
  "guide.blocked.assist":
    "Primero deje que Tor Browser elija: cuando la conexión falle, pulse «Try a bridge» (Probar un puente). Es el asistente de conexión: elige el puente con más probabilidades de funcionar donde usted está. Si se lo pide, elija su país o región.",
  // review: Tor Browser’s Spanish labels are not verified here: check “Select a Built-In Bridge” (desktop), “Config Bridge” and “Use a Bridge” (Android), kept in English with a translation; «Configuración» follows guide.before.safest, but Firefox in Spanish may say «Ajustes», on Android especially
  "guide.blocked.builtin":
    "Si eso falla, elija usted mismo un puente y pruebe uno tras otro. En una computadora: menú (≡) → Configuración → Conexión → «Select a Built-In Bridge» (Seleccionar un puente integrado). En Android: Configuración → «Config Bridge» (Configurar puente) → «Use a Bridge» (Usar un puente). Las opciones:",
  "guide.blocked.snowflake":
    "Snowflake: hace pasar su conexión por computadoras de voluntarios y la hace parecer una videollamada. Suele funcionar donde los demás están bloqueados, pero puede ser lento.",
  "guide.blocked.obfs4":
    "obfs4: hace que su conexión parezca ruido aleatorio. Funciona en muchos lugares, pero en algunos países los puentes obfs4 integrados están bloqueados y necesita otros nuevos (vea más abajo).",
  "guide.blocked.meek":
    "meek: hace que su conexión parezca una visita a un sitio web grande y corriente. Es lento, pero difícil de bloquear: pruébelo cuando los demás fallen.",
  "guide.blocked.webtunnel":
    "WebTunnel: hace que su conexión parezca una visita normal a un sitio web seguro. No está en la lista integrada: pida puentes WebTunnel (más abajo).",
  // review: Tor Browser’s Spanish labels are not verified here: check “Request bridges” (kept in English, with a translation)
  "guide.blocked.request":
    "En una computadora también puede pedir puentes nuevos desde Tor Browser: en la misma configuración elija «Request bridges» (Solicitar puentes), resuelva la pequeña prueba que aparece y conéctese.",
  "guide.blocked.ask":
    "O pida puentes al Proyecto Tor: en bridges.torproject.org o, si ese sitio está bloqueado, así:",
  // review: «Iniciar» assumed to be the Spanish Telegram label of the bot’s “Start” button
  "guide.blocked.telegram":
    "Telegram: escriba a {bridgesBot}, el bot del Proyecto Tor. Pulse «Iniciar», pida puentes obfs4 o WebTunnel y copie lo que le envíe.",
  "guide.blocked.email":
    "Correo electrónico: escriba a {bridgesEmail} desde una dirección de Gmail o Riseup (no responde a otras), con «get transport obfs4» como mensaje.",
  // review: Tor Browser’s Spanish labels are not verified here: check “Add new bridges” (desktop) and “Provide a Bridge I know” (Android), kept in English with a translation
  "guide.blocked.paste":
    "Recibirá unas líneas de texto: las direcciones de los puentes. En Tor Browser elija «Add new bridges» (Añadir puentes nuevos) en una computadora, o «Provide a Bridge I know» (Proporcionar un puente que conozco) en Android, y péguelas, una por línea.",
  "guide.blocked.seen":
    "Telegram, Gmail y Riseup pueden ver que usted los pidió. Si puede, use una cuenta que no esté a su nombre y borre los mensajes después.",
  "guide.blocked.help":
    "Si nada funciona, el servicio de ayuda del Proyecto Tor puede enviarle puentes privados: escriba a {helpEmail} con «private bridge» y el código de dos letras de su país como asunto (por ejemplo, «private bridge ru»), o a {helpBot} en Telegram.",

  "guide.get.title": "Si no puede descargar Tor Browser",
  "guide.get.intro":
    "Si torproject.org está bloqueado, obtenga Tor Browser del Proyecto Tor de otra forma. Nunca instale una copia que otra persona le envíe.",
  // review: the GetTor bot’s “Send me Tor Browser” button is kept in English with a translation: check whether the bot shows it in Spanish once Spanish is chosen
  "guide.get.telegram":
    "Telegram: escriba a {gettorBot}, pulse «Iniciar», elija su idioma y luego «Send me Tor Browser» (Envíame Tor Browser) y su sistema. Le envía el propio archivo.",
  "guide.get.email":
    "Correo electrónico: escriba a {gettorEmail} con una sola palabra como asunto y como mensaje: windows, macos, linux o android. La respuesta contiene enlaces de descarga.",
  "guide.get.mirrors": "Copias oficiales del sitio web del Proyecto Tor: {mirror1} y {mirror2}.",
  "guide.get.phone":
    "En un teléfono también puede usar la tienda de aplicaciones oficial: «Tor Browser» en Google Play, o bien «Onion Browser» en la App Store. Cuidado con las aplicaciones de imitación con nombres parecidos.",

  "guide.phone.title": "En un teléfono",
  "guide.phone.intro":
    "Nuestras páginas funcionan en un teléfono. Ábralas solo en Tor Browser (Android) o en Onion Browser (iPhone, iPad), nunca en su navegador habitual.",
  // review: Tor Browser for Android’s Spanish labels are not verified here: check “Connect” and “Try a bridge”, kept in English with a translation
  "guide.phone.android.connect":
    "Android: abra Tor Browser y pulse «Connect» (Conectar). Si falla, pulse «Try a bridge» (Probar un puente), o vea «Si Tor está bloqueado» más arriba.",
  // review: Tor Browser for Android’s Spanish labels are not verified here: check “Save and restart” (kept in English), «Configuración» (perhaps «Ajustes») and «Privacidad y seguridad», taken from the desktop path
  "guide.phone.android.safest":
    "Después, elija el nivel más estricto: menú (⋮) → Configuración → Nivel de seguridad (en «Privacidad y seguridad») → «El más seguro» → «Save and restart» (Guardar y reiniciar). Esto desactiva JavaScript.",
  "guide.phone.android.after":
    "Tor Browser para Android no tiene el botón «Nueva identidad». Cuando termine, cierre todas las pestañas y luego cierre la aplicación por completo.",
  "guide.phone.ios.app":
    "iPhone y iPad: no existe Tor Browser. Use Onion Browser, que recomienda el Proyecto Tor. Cuando se lo pida, instale y use Orbot, una aplicación gratuita con la que funciona: es más seguro que el Tor integrado de Onion Browser.",
  "guide.phone.ios.gold":
    "Después, elija el nivel más estricto: Configuración → Seguridad Predeterminada → «Oro». El nivel «Oro» desactiva JavaScript.",
  "guide.phone.ios.bridges":
    "Si Orbot no logra conectarse, abra Orbot y elija otra forma de conectarse, como Snowflake o «Puentes incorporados (obfs4)», o pegue los puentes que pidió en «Puentes personalizados».",
  "guide.phone.ios.limits":
    "Apple obliga a todos los navegadores del iPhone a usar su propio motor, así que Onion Browser no puede protegerle tan bien como Tor Browser. Si puede elegir, use Tor Browser en una computadora o en Android.",
  "guide.phone.ios.after":
    "Cuando termine, mantenga pulsado el icono de Onion Browser y elija «Vaciar Datos».",
  "guide.phone.codename":
    "En un teléfono, puede escribir solo las cuatro primeras letras de cada palabra de su nombre en clave.",

  "guide.links.title": "Nunca abra nuestra dirección dentro de una aplicación",
  "guide.links.inapp":
    "Si ve nuestra dirección en Telegram, Instagram, Facebook o X, no la toque. Estas aplicaciones abren los enlaces en su propio navegador integrado: no puede abrir direcciones .onion, puede revelar la dirección a su red y permite a la aplicación vigilar lo que usted hace en la página.",
  "guide.links.copy":
    "En su lugar, mantenga pulsada la dirección y elija «Copiar». Abra Tor Browser o bien Onion Browser, péguela en la barra de direcciones y compruebe que coincide exactamente con nuestra dirección.",
  "guide.links.qr":
    "Lo mismo vale para nuestro código QR: cuando la cámara le ofrezca abrir el enlace, elija «Copiar» en su lugar y péguelo en Tor Browser o en Onion Browser.",

  "kit.title": "Cómo contactar con {org} de forma segura",
  "kit.step1":
    "Obtenga de una fuente oficial Tor Browser (computadora, Android) o, en iPhone, Onion Browser.",
  "kit.step2":
    "Elija el nivel más estricto: «El más seguro» en Tor Browser, «Oro» en Onion Browser.",
  "kit.step3": "Abra nuestra dirección .onion: {address}",
  // review: quotes the landing page button (landing.start) so the source can find it
  "kit.step4": "Pulse «Enviarnos algo por primera vez» y anote el nombre en clave en papel.",
  "kit.step5": "Vuelva más tarde con su nombre en clave para leer nuestra respuesta.",
  "kit.address_label": "Nuestra dirección .onion",
  "kit.verify":
    "Compruebe esta dirección con nuestra declaración firmada. Huella digital de la clave: {fingerprint}",
  "kit.scan": "Escanee para copiar la dirección",
  "kit.video_intro":
    "¿Sabe algo que {org} debería saber? Así puede contárnoslo de forma segura, sin revelar quién es.",
  "kit.video_outro": "Leemos todo. Nunca nos contacte desde una cuenta vinculada a usted.",
  "kit.inapp":
    "No toque nuestra dirección en Telegram, Instagram, Facebook o X: cópiela y péguela en Tor Browser.",
  "kit.blocked.title": "¿Tor bloqueado?",
  // review: “Try a bridge” kept in English with a translation, as in guide.blocked.assist
  "kit.blocked":
    "En Tor Browser pulse «Try a bridge» (Probar un puente), o elija Snowflake, obfs4 o meek en su configuración de conexión.",
  "kit.blocked.ask":
    "Puentes nuevos: Telegram {bridgesBot} · correo {bridgesEmail} (solo desde Gmail o Riseup)",
  "kit.get":
    "¿torproject.org bloqueado? Telegram {gettorBot} · correo {gettorEmail} · {mirror1} · {mirror2}",
  "kit.phone":
    "En un teléfono: Tor Browser en Android («El más seguro»), Onion Browser en iPhone («Oro»).",
  "kit.risk":
    "Tener Tor puede ser arriesgado en algunos lugares. Use un dispositivo que sea solo suyo, nunca uno del trabajo.",
  // review: “Try a bridge” kept in English with a translation, as in guide.blocked.assist
  "kit.video_blocked":
    "¿Tor bloqueado? Pulse «Try a bridge» (Probar un puente). Puentes nuevos en Telegram: {bridgesBot}",

  "error.back": "Volver e intentarlo de nuevo",
  "error.code": "Código de error: {code}",
  "error.not_found.title": "Página no encontrada",
  "error.not_found.body":
    "Esta página no existe. Compruebe la dirección o vuelva a la página de inicio.",
  "error.method_not_allowed.title": "No permitido",
  "error.method_not_allowed.body":
    "Esta página no se puede usar de este modo. Vuelva a la página de inicio.",
  "error.unsupported_media_type.title": "El formulario no se envió correctamente",
  "error.unsupported_media_type.body":
    "Su navegador envió el formulario en un formato que no aceptamos. Recargue la página e inténtelo de nuevo.",
  "error.session_expired.title": "Su sesión ha terminado",
  "error.session_expired.body":
    "Por su seguridad, las sesiones terminan al cabo de un tiempo. No se ha perdido nada de lo que envió antes. Vuelva a iniciar sesión con su nombre en clave, o empiece de nuevo si no tiene uno.",
  "error.csrf_invalid.title": "Este formulario ha caducado",
  "error.csrf_invalid.body":
    "El formulario estuvo abierto demasiado tiempo o venía de otra página. No se envió nada. Recargue la página y vuelva a enviar.",
  "error.codename_empty.title": "Escriba su nombre en clave",
  "error.codename_empty.body":
    "El campo del nombre en clave estaba vacío. Escriba las palabras que anotó.",
  "error.codename_too_long.title": "Es demasiado largo para ser un nombre en clave",
  "error.codename_too_long.body":
    "Un nombre en clave tiene doce palabras. Revise lo que escribió e inténtelo de nuevo.",
  "error.codename_mistyped.title": "Parece que el nombre en clave tiene un error",
  "error.codename_mistyped.body":
    "Una de las palabras no está en nuestras listas, o las palabras están en otro orden. Compare cada una de las doce palabras con lo que anotó.",
  "error.codename_unknown.title": "No conocemos este nombre en clave",
  "error.codename_unknown.body":
    "Las palabras son válidas, pero nunca se hizo un envío con este nombre en clave. Si no llegó a enviar nada, empiece de nuevo para obtener un nombre en clave nuevo.",
  "error.too_many_attempts.title": "Demasiados intentos en este momento",
  "error.too_many_attempts.body":
    "Estamos recibiendo muchos nombres en clave erróneos y vamos más despacio. Espere un minuto, revise su nombre en clave e inténtelo de nuevo.",
  "error.codename_page_expired.title": "Esta página de nombre en clave ha caducado",
  "error.codename_page_expired.body":
    "Por su seguridad, un nombre en clave nuevo debe confirmarse desde su página en menos de una hora y en el mismo navegador. No se guardó nada. Obtenga un nombre en clave nuevo y continúe desde su página.",
  "error.too_many_new_sources.title": "Demasiadas fuentes nuevas en este momento",
  "error.too_many_new_sources.body":
    "Muchas personas están empezando a la vez, así que vamos más despacio. No se guardó nada y el nombre en clave que se le mostró no se usó. Espere un minuto y obtenga un nombre en clave nuevo.",
  "error.form_rejected.title": "No se pudo aceptar el formulario",
  "error.form_rejected.body":
    "Se rellenó un campo que las personas nunca ven, como hacen los programas automáticos. No se guardó nada. Si es una persona, recargue la página y vuelva a enviar.",
  "error.form_too_large.title": "El formulario era demasiado grande",
  "error.form_too_large.body":
    "No se cambió nada. Vuelva atrás, recargue la página e inténtelo de nuevo.",
  "error.empty_submission.title": "No hay nada que enviar",
  "error.empty_submission.body":
    "Escriba un mensaje o elija al menos un archivo y vuelva a enviar.",
  "error.message_too_long.title": "Su mensaje es demasiado largo",
  "error.message_too_long.body":
    "Los mensajes pueden tener hasta {max, plural, one {# carácter} many {# de caracteres} other {# caracteres}}. Acórtelo, o ponga el texto en un archivo y adjúntelo. No se envió nada.",
  "error.file_too_large.title": "Un archivo es demasiado grande",
  "error.file_too_large.body":
    "Cada archivo puede ocupar hasta {maxFile}. Divídalo en partes más pequeñas o envíelo en varios envíos. No se envió nada.",
  "error.submission_too_large.title": "Demasiado a la vez",
  "error.submission_too_large.body":
    "Un envío puede ocupar hasta {maxTotal} en total. Envíe los archivos en varios envíos. No se envió nada.",
  "error.too_many_files.title": "Demasiados archivos",
  "error.too_many_files.body":
    "Un envío puede contener hasta {maxFiles, plural, one {# archivo} many {# de archivos} other {# archivos}}. Póngalos en un archivo comprimido o envíelos en varios envíos. No se envió nada.",
  "error.file_name_invalid.title": "Un nombre de archivo no se puede usar",
  "error.file_name_invalid.body":
    "Los nombres de archivo deben tener de 1 a 255 caracteres, sin barras ni caracteres de control invisibles. Cambie el nombre del archivo y vuelva a enviar. No se envió nada.",
  "error.multipart_malformed.title": "El envío llegó dañado",
  "error.multipart_malformed.body":
    "Lo que llegó estaba incompleto o no tenía la forma esperada. No se guardó nada. Recargue la página y vuelva a enviar.",
  "error.channel_unknown.title": "Elija quién debe recibir esto",
  "error.channel_unknown.body":
    "Elija uno de los destinatarios de la lista y vuelva a enviar. No se envió nada.",
  "error.channel_not_ready.title": "Este punto de contacto no está listo",
  "error.channel_not_ready.body":
    "Todavía nadie puede recibir envíos aquí, así que no se guardó nada. Inténtelo más tarde.",
  "error.upload_aborted.title": "El envío se interrumpió",
  "error.upload_aborted.body":
    "La conexión terminó antes de que llegara todo, así que no se guardó nada. Vuelva a enviar.",
  "error.storage_unavailable.title": "Inténtelo más tarde",
  "error.storage_unavailable.body":
    "El servidor no puede guardar envíos en este momento. No se conservó nada de este intento, y lo que envió antes no se ha visto afectado. Inténtelo de nuevo dentro de un rato.",
  "error.internal.title": "Algo salió mal",
  "error.internal.body":
    "El servidor cometió un error. No se conservó nada de este intento. Inténtelo más tarde.",
};
