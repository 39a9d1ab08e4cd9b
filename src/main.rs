use std::process::ExitCode;

fn main() -> ExitCode {
    // The benchmark measures from here.
    let _ = jas_cards::app::bench::PROCESS_START.set(std::time::Instant::now());
    jas_cards::cli::main()
}
