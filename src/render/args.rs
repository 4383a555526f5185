//! The command line's arguments, parsed by hand (a handful of flags; no parser crate).

use std::path::PathBuf;

use crate::theme::ThemeName;
use crate::view::ViewId;

/// What `alliance-charts --help` prints.
pub const USAGE: &str = "\
usage: alliance-charts render [options] [DATA.json | -]
       alliance-charts summary [--view ID] [DATA.json | -]

Draws one view of a dataset (the article's own when no file is given; - reads standard
input) with the same Rust code as the browser widget, and writes it to standard output
or --output. `summary` prints the view in words (the chart's alt text).

options:
  --view ID        survey (default), timeline, forces or scorecard
  --width PX       width in CSS px, 200 to 4000 (default 800)
  --height PX      height in CSS px, 150 to 8000 (default: what <alliance-chart> gives
                   this width: 62 % of it within 416 to 576, 640 up to 480, taller where
                   the view needs it)
  --theme NAME     light (default) or dark
  --format FORMAT  svg (default) or png
  --scale N        PNG pixels per CSS px, 0.5 to 4 (default 2)
  --output FILE    where to write (default: standard output)
  -h, --help       this text";

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// SVG text, as `toSvg` writes it.
    Svg,
    /// That SVG rasterised by resvg.
    Png,
}

/// What to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Draw a view to a file.
    Render(Options),
    /// Print a view's summary.
    Summary(Options),
    /// Print the usage.
    Help,
}

/// The settings of one run.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// The view drawn.
    pub view: ViewId,
    /// Width in CSS px.
    pub width: u32,
    /// Height in CSS px; `None` for the element's height at this width.
    pub height: Option<u32>,
    /// Colours.
    pub theme: ThemeName,
    /// Output format.
    pub format: Format,
    /// PNG pixels per CSS px.
    pub scale: f64,
    /// The dataset file (`-` for standard input); `None` for the article's dataset.
    pub input: Option<PathBuf>,
    /// The output file; `None` for standard output.
    pub output: Option<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            view: ViewId::Survey,
            width: 800,
            height: None,
            theme: ThemeName::Light,
            format: Format::Svg,
            scale: 2.0,
            input: None,
            output: None,
        }
    }
}

/// Parses the arguments after the program name; the error says which one is wrong.
pub fn parse(args: &[String]) -> Result<Command, String> {
    let Some((command, rest)) = args.split_first() else {
        return Err("no command given; use render or summary".into());
    };
    let summary = match command.as_str() {
        "render" => false,
        "summary" => true,
        "-h" | "--help" | "help" => return Ok(Command::Help),
        other => return Err(format!("unknown command \"{other}\"; use render or summary")),
    };
    let mut options = Options::default();
    let mut rest = rest.iter();
    while let Some(arg) = rest.next() {
        if arg == "-h" || arg == "--help" {
            return Ok(Command::Help);
        }
        if !arg.starts_with("--") || arg == "-" {
            if options.input.replace(PathBuf::from(arg)).is_some() {
                return Err(format!("more than one dataset given (\"{arg}\")"));
            }
            continue;
        }
        let value = rest.next().ok_or_else(|| format!("{arg} needs a value"))?;
        set(&mut options, arg, value)?;
    }
    Ok(if summary { Command::Summary(options) } else { Command::Render(options) })
}

fn set(options: &mut Options, flag: &str, value: &str) -> Result<(), String> {
    match flag {
        "--view" => options.view = ViewId::parse(value).map_err(|e| e.to_string())?,
        "--width" => options.width = number(flag, value, 200, 4000)?,
        "--height" => options.height = Some(number(flag, value, 150, 8000)?),
        "--theme" => {
            options.theme = ThemeName::parse(value)
                .ok_or_else(|| format!("unknown theme \"{value}\"; use light or dark"))?;
        }
        "--format" => {
            options.format = match value {
                "svg" => Format::Svg,
                "png" => Format::Png,
                _ => return Err(format!("unknown format \"{value}\"; use svg or png")),
            };
        }
        "--scale" => {
            options.scale = value
                .parse::<f64>()
                .ok()
                .filter(|s| (0.5..=4.0).contains(s))
                .ok_or_else(|| format!("--scale must be a number from 0.5 to 4, not \"{value}\""))?;
        }
        "--output" => options.output = Some(PathBuf::from(value)),
        _ => return Err(format!("unknown option {flag}")),
    }
    Ok(())
}

fn number(flag: &str, value: &str, min: u32, max: u32) -> Result<u32, String> {
    value
        .parse::<u32>()
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or_else(|| format!("{flag} must be a whole number from {min} to {max}, not \"{value}\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn every_flag_is_read() {
        let line = "render --view timeline --width 360 --height 700 --theme dark --format png --scale 3 --output t.png d.json";
        let Ok(Command::Render(o)) = parse(&args(line)) else { panic!("not a render") };
        assert_eq!((o.view, o.width, o.height, o.theme), (ViewId::Timeline, 360, Some(700), ThemeName::Dark));
        assert_eq!((o.format, o.scale), (Format::Png, 3.0));
        assert_eq!((o.output, o.input), (Some("t.png".into()), Some("d.json".into())));
    }

    #[test]
    fn a_bad_argument_is_named() {
        let err = |line: &str| parse(&args(line)).expect_err(line);
        assert_eq!(err("render --width 90"), "--width must be a whole number from 200 to 4000, not \"90\"");
        assert_eq!(
            err("render --view map"),
            "unknown view \"map\"; the views are: survey, timeline, forces, scorecard"
        );
        assert_eq!(err("render --format gif"), "unknown format \"gif\"; use svg or png");
        assert_eq!(err("render --theme"), "--theme needs a value");
        assert_eq!(err("render a.json b.json"), "more than one dataset given (\"b.json\")");
        assert_eq!(err("draw"), "unknown command \"draw\"; use render or summary");
    }
}
