//! "Nieuwe ronde": the mentor chooses a youth from the list or adds one, the moment, the deck
//! (the shorter deck with a line on when to use it) or a round for the parent, and hands the
//! tablet over. The area locks as the tablet changes hands; the youth then sees their own name,
//! the intro and their own cards only.

use bevy::prelude::*;
use bevy_egui::egui;

use crate::app::egui_style::{bold, choice, choice_sized, color, primary_button, text_field};
use crate::app::session::Youths;
use crate::app::text::{self as t, Lang, moment_label};
use crate::app::theme;
use crate::core::deck::{DeckSet, Role};
use crate::core::measurement::{Measurement, Moment, PseudonymError, now};
use crate::core::round::{For, begin};
use crate::core::youth::{AddError, Youth, check_new};

/// The form, kept while the mentor fills it in.
#[derive(Resource, Debug, Clone)]
pub struct NewRound {
    /// The chosen youth record.
    pub youth: Option<String>,
    /// Adding a new youth instead: their pseudonym and what tells them apart.
    pub adding: bool,
    pub name: String,
    pub note: String,
    pub moment: Moment,
    pub deck: String,
    /// A round for the youth's parent (the parent deck).
    pub parent: bool,
    /// Three piles first, as the mentor set it; `None`: as the deck says.
    pub three_piles: Option<bool>,
    /// "Kaarten voorlezen".
    pub read_aloud: bool,
    /// The high-contrast look, as the mentor set it; `None`: as the youth's last round.
    pub high_contrast: Option<bool>,
    /// "Raad hoe ... de kaarten legde": the mentor's guess after their own sort (off by
    /// default).
    pub guess: bool,
    pub error: Option<t::Tr>,
}

impl Default for NewRound {
    fn default() -> Self {
        NewRound {
            youth: None,
            adding: false,
            name: String::new(),
            note: String::new(),
            moment: Moment::Start,
            deck: "jongere".into(),
            parent: false,
            three_piles: None,
            read_aloud: false,
            high_contrast: None,
            guess: false,
            error: None,
        }
    }
}

/// What the form asks for: the round to begin, and the youth to add first if new.
#[derive(Debug, PartialEq)]
pub struct Begun {
    pub youth: Option<Youth>,
    pub round: Measurement,
}

impl NewRound {
    /// The decks the form offers: the youth's, or the parent's.
    fn role(&self) -> Role {
        if self.parent {
            Role::Parent
        } else {
            Role::Youth
        }
    }

    /// The round the form describes, or what is missing. The youth's look and text size
    /// carry over from their last round in `library`.
    pub fn begin(
        &self,
        youths: &[Youth],
        decks: &DeckSet,
        library: &[Measurement],
        random: u64,
    ) -> Result<Begun, t::Tr> {
        let (youth, new) = if self.adding {
            match check_new(youths, &self.name, &self.note) {
                Err(AddError::Name(PseudonymError::Empty)) => return Err(t::NAME_EMPTY),
                Err(AddError::Name(PseudonymError::TooLong)) => return Err(t::NAME_TOO_LONG),
                Err(AddError::SameName) => return Err(t::SAME_NAME),
                Ok(()) => {
                    let y = Youth::new(&self.name, &self.note, random, &now());
                    (y.clone(), Some(y))
                }
            }
        } else {
            let id = self.youth.as_deref().ok_or(t::CHOOSE_YOUTH)?;
            let y = youths.iter().find(|y| y.id == id).ok_or(t::CHOOSE_YOUTH)?;
            (y.clone(), None)
        };
        let deck = decks
            .get(&self.deck)
            .filter(|d| d.role == self.role())
            .or_else(|| decks.iter().find(|d| d.role == self.role()))
            .ok_or(t::NO_DECKS)?;
        let who = For {
            name: &youth.name,
            record: Some(&youth.id),
        };
        let mut round = begin(who, self.moment, deck, random, (random >> 48) as u16);
        round.three_piles = self.three_piles.unwrap_or(deck.three_piles_first);
        round.read_aloud = self.read_aloud;
        let last = last_round(library, &youth.id);
        round.high_contrast = self
            .high_contrast
            .unwrap_or(last.is_some_and(|m| m.high_contrast));
        round.text_size = last.map_or(0, |m| m.text_size);
        round.ask_guess = self.guess;
        Ok(Begun { youth: new, round })
    }
}

/// The youth's (or parent's) latest round of youth record `id`: where the look and the text
/// size carry over from.
pub fn last_round<'a>(library: &'a [Measurement], id: &str) -> Option<&'a Measurement> {
    library
        .iter()
        .filter(|m| m.youth_id.as_deref() == Some(id) && !m.role.is_mentors())
        .max_by(|a, b| a.started.cmp(&b.started))
}

/// Draws the form; returns the round to begin when the mentor hands the tablet over.
pub fn new_round_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    form: &mut NewRound,
    youths: &Youths,
    decks: &DeckSet,
    library: &[Measurement],
) -> Option<Begun> {
    // Rows closer together than elsewhere: the whole form, with its hand-over button, fits a
    // 1280x800 screen without scrolling (the buttons stay 48 points high).
    ui.spacing_mut().item_spacing.y = 8.0;
    ui.label(bold(t::NEW_ROUND.get(lang), 30.0));
    // The question on the same line as its choices, like the others: the form, with the
    // guess's line, still fits 1280x800 without scrolling.
    ui.horizontal_wrapped(|ui| {
        ui.label(t::FOR_WHOM.get(lang));
        for y in &youths.0 {
            let chosen = !form.adding && form.youth.as_deref() == Some(y.id.as_str());
            if choice(ui, chosen, &y.label()).clicked() {
                form.youth = Some(y.id.clone());
                form.adding = false;
                form.high_contrast = None;
                form.error = None;
            }
        }
        if choice(ui, form.adding, t::NEW_YOUTH.get(lang)).clicked() {
            form.adding = true;
            form.error = None;
        }
    });
    if form.adding {
        // The two fields side by side, their hints inside them: the form stays short enough
        // to show its hand-over button without scrolling at 1280x800.
        ui.horizontal_wrapped(|ui| {
            text_field(
                ui,
                egui::TextEdit::singleline(&mut form.name)
                    .hint_text(t::NEW_YOUTH_NAME.get(lang))
                    .font(egui::FontId::proportional(24.0))
                    .min_size(egui::vec2(300.0, theme::TOUCH))
                    .desired_width(300.0),
            );
            text_field(
                ui,
                egui::TextEdit::singleline(&mut form.note)
                    .hint_text(t::NEW_YOUTH_NOTE.get(lang))
                    .min_size(egui::vec2(300.0, theme::TOUCH))
                    .desired_width(300.0),
            );
        });
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(t::MOMENT.get(lang));
        for m in Moment::ALL {
            if choice(ui, form.moment == m, moment_label(m).get(lang)).clicked() {
                form.moment = m;
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        ui.label(t::DECK.get(lang));
        let offered: Vec<_> = decks.iter().filter(|d| d.role == form.role()).collect();
        for deck in &offered {
            if choice(ui, form.deck == deck.id, &t::deck_choice(deck, lang)).clicked() {
                form.deck = deck.id.clone();
                form.three_piles = None;
            }
        }
        if choice(ui, form.parent, t::PARENT_ROUND.get(lang)).clicked() {
            form.parent = !form.parent;
            let role = form.role();
            if let Some(d) = decks.iter().find(|d| d.role == role) {
                form.deck = d.id.clone();
            }
            form.three_piles = None;
        }
    });
    let who = if form.adding {
        form.name.trim().to_string()
    } else {
        form.youth
            .as_deref()
            .and_then(|id| youths.get(id))
            .map(|y| y.name.clone())
            .unwrap_or_default()
    };
    // How the youth plays: three piles first (on by default where the deck says so: the short
    // deck), and each card read aloud.
    ui.horizontal_wrapped(|ui| {
        let by_default = decks.get(&form.deck).is_some_and(|d| d.three_piles_first);
        let on = form.three_piles.unwrap_or(by_default);
        // Smaller words than the other choices: the three fit one row of the form at 1280x800.
        if choice_sized(ui, on, t::THREE_PILES.get(lang), 22.0).clicked() {
            form.three_piles = Some(!on);
        }
        if choice_sized(ui, form.read_aloud, t::READ_EACH_CARD.get(lang), 22.0).clicked() {
            form.read_aloud = !form.read_aloud;
        }
        let was_high = (!form.adding)
            .then_some(form.youth.as_deref())
            .flatten()
            .and_then(|id| last_round(library, id))
            .is_some_and(|m| m.high_contrast);
        let high = form.high_contrast.unwrap_or(was_high);
        if choice_sized(ui, high, t::HIGH_CONTRAST.get(lang), 22.0).clicked() {
            form.high_contrast = Some(!high);
        }
    });
    // What the mentor does after their own sort: guess how the youth laid the cards.
    if choice_sized(ui, form.guess, &t::ask_guess(&who, form.parent, lang), 22.0).clicked() {
        form.guess = !form.guess;
    }
    // When to offer the shorter deck, next to it.
    let longest = decks
        .iter()
        .filter(|d| d.role == Role::Youth)
        .map(|d| d.statements.len())
        .max();
    let has_shorter = decks
        .iter()
        .any(|d| d.role == Role::Youth && Some(d.statements.len()) < longest);
    if !form.parent && has_shorter {
        ui.label(egui::RichText::new(t::SHORTER_DECK.get(lang)).italics());
    }

    let to = if form.parent {
        format!("{} {}", t::PARENT_OF.get(lang), who)
    } else {
        who
    };
    let label = format!("{} {}", t::HAND_TO.get(lang), to)
        .trim()
        .to_string();
    let mut begun = None;
    if primary_button(ui, &label, 520.0).clicked() {
        match form.begin(&youths.0, decks, library, rand::random()) {
            Ok(b) => {
                *form = NewRound::default();
                begun = Some(b);
            }
            Err(e) => form.error = Some(e),
        }
    }
    if let Some(e) = form.error {
        ui.colored_label(color(theme::WARNING_INK), e.get(lang));
    }
    begun
}
