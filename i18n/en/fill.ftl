# `qnr fill`: its screens, prompts, help and summary (src/fill/, src/commands/fill.rs).

# Another qnr holds the reply's lock.
fill-busy = another qnr is filling `{ $path }` (process { $pid }, since { $since }); finish or quit that one first (its lock is `{ $lock }`)
# A failed save before the file was ever created.
fill-not-saved-new =
    { $cause }
    {"  "}Nothing was saved: `{ $path }` was not created.
    { $unsaved }{"  "}Make room on the disk or make the folder writable, then `qnr fill { $path }` starts again.
