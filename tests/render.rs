//! The native renderer, run as the `alliance-charts` command: every view to SVG and PNG, and
//! the browser API's exact errors for a bad dataset.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

use common::default_value;

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_alliance-charts"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command starts");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("stdin written");
    child.wait_with_output().expect("the command ends")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

#[test]
fn every_view_is_drawn_as_svg_with_its_title() {
    let titles = [
        ("survey", "How much does each partnership benefit Kazakhstan?"),
        ("timeline", "Two tracks: NATO and CSTO"),
        ("forces", "Forces and manning on each track"),
        ("scorecard", "NATO and the CSTO, side by side"),
    ];
    for (view, title) in titles {
        let out = run(&["render", "--view", view, "--width", "640", "--height", "480"], "");
        assert!(out.status.success(), "{view}: {}", text(&out.stderr));
        let svg = text(&out.stdout);
        assert!(svg.starts_with(r#"<svg width="640" height="480""#), "{view}: {}", &svg[..80]);
        assert!(svg.contains(title), "{view} lacks {title:?}");
        assert!(svg.contains(r##"fill="#1D4ED8""##), "{view} has no NATO blue");
    }
}

#[test]
fn the_height_follows_the_element_and_grows_for_the_scorecard() {
    let height = |view: &str, width: &str| {
        let svg = text(&run(&["render", "--view", view, "--width", width], "").stdout);
        let start = svg.find("height=\"").expect("a height") + 8;
        svg[start..].split('"').next().expect("quoted").parse::<u32>().expect("a number")
    };
    assert_eq!(height("survey", "800"), 496); // 62 % of 800
    assert_eq!(height("survey", "1200"), 576); // the 36rem cap
    assert_eq!(height("survey", "360"), 640); // phones: 40rem
    assert!(height("scorecard", "360") > 640, "the scorecard's text needs more than 40rem at 360 px");
}

#[test]
fn a_dark_theme_is_drawn_on_its_background() {
    let svg = text(&run(&["render", "--theme", "dark"], "").stdout);
    assert!(svg.contains(r##"fill="#14171C""##), "no dark background");
}

#[test]
fn a_bad_dataset_fails_with_the_browser_apis_error() {
    let mut dataset = default_value();
    dataset["survey"]["scores"][6]["score"] = 9.into();
    let out = run(&["render", "-"], &dataset.to_string());
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stderr), "invalid dataset: survey.scores[6].score: 9 is outside the scale 1–7\n");
    assert!(out.stdout.is_empty());
    dataset["survey"]["scores"] = serde_json::json!([]);
    let out = run(&["render", "-"], &dataset.to_string());
    assert_eq!(text(&out.stderr), "invalid dataset: survey.scores: must not be empty\n");
}

#[test]
fn text_after_the_json_and_bad_flags_are_refused() {
    let out = run(&["render", "-"], &format!("{} x", default_value()));
    assert_eq!(text(&out.stderr), "invalid dataset: text follows the dataset's JSON\n");
    let out = run(&["render", "--scale", "9"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).starts_with("alliance-charts: --scale must be a number from 0.5 to 4, not \"9\"\n")
    );
}

#[test]
fn the_summary_is_the_views_words() {
    let out = run(&["summary", "--view", "timeline"], "");
    assert!(text(&out.stdout).starts_with("Timeline of "), "{}", text(&out.stdout));
}

#[test]
fn a_png_has_the_scaled_size_and_the_charts_colours() {
    let out = run(&["render", "--format", "png", "--width", "400", "--height", "300", "--scale", "2"], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let pixmap = resvg::tiny_skia::Pixmap::decode_png(&out.stdout).expect("a PNG");
    assert_eq!((pixmap.width(), pixmap.height()), (800, 600));
    let count =
        |rgb: (u8, u8, u8)| pixmap.pixels().iter().filter(|p| (p.red(), p.green(), p.blue()) == rgb).count();
    assert!(count((0x1d, 0x4e, 0xd8)) > 500, "NATO's bar is drawn");
    assert!(count((0xb9, 0x3a, 0x0c)) > 500, "the CSTO's bar is drawn");
    // Text is drawn (with the system's fonts): dark anti-aliased glyph pixels in the title.
    let title_ink = (0..60 * 800)
        .filter(|&i| pixmap.pixels()[i].red() < 0x60 && pixmap.pixels()[i].alpha() == 255)
        .count();
    assert!(title_ink > 300, "the title's glyphs are drawn ({title_ink} dark pixels)");
}

#[test]
fn a_static_image_never_asks_to_hover_or_tap() {
    for view in ["survey", "timeline", "forces", "scorecard"] {
        for (width, height) in [("640", "416"), ("360", "640"), ("928", "576"), ("300", "200")] {
            let out = run(&["render", "--view", view, "--width", width, "--height", height], "");
            let svg = text(&out.stdout);
            assert!(!svg.contains("hover") && !svg.contains("tap a mark"), "{view} at {width}×{height}");
        }
    }
    let svg = text(&run(&["render", "--view", "timeline", "--width", "640", "--height", "416"], "").stdout);
    assert!(svg.contains(" more in the data"), "the events left out of the list are named as in the data");
}
