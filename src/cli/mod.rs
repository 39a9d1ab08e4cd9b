//! The command line. No arguments start the app; the subcommands work on the core only, so
//! they run without a window (scoring a paper form, checking a deck, exporting for research).
//!
//! Exit codes: 0 on success, 2 on bad input, with one clear line per problem on stderr.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::app::dev::demo::Demo;
use crate::app::{AppOptions, Lang};

mod data;
mod decks;
mod paper;
mod transfer;

#[derive(Parser, Debug)]
#[command(
    name = "jas-cards",
    version,
    about = "JAS-kaarten: sort the statements of a working-alliance questionnaire as a card game"
)]
pub struct Cli {
    /// Where measurements are kept (default: the platform's data directory).
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Language of the interface.
    #[arg(long, global = true, value_enum, default_value_t = LangArg::Nl)]
    pub lang: LangArg,
    /// The folder with the statement decks (default: `levels`, else the built-in decks).
    #[arg(long, value_name = "DIR")]
    pub decks: Option<PathBuf>,
    /// Window size, such as 1280x800.
    #[arg(long, global = true, value_name = "WxH", value_parser = parse_size, default_value = "1280x800")]
    pub size: (u32, u32),
    /// Write a PNG of the first screen to PATH and exit.
    #[arg(long, global = true, value_name = "PATH")]
    pub screenshot: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Nl,
    En,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check deck files; prints one line per deck, and every problem on stderr.
    CheckDeck {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Also check the plain-language rules of a youth's or parent's deck: no negation on
        /// a front, short fronts and backs, a back that adds no negation.
        #[arg(long)]
        plain: bool,
    },
    /// Score answers (a CSV with header `statement,pile`) with a deck.
    Score {
        #[arg(long, value_name = "FILE")]
        deck: PathBuf,
        #[arg(long, value_name = "FILE.csv")]
        answers: PathBuf,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
    },
    /// Show a screen with a scripted youth sort on a fresh temporary data folder, for looking
    /// at the app and for screenshots.
    Demo(Demo),
    /// Check every stored measurement without changing anything: one line per file; a
    /// damaged file is reported on stderr (exit 2) and left where it is. Needs the mentor's
    /// PIN in JAS_PIN.
    CheckData,
    /// Play scripted moves through the app's own move-and-save path, without a window;
    /// prints `saved <measurement> <moves>` after each save (for scripts/kill-test). On a
    /// folder without a PIN, JAS_PIN (if given) becomes its PIN.
    Autoplay {
        #[arg(long, default_value = "kort")]
        deck: String,
        /// Milliseconds between moves.
        #[arg(long, default_value_t = 2)]
        delay_ms: u64,
        /// Stop after this many moves (0: go on until killed).
        #[arg(long, default_value_t = 0)]
        max_moves: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The pseudonym of the scripted rounds.
        #[arg(long, default_value = "Kill")]
        youth: String,
        /// The words of the scripted remarks.
        #[arg(long, value_name = "TEXT")]
        remark: Option<String>,
    },
    /// Benchmark: sort the whole youth deck in a real window through touch events, then stay
    /// untouched; prints start-up, drag frame, idle and memory figures.
    Bench {
        /// A bare Bevy + egui window instead of the app, for comparison.
        #[arg(long)]
        bare: bool,
        /// Seconds to stay untouched at the end.
        #[arg(long, default_value_t = 10)]
        idle_seconds: u64,
        /// Print the start figures once the first card is shown, and end.
        #[arg(long)]
        start_only: bool,
    },
    /// Enter a paper form as a measurement of a youth (by id or name), with its date and
    /// moment; the answers CSV is the one `score` reads. Needs the mentor's PIN in JAS_PIN.
    ImportAnswers {
        #[arg(long, value_name = "FILE")]
        deck: PathBuf,
        #[arg(long, value_name = "FILE.csv")]
        answers: PathBuf,
        #[arg(long, value_name = "ID")]
        youth: String,
        /// The day the form was filled in.
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: String,
        /// start, mid_evaluation or extra.
        #[arg(long, value_name = "M", value_parser = paper::parse_moment)]
        moment: crate::core::measurement::Moment,
        /// The round the form joins (a mentor's form joins the youth's round).
        #[arg(long, value_name = "ROUND")]
        round: Option<String>,
    },
    /// Fill a folder with an organisation's worth of encrypted data for the scale figures
    /// (scripts/scale); locks a new folder with JAS_PIN.
    #[command(hide = true)]
    MakeData {
        #[arg(long, default_value_t = 40)]
        groups: usize,
        #[arg(long, default_value_t = 10)]
        youths_per_group: usize,
        #[arg(long, default_value_t = 15)]
        rounds: usize,
    },
    /// Move youths' data between devices as one encrypted file (a passphrase of at least 10
    /// characters, from JAS_BUNDLE_PASSPHRASE or typed). Needs the mentor's PIN in JAS_PIN.
    Bundle {
        #[command(subcommand)]
        action: BundleAction,
    },
    /// Export the measurements of every complete round (the youth and the mentor both
    /// finished): OUT gets one row per statement, and OUT with `-scores` before the extension
    /// one row per measurement with its scores. Needs the mentor's PIN in JAS_PIN.
    Export {
        #[arg(long, value_name = "OUT")]
        csv: PathBuf,
        /// Write free-text cells as typed (for R and SPSS). Without it, a cell that starts
        /// with =, +, -, @ or a tab gets a leading ' so a spreadsheet shows it as text.
        #[arg(long)]
        raw: bool,
    },
}

#[derive(Subcommand, Debug)]
pub enum BundleAction {
    /// Write the chosen youths (by id or name; without --youth: everything) with all their
    /// measurements to OUT.
    Export {
        #[arg(long, value_name = "OUT")]
        out: PathBuf,
        #[arg(long = "youth", value_name = "ID")]
        youths: Vec<String>,
    },
    /// Merge a bundle into this folder: new measurements are added, a newer copy replaces an
    /// older one, everything else is kept; prints what it added, updated and kept.
    Import {
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
}

fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let (w, h) = s
        .split_once('x')
        .ok_or_else(|| format!("\"{s}\" is not WIDTHxHEIGHT, such as 1280x800"))?;
    let num = |x: &str| {
        x.parse::<u32>()
            .ok()
            .filter(|n| (200..=8000).contains(n))
            .ok_or_else(|| format!("\"{x}\" in \"{s}\" is not a size from 200 to 8000"))
    };
    Ok((num(w)?, num(h)?))
}

/// The platform's data directory for JAS cards (on Linux `~/.local/share/jas-cards`).
pub fn default_data_dir() -> PathBuf {
    directories::ProjectDirs::from("nl", "", "jas-cards")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("jas-cards-data"))
}

/// Bad input: the message for stderr.
pub(crate) type Failure = String;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let data_dir = cli.data_dir.clone().unwrap_or_else(default_data_dir);
    let lang = match cli.lang {
        LangArg::Nl => Lang::Nl,
        LangArg::En => Lang::En,
    };
    let options = AppOptions {
        data_dir: data_dir.clone(),
        decks_dir: cli.decks.clone(),
        lang,
        size: cli.size,
        screenshot: cli.screenshot.clone(),
        demo: None,
        bench: None,
    };
    // One writer per data folder: the app and autoplay write it; a second one stops here
    // (exit 3). Reading commands run alongside; demo and bench use a folder of their own.
    let _writer = match &cli.command {
        None
        | Some(Command::Autoplay { .. })
        | Some(Command::ImportAnswers { .. })
        | Some(Command::MakeData { .. })
        | Some(Command::Bundle {
            action: BundleAction::Import { .. },
        }) => match crate::core::store::lock_writer(&data_dir) {
            Ok(lock) => Some(lock),
            Err(message) => {
                eprintln!("jas-cards: {message}");
                return ExitCode::from(3);
            }
        },
        _ => None,
    };
    let result = match cli.command {
        None => run_app(options),
        Some(Command::Demo(demo)) => {
            // A fresh folder, removed afterwards: a demo never touches real data.
            let tmp =
                tempfile::tempdir().map_err(|e| format!("cannot make a temporary folder: {e}"));
            match tmp {
                Err(e) => Err(e),
                Ok(tmp) => run_app(AppOptions {
                    data_dir: tmp.path().to_path_buf(),
                    demo: Some(demo),
                    ..options
                }),
            }
        }
        Some(Command::CheckDeck { files, plain }) => decks::check_decks(&files, plain),
        Some(Command::Score {
            deck,
            answers,
            json,
        }) => decks::score_answers(&deck, &answers, json),
        Some(Command::Export { csv, raw }) => data::export(&data_dir, &csv, raw),
        Some(Command::CheckData) => data::check_data(&data_dir),
        Some(Command::ImportAnswers {
            deck,
            answers,
            youth,
            date,
            moment,
            round,
        }) => paper::import_answers(
            &data_dir,
            paper::PaperForm {
                deck: &deck,
                answers: &answers,
                youth: &youth,
                date: &date,
                moment,
                round: round.as_deref(),
            },
        ),
        Some(Command::MakeData {
            groups,
            youths_per_group,
            rounds,
        }) => match cli.data_dir {
            // Never the default folder: made-up youths do not belong among real ones.
            None => Err("make-data needs --data-dir (a folder of its own)".into()),
            Some(_) => data::make_data(&data_dir, groups, youths_per_group, rounds),
        },
        Some(Command::Bundle { action }) => match action {
            BundleAction::Export { out, youths } => transfer::export(&data_dir, &out, &youths),
            BundleAction::Import { file } => transfer::import(&data_dir, &file),
        },
        Some(Command::Bench {
            bare,
            idle_seconds,
            start_only,
        }) => {
            let b = crate::app::dev::bench::Bench {
                bare,
                start_only,
                idle: std::time::Duration::from_secs(idle_seconds),
            };
            if bare {
                match crate::app::run_bare(cli.size, b) {
                    bevy::app::AppExit::Success => Ok(()),
                    bevy::app::AppExit::Error(c) => {
                        Err(format!("the bare window stopped with code {c}"))
                    }
                }
            } else {
                // A fresh folder, removed afterwards: a benchmark never touches real data.
                match tempfile::tempdir() {
                    Err(e) => Err(format!("cannot make a temporary folder: {e}")),
                    Ok(tmp) => run_app(AppOptions {
                        data_dir: tmp.path().to_path_buf(),
                        bench: Some(b),
                        ..options
                    }),
                }
            }
        }
        Some(Command::Autoplay {
            deck,
            delay_ms,
            max_moves,
            seed,
            youth,
            remark,
        }) => match data::autoplay_folder(&data_dir) {
            Err(e) => Err(e),
            Ok(store) => {
                let problems =
                    crate::app::dev::autoplay::run(crate::app::dev::autoplay::Autoplay {
                        store,
                        deck,
                        delay: std::time::Duration::from_millis(delay_ms),
                        max_moves,
                        seed,
                        youth,
                        remark,
                    });
                if problems == 0 {
                    Ok(())
                } else {
                    Err(format!(
                        "{problems} problem(s) with the data in {}",
                        data_dir.display()
                    ))
                }
            }
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            for line in message.lines() {
                eprintln!("jas-cards: {line}");
            }
            ExitCode::from(2)
        }
    }
}

fn run_app(options: AppOptions) -> Result<(), Failure> {
    match crate::app::run(options) {
        bevy::app::AppExit::Success => Ok(()),
        bevy::app::AppExit::Error(code) => Err(format!("the app stopped with code {code}")),
    }
}
