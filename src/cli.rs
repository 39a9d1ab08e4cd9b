//! The command line. No arguments start the app; the subcommands work on the core only, so
//! they run without a window (scoring a paper form, checking a deck, exporting for research).
//!
//! Exit codes: 0 on success, 2 on bad input, with one clear line per problem on stderr.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use std::io::Write;

use clap::{Parser, Subcommand, ValueEnum};

use crate::app::demo::{Demo, DemoCase, DemoScreen};
use crate::app::{AppOptions, Lang};
use crate::core::answers::parse_answers;
use crate::core::deck::{DeckSet, load_deck};
use crate::core::export::{scores_json, write_items_csv, write_scores_csv};
use crate::core::measurement::load_all;
use crate::core::scoring::{ScaleScore, score};
use crate::core::store::FileStore;

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

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ScreenArg {
    Intro,
    Sort,
    Review,
    Handover,
    Mentor,
    Board,
    History,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CaseArg {
    Differences,
    Agreement,
    Skipped,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check deck files; prints one line per deck, and every problem on stderr.
    CheckDeck {
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
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
    Demo {
        #[arg(long, value_enum)]
        screen: ScreenArg,
        /// Moves played before the screen is shown (sort screen).
        #[arg(long, default_value_t = 7)]
        moves: usize,
        /// Hold the current card mid-drag over a pile (sort screen).
        #[arg(long)]
        drag: bool,
        /// Open the remark dialog on the current card (sort screen).
        #[arg(long)]
        remark: bool,
        /// What youth and mentor answered (board and history screens).
        #[arg(long, value_enum, default_value_t = CaseArg::Differences)]
        case: CaseArg,
        /// Also write the demo round's PDF report and CSV files into DIR (board screen).
        #[arg(long, value_name = "DIR")]
        export: Option<PathBuf>,
    },
    /// Check every stored measurement without changing anything: one line per file; a
    /// damaged file is reported on stderr (exit 2) and left where it is.
    CheckData,
    /// Play scripted moves through the app's own move-and-save path, without a window;
    /// prints `saved <measurement> <moves>` after each save (for scripts/kill-test).
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
    },
    /// Export every stored measurement: OUT gets one row per statement, and OUT with
    /// `-scores` before the extension one row per measurement with its scores.
    Export {
        #[arg(long, value_name = "OUT")]
        csv: PathBuf,
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
type Failure = String;

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
    let result = match cli.command {
        None => run_app(options),
        Some(Command::Demo {
            screen,
            moves,
            drag,
            remark,
            case,
            export,
        }) => {
            // A fresh folder, removed afterwards: a demo never touches real data.
            let tmp =
                tempfile::tempdir().map_err(|e| format!("cannot make a temporary folder: {e}"));
            match tmp {
                Err(e) => Err(e),
                Ok(tmp) => run_app(AppOptions {
                    data_dir: tmp.path().to_path_buf(),
                    demo: Some(Demo {
                        screen: match screen {
                            ScreenArg::Intro => DemoScreen::Intro,
                            ScreenArg::Sort => DemoScreen::Sort,
                            ScreenArg::Review => DemoScreen::Review,
                            ScreenArg::Handover => DemoScreen::Handover,
                            ScreenArg::Mentor => DemoScreen::Mentor,
                            ScreenArg::Board => DemoScreen::Board,
                            ScreenArg::History => DemoScreen::History,
                        },
                        moves,
                        drag,
                        remark,
                        case: match case {
                            CaseArg::Differences => DemoCase::Differences,
                            CaseArg::Agreement => DemoCase::Agreement,
                            CaseArg::Skipped => DemoCase::Skipped,
                        },
                        export,
                    }),
                    ..options
                }),
            }
        }
        Some(Command::CheckDeck { files }) => check_decks(&files),
        Some(Command::Score {
            deck,
            answers,
            json,
        }) => score_answers(&deck, &answers, json),
        Some(Command::Export { csv }) => export(&data_dir, &csv),
        Some(Command::CheckData) => check_data(&data_dir),
        Some(Command::Bench { bare, idle_seconds }) => {
            let b = crate::app::bench::Bench {
                bare,
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
        }) => {
            let problems = crate::app::autoplay::run(crate::app::autoplay::Autoplay {
                data_dir: data_dir.clone(),
                deck,
                delay: std::time::Duration::from_millis(delay_ms),
                max_moves,
                seed,
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

fn check_decks(files: &[PathBuf]) -> Result<(), Failure> {
    // A mentor deck may pair with a deck next to it that was not named.
    let mut candidates = Vec::new();
    for f in files {
        let dir = f.parent().filter(|p| !p.as_os_str().is_empty());
        if let Ok(entries) = std::fs::read_dir(dir.unwrap_or(Path::new("."))) {
            candidates.extend(
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "ron")),
            );
        }
    }
    let (set, errors) = DeckSet::load_files(files, &candidates);
    for (file, deck) in &set.decks {
        let parts: Vec<String> = deck
            .parts
            .iter()
            .map(|p| {
                let n = deck.statements.iter().filter(|s| s.part == p.id).count();
                format!("{} {n}", p.id)
            })
            .collect();
        let reverse = deck.statements.iter().filter(|s| s.reverse).count();
        println!(
            "ok {}: deck \"{}\" version {}, {} statements ({}), {reverse} reverse-keyed",
            file.display(),
            deck.id,
            deck.version,
            deck.statements.len(),
            parts.join(", ")
        );
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n"))
    }
}

fn score_answers(deck_file: &Path, answers_file: &Path, json: bool) -> Result<(), Failure> {
    let deck = load_deck(deck_file).map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(answers_file)
        .map_err(|e| format!("{}: cannot read the file: {e}", answers_file.display()))?;
    let answers =
        parse_answers(&deck, &text).map_err(|e| format!("{}: {e}", answers_file.display()))?;
    let scores = score(&deck.scoring_key(), &answers);
    if json {
        println!("{}", scores_json(&deck.id, &scores));
        return Ok(());
    }
    let lang = deck.main_language().to_string();
    println!("deck {} ({})", deck.id, deck.title.get(&lang, &lang));
    println!(
        "{:<10} {:>8} {:>5} {:>6} {:>7}",
        "part", "answered", "sum", "mean", "0-100"
    );
    let row = |name: &str, of: usize, min: usize, s: &ScaleScore| {
        let answered = format!("{}/{of}", s.answered);
        match (s.mean, s.score_0_100) {
            (Some(mean), Some(score)) => println!(
                "{name:<10} {answered:>8} {:>5} {mean:>6.2} {score:>7.1}",
                s.sum
            ),
            _ => println!(
                "{name:<10} {answered:>8} {:>5}   not scorable (needs {min} answered)",
                s.sum
            ),
        }
    };
    for (id, s) in &scores.parts {
        let of = deck.statements.iter().filter(|st| &st.part == id).count();
        let min = deck.part(id).map_or(0, |p| p.min_answered);
        row(id, of, min, s);
    }
    row(
        "total",
        deck.statements.len(),
        deck.thresholds.min_answered_total,
        &scores.total,
    );
    Ok(())
}

/// `OUT` with `-scores` before its extension: `results.csv` -> `results-scores.csv`.
pub fn scores_path(out: &Path) -> PathBuf {
    let stem = out.file_stem().unwrap_or_default().to_string_lossy();
    let name = match out.extension() {
        Some(ext) => format!("{stem}-scores.{}", ext.to_string_lossy()),
        None => format!("{stem}-scores"),
    };
    out.with_file_name(name)
}

fn check_data(data_dir: &Path) -> Result<(), Failure> {
    use crate::core::measurement::{FOLDER, LoadError, parse};
    use crate::core::store::Store;
    let store = FileStore::new(data_dir);
    let keys = store.list(FOLDER).map_err(|e| e.to_string())?;
    let mut errors = Vec::new();
    for key in keys.iter().filter(|k| k.ends_with(".ron")) {
        let bytes = match store.read(key) {
            Ok(b) => b,
            Err(e) => {
                errors.push(e.to_string());
                continue;
            }
        };
        match parse(&bytes) {
            Ok(m) => {
                let line = format!(
                    "ok {}: {} moves, {} of {} cards placed{}",
                    m.id,
                    m.sort.moves().len(),
                    m.sort.done_count(),
                    m.sort.len(),
                    if m.sort.is_finished() {
                        ", finished"
                    } else {
                        ""
                    }
                );
                // A closed pipe (`| head`) ends the listing, not the program with a panic.
                if writeln!(std::io::stdout(), "{line}").is_err() {
                    break;
                }
            }
            Err(LoadError::Newer { format }) => {
                println!("newer {}: format {format}", store.place(key))
            }
            Err(LoadError::Damaged(why)) => {
                errors.push(format!("{}: damaged ({why})", store.place(key)))
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors.join("\n"))
    }
}

fn export(data_dir: &Path, out: &Path) -> Result<(), Failure> {
    let store = FileStore::new(data_dir);
    let loaded = load_all(&store);
    for p in &loaded.problems {
        eprintln!("jas-cards: warning: {p}");
    }
    let scores_out = scores_path(out);
    let create = |path: &Path| {
        crate::core::store::create_private_file(path)
            .map(std::io::BufWriter::new)
            .map_err(|e| format!("{}: cannot write: {e}", path.display()))
    };
    write_items_csv(create(out)?, &loaded.measurements)
        .map_err(|e| format!("{}: cannot write: {e}", out.display()))?;
    write_scores_csv(create(&scores_out)?, &loaded.measurements)
        .map_err(|e| format!("{}: cannot write: {e}", scores_out.display()))?;
    println!(
        "exported {} measurement(s) from {} to {} and {}",
        loaded.measurements.len(),
        data_dir.display(),
        out.display(),
        scores_out.display()
    );
    Ok(())
}
