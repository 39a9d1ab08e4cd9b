//! The mentor area (egui), behind a PIN: the gate, the mentor's home (the round waiting for
//! the mentor's own sort, every youth with their rounds), the board of a round and a youth's
//! history. This module owns what its screens share: whether the area is open, and which
//! youth and round the mentor is looking at.
//!
//! The area locks again whenever the start screen opens, and a guard sends anyone who reaches
//! a mentor screen (or a mentor sort) without the PIN back to the gate.

use bevy::ecs::system::SystemParam;
use bevy::prelude::*;
use bevy_egui::egui;

use crate::app::egui_style::color;
use crate::app::exports::{Delivery, LastExport, export_csv};
use crate::app::screens::Screen;
use crate::app::session::{Current, Session};
use crate::app::text as t;
use crate::app::text::Lang;
use crate::app::{DataStore, Org, theme};
use crate::core::measurement::Measurement;
use crate::core::youth::YouthKey;

pub mod board;
mod gate;
mod history;
mod home;
pub(crate) use home::start_mentor_sort;
pub mod new_round;
mod overview;
pub mod paper;
mod together;
pub mod transfer;

/// Whether the mentor area is open, and the gate's form.
#[derive(Resource, Default, Debug)]
pub struct MentorArea {
    pub unlocked: bool,
    pub pin: String,
    pub pin_again: String,
    /// The recovery code typed to set a new PIN.
    pub code: String,
    /// The gate asks for the recovery code instead of the PIN.
    pub forgot: bool,
    /// A new recovery code, shown once until the mentor says it is written down.
    pub recovery_code: Option<String>,
    /// The open area asks for the PIN to make a new recovery code.
    pub renew: bool,
    pub message: Option<t::Tr>,
}

/// The youth and round the mentor is looking at.
#[derive(Resource, Default, Debug, Clone)]
pub struct Focus {
    pub youth: Option<YouthKey>,
    pub round: Option<String>,
}

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<MentorArea>()
        .init_resource::<Focus>()
        .init_resource::<LastTouch>()
        .add_systems(OnEnter(Screen::Start), lock_area)
        .add_systems(
            Update,
            (
                note_touches,
                lock_when_untouched,
                wake_to_lock,
                guard,
                forget_key_when_locked,
            )
                .chain(),
        )
        .add_plugins((
            gate::plugin,
            home::plugin,
            together::plugin,
            board::plugin,
            history::plugin,
            transfer::plugin,
            overview::plugin,
            paper::plugin,
        ));
}

/// The exports of the mentor screens, and what the last one did.
#[derive(SystemParam)]
pub struct Exports<'w> {
    pub delivery: Res<'w, Delivery>,
    pub last: ResMut<'w, LastExport>,
}

impl Exports<'_> {
    /// Both CSV files of `measurements`, named `name`.
    pub fn csv(&mut self, name: &str, measurements: &[Measurement]) {
        self.last.0 = Some(export_csv(&self.delivery, name, measurements));
    }

    /// Says where the last export went, or why it failed.
    pub fn note(&self, ui: &mut egui::Ui, lang: Lang) {
        match &self.last.0 {
            Some(Ok(p)) => {
                ui.label(
                    egui::RichText::new(format!("{} {p}", t::EXPORTED_TO.get(lang))).size(18.0),
                );
            }
            Some(Err(e)) => {
                ui.colored_label(color(theme::WARNING_INK), e);
            }
            None => {}
        }
    }
}

/// Locks the area and forgets the gate's form and the last export's message.
fn lock_area(mut area: ResMut<MentorArea>, mut last: ResMut<LastExport>) {
    *area = MentorArea::default();
    last.0 = None;
}

/// A locked area holds no key: what is stored can be saved to but not read until the PIN
/// opens it again. (What this run already read stays in memory, behind the guard.)
fn forget_key_when_locked(area: Res<MentorArea>, store: Res<DataStore>) {
    if !area.unlocked && area.recovery_code.is_none() && store.0.is_open() {
        store.0.close();
    }
}

/// When the mentor area was last touched, on the real clock (the app's own clock advances at
/// most a quarter second a frame, and an untouched app draws no frames), to lock it after the
/// organisation's idle time.
#[derive(Resource, Default, Debug)]
pub struct LastTouch(pub std::time::Duration);

/// Any touch, click, key or wheel counts as the mentor still being there. (Read from the window's
/// own events, which carry all of them.)
fn note_touches(
    mut events: MessageReader<bevy::window::WindowEvent>,
    area: Res<MentorArea>,
    time: Res<Time<Real>>,
    mut last: ResMut<LastTouch>,
) {
    use bevy::window::WindowEvent as E;
    let any = events.read().any(|e| {
        matches!(
            e,
            E::TouchInput(_) | E::MouseButtonInput(_) | E::KeyboardInput(_) | E::MouseWheel(_)
        )
    });
    // Opening the area (or showing the recovery code) counts as a touch too.
    if any || (area.is_changed() && (area.unlocked || area.recovery_code.is_some())) {
        last.0 = time.elapsed();
    }
}

/// The idle time after which the open area locks itself.
fn idle_limit(org: &Org) -> std::time::Duration {
    std::time::Duration::from_secs(u64::from(org.0.mentor_idle_minutes.max(1)) * 60)
}

/// Locks the area once it has been left untouched for the organisation's idle time; the guard
/// then sends any mentor screen to the gate.
fn lock_when_untouched(
    time: Res<Time<Real>>,
    last: Res<LastTouch>,
    org: Res<Org>,
    mut area: ResMut<MentorArea>,
) {
    let open = area.unlocked || area.recovery_code.is_some();
    if open && time.elapsed().saturating_sub(last.0) >= idle_limit(&org) {
        area.unlocked = false;
        area.pin.clear();
        // A recovery code left on screen is gone too: nobody else may read it.
        area.recovery_code = None;
    }
}

/// An untouched app draws no frames, so nothing would notice the time running out: while the
/// area is open, ask to be woken when it would lock. (A run that draws continuously, such as a
/// screenshot's, is left as it is.)
fn wake_to_lock(
    area: Res<MentorArea>,
    time: Res<Time<Real>>,
    last: Res<LastTouch>,
    org: Res<Org>,
    winit: Option<ResMut<bevy::winit::WinitSettings>>,
    mut waking: Local<bool>,
) {
    use bevy::winit::UpdateMode;
    let Some(mut winit) = winit else { return };
    if matches!(winit.focused_mode, UpdateMode::Continuous) {
        return;
    }
    if area.unlocked || area.recovery_code.is_some() {
        let wait = (last.0 + idle_limit(&org)).saturating_sub(time.elapsed())
            + std::time::Duration::from_millis(50);
        winit.focused_mode = UpdateMode::reactive(wait);
        winit.unfocused_mode = UpdateMode::reactive_low_power(wait);
        *waking = true;
    } else if std::mem::take(&mut *waking) {
        *winit = crate::app::reactive::settings();
    }
}

/// Screens and sorts that only the mentor may see.
pub fn mentor_only(screen: Screen, current: &Current) -> bool {
    let mentor_sort = current.0.as_ref().is_some_and(|m| m.role.is_mentors());
    match screen {
        Screen::MentorHome
        | Screen::Together
        | Screen::Board
        | Screen::History
        | Screen::Transfer
        | Screen::Overview
        | Screen::PaperForm => true,
        Screen::Sort | Screen::Review => mentor_sort,
        _ => false,
    }
}

/// Sends anyone without the PIN from a mentor screen to the gate.
fn guard(
    screen: Res<State<Screen>>,
    area: Res<MentorArea>,
    current: Res<Current>,
    mut session: MessageWriter<Session>,
    mut next: ResMut<NextState<Screen>>,
) {
    if !area.unlocked && mentor_only(*screen.get(), &current) {
        if current.0.as_ref().is_some_and(|m| m.role.is_mentors()) {
            session.write(Session::Close);
        }
        next.set(Screen::MentorGate);
    }
}
