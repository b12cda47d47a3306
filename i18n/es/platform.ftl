# Mensajes propios del sistema (src/io/atomic.rs): Windows.

platform-held-open = `{ $path }` está abierto en otro programa que no permite reemplazarlo; ciérrelo en ese programa e inténtelo de nuevo (el archivo no se ha modificado)
