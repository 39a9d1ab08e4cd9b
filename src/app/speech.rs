//! Reading aloud, for a player who cannot read (well): a speaker button beside the card, on
//! each pile, on the intro and on the hand-over reads its text in the language it is shown in.
//! With "Kaarten voorlezen" (a round setting) each new card is read as it appears, and a
//! turned card reads its back.
//!
//! The screens only ask ([`Speak`]); a [`Voice`] reads: the platform's speech service natively
//! (the `tts` crate: Speech Dispatcher on Linux, AVFoundation on macOS, WinRT on Windows;
//! cargo feature `speech`), the browser's Web Speech API on the web (`web::speech`, which
//! speaks from the page's own touch handler, as iOS requires), a recording double in the
//! tests. Where no voice of the language exists, the screen says so ([`SpeechNotice`]) instead
//! of reading Dutch with an English voice.

use bevy::prelude::*;
use bevy::ui::UiGlobalTransform;
use bevy_egui::egui;

use crate::app::screens::Screen;
use crate::app::theme::{self, Assets2d};
use crate::core::deck::Deck;

/// Read `text` aloud in language `lang` ("nl", "en").
#[derive(Message, Clone, Debug, PartialEq, Eq)]
pub struct Speak {
    pub text: String,
    pub lang: String,
}

/// Why a text was not read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unspoken {
    /// The device has a voice, but none of this language.
    NoVoice,
    /// The device (or this build) has no speech at all.
    NoSpeech,
}

/// Something that reads text aloud.
pub trait Voice: Send + Sync + 'static {
    /// Starts reading `text` in `lang` (stopping what it was reading), or says why it cannot.
    fn speak(&mut self, text: &str, lang: &str) -> Result<(), Unspoken>;
}

/// The voice of this run.
#[derive(Resource)]
pub struct Speech(pub Box<dyn Voice>);

/// The last reason a text was not read, shown on the screen until the next screen.
#[derive(Resource, Default, Debug, PartialEq, Eq)]
pub struct SpeechNotice(pub Option<Unspoken>);

/// A speaker button (Bevy UI): what it reads.
#[derive(Component, Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    pub text: String,
    pub lang: String,
}

/// A speaker button on screen, in logical pixels, with what it reads.
#[derive(Clone, Debug, PartialEq)]
pub struct Zone {
    pub rect: Rect,
    pub text: String,
    pub lang: String,
}

/// Where the speaker buttons are: the browser's touch handler reads from here, so a tap is
/// spoken inside the touch's own event (iOS speaks nowhere else).
#[derive(Resource, Default, Debug, Clone)]
pub struct SpeakerZones {
    /// Bevy UI's buttons, found again every frame.
    pub ui: Vec<Zone>,
    /// egui's, added by the screens as they draw (emptied at the start of a frame).
    pub egui: Vec<Zone>,
}

impl SpeakerZones {
    pub fn all(&self) -> impl Iterator<Item = &Zone> {
        self.ui.iter().chain(&self.egui)
    }
}

/// No speech in this build or on this device.
struct Silent;

impl Voice for Silent {
    fn speak(&mut self, _: &str, _: &str) -> Result<(), Unspoken> {
        Err(Unspoken::NoSpeech)
    }
}

/// The platform's voice through the `tts` crate, connected on first use: a run that reads
/// nothing aloud starts no speech service and waits for none.
#[cfg(all(feature = "speech", not(target_arch = "wasm32")))]
#[derive(Default)]
struct Platform(Option<tts::Tts>);

#[cfg(all(feature = "speech", not(target_arch = "wasm32")))]
impl Voice for Platform {
    fn speak(&mut self, text: &str, lang: &str) -> Result<(), Unspoken> {
        if self.0.is_none() {
            match tts::Tts::default() {
                Ok(t) => self.0 = Some(t),
                // In the log once per try (no personal data); the screen says there is no
                // voice.
                Err(e) => {
                    warn!("no speech service: {e}");
                    return Err(Unspoken::NoSpeech);
                }
            }
        }
        let Some(tts) = self.0.as_mut() else {
            return Err(Unspoken::NoSpeech);
        };
        let voices = tts.voices().map_err(|_| Unspoken::NoSpeech)?;
        let voice = voices
            .iter()
            .find(|v| v.language().primary_language().eq_ignore_ascii_case(lang))
            .ok_or(Unspoken::NoVoice)?;
        tts.set_voice(voice).map_err(|_| Unspoken::NoVoice)?;
        tts.speak(text, true).map_err(|_| Unspoken::NoSpeech)?;
        Ok(())
    }
}

/// The platform's voice where this build has one, else none.
fn platform_voice() -> Box<dyn Voice> {
    #[cfg(all(feature = "speech", not(target_arch = "wasm32")))]
    return Box::<Platform>::default();
    #[allow(unreachable_code)]
    Box::new(Silent)
}

pub(super) fn plugin(app: &mut App) {
    if !app.world().contains_resource::<Speech>() {
        let voice = platform_voice();
        app.insert_resource(Speech(voice));
    }
    app.add_message::<Speak>()
        .init_resource::<SpeechNotice>()
        .init_resource::<SpeakerZones>()
        .add_systems(First, |mut z: ResMut<SpeakerZones>| z.egui.clear())
        .add_systems(
            Last,
            (
                find_ui_zones,
                speak,
                forget_notice.run_if(state_changed::<Screen>),
            ),
        );
}

/// Reads what was asked for this frame.
fn speak(
    mut asks: MessageReader<Speak>,
    mut speech: ResMut<Speech>,
    mut notice: ResMut<SpeechNotice>,
) {
    for ask in asks.read() {
        // Set only when it changes: the screens redraw when it does.
        if let Err(why) = speech.0.speak(&ask.text, &ask.lang)
            && notice.0 != Some(why)
        {
            notice.0 = Some(why);
        }
    }
}

fn forget_notice(mut notice: ResMut<SpeechNotice>) {
    notice.0 = None;
}

/// Where Bevy UI's speaker buttons are now, in logical pixels.
fn find_ui_zones(
    buttons: Query<(
        &Speaker,
        &UiGlobalTransform,
        &ComputedNode,
        &InheritedVisibility,
    )>,
    mut zones: ResMut<SpeakerZones>,
) {
    let found: Vec<Zone> = buttons
        .iter()
        .filter(|(_, _, _, v)| v.get())
        .map(|(s, at, node, _)| {
            let k = node.inverse_scale_factor();
            Zone {
                rect: Rect::from_center_size(at.translation * k, node.size() * k),
                text: s.text.clone(),
                lang: s.lang.clone(),
            }
        })
        .collect();
    if zones.ui != found {
        zones.ui = found;
    }
}

/// The language a deck's text is shown in: the interface's, where the deck has it.
pub fn shown_lang(deck: &Deck, lang: crate::app::Lang) -> String {
    if deck.languages.iter().any(|l| l == lang.code()) {
        lang.code().to_string()
    } else {
        deck.main_language().to_string()
    }
}

/// A speaker button (Bevy UI) that reads `text` in `lang`. The tap is its own: it never
/// reaches the pile or card under it.
pub fn speaker_button(
    parent: &mut ChildSpawnerCommands,
    assets: &Assets2d,
    text: String,
    lang: String,
) -> Entity {
    let name = if lang == "en" {
        "Read aloud"
    } else {
        "Voorlezen"
    };
    parent
        .spawn((
            Node {
                width: px(theme::TOUCH),
                height: px(theme::TOUCH),
                justify_content: JustifyContent::Center,
                align_items: AlignItems::Center,
                border_radius: BorderRadius::all(px(14)),
                ..default()
            },
            BackgroundColor(theme::BUTTON_QUIET),
            Button,
            // Named for a screen reader in the language it reads.
            crate::app::a11y::node(accesskit::Role::Button, name),
            crate::app::a11y::Named(name.to_string()),
            Speaker { text, lang },
        ))
        .with_child((
            ImageNode::new(assets.speaker.clone()),
            Node {
                width: px(38),
                height: px(38),
                ..default()
            },
            Pickable::IGNORE,
        ))
        .observe(
            |mut ev: On<Pointer<Click>>,
             speakers: Query<&Speaker>,
             mut out: MessageWriter<Speak>| {
                ev.propagate(false);
                if let Ok(s) = speakers.get(ev.entity) {
                    out.write(Speak {
                        text: s.text.clone(),
                        lang: s.lang.clone(),
                    });
                }
            },
        )
        .id()
}

/// A speaker button in an egui screen: drawn as a loudspeaker, named for a screen reader,
/// and put among the zones the browser's touch handler reads from. True when tapped.
pub fn egui_speaker(
    ui: &mut egui::Ui,
    name: &str,
    text: &str,
    lang: &str,
    zones: &mut SpeakerZones,
) -> bool {
    let size = egui::vec2(theme::TOUCH, theme::TOUCH);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::click());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Button, true, name));
    let p = ui.painter();
    p.rect_filled(
        rect,
        14.0,
        crate::app::egui_style::color(theme::BUTTON_QUIET),
    );
    paint_speaker(p, rect, crate::app::egui_style::color(theme::INK));
    zones.egui.push(Zone {
        rect: Rect::new(rect.min.x, rect.min.y, rect.max.x, rect.max.y),
        text: text.to_string(),
        lang: lang.to_string(),
    });
    response.clicked()
}

/// Says on an egui screen why a text was not read, if one was not.
pub fn notice_line(ui: &mut egui::Ui, notice: &SpeechNotice, lang: crate::app::Lang) {
    let said = match notice.0 {
        Some(Unspoken::NoVoice) => crate::app::text::NO_VOICE,
        Some(Unspoken::NoSpeech) => crate::app::text::NO_SPEECH,
        None => return,
    };
    ui.colored_label(
        crate::app::egui_style::color(theme::WARNING_INK),
        egui::RichText::new(said.get(lang)).size(22.0),
    );
}

/// The loudspeaker of `speaker.png`, drawn with egui's shapes.
fn paint_speaker(p: &egui::Painter, rect: egui::Rect, ink: egui::Color32) {
    let u = rect.width() / 128.0 * 0.7;
    let o = rect.center() - egui::vec2(64.0 * u, 64.0 * u);
    let at = |x: f32, y: f32| o + egui::vec2(x * u, y * u);
    p.add(egui::Shape::convex_polygon(
        vec![
            at(14.0, 48.0),
            at(38.0, 48.0),
            at(68.0, 22.0),
            at(68.0, 106.0),
            at(38.0, 80.0),
            at(14.0, 80.0),
        ],
        ink,
        egui::Stroke::NONE,
    ));
    for r in [22.0_f32, 42.0] {
        let points: Vec<egui::Pos2> = (0..=12)
            .map(|i| {
                let a = (-50.0 + 100.0 * i as f32 / 12.0).to_radians();
                at(71.0 + r * a.cos(), 64.0 + r * 1.3 * a.sin())
            })
            .collect();
        p.add(egui::Shape::line(points, egui::Stroke::new(9.0 * u, ink)));
    }
}

/// A test double: records what it was asked to read, and has a voice for `langs` only.
#[derive(Clone, Default)]
pub struct Recorded {
    pub said: std::sync::Arc<std::sync::Mutex<Vec<(String, String)>>>,
    pub langs: Vec<String>,
}

impl Voice for Recorded {
    fn speak(&mut self, text: &str, lang: &str) -> Result<(), Unspoken> {
        if !self.langs.iter().any(|l| l == lang) {
            return Err(Unspoken::NoVoice);
        }
        self.said
            .lock()
            .expect("not poisoned")
            .push((text.to_string(), lang.to_string()));
        Ok(())
    }
}
