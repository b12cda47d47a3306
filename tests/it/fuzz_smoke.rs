//! The fuzz targets' bounded run for CI (cargo-fuzz needs nightly flags and
//! minutes; this needs neither). It drives the same entry points as
//! `fuzz/fuzz_targets/*` (`qnr::fuzzing`) over the committed seeds, the
//! hostile corpus and the crashes fuzzing found, then over inputs a small
//! deterministic mutator makes from them, so a regression in any reader
//! shows on every change. An entry point panics on a bug; so does this test.

use std::fs;
use std::path::{Path, PathBuf};

use qnr::Format;
use qnr::fuzzing;

/// Each fuzz target: its corpus folder, and how it reads bytes.
const TARGETS: &[(&str, Target)] = &[
    ("reply_json", Target::Reply(Format::Json)),
    ("reply_toml", Target::Reply(Format::Toml)),
    ("reply_yaml", Target::Reply(Format::Yaml)),
    ("form_txt", Target::Reply(Format::Txt)),
    ("form_md", Target::Reply(Format::Md)),
    ("form_csv", Target::Reply(Format::Csv)),
    ("docx", Target::Reply(Format::Docx)),
    ("pdf", Target::Reply(Format::Pdf)),
    ("odt", Target::Reply(Format::Odt)),
    ("schema_toml", Target::Schema),
];

/// Mutated inputs per target: enough to reach past the seeds' happy paths,
/// few enough for a debug build to finish in seconds.
const MUTANTS: usize = 1500;

#[derive(Clone, Copy)]
enum Target {
    Reply(Format),
    Schema,
}

impl Target {
    fn run(self, bytes: &[u8]) {
        match self {
            Target::Reply(format) => fuzzing::reply(format, bytes),
            Target::Schema => fuzzing::schema(bytes),
        }
    }

    /// Pieces of syntax worth splicing in: the format's own, and the
    /// characters the hostile corpus is made of.
    fn tokens(self) -> &'static [&'static [u8]] {
        match self {
            Target::Reply(Format::Json) => &[
                b"{", b"}", b"[", b"]", b"\"", b":", b",", b"\\u0000", b"\\ud800", b"null",
                b"1e999",
            ],
            Target::Reply(Format::Toml) | Target::Schema => &[
                b"[[",
                b"]]",
                b"[",
                b"=",
                b"\"\"\"",
                b"'''",
                b"{",
                b"}",
                b"\n[issues.x]\n",
                b"id = \"I\"\n",
                b"1979-05-27T07:32:00Z",
            ],
            Target::Reply(Format::Yaml) => &[
                b"&a ",
                b"*a",
                b"- ",
                b": ",
                b"? ",
                b"!!binary ",
                b"|",
                b">",
                b"---\n",
                b"...\n",
                b"{",
                b"[",
            ],
            Target::Reply(Format::Md) => &[
                b"# ",
                b"## Issue I\n",
                b"### Recommendation 1 (I.1)\n",
                b"> ",
                b"<script>",
                b"```\n",
                b"[x]",
                b"\\",
                b"**Comments:**\n",
            ],
            Target::Reply(Format::Csv) => &[
                b",", b"\"", b"\r\n", b"sep=;\n", b"=1+1", b";", b"\"\"", b"I.1,", b"yes,",
            ],
            Target::Reply(Format::Pdf) => &[
                b"stream\n",
                b"endstream",
                b" obj\n<<",
                b">>",
                b"/FlateDecode",
                b"/Type /XObject /Subtype /Form",
                b" Do ",
                b"BT /F1 12 Tf (Any action taken) Tj ET",
                b"[[[[",
                b" 0 R",
                b"1e308",
            ],
            Target::Reply(Format::Odt) => &[
                b"PK\x03\x04",
                b"content.xml",
                b"<text:p>",
                b"</text:p>",
                b"loext:checked=\"true\"",
                b"<table:table-row>",
            ],
            Target::Reply(_) => &[
                b"Issue II\n",
                b"Recommendation 1\n",
                b"Any action taken \xe2\x98\x92 YES \xe2\x98\x90 NO\n",
                b"Comments:\n",
                b"\x0c",
                b"(x)",
                b"[ ]",
            ],
        }
    }
}

/// xorshift64*: the same inputs on every run and every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const HOSTILE: &[&[u8]] = &[
    b"\x1b]0;title\x07",
    b"\x1b[31m",
    b"\xc2\x9b",
    b"\xe2\x80\xae",
    b"\xe2\x80\x8b",
    b"\0",
    b"\xff\xfe",
    b"\xed\xa0\x80",
    b"=HYPERLINK(\"http://x\")",
    b"<svg onload=alert(1)>",
];

/// One mutation of `seed`: a byte changed, inserted or removed, a range
/// repeated or cut, a token spliced in, or a piece of another seed.
fn mutate(rng: &mut Rng, seed: &[u8], other: &[u8], tokens: &[&[u8]]) -> Vec<u8> {
    let mut out = seed.to_vec();
    for _ in 0..=rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(8) {
            0 if at < out.len() => out[at] ^= 1 << rng.below(8),
            1 => out.insert(at, rng.next() as u8),
            2 if at < out.len() => {
                let end = (at + rng.below(64)).min(out.len());
                out.drain(at..end);
            }
            3 if at < out.len() => {
                let end = (at + rng.below(32)).min(out.len());
                let piece = out[at..end].repeat(1 + rng.below(50));
                out.splice(at..at, piece);
            }
            4 => out.truncate(at),
            5 => {
                let token = tokens[rng.below(tokens.len())];
                out.splice(at..at, token.iter().copied());
            }
            6 => {
                let token = HOSTILE[rng.below(HOSTILE.len())];
                out.splice(at..at, token.iter().copied());
            }
            _ if !other.is_empty() => {
                let from = rng.below(other.len());
                let end = (from + rng.below(256)).min(other.len());
                out.splice(at..at, other[from..end].iter().copied());
            }
            _ => {}
        }
    }
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files(dir: &Path) -> Vec<Vec<u8>> {
    let Ok(entries) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    paths.iter().map(|p| fs::read(p).unwrap()).collect()
}

/// The committed seeds of a target and the crashes found while fuzzing it.
fn seeds(target: &str) -> Vec<Vec<u8>> {
    let mut seeds: Vec<Vec<u8>> = fs::read_dir(root().join("fuzz/corpus").join(target))
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("seed-"))
        })
        .map(|p| fs::read(p).unwrap())
        .collect();
    seeds.extend(files(
        &root().join("tests/data/fuzz-regressions").join(target),
    ));
    seeds
}

#[test]
fn every_target_survives_its_seeds_and_their_mutants() {
    // The small hostile files: the big ones take seconds each in a debug
    // build, and tests/it/hostile.rs runs them all through the binary.
    let hostile: Vec<Vec<u8>> = files(&root().join("tests/data/hostile"))
        .into_iter()
        .filter(|f| f.len() <= 32 * 1024)
        .collect();
    for &(name, target) in TARGETS {
        let seeds = seeds(name);
        assert!(!seeds.is_empty(), "{name} has no seeds in fuzz/corpus");
        for seed in &seeds {
            target.run(seed);
        }
        // Every hostile file, whatever its format, through every reader.
        for file in &hostile {
            target.run(file);
        }
        let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ name.len() as u64);
        for _ in 0..MUTANTS {
            let seed = &seeds[rng.below(seeds.len())];
            let other = &seeds[rng.below(seeds.len())];
            // Short windows of the seed keep a debug build fast and reach
            // the readers' handling of text that stops anywhere.
            let start = rng.below(seed.len());
            let window = &seed[start..(start + 1 + rng.below(2048)).min(seed.len())];
            let input = if rng.below(4) == 0 {
                mutate(&mut rng, seed, other, target.tokens())
            } else {
                mutate(&mut rng, window, other, target.tokens())
            };
            target.run(&input);
        }
    }
}
