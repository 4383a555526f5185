//! The command's input and output: files, standard streams and exit codes.

use std::io::{Read, Write};
use std::process::ExitCode;

use super::args::{parse, Command, Options, USAGE};
use super::{render, view_summary};
use crate::dataset::parse::load_json;
use crate::Dataset;

/// Runs the command: exit 0 on success, 1 for a dataset or output that failed (the message
/// on standard error), 2 for bad arguments.
pub fn main(args: &[String]) -> ExitCode {
    let command = match parse(args) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("alliance-charts: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = match command {
        Command::Help => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Command::Render(options) => run_render(&options),
        Command::Summary(options) => dataset(&options)
            .and_then(|ds| write(&options, format!("{}\n", view_summary(&ds, &options)).as_bytes())),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn run_render(options: &Options) -> Result<(), String> {
    let bytes = render(dataset(options)?, options).map_err(|e| e.to_string())?;
    write(options, &bytes)
}

/// The dataset the options name: a file, standard input (`-`) or the article's.
fn dataset(options: &Options) -> Result<Dataset, String> {
    let Some(path) = &options.input else {
        return Ok(crate::views::embedded_dataset());
    };
    let mut text = String::new();
    let read = if path.as_os_str() == "-" {
        std::io::stdin().read_to_string(&mut text).map(|_| ())
    } else {
        std::fs::read_to_string(path).map(|t| text = t)
    };
    read.map_err(|e| format!("could not read {}: {e}", path.display()))?;
    load_json(&text).map_err(|e| e.to_string())
}

fn write(options: &Options, bytes: &[u8]) -> Result<(), String> {
    match &options.output {
        Some(path) => {
            std::fs::write(path, bytes).map_err(|e| format!("could not write {}: {e}", path.display()))
        }
        None => std::io::stdout().write_all(bytes).map_err(|e| format!("could not write the output: {e}")),
    }
}
