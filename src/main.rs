#[cfg(not(target_arch = "wasm32"))]
use std::process::ExitCode;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    // The benchmark measures from here.
    let _ = jas_cards::app::dev::bench::PROCESS_START.set(std::time::Instant::now());
    jas_cards::cli::main()
}

/// In the browser there is no command line: the app starts on the page's canvas.
#[cfg(target_arch = "wasm32")]
fn main() {
    jas_cards::web::run();
}
