# Failures that stop a command (src/error.rs).

error-not-found = `{ $path }` no existe
error-read = no se puede leer `{ $path }`: { $reason }
error-write = no se puede escribir `{ $path }`: { $reason }
error-exists = `{ $path }` ya existe; añada --force para reemplazarlo
error-too-large-reply = `{ $path }` ocupa { $size } bytes, más que el límite de { $limit } bytes fijado para una respuesta
error-too-large-schema = `{ $path }` ocupa { $size } bytes, más que el límite de { $limit } bytes fijado para un esquema
error-unknown-format = no se puede determinar el formato de `{ $path }` por su nombre; dele una de las extensiones { $extensions }
error-unknown-format-from = no se puede determinar el formato de `{ $path }` por su nombre; dele una de las extensiones { $extensions } o añada `--from FORMAT`
error-needs-from = para leer la entrada estándar se necesita `--from { $formats }`
error-no-reply-files = no hay archivos de respuesta en `{ $path }` (se buscaron las extensiones { $extensions }, sin contar los archivos ocultos)
error-no-match = ningún archivo de respuesta coincide con `{ $pattern }` (se buscaron las extensiones { $extensions }, sin contar los archivos ocultos)
error-bad-schema = el esquema `{ $path }` no es válido

error-refused-convert-unparsed = `{ $path }` no se puede convertir: no se pudo leer el archivo; corrija el error indicado más arriba
error-refused-convert-lossy = `{ $path }` no se puede convertir: se perdería parte de su contenido; corrija primero los errores indicados más arriba
error-refused-compare-unparsed = `{ $path }` no se puede comparar: no se pudo leer el archivo; corrija el error indicado más arriba
error-refused-compare-lossy = `{ $path }` no se puede comparar: no se pudo leer parte de su contenido; corrija primero los errores indicados más arriba
error-refused-fill-unparsed = `{ $path }` no se puede completar: no se pudo leer el archivo, y al guardar se reemplazaría; corrija el error indicado más arriba o indique un archivo nuevo
error-refused-fill-lossy = `{ $path }` no se puede completar: al guardar se perdería lo que qnr no pudo leer en él; corrija primero los errores indicados más arriba
error-refused-carry-forward = `{ $path }` no se puede utilizar: no se pudo leer como respuesta del ciclo anterior; corrija el error indicado más arriba

error-other-questionnaire-convert = `{ $path }` responde al cuestionario `{ $found }`, no a `{ $expected }`; para convertirlo, indique con `--schema` el esquema de ese cuestionario
error-other-questionnaire-compare = `{ $path }` responde al cuestionario `{ $found }`, no a `{ $expected }`; para compararlo, indique con `--schema` el esquema de ese cuestionario
error-other-questionnaire-fill = `{ $path }` responde al cuestionario `{ $found }`, no a `{ $expected }`; para completarlo, indique con `--schema` el esquema de ese cuestionario
error-other-questionnaire-carry-forward = `{ $path }` responde al cuestionario `{ $found }`, no a `{ $expected }`; por lo tanto, no puede aportar las respuestas
error-other-version = `{ $path }` responde a la versión { $found } de `{ $questionnaire }`, pero el esquema corresponde a la versión { $expected }; para completarlo, indique con `--schema` el esquema de ese ciclo

error-not-writable-as = `{ $path }` no se puede escribir en formato { $format } sin cambios: { $part } no se volvería a leer sin cambios; conviértalo, en su lugar, a json, toml o yaml

error-no-terminal-stdin =
    `qnr fill` formula sus preguntas en un terminal, pero la entrada estándar no es un terminal.
    {"  "}Sin terminal, cree una respuesta vacía con `qnr new -o reply.json`, complétela con el editor que prefiera y compruébela con `qnr validate reply.json`;
    {"  "}`qnr convert` convierte una respuesta de TOML o YAML a JSON, y viceversa.
error-no-terminal-stderr =
    `qnr fill` formula sus preguntas en un terminal, pero la salida de error estándar no es un terminal.
    {"  "}Sin terminal, cree una respuesta vacía con `qnr new -o reply.json`, complétela con el editor que prefiera y compruébela con `qnr validate reply.json`;
    {"  "}`qnr convert` convierte una respuesta de TOML o YAML a JSON, y viceversa.
error-terminal-lost = no se pudo utilizar el terminal: { $reason }; todas las respuestas confirmadas están guardadas en `{ $file }`
error-not-saved =
    { $cause }
    {"  "}`{ $path }` conserva todas las respuestas guardadas anteriormente ({ $answered } de { $total } respondidas).
    { $unsaved }{"  "}Libere espacio en el disco o permita la escritura en la carpeta; después, `qnr fill { $path }` continuará desde donde lo dejó.

error-io-not-found = no existe ningún archivo ni carpeta con ese nombre
error-io-permission-denied = permiso denegado
error-io-is-a-folder = es una carpeta, no un archivo
error-io-disk-full = el disco está lleno
error-io-read-only = el sistema de archivos es de solo lectura
error-bad-pattern = `{ $pattern }` no es un patrón válido: { $reason }

# Entrada de una carpeta que no se puede recorrer (src/io/discover.rs),
# después de «no se puede leer esta entrada:».
error-symlink-loop = un enlace simbólico remite a una de las carpetas que lo contienen
error-dangling-symlink = es un enlace simbólico a un elemento inexistente, o la entrada desapareció mientras se recorría la carpeta
