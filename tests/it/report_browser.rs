//! The HTML report in a real browser (Debian's headless Chromium): laid out
//! at a phone's width (390 px) and a desktop's (1280 px), in each of its
//! languages, it never scrolls sideways, every bar is whole and the overview is on the first screen;
//! printed, the eight-State example (`examples/replies-2019`) fits on at
//! most 20 A4 pages, numbered. CI installs Chromium and sets
//! `QNR_REQUIRE_CHROMIUM`; elsewhere the tests skip when it is missing.
//!
//! Each page is measured in an iframe of the width under test (a headless
//! window cannot be narrower than 500 px), by a script in the host page
//! that writes its measurements into the DOM, which `--dump-dom` prints.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::forms::qnr;
use crate::support::tools::{run_for, tools};

/// The flags every run takes: no sandbox (containers), nothing fetched,
/// nothing synced, no first-run screens.
const FLAGS: [&str; 7] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

fn examples() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples")
}

/// Chromium with a new, empty profile; its output.
fn chromium(browser: &Path, dir: &Path, args: &[&str]) -> std::process::Output {
    let profile = tempfile::tempdir_in(dir).unwrap();
    let mut command = Command::new(browser);
    command
        .args(FLAGS)
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args);
    let output = run_for(command, Duration::from_secs(180));
    assert!(output.status.success(), "{output:?}");
    output
}

/// Writes the report of `args` to `dir/name`.
fn report(dir: &Path, name: &str, args: &[&str]) -> PathBuf {
    let out = dir.join(name);
    qnr()
        .arg("report")
        .args(args)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    out
}

/// The layout of each page in a frame of its width, as the host page's
/// script measured it: one browser start for them all.
fn measure(browser: &Path, frames: &[(&Path, u32)]) -> Vec<Value> {
    let dir = frames[0].0.parent().unwrap();
    let host = dir.join("host.html");
    let iframes: String = frames
        .iter()
        .map(|(page, width)| {
            let name = page.file_name().unwrap().to_str().unwrap();
            format!(
                r#"<iframe src="{name}" style="display:block;width:{width}px;height:900px;border:0"></iframe>"#
            )
        })
        .collect();
    fs::write(
        &host,
        format!(
            r#"<!DOCTYPE html><html><body style="margin:0">
{iframes}
<script>
const frames = [...document.querySelectorAll('iframe')];
let loaded = 0;
const measure = f => {{
  const doc = f.contentDocument, root = doc.documentElement;
  const limit = root.clientWidth + 0.5;
  const overview = doc.getElementById('overview').getBoundingClientRect();
  const wide = [...doc.body.querySelectorAll('*')]
    .filter(e => !e.closest('.scroll') && e.getBoundingClientRect().right > limit)
    .slice(0, 5).map(e => e.tagName + ' ' + e.textContent.slice(0, 40));
  const bars = [...doc.querySelectorAll('svg.bar')].map(b => b.getBoundingClientRect());
  const badBars = bars.filter(r => r.width < 8 || r.left < 0 || r.right > limit).length;
  // A header of one short word (YES, NO, Доля) on more than one line.
  const brokenHeaders = [...doc.querySelectorAll('thead th')]
    .filter(th => /^\S{{1,4}}$/.test(th.textContent.trim()))
    .filter(th => {{ const r = doc.createRange(); r.selectNodeContents(th);
      return new Set([...r.getClientRects()].map(c => Math.round(c.top))).size > 1; }})
    .map(th => th.textContent);
  return {{ lang: root.lang, client: root.clientWidth, scroll: root.scrollWidth, wide, brokenHeaders,
    overviewTop: overview.top, overviewWidth: overview.width,
    bars: bars.length, badBars }};
}};
frames.forEach(f => f.onload = () => {{
  if (++loaded === frames.length)
    document.body.setAttribute('data-measure', JSON.stringify(frames.map(measure)));
}});
</script></body></html>"#
        ),
    )
    .unwrap();
    let output = chromium(
        browser,
        dir,
        &[
            "--allow-file-access-from-files",
            "--window-size=1400,1000",
            "--dump-dom",
            &format!("file://{}", host.display()),
        ],
    );
    let dom = String::from_utf8_lossy(&output.stdout);
    let start = dom
        .find("data-measure=\"")
        .unwrap_or_else(|| panic!("no measurement in {dom}"))
        + "data-measure=\"".len();
    let end = start + dom[start..].find('"').unwrap();
    let json = dom[start..end]
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    let measured: Vec<Value> = serde_json::from_str(&json).unwrap();
    assert_eq!(measured.len(), frames.len(), "{json}");
    measured
}

/// A reply with what breaks layouts: a State name in Arabic, a URL of
/// 170 characters, a word of 80 letters.
fn wide_reply(dir: &Path) -> PathBuf {
    let mut reply: Value = serde_json::from_str(
        &fs::read_to_string(examples().join("replies-2019/japan.json")).unwrap(),
    )
    .unwrap();
    reply["respondent"]["country"] = json!("الجمهورية العربية السورية");
    let url = format!(
        "https://example.org/{}",
        "a/very-long-path-segment".repeat(6)
    );
    reply["answers"]["I.1"]["comments"] = json!(format!(
        "See {url} and {} for details.",
        "Rauschgiftbekämpfungsdienststellenleiterkonferenzempfehlungsumsetzungsfragebogen"
    ));
    let path = dir.join("wide.json");
    fs::write(&path, serde_json::to_string(&reply).unwrap()).unwrap();
    path
}

/// A list of expected States with a region column, so that the replies
/// table has all four of its columns and the report a table by region.
fn expected_by_region(dir: &Path) -> PathBuf {
    let path = dir.join("expected.csv");
    fs::write(
        &path,
        "state,region\n\
         Austria,Western European and Other States\n\
         Brazil,Latin America and the Caribbean\n\
         Chile,Latin America and the Caribbean\n\
         Côte d'Ivoire,Africa\n\
         Japan,Asia and the Pacific\n\
         Russian Federation,Eastern Europe\n\
         Türkiye,Western European and Other States\n\
         United Kingdom,Western European and Other States\n\
         Kazakhstan,Asia and the Pacific\n",
    )
    .unwrap();
    path
}

/// In every language the report speaks (their headers' words are longer
/// than English's: Recommandation, Proporción, представления), against the
/// whole UN list and against a list by region, at a phone's width and a
/// desktop's: one browser start a language.
#[test]
fn the_report_fits_a_phone_and_a_desktop_with_the_overview_first() {
    let Some(found) = tools(&["chromium"], "QNR_REQUIRE_CHROMIUM") else {
        return;
    };
    let ex = examples();
    for lang in ["en", "fr", "es", "ru"] {
        let dir = tempfile::tempdir().unwrap();
        let wide = wide_reply(dir.path());
        let by_region = expected_by_region(dir.path());
        let pages: Vec<(&str, PathBuf)> =
            [("un:all", "all"), (by_region.to_str().unwrap(), "regions")]
                .into_iter()
                .map(|(expected, name)| {
                    let page = report(
                        dir.path(),
                        &format!("{name}.html"),
                        &[
                            ex.join("replies-2019").to_str().unwrap(),
                            wide.to_str().unwrap(),
                            "--cutoff",
                            "2019-08-09",
                            "--previous",
                            ex.join("replies-2017").to_str().unwrap(),
                            "--expected",
                            expected,
                            "--lang",
                            lang,
                        ],
                    );
                    (name, page)
                })
                .collect();
        let frames: Vec<(&Path, u32)> = pages
            .iter()
            .flat_map(|(_, page)| [390, 1280].map(|width| (page.as_path(), width)))
            .collect();
        let measured = measure(&found[0], &frames);
        for ((page, width), m) in frames.iter().zip(&measured) {
            let at = format!("{lang}, {}, {width} px", page.display());
            assert_eq!(m["lang"], lang, "{at}: {m}");
            assert!(
                m["scroll"].as_f64() <= m["client"].as_f64(),
                "{at}: the page scrolls sideways: {m}"
            );
            assert_eq!(m["wide"], json!([]), "{at}: {m}");
            assert_eq!(m["brokenHeaders"], json!([]), "{at}: {m}");
            assert_eq!(m["bars"], 16, "{at}: {m}");
            assert_eq!(m["badBars"], 0, "{at}: a bar is cut off: {m}");
            let top = m["overviewTop"].as_f64().unwrap();
            assert!(
                (0.0..900.0).contains(&top) && m["overviewWidth"].as_f64() > Some(200.0),
                "{at}: the overview is not on the first screen: {m}"
            );
        }
    }
}

#[test]
fn the_eight_state_example_prints_on_at_most_20_numbered_a4_pages() {
    let Some(found) = tools(
        &["chromium", "pdfinfo", "pdftotext"],
        "QNR_REQUIRE_CHROMIUM",
    ) else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = report(
        dir.path(),
        "report.html",
        &[
            examples().join("replies-2019").to_str().unwrap(),
            "--cutoff",
            "2019-08-09",
        ],
    );
    let pdf = dir.path().join("report.pdf");
    chromium(
        &found[0],
        dir.path(),
        &[
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
            &format!("file://{}", page.display()),
        ],
    );
    let info = Command::new(&found[1]).arg(&pdf).output().unwrap();
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(info.contains("(A4)"), "{info}");
    let pages: usize = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!((2..=20).contains(&pages), "{pages} pages");
    let text = Command::new(&found[2]).arg(&pdf).arg("-").output().unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    // The page numbers the report's own print style puts in the footer.
    assert!(text.contains(&format!("1 / {pages}")), "{text}");
    assert!(text.contains(&format!("{pages} / {pages}")), "{text}");
    // The overview on the first page.
    let first = text.split('\u{c}').next().unwrap();
    assert!(first.contains("Answers by recommendation"), "{first}");
}
