//! The one writer: every change to a measurement arrives here as a message, is applied in the
//! core and saved at once, atomically. Screens, the demo and the benchmark only write messages;
//! nothing else changes a measurement or the current sort. A save that fails (full disk,
//! read-only folder) is reported and retried with the next move or the retry button; the sort
//! stays whole in memory meanwhile.

use bevy::prelude::*;

use crate::app::{AppSystems, DataStore, Problems};
use crate::core::measurement::{Agreement, Measurement, save};
use crate::core::sort::Action;
use crate::core::store::StoreError;
use crate::core::youth::{self, Youth, YouthKey};

/// The measurement being played, if any. Read it anywhere; change it only with messages.
#[derive(Resource, Default, Debug)]
pub struct Current(pub Option<Measurement>);

/// Every measurement known to this run (loaded at start, updated on every save).
#[derive(Resource, Default, Debug)]
pub struct Library(pub Vec<Measurement>);

impl Library {
    /// Puts `m` in, replacing the older copy with the same id.
    fn upsert(&mut self, m: &Measurement) {
        match self.0.iter_mut().find(|x| x.id == m.id) {
            Some(x) => *x = m.clone(),
            None => self.0.push(m.clone()),
        }
    }

    pub fn get(&self, id: &str) -> Option<&Measurement> {
        self.0.iter().find(|m| m.id == id)
    }

    /// Sorts not yet finished, newest first: offered for resuming on the start screen.
    pub fn unfinished(&self) -> Vec<&Measurement> {
        let mut v: Vec<&Measurement> = self.0.iter().filter(|m| !m.sort.is_finished()).collect();
        v.sort_by(|a, b| b.updated.cmp(&a.updated));
        v
    }
}

/// The youths the mentor has added (loaded at start, kept in step with every save).
#[derive(Resource, Default, Debug)]
pub struct Youths(pub Vec<Youth>);

impl Youths {
    pub fn get(&self, id: &str) -> Option<&Youth> {
        self.0.iter().find(|y| y.id == id)
    }

    /// How the mentor screens name a youth: the record's name and note, or the pseudonym of
    /// rounds not yet linked to a record.
    pub fn name_of(&self, key: &YouthKey) -> String {
        match key {
            YouthKey::Record(id) => self.get(id).map(Youth::label).unwrap_or_else(|| id.clone()),
            YouthKey::Pseudonym(name) => name.clone(),
        }
    }
}

/// A move by the player on the current sort: place, skip, remark, undo, finish.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct Play(pub Action);

/// Everything else that changes what is stored or which sort is current.
#[derive(Message, Clone, Debug, PartialEq)]
pub enum Session {
    /// A new sort becomes the current one; it is saved at once, so it can be resumed even
    /// before the first move.
    Begin(Measurement),
    /// A stored sort (by measurement id) becomes the current one again.
    Resume(String),
    /// No sort is current any more (it stays stored).
    Close,
    /// The agreements of a round, kept on the measurement `id` (the youth's).
    SetAgreements {
        id: String,
        agreements: Vec<Agreement>,
    },
    /// Whether the guess's figures stand on the board the youth sees, kept on the
    /// measurement `id` (the youth's).
    GuessOnBoard { id: String, on: bool },
    /// A whole measurement is stored as it is (the demo's rounds; imports).
    Record(Measurement),
    /// The mentor adds a youth.
    AddYouth(Youth),
    /// Every sort of round `round` now belongs to the youth record `youth`.
    Link { round: String, youth: String },
    /// Save the current sort again (after a failed save).
    SaveAgain,
    /// The player chose a text size (0-2) for the current sort; kept for their next round.
    TextSize(u8),
    /// The folder's key is now in hand (the mentor opened the area): read what is stored.
    Reload,
    /// Merge the bundle `bytes` (the file `name`) opened with `passphrase` into what is
    /// stored (`core::bundle`); [`LastImport`] says what it did.
    Import {
        name: String,
        bytes: Vec<u8>,
        passphrase: String,
    },
}

/// What the last import did: the merge's counts, or why nothing was imported.
#[derive(Resource, Default, Debug)]
pub struct LastImport(pub Option<Result<crate::core::bundle::Merge, ImportRefused>>);

/// Why an import wrote nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportRefused {
    /// The bundle could not be opened: the file and why.
    Bundle(String, crate::core::bundle::BundleError),
    /// Writing failed (a full disk): the message names the file.
    Store(String),
}

/// Whether the last save failed, and why (shown on screen until a save succeeds).
#[derive(Resource, Default, Debug)]
pub struct SaveState {
    pub failed: Option<String>,
}

pub fn plugin(app: &mut App) {
    app.add_message::<Play>()
        .add_message::<Session>()
        .init_resource::<SaveState>()
        .init_resource::<LastImport>()
        .init_resource::<Library>()
        .init_resource::<Youths>()
        .init_resource::<Current>()
        .configure_sets(PreUpdate, (AppSystems::Input, AppSystems::Apply).chain())
        .add_systems(PreUpdate, apply.in_set(AppSystems::Apply));
}

/// Applies every message of the frame, then saves what changed, once each. Runs after the
/// input systems and before the screens change or draw, so a frame never shows a move that is
/// not yet saved or known to have failed, and a screen that opens finds its sort in place.
pub fn apply(
    (mut sessions, mut plays): (MessageReader<Session>, MessageReader<Play>),
    mut current: ResMut<Current>,
    store: Res<DataStore>,
    mut library: ResMut<Library>,
    mut youths: ResMut<Youths>,
    (mut state, mut problems, mut last_import): (
        ResMut<SaveState>,
        ResMut<Problems>,
        ResMut<LastImport>,
    ),
) {
    let mut to_save: Vec<Measurement> = Vec::new();
    // The screen names the file; the log only what went wrong, since file names carry
    // pseudonyms (those made before 2026-11-29) and logs hold no personal data.
    let failed = |state: &mut SaveState, problems: &mut Problems, e: StoreError| {
        error!("could not save a file: {:?}", e.problem);
        let message = e.to_string();
        if !problems.0.contains(&message) {
            problems.0.push(message.clone());
        }
        state.failed = Some(message);
    };
    let mut save_current = false;
    for s in sessions.read() {
        match s {
            Session::Begin(m) => {
                current.0 = Some(m.clone());
                save_current = true;
            }
            Session::Resume(id) => current.0 = library.get(id).cloned(),
            Session::Close => current.0 = None,
            Session::SetAgreements { id, agreements } => {
                let mut m = library.get(id).cloned();
                if let Some(m) = m.as_mut() {
                    m.set_agreements(agreements.clone());
                    to_save.push(m.clone());
                }
            }
            Session::GuessOnBoard { id, on } => {
                if let Some(mut m) = library.get(id).cloned() {
                    m.set_guess_on_board(*on);
                    to_save.push(m);
                }
            }
            Session::Record(m) => to_save.push(m.clone()),
            Session::AddYouth(y) => match youth::save(store.0.as_ref(), y) {
                Ok(()) => {
                    youths.0.retain(|x| x.id != y.id);
                    youths.0.push(y.clone());
                    youths.0.sort_by_key(|y| y.name.to_lowercase());
                }
                Err(e) => failed(&mut state, &mut problems, e),
            },
            Session::Link { round, youth } => {
                for m in library.0.iter().filter(|m| &m.round == round) {
                    let mut m = m.clone();
                    m.link(youth);
                    to_save.push(m);
                }
            }
            Session::SaveAgain => save_current = true,
            Session::TextSize(size) => {
                if let Some(m) = current.0.as_mut()
                    && m.text_size != *size
                {
                    m.text_size = (*size).min(2);
                    save_current = true;
                }
            }
            Session::Reload => reload(store.0.as_ref(), &mut library, &mut youths, &mut problems),
            Session::Import {
                name,
                bytes,
                passphrase,
            } => {
                last_import.0 = Some(import(
                    store.0.as_ref(),
                    name,
                    bytes,
                    passphrase,
                    (&library, &youths),
                ));
                // What is stored now, the imported files with it.
                reload(store.0.as_ref(), &mut library, &mut youths, &mut problems);
            }
        }
    }
    // Only touch the current sort when there is a move: a mutable borrow marks it changed, and
    // the screens redraw on a change.
    if !plays.is_empty() {
        match current.0.as_mut() {
            Some(m) => {
                for Play(action) in plays.read() {
                    match m.apply(action.clone()) {
                        Ok(()) => save_current = true,
                        // A move the game offers should never be refused. The log names the
                        // kind of move only: a remark's words are the youth's, not the log's.
                        Err(e) => warn!("a {} move was refused: {e}", action.kind()),
                    }
                }
            }
            None => plays.clear(),
        }
    }
    if save_current && let Some(m) = current.0.as_ref() {
        to_save.push(m.clone());
    }
    for m in &to_save {
        library.upsert(m);
        match save(store.0.as_ref(), m) {
            Ok(()) => state.failed = None,
            Err(e) => failed(&mut state, &mut problems, e),
        }
    }
}

/// Opens the bundle and merges it into what is stored (all or nothing, `core::bundle`).
fn import(
    store: &dyn crate::core::store::Store,
    name: &str,
    bytes: &[u8],
    passphrase: &str,
    (library, youths): (&Library, &Youths),
) -> Result<crate::core::bundle::Merge, ImportRefused> {
    use crate::core::bundle;
    let b = bundle::open(bytes, passphrase).map_err(|e| ImportRefused::Bundle(name.into(), e))?;
    let merge = bundle::plan_into(store, &library.0, &youths.0, &b)
        .map_err(|e| ImportRefused::Store(e.to_string()))?;
    bundle::apply(store, &merge).map_err(|e| ImportRefused::Store(e.to_string()))?;
    // Counts only in the log: the names and answers are the youths'.
    info!(
        "import: {} added, {} updated, {} kept",
        merge.added.len(),
        merge.updated.len(),
        merge.kept
    );
    Ok(merge)
}

/// Reads everything stored into the library and the youths, keeping what this run holds in
/// memory where it has it (it is the same or newer: a save may have failed).
fn reload(
    store: &dyn crate::core::store::Store,
    library: &mut Library,
    youths: &mut Youths,
    problems: &mut Problems,
) {
    // An import cut off half-way is finished (or undone) before anything is read.
    if let Err(e) = crate::core::bundle::finish(store) {
        problems.0.push(e.to_string());
    }
    let loaded = crate::core::measurement::load_all(store);
    let in_memory = std::mem::replace(&mut library.0, loaded.measurements);
    for m in &in_memory {
        // What this run holds wins unless the stored copy is newer (an import brought it).
        if library
            .get(&m.id)
            .is_none_or(|stored| stored.updated <= m.updated)
        {
            library.upsert(m);
        }
    }
    let (stored, youth_problems) = youth::load_all(store);
    for y in stored {
        if youths.get(&y.id).is_none() {
            youths.0.push(y);
        }
    }
    youths.0.sort_by_key(|y| y.name.to_lowercase());
    for p in loaded.problems.into_iter().chain(youth_problems) {
        if !problems.0.contains(&p) {
            problems.0.push(p);
        }
    }
    if !problems.0.is_empty() {
        warn!(
            "{} stored file(s) could not be used; the mentor area names them",
            problems.0.len()
        );
    }
}
