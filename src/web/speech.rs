//! Reading aloud in the browser, with the Web Speech API (`speechSynthesis`), and the card on
//! the table for a screen reader.
//!
//! iOS speaks only when `speak` is called inside a touch's own event handler, and the app sees
//! a tap a frame later. So, as the on-screen keyboard does (`keyboard.rs`), the page's own
//! handler does it: the app keeps where its speaker buttons are ([`SpeakerZones`]), and a touch
//! that ends on one speaks its text there and then. The app's own request for the same tap
//! then finds it spoken. "Kaarten voorlezen" speaks from the app: WebKit lets a page speak
//! on its own once it has spoken inside a touch.
//!
//! A voice of the text's language (`nl-NL`, `nl-BE`: an iPad's Xander and Ellen, offline) is
//! required; without one the screen says so instead of reading Dutch with an English voice.
//!
//! The browser has no AccessKit yet: the current card's words go into the page's visually
//! hidden `aria-live` element (`#jas-live`), which a screen reader reads when it changes.

use std::cell::RefCell;

use bevy::prelude::*;

use crate::app::screens::sort::deck_of;
use crate::app::session::Current;
use crate::app::speech::{SpeakerZones, Speech, Unspoken, Voice, Zone, shown_lang};
use crate::app::{Decks, Settings};

/// A tap's text spoken by the touch handler is not spoken again by the app within this long.
const SAME_TAP_MS: f64 = 1500.0;

thread_local! {
    /// Where the speaker buttons were in the last frame, in CSS pixels.
    static ZONES: RefCell<Vec<Zone>> = const { RefCell::new(Vec::new()) };
    /// The text the touch handler spoke last, and when.
    static SPOKEN: RefCell<Option<(String, f64)>> = const { RefCell::new(None) };
}

pub(super) fn plugin(app: &mut App) {
    app.insert_resource(Speech(Box::new(WebVoice)))
        .add_systems(Startup, listen)
        .add_systems(Last, (publish_zones, mirror_card));
}

/// The browser's voice, for what the app reads on its own.
struct WebVoice;

impl Voice for WebVoice {
    fn speak(&mut self, text: &str, lang: &str) -> Result<(), Unspoken> {
        let now = now_ms();
        let just_spoken = SPOKEN.with_borrow(|s| {
            s.as_ref()
                .is_some_and(|(said, at)| said == text && now - at < SAME_TAP_MS)
        });
        if just_spoken {
            return Ok(());
        }
        say(text, lang)
    }
}

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Speaks `text` with a voice of `lang`, stopping what was being read.
fn say(text: &str, lang: &str) -> Result<(), Unspoken> {
    let synth = web_sys::window()
        .and_then(|w| w.speech_synthesis().ok())
        .ok_or(Unspoken::NoSpeech)?;
    let voices = synth.get_voices();
    if voices.length() == 0 {
        return Err(Unspoken::NoSpeech);
    }
    // The voice's own tag ("nl-NL", "nl-BE"; some browsers write "nl_NL"), read as a plain
    // property so any voice object the page gives will do.
    let tag = voices.iter().find_map(|v| {
        let tag = js_sys::Reflect::get(&v, &"lang".into()).ok()?.as_string()?;
        let lower = tag.to_lowercase();
        let rest = lower.strip_prefix(lang)?;
        (rest.is_empty() || rest.starts_with('-') || rest.starts_with('_')).then_some(tag)
    });
    let tag = tag.ok_or(Unspoken::NoVoice)?;
    let utterance =
        web_sys::SpeechSynthesisUtterance::new_with_text(text).map_err(|_| Unspoken::NoSpeech)?;
    utterance.set_lang(&tag);
    synth.cancel();
    synth.speak(&utterance);
    Ok(())
}

/// A touch (or click) that ends on a speaker button speaks inside its own event.
fn listen() {
    // Asking once makes Chrome load its voices, which it does in the background.
    if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
        let _ = synth.get_voices();
    }
    let on_end = |x: f32, y: f32| {
        let zone = ZONES.with_borrow(|zones| {
            zones
                .iter()
                .find(|z| z.rect.contains(Vec2::new(x, y)))
                .cloned()
        });
        let Some(zone) = zone else { return };
        let now = now_ms();
        let again = SPOKEN.with_borrow(|s| {
            s.as_ref()
                .is_some_and(|(said, at)| *said == zone.text && now - at < SAME_TAP_MS)
        });
        // A touch ends twice (touchend, then pointerup): spoken once.
        if !again && say(&zone.text, &zone.lang).is_ok() {
            SPOKEN.with_borrow_mut(|s| *s = Some((zone.text, now)));
        }
    };
    super::on_tap_end(on_end);
}

/// Hands the speaker buttons' places to the touch handler.
fn publish_zones(zones: Res<SpeakerZones>) {
    let all: Vec<Zone> = zones.all().cloned().collect();
    ZONES.with_borrow_mut(|z| *z = all);
}

/// The card on the table, in the page's `aria-live` element (emptied off the sort screen).
fn mirror_card(
    current: Res<Current>,
    decks: Res<Decks>,
    settings: Res<Settings>,
    screen: Res<State<crate::app::Screen>>,
    mut shown: Local<String>,
) {
    let text = current
        .0
        .as_ref()
        .filter(|_| *screen.get() == crate::app::Screen::Sort)
        .and_then(|m| {
            let id = m.sort.playing()?;
            let deck = deck_of(&decks, &current)?;
            let lang = shown_lang(deck, settings.lang);
            Some(
                deck.statement(id)?
                    .text
                    .get(&lang, deck.main_language())
                    .to_string(),
            )
        })
        .unwrap_or_default();
    if *shown == text {
        return;
    }
    if let Some(live) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("jas-live"))
    {
        live.set_text_content(Some(&text));
        *shown = text;
    }
}
