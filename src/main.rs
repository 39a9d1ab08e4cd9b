use std::process::ExitCode;

fn main() -> ExitCode {
    jas_cards::cli::main()
}
