//! `jas-cards bench [--bare]`: the app's own benchmark. It opens the real app in a window and
//! sorts the whole youth deck through real touch events (press, move in steps, release on a
//! pile), then leaves the screen untouched, and prints one line per figure:
//!
//! - `start_to_first_card_ms`: process start to the first frame that shows a card;
//! - `drag_frame_p50_ms`, `drag_frame_p95_ms`, `drag_frame_p99_ms`: frame times while dragging;
//! - `idle_frames`, `idle_cpu_pct`: frames drawn and CPU used (% of one core) over the idle time;
//! - `peak_rss_mib`: peak resident memory.
//!
//! With `--bare` the same binary opens a bare Bevy + egui window of the same size with the same
//! default plugins, sends it the same touch strokes and prints the same figures, so both are
//! measured in one run on one machine.
//!
//! With `--start-only` either one prints the start figures as soon as the first card (the
//! bare window's first drawn frame) is there and ends: the first frame compiles the UI's
//! shaders on the CPU and swings from run to run, so `scripts/bench` takes the start figure
//! as the median of several short starts rather than from the one long run.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;
use bevy::window::{PrimaryWindow, WindowEvent};

use super::touch::{Stroke, centre, event};
use crate::app::cards::Draggable;
use crate::app::piles::Target;
use crate::app::screens::Screen;
use crate::app::session::{Current, Session};
use crate::app::{AppSystems, Decks};
use crate::core::measurement::Moment;
use crate::core::round::{alone, begin};

/// Set first thing in `main`: the process start, as near as Rust gets to it.
pub static PROCESS_START: OnceLock<Instant> = OnceLock::new();

/// Moments of the start-up, after the process start: where the time to the first card goes.
static MARKS: std::sync::Mutex<Vec<(&'static str, Duration)>> = std::sync::Mutex::new(Vec::new());

/// Notes that start-up reached `what` (only when `main` set the process start: not in tests
/// or the browser).
pub fn mark(what: &'static str) {
    if let (Some(start), Ok(mut marks)) = (PROCESS_START.get(), MARKS.lock()) {
        marks.push((what, start.elapsed()));
    }
}

/// Frames drawn so far (counted in `Last`), read by the idle watcher thread.
static FRAMES: AtomicU64 = AtomicU64::new(0);

#[derive(Clone, Copy, Debug)]
pub struct Bench {
    pub bare: bool,
    pub idle: Duration,
    /// End once the first card is shown, after printing the start figures.
    pub start_only: bool,
}

#[derive(Resource, Default)]
struct Driver {
    first_card: Option<Duration>,
    start_only: bool,
    /// Frame times while a finger is down and moving, in milliseconds.
    drag_frames: Vec<f64>,
    /// The stroke in progress: frames sent so far.
    step: u32,
    strokes: u32,
    done: bool,
}

/// Steps of each stroke from the card to the pile (one touch event per frame).
const STEPS: u32 = 12;
/// Frames between a finger's lifting and the next press, as a real hand takes many. With the
/// press in the very next frame, every other stroke moved no card (40 strokes for 20 cards,
/// until 2026-11-29), and its cheap frames were counted as dragging.
const GAP: u32 = 3;
/// Strokes sent to the bare window (as many as the youth deck has cards).
const BARE_STROKES: u32 = 20;

pub fn plugin(bench: Bench) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(Driver {
            start_only: bench.start_only,
            ..default()
        })
        .add_systems(Last, (count_frame, keep_drawing_while_driving))
        .add_systems(PreStartup, || mark("startup"))
        .add_systems(First, |mut once: Local<bool>| {
            if !std::mem::replace(&mut *once, true) {
                mark("first_frame");
            }
        });
        if bench.bare {
            app.add_systems(Startup, |mut commands: Commands| {
                commands.spawn(Camera2d);
            })
            .add_systems(
                Update,
                move |d: ResMut<Driver>,
                      w: Query<Entity, With<PrimaryWindow>>,
                      t: Res<Time>,
                      e: MessageWriter<WindowEvent>| {
                    drive_bare(d, w, t, e, bench.idle)
                },
            );
        } else {
            app.add_systems(Startup, start_sort)
                .add_systems(PreUpdate, open_the_sort.after(AppSystems::Apply))
                .add_systems(
                    Update,
                    (move |d: ResMut<Driver>,
                           c: Query<(&UiGlobalTransform, &ComputedNode), With<Draggable>>,
                           p: Query<(&Target, &UiGlobalTransform, &ComputedNode)>,
                           w: Query<Entity, With<PrimaryWindow>>,
                           t: Res<Time>,
                           cur: Res<Current>,
                           e: MessageWriter<WindowEvent>| {
                        drive(d, c, p, w, t, cur, e, bench.idle)
                    })
                    .run_if(in_state(Screen::Sort).or_else(in_state(Screen::Review))),
                );
        }
    }
}

fn count_frame() {
    FRAMES.fetch_add(1, Ordering::Relaxed);
}

/// The app draws on demand; the synthetic finger is no real input, so ask for the next frame
/// while it is busy, and stop asking once it is done: the idle time then shows what an
/// untouched app does. (The bare window keeps Bevy's default: it draws continuously.)
fn keep_drawing_while_driving(
    d: Res<Driver>,
    mut redraw: MessageWriter<bevy::window::RequestRedraw>,
) {
    if !d.done {
        redraw.write(bevy::window::RequestRedraw);
    }
}

/// A fresh youth sort of the shipped youth deck, straight on the sort screen.
fn start_sort(decks: Res<Decks>, mut session: MessageWriter<Session>) {
    if let Some(deck) = decks.set.get("jongere") {
        session.write(Session::Begin(begin(
            alone("Bench"),
            Moment::Extra,
            deck,
            2026,
            0,
        )));
    }
}

/// The sort screen, once the session has the sort in place.
fn open_the_sort(
    current: Res<Current>,
    mut opened: Local<bool>,
    mut next: ResMut<NextState<Screen>>,
) {
    if !*opened && current.0.is_some() {
        *opened = true;
        next.set(Screen::Sort);
    }
}

/// The window to stroke in, once the first card has been timed: `None` while the driver is
/// done, or still waiting for `first_shown` to say the first card is on screen (this frame is
/// then its time).
fn ready_to_stroke(
    d: &mut Driver,
    window: &Query<Entity, With<PrimaryWindow>>,
    first_shown: impl FnOnce(&mut Driver) -> bool,
) -> Option<Entity> {
    if d.done {
        return None;
    }
    let window = window.single().ok()?;
    if d.first_card.is_none() {
        if first_shown(d) {
            d.first_card = Some(PROCESS_START.get_or_init(Instant::now).elapsed());
            if d.start_only {
                print_start(d);
                std::process::exit(0);
            }
        }
        return None;
    }
    Some(window)
}

#[allow(clippy::too_many_arguments)]
fn drive(
    mut d: ResMut<Driver>,
    cards: Query<(&UiGlobalTransform, &ComputedNode), With<Draggable>>,
    piles: Query<(&Target, &UiGlobalTransform, &ComputedNode)>,
    window: Query<Entity, With<PrimaryWindow>>,
    time: Res<Time>,
    current: Res<Current>,
    mut events: MessageWriter<WindowEvent>,
    idle: Duration,
) {
    // The card was laid out this frame and is drawn at its end.
    let Some(window) = ready_to_stroke(&mut d, &window, |_| cards.iter().next().is_some()) else {
        return;
    };
    let sorted = current
        .0
        .as_ref()
        .is_some_and(|m| m.sort.playing().is_none());
    if sorted && d.step == 0 {
        finish(&mut d, idle);
        return;
    }
    let Some((card, node)) = cards.iter().next() else {
        return;
    };
    let n = d.strokes;
    // Cards go round the five piles.
    let target = Target::Pile((n % 5) as u8 + 1);
    let Some((_, pile, pnode)) = piles.iter().find(|(t, _, _)| **t == target) else {
        return;
    };
    let (from, to) = (centre(card, node), centre(pile, pnode));
    stroke(&mut d, &mut events, window, &time, from, to);
}

/// One frame of a stroke from `from` to `to`: press, STEPS moves (their frame times recorded),
/// release, a short pause.
fn stroke(
    d: &mut Driver,
    events: &mut MessageWriter<WindowEvent>,
    window: Entity,
    time: &Time,
    from: Vec2,
    to: Vec2,
) {
    let stroke = Stroke {
        from,
        to,
        moves: STEPS,
        lift: true,
    };
    let step = d.step;
    d.step += 1;
    if (1..=STEPS).contains(&step) {
        d.drag_frames.push(f64::from(time.delta_secs()) * 1000.0);
    }
    if let Some((phase, position)) = stroke.at(step) {
        events.write(event(window, 7, phase, position));
    } else if step >= STEPS + 1 + GAP {
        d.step = 0;
        d.strokes += 1;
    }
}

fn drive_bare(
    mut d: ResMut<Driver>,
    window: Query<Entity, With<PrimaryWindow>>,
    time: Res<Time>,
    mut events: MessageWriter<WindowEvent>,
    idle: Duration,
) {
    // What "the first card" is measured against: the start of the bare window's second
    // frame, once its first one has gone to the screen. The app's card is spawned in its
    // first frame and seen by `drive` at the start of the second, so both figures hold
    // the first frame's drawing. (Until 2026-11-29 the bare window was timed at its first
    // frame, before drawing anything, which made the app look 34 ms slower than it is.)
    let second_frame = |d: &mut Driver| {
        d.step += 1;
        let second = d.step == 2;
        if second {
            d.step = 0;
        }
        second
    };
    let Some(window) = ready_to_stroke(&mut d, &window, second_frame) else {
        return;
    };
    if d.strokes >= BARE_STROKES {
        finish(&mut d, idle);
        return;
    }
    let (from, to) = (
        Vec2::new(640.0, 300.0),
        Vec2::new(400.0 + 100.0 * (d.strokes % 5) as f32, 700.0),
    );
    stroke(&mut d, &mut events, window, &time, from, to);
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let i = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Prints the start and drag figures and leaves a watcher to measure the idle time and the
/// peak memory, then end the process.
fn finish(d: &mut Driver, idle: Duration) {
    d.done = true;
    let mut frames = d.drag_frames.clone();
    frames.sort_by(f64::total_cmp);
    print_start(d);
    println!("drag_strokes {}", d.strokes);
    println!("drag_frames {}", frames.len());
    println!("drag_frame_p50_ms {:.2}", percentile(&frames, 0.50));
    println!("drag_frame_p95_ms {:.2}", percentile(&frames, 0.95));
    println!("drag_frame_p99_ms {:.2}", percentile(&frames, 0.99));
    std::thread::spawn(move || {
        // Let the last frames of the sort (the review opening) go by, then count.
        std::thread::sleep(Duration::from_secs(2));
        let (frames0, cpu0) = (FRAMES.load(Ordering::Relaxed), cpu_time());
        std::thread::sleep(idle);
        let (frames1, cpu1) = (FRAMES.load(Ordering::Relaxed), cpu_time());
        println!("idle_seconds {}", idle.as_secs());
        println!("idle_frames {}", frames1 - frames0);
        println!(
            "idle_cpu_pct {:.2}",
            (cpu1 - cpu0) / idle.as_secs_f64() * 100.0
        );
        println!("peak_rss_mib {:.1}", peak_rss_kib() / 1024.0);
        std::process::exit(0);
    });
}

/// The time to the first card and the start-up's marks.
fn print_start(d: &Driver) {
    println!(
        "start_to_first_card_ms {:.1}",
        d.first_card.unwrap_or_default().as_secs_f64() * 1000.0
    );
    if let Ok(marks) = MARKS.lock() {
        for (what, at) in marks.iter() {
            println!("start_{what}_ms {:.1}", at.as_secs_f64() * 1000.0);
        }
    }
}

/// User plus system CPU time of this process, in seconds (from /proc/self/stat).
fn cpu_time() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')').map(|(_, r)| r).unwrap_or("");
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 of the whole line: 11 and 12 after the name.
    (ticks(11) + ticks(12)) / 100.0
}

/// Peak resident set size in KiB (VmHWM).
fn peak_rss_kib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0.0)
}
