# What qnr says about the system it runs on (src/io/atomic.rs): Windows.
# Variables: $path a file's name.

platform-held-open = `{ $path }` is open in another program that does not let it be replaced; close it there and try again (the file is unchanged)
