# `qnr fill`: pantallas, indicaciones, ayuda y resumen (src/fill/, src/commands/fill.rs).

fill-busy = otra instancia de qnr ya está rellenando `{ $path }` (proceso { $pid }, desde { $since }); termínela o ciérrela primero (su bloqueo es `{ $lock }`)
fill-not-saved-new =
    { $cause }
    {"  "}No se guardó nada: no se creó `{ $path }`.
    { $unsaved }{"  "}Libere espacio en el disco o permita la escritura en la carpeta y vuelva a ejecutar `qnr fill { $path }`.
