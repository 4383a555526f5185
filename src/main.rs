//! `alliance-charts render …`: the charts drawn natively to SVG or PNG (see `--help`).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    alliance_charts::render::cli::main(&args)
}

#[cfg(target_arch = "wasm32")]
fn main() {}
