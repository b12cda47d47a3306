# The rules of `qnr validate --format sarif` (src/printer/sarif.rs).

sarif-rule-parse-error = El archivo no es un JSON, TOML o YAML bien formado, o no es texto UTF-8.
sarif-rule-questionnaire-mismatch = La respuesta corresponde a otro cuestionario o a otra versión, o no indica a cuál.
sarif-rule-missing-answer = Una recomendación no tiene SÍ ni NO.
sarif-rule-invalid-choice = Una respuesta no es "yes" ni "no".
sarif-rule-missing-comment = A una respuesta le faltan las observaciones que solicita el cuestionario.
sarif-rule-unknown-answer = Respuesta a una recomendación que no figura en el cuestionario.
sarif-rule-missing-respondent-field = Un dato de identificación obligatorio está vacío.
sarif-rule-invalid-field = Un dato de identificación tiene un valor incorrecto: una fecha imposible o una dirección de correo electrónico no válida.
sarif-rule-duplicate-key = Una clave figura dos veces; los programas de lectura solo conservarían una.
sarif-rule-unknown-field = Clave que no existe en el formato de respuesta.
sarif-rule-long-comment = Las observaciones superan el límite de palabras del cuestionario.
sarif-rule-wrong-type = Valor de un tipo incorrecto, como una lista donde corresponde un objeto.
sarif-rule-limit-exceeded = El archivo supera un límite documentado (tamaño, anidamiento, número de valores).
sarif-rule-unreadable-file = No se pudo leer el archivo.
sarif-rule-text-mismatch = El texto de una recomendación o el título de una cuestión de un formulario difiere del que figura en el cuestionario.
sarif-rule-unmarked-answer = Un formulario no marca SÍ ni NO; la respuesta queda pendiente.
sarif-rule-missing-item = A un formulario le falta una recomendación del cuestionario.
sarif-rule-invalid-schema = Un archivo de esquema de cuestionario no es válido.
sarif-rule-duplicate-id = Un esquema de cuestionario repite un identificador.
sarif-rule-empty-text = Un esquema de cuestionario tiene un título, un texto o una etiqueta vacíos.
sarif-rule-ambiguous-label = Una etiqueta de un esquema de cuestionario impide volver a leer correctamente sus formularios.
sarif-rule-missing-role = Ningún dato de identificación de un esquema de cuestionario indica el Estado o la fecha de presentación.
