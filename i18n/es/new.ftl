# `qnr new` (src/commands/new.rs).

new-wrote = respuesta vacía al cuestionario { $questionnaire } guardada en `{ $file }`; paso siguiente: ejecute `qnr fill { $file }` o edite el archivo y, a continuación, `qnr validate { $file }`
new-wrote-form = formulario vacío del cuestionario { $questionnaire } guardado en `{ $file }`; paso siguiente: complételo (marque las casillas) y luego `qnr validate { $file }`
new-wrote-word = formulario vacío del cuestionario { $questionnaire } guardado en `{ $file }`; paso siguiente: complételo en Word (marque las casillas) y luego `qnr validate { $file }`
