# Failures that stop a command (src/error.rs). Variables: $path, $file a
# file's name; $reason why the system refused; $extensions a list such as
# `.json, .toml`.

error-not-found = `{ $path }` does not exist
error-read = cannot read `{ $path }`: { $reason }
error-write = cannot write `{ $path }`: { $reason }
error-exists = `{ $path }` already exists; add --force to replace it
error-too-large-reply = `{ $path }` is { $size } bytes, more than the limit of { $limit } bytes for a reply
error-too-large-schema = `{ $path }` is { $size } bytes, more than the limit of { $limit } bytes for a schema
error-unknown-format = cannot tell the format of `{ $path }` from its name; name it { $extensions }
error-unknown-format-from = cannot tell the format of `{ $path }` from its name; name it { $extensions } or add `--from FORMAT`
error-needs-from = reading standard input needs `--from { $formats }`
error-no-reply-files = no reply files in `{ $path }` (looked for { $extensions }, skipping hidden ones)
error-no-match = no reply files match `{ $pattern }` (looked for { $extensions }, skipping hidden ones)
error-bad-schema = the schema `{ $path }` is invalid

error-refused-convert-unparsed = `{ $path }` cannot be converted: it could not be read; fix the error above
error-refused-convert-lossy = `{ $path }` cannot be converted: part of it would be lost; fix the errors above first
error-refused-compare-unparsed = `{ $path }` cannot be compared: it could not be read; fix the error above
error-refused-compare-lossy = `{ $path }` cannot be compared: part of it could not be read; fix the errors above first
error-refused-fill-unparsed = `{ $path }` cannot be filled: it could not be read, and saving would replace it; fix the error above or name a new file
error-refused-fill-lossy = `{ $path }` cannot be filled: saving would lose what qnr could not read in it; fix the errors above first
error-refused-carry-forward = `{ $path }` cannot be filled: it could not be read as last round's reply; fix the error above

error-other-questionnaire-convert = `{ $path }` answers the `{ $found }` questionnaire, not `{ $expected }`; convert it with `--schema` naming that questionnaire's schema
error-other-questionnaire-compare = `{ $path }` answers the `{ $found }` questionnaire, not `{ $expected }`; compare it with `--schema` naming that questionnaire's schema
error-other-questionnaire-fill = `{ $path }` answers the `{ $found }` questionnaire, not `{ $expected }`; fill it with `--schema` naming that questionnaire's schema
error-other-questionnaire-carry-forward = `{ $path }` answers the `{ $found }` questionnaire, not `{ $expected }`; it cannot supply the answers
error-other-version = `{ $path }` answers version { $found } of `{ $questionnaire }`, but the schema is version { $expected }; fill it with `--schema` naming the schema of that round

error-not-writable-as = `{ $path }` cannot be written as { $format } without change: { $part } would not read back the same; convert it to json, toml or yaml instead

error-no-terminal-stdin =
    `qnr fill` asks its questions in a terminal, and standard input is not a terminal.
    {"  "}Without a terminal, start from an empty reply with `qnr new -o reply.json`, fill it in with any editor, and check it with `qnr validate reply.json`;
    {"  "}`qnr convert` turns a reply from TOML or YAML into JSON and back.
error-no-terminal-stderr =
    `qnr fill` asks its questions in a terminal, and standard error is not a terminal.
    {"  "}Without a terminal, start from an empty reply with `qnr new -o reply.json`, fill it in with any editor, and check it with `qnr validate reply.json`;
    {"  "}`qnr convert` turns a reply from TOML or YAML into JSON and back.
error-terminal-lost = the terminal could not be used: { $reason }; every confirmed answer is saved in `{ $file }`
error-not-saved =
    { $cause }
    {"  "}`{ $path }` still holds every answer saved before ({ $answered } of { $total } answered).
    { $unsaved }{"  "}Make room on the disk or make the folder writable, then `qnr fill { $path }` goes on from there.

error-io-not-found = no such file or folder
error-io-permission-denied = permission denied
error-io-is-a-folder = it is a folder, not a file
error-io-disk-full = the disk is full
error-io-read-only = the file system is read-only
error-bad-pattern = `{ $pattern }` is not a valid pattern: { $reason }

# An entry of a folder that cannot be walked (src/io/discover.rs), after
# "cannot read this entry:".
error-symlink-loop = a symbolic link loops back to a folder above it
error-dangling-symlink = it is a symbolic link to nothing, or it vanished while being listed
