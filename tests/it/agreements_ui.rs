//! The agreements panel of the board, driven through egui without a window: taps and typing go
//! in as egui input, and what the panel hands back (the agreements, and that they changed) is
//! what the board sends to the session to save.

use bevy_egui::egui;
use jas_cards::app::egui_style::fonts;
use jas_cards::app::screens::mentor::board::BoardView;
use jas_cards::app::screens::mentor::board::side::agreements_ui;
use jas_cards::app::text::Lang;
use jas_cards::core::board::{Board, board};
use jas_cards::core::measurement::{Agreement, Who};
use jas_cards::core::round::rounds_of;

use crate::board::pair;

/// The panel's state between passes, as the board screen keeps it.
struct Panel {
    ctx: egui::Context,
    board: Board,
    agreements: Vec<Agreement>,
    view: BoardView,
    /// How the board names the youth's side: their name, or "Ouder".
    youth_label: &'static str,
    /// Whether the last pass changed the agreements.
    changed: bool,
}

impl Panel {
    fn new(youth_label: &'static str) -> Panel {
        let all = pair("ab-1", "2026-09-01T10:00:00Z");
        let ctx = egui::Context::default();
        ctx.set_fonts(fonts());
        let mut panel = Panel {
            ctx,
            board: board(&rounds_of(&crate::ab(), &all)[0], None),
            agreements: Vec::new(),
            view: BoardView::default(),
            youth_label,
            changed: false,
        };
        // Fonts take effect from the second pass.
        panel.pass(Vec::new());
        panel.pass(Vec::new());
        panel
    }

    /// One egui pass with `events`; returns what was drawn.
    fn pass(&mut self, events: Vec<egui::Event>) -> Vec<(String, egui::Pos2)> {
        let mut changed = false;
        let texts = run_pass(&self.ctx, egui::vec2(600.0, 900.0), events, |ui| {
            agreements_ui(
                ui,
                Lang::Nl,
                &self.board,
                &mut self.agreements,
                &mut changed,
                &mut self.view,
                self.youth_label,
            );
        });
        self.changed = changed;
        texts
    }

    /// Where `text` is drawn now.
    fn find(&mut self, text: &str) -> egui::Pos2 {
        let texts = self.pass(Vec::new());
        texts
            .iter()
            .find(|(t, _)| t == text)
            .map(|(_, at)| *at)
            .unwrap_or_else(|| panic!("{text:?} is not drawn: {texts:?}"))
    }

    /// A tap on `text`: pressed in one pass, released in the next.
    fn tap(&mut self, text: &str) {
        let at = self.find(text);
        let button = |pressed| egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::default(),
        };
        self.pass(vec![egui::Event::PointerMoved(at), button(true)]);
        self.pass(vec![button(false)]);
    }

    /// Typing into the field that has the focus.
    fn type_text(&mut self, text: &str) {
        self.pass(vec![egui::Event::Text(text.into())]);
    }
}

/// One egui pass of `draw` on a screen of `size` with `events`; what was drawn, each text
/// with its centre.
fn run_pass(
    ctx: &egui::Context,
    size: egui::Vec2,
    events: Vec<egui::Event>,
    draw: impl FnMut(&mut egui::Ui),
) -> Vec<(String, egui::Pos2)> {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
        events,
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, draw);
    // No renderer here to take the font texture.
    output.textures_delta.clear();
    let mut texts = Vec::new();
    for clipped in &output.shapes {
        collect_texts(&clipped.shape, &mut texts);
    }
    texts
}

fn collect_texts(shape: &egui::Shape, out: &mut Vec<(String, egui::Pos2)>) {
    match shape {
        egui::Shape::Text(t) => out.push((
            t.galley.text().to_string(),
            t.pos + t.galley.rect.center().to_vec2(),
        )),
        egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| collect_texts(s, out)),
        _ => {}
    }
}

#[test]
fn an_agreement_is_added_with_who_what_and_when_and_removed_again() {
    let mut p = Panel::new("Sam");
    p.tap("Samen");
    // The field under "Wat": a tap gives it the focus, then the keyboard types.
    let what = p.find("Wat");
    p.pass(vec![
        egui::Event::PointerMoved(what + egui::vec2(0.0, 40.0)),
        egui::Event::PointerButton {
            pos: what + egui::vec2(0.0, 40.0),
            button: egui::PointerButton::Primary,
            pressed: true,
            modifiers: egui::Modifiers::default(),
        },
    ]);
    p.pass(vec![egui::Event::PointerButton {
        pos: what + egui::vec2(0.0, 40.0),
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::default(),
    }]);
    p.type_text("  Samen koken op vrijdag ");
    assert!(p.agreements.is_empty(), "nothing is added before the tap");
    p.tap("Toevoegen");
    assert!(p.changed, "the board is told to save");
    assert_eq!(
        p.agreements,
        vec![Agreement {
            who: Who::Together,
            what: "Samen koken op vrijdag".into(),
            by_when: String::new(),
        }]
    );
    assert!(p.view.what.is_empty(), "the form is empty again");
    // Drawn with who in words, and a tap on "Weghalen" removes it.
    p.find("Samen: Samen koken op vrijdag");
    p.tap("Weghalen");
    assert!(p.changed);
    assert!(p.agreements.is_empty());
}

#[test]
fn an_empty_agreement_is_not_added() {
    let mut p = Panel::new("Sam");
    p.tap("Toevoegen");
    assert!(!p.changed);
    assert!(p.agreements.is_empty());
}

#[test]
fn the_youth_side_is_named_as_on_the_board() {
    let mut p = Panel::new("Ouder");
    p.find("Ouder");
    let mut y = Panel::new("Sam");
    y.find("Sam");
}

/// The agreement grid, driven through egui: the cell of "eens" on both sides shows its three
/// cards' count, and tapped it lists their words (counted by hand from the test round).
#[test]
fn a_tapped_cell_of_the_grid_lists_its_cards() {
    use jas_cards::app::screens::mentor::board::grid::grid_ui;
    let all = pair("ab-1", "2026-09-01T10:00:00Z");
    let b = board(&rounds_of(&crate::ab(), &all)[0], None);
    let deck = jas_cards::core::deck::DeckSet::builtin()
        .get("kort")
        .unwrap()
        .clone();
    let ctx = egui::Context::default();
    ctx.set_fonts(fonts());
    let mut view = BoardView::default();
    let pass = |view: &mut BoardView, events: Vec<egui::Event>| {
        run_pass(&ctx, egui::vec2(700.0, 1200.0), events, |ui| {
            grid_ui(ui, &b, Some(&deck), "AB", Lang::Nl, view);
        })
    };
    pass(&mut view, Vec::new());
    let texts = pass(&mut view, Vec::new());
    let words = |id: &str| deck.statement(id).unwrap().text.get("nl", "nl").to_string();
    assert!(
        !texts.iter().any(|(t, _)| *t == words("d1")),
        "no cell open yet"
    );
    // "3" is also a column's and a row's number; the count lies lowest (row 4).
    let at = texts
        .iter()
        .filter(|(t, _)| t == "3")
        .map(|(_, at)| *at)
        .max_by(|a, b| a.y.total_cmp(&b.y))
        .expect("the cell of 4 and 4 holds three cards");
    let button = |pressed| egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::default(),
    };
    pass(&mut view, vec![egui::Event::PointerMoved(at), button(true)]);
    pass(&mut view, vec![button(false)]);
    assert_eq!(view.cell, Some((4, 4)));
    let texts = pass(&mut view, Vec::new());
    for id in ["r2", "d1", "a2"] {
        assert!(texts.iter().any(|(t, _)| *t == words(id)), "{id} listed");
    }
    assert!(
        !texts.iter().any(|(t, _)| *t == words("r1")),
        "r1 lies on 5 and 5"
    );
    // The skipped card stands apart.
    assert!(texts.iter().any(|(t, _)| *t == words("d2")));
}

/// The piles look, driven through egui: every card of the youth's sort is drawn under the head
/// of the pile it was left on (the skipped one under "Overgeslagen"), and a tapped card opens
/// its details.
#[test]
fn the_piles_look_draws_each_card_under_its_pile_and_a_tap_opens_it() {
    use jas_cards::app::screens::mentor::board::layout::layout_ui;
    use jas_cards::core::layout::{Whose, layout};
    let all = pair("ab-1", "2026-09-01T10:00:00Z");
    let round = &rounds_of(&crate::ab(), &all)[0];
    let b = board(round, None);
    let layouts = [
        layout(round, &b, Whose::Youth),
        layout(round, &b, Whose::Mentor),
    ];
    let decks = jas_cards::core::deck::DeckSet::builtin();
    let (deck, mentor_deck) = (
        decks.get("kort").unwrap(),
        decks.get("mentor-kort").unwrap(),
    );
    let ctx = egui::Context::default();
    ctx.set_fonts(fonts());
    let mut view = BoardView::default();
    let pass = |view: &mut BoardView, events: Vec<egui::Event>| {
        run_pass(&ctx, egui::vec2(800.0, 1200.0), events, |ui| {
            layout_ui(
                ui,
                &layouts,
                [Some(deck), Some(mentor_deck)],
                "AB",
                Lang::Nl,
                view,
                None,
            );
        })
    };
    pass(&mut view, Vec::new());
    let texts = pass(&mut view, Vec::new());
    let at = |text: &str| {
        texts
            .iter()
            .find(|(t, _)| t == text)
            .map(|(_, at)| *at)
            .unwrap_or_else(|| panic!("{text:?} is not drawn"))
    };
    let heads: Vec<(String, f32)> = deck
        .piles
        .iter()
        .map(|l| l.get("nl", "nl").to_string())
        .chain(["Overgeslagen".to_string()])
        .map(|h| {
            let x = at(&h).x;
            (h, x)
        })
        .collect();
    let words = |id: &str| deck.statement(id).unwrap().text.get("nl", "nl").to_string();
    // The pile each card was left on (0: skipped), from the test round.
    for (id, pile) in crate::board::YOUTH {
        let x = at(&words(id)).x;
        let under = heads
            .iter()
            .min_by(|a, b| (a.1 - x).abs().total_cmp(&(b.1 - x).abs()))
            .unwrap();
        let want = if pile == 0 { 5 } else { usize::from(pile) - 1 };
        assert_eq!(under.0, heads[want].0, "{id} under its pile");
    }
    let card = at(&words("a3"));
    let button = |pressed| egui::Event::PointerButton {
        pos: card,
        button: egui::PointerButton::Primary,
        pressed,
        modifiers: egui::Modifiers::default(),
    };
    pass(
        &mut view,
        vec![egui::Event::PointerMoved(card), button(true)],
    );
    pass(&mut view, vec![button(false)]);
    assert_eq!(view.open.as_deref(), Some("a3"));
}
