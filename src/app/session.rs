//! The one path from input to the core: screens write [`Play`] messages; this plugin applies
//! each to the current measurement and saves it at once, atomically. A save that fails (full
//! disk, read-only folder) is reported and retried with the next move or the retry button; the
//! sort stays whole in memory meanwhile.

use bevy::prelude::*;

use crate::app::{DataStore, Problems};
use crate::core::measurement::{Measurement, save};
use crate::core::sort::Action;

/// The measurement being played, if any.
#[derive(Resource, Default, Debug)]
pub struct Current(pub Option<Measurement>);

/// Every measurement known to this run (loaded at start, updated on every save).
#[derive(Resource, Default, Debug)]
pub struct Library(pub Vec<Measurement>);

impl Library {
    /// Puts `m` in, replacing the older copy with the same id.
    pub fn upsert(&mut self, m: &Measurement) {
        match self.0.iter_mut().find(|x| x.id == m.id) {
            Some(x) => *x = m.clone(),
            None => self.0.push(m.clone()),
        }
    }

    /// Sorts not yet finished, newest first: offered for resuming on the start screen.
    pub fn unfinished(&self) -> Vec<&Measurement> {
        let mut v: Vec<&Measurement> = self.0.iter().filter(|m| !m.sort.is_finished()).collect();
        v.sort_by(|a, b| b.updated.cmp(&a.updated));
        v
    }
}

/// A move by the player: place, skip, remark, undo, finish.
#[derive(Message, Clone, Debug, PartialEq)]
pub struct Play(pub Action);

/// Asks for the current measurement to be saved again (after a failed save).
#[derive(Message, Clone, Debug, Default)]
pub struct SaveNow;

/// Whether the last save failed, and why (shown on screen until a save succeeds).
#[derive(Resource, Default, Debug)]
pub struct SaveState {
    pub failed: Option<String>,
}

/// The set in which moves are applied and saved; screens draw after it.
#[derive(SystemSet, Clone, Debug, PartialEq, Eq, Hash)]
pub struct Applied;

/// Moves and saves; used by the app, the autoplay driver and the tests.
pub fn plugin(app: &mut App) {
    app.add_message::<Play>()
        .add_message::<SaveNow>()
        .init_resource::<SaveState>()
        .init_resource::<Library>()
        .add_systems(Update, apply_plays.in_set(Applied));
}

/// Applies every move and saves once. Runs before the screens draw (they run after
/// [`Applied`]), so a frame never shows a move that is not yet saved or known to have failed.
fn apply_plays(
    mut plays: MessageReader<Play>,
    mut retries: MessageReader<SaveNow>,
    mut current: ResMut<Current>,
    store: Res<DataStore>,
    mut library: ResMut<Library>,
    mut state: ResMut<SaveState>,
    mut problems: ResMut<Problems>,
) {
    let retry = retries.read().count() > 0;
    let plays: Vec<Play> = plays.read().cloned().collect();
    if plays.is_empty() && !retry {
        return;
    }
    let Some(m) = current.0.as_mut() else {
        return;
    };
    for Play(action) in plays {
        if let Err(e) = m.apply(action.clone()) {
            // A move the game offers should never be refused; log it rather than lose a frame.
            warn!("move {action:?} refused: {e}");
        }
    }
    save_current(m, &store, &mut library, &mut state, &mut problems);
}

/// Saves `m`, keeps the library in step, and records the outcome.
pub fn save_current(
    m: &Measurement,
    store: &DataStore,
    library: &mut Library,
    state: &mut SaveState,
    problems: &mut Problems,
) {
    library.upsert(m);
    match save(store.0.as_ref(), m) {
        Ok(()) => state.failed = None,
        Err(e) => {
            let message = e.to_string();
            error!("{message}");
            if !problems.0.contains(&message) {
                problems.0.push(message.clone());
            }
            state.failed = Some(message);
        }
    }
}
