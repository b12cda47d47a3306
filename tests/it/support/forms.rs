//! Shared by the forms tests: paths to the fixtures, the binary, and an
//! independent reading of the seed form made with plain string operations
//! (not the reader under test).

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use qnr::{Answer, Choice, Reply, Schema};

pub(crate) fn qnr() -> Command {
    let mut cmd = Command::cargo_bin("qnr").unwrap();
    cmd.env_remove("QNR_SCHEMA")
        .env("QNR_LANG", "en")
        .env_remove("NO_COLOR")
        .env("COLUMNS", "100");
    cmd
}

pub(crate) fn forms() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/forms")
}

pub(crate) fn seed() -> PathBuf {
    forms().join("seed-000_bc2e8f2f147b68b5.txt")
}

pub(crate) fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

/// The comments of the seed, in order, read by splitting the raw text at the
/// `Comments:` lines and at the `Recommendation N` / `Issue …` lines. Each
/// non-empty line of the seed is one paragraph (Word writes a paragraph per line).
pub(crate) fn seed_comments() -> Vec<String> {
    let raw = std::fs::read_to_string(seed()).unwrap();
    let mut comments = Vec::new();
    for block in raw.split("\nComments:\n").skip(1) {
        let end = block
            .find("\nRecommendation ")
            .into_iter()
            .chain(block.find("\nIssue "))
            .min()
            .unwrap_or(block.len());
        let paragraphs: Vec<&str> = block[..end]
            .split('\n')
            .filter(|line| !line.is_empty())
            .collect();
        comments.push(paragraphs.join("\n\n"));
    }
    comments
}

/// A complete reply with text that a form must carry: typographic
/// characters, several paragraphs, line breaks, markup.
pub(crate) fn complete_reply() -> Reply {
    let schema = Schema::honlea();
    let mut reply = Reply::empty(&schema);
    for (id, value) in [
        ("country", "Republic of Example"),
        ("date", "2019-05-15"),
        ("contact", "A. Sample"),
        (
            "organization",
            "Chief Inspector, National Drug Control Agency",
        ),
        ("address", "1 Example Street"),
        ("telephone", "+00 123 456 789"),
        ("email", "focal.point@example.org"),
        ("publish", "yes"),
    ] {
        reply.set_field(id, value);
    }
    for (n, id) in schema.item_ids().enumerate() {
        let choice = if n % 3 == 2 { Choice::No } else { Choice::Yes };
        let comment = match n % 4 {
            0 => "SAMPLE DATA. A “working group” was set up.\n\nIt met twice in 2018.".to_string(),
            1 => "# Not a heading\n- not a list\n2018. Not numbered; *not* stressed | not a table"
                .to_string(),
            2 => "=1+1 is no formula\n\n@SUM(A1) neither".to_string(),
            _ => format!("Line one of {id}\n  indented line two"),
        };
        reply.set_answer(id, Answer::new(Some(choice), Some(&comment)));
    }
    reply
}

/// A tool the LibreOffice tests need, if installed.
fn tool(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// LibreOffice (and pdftotext) for the tests that have it open what qnr
/// writes, with a profile of their own in `dir`.
pub(crate) struct Office {
    soffice: PathBuf,
    pdftotext: PathBuf,
    profile: String,
}

impl Office {
    /// `None` when `soffice` or `pdftotext` is not installed (the test then
    /// says it is skipped), unless `QNR_REQUIRE_SOFFICE` is set, as in CI.
    #[expect(
        clippy::print_stderr,
        reason = "a skipped test says why in the test output"
    )]
    pub(crate) fn find(dir: &Path) -> Option<Office> {
        let (Some(soffice), Some(pdftotext)) = (tool("soffice"), tool("pdftotext")) else {
            assert!(
                std::env::var_os("QNR_REQUIRE_SOFFICE").is_none(),
                "QNR_REQUIRE_SOFFICE is set but soffice or pdftotext is missing"
            );
            eprintln!(
                "skipped: soffice (LibreOffice) or pdftotext (poppler-utils) is not installed"
            );
            return None;
        };
        let profile = format!(
            "-env:UserInstallation=file://{}",
            dir.join("profile").display()
        );
        Some(Office {
            soffice,
            pdftotext,
            profile,
        })
    }

    /// `soffice --convert-to TO --outdir OUT FILE`.
    pub(crate) fn convert(&self, to: &str, out: &Path, file: &Path) {
        let status = std::process::Command::new(&self.soffice)
            .args([
                "--headless",
                "--norestore",
                &self.profile,
                "--convert-to",
                to,
                "--outdir",
            ])
            .arg(out)
            .arg(file)
            .status()
            .unwrap();
        assert!(status.success(), "soffice --convert-to {to}");
    }

    /// The text of a PDF as pdftotext reads it.
    pub(crate) fn text(&self, pdf: &Path) -> String {
        let out = std::process::Command::new(&self.pdftotext)
            .arg(pdf)
            .arg("-")
            .output()
            .unwrap()
            .stdout;
        String::from_utf8_lossy(&out).into_owned()
    }
}
