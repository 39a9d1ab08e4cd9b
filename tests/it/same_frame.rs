//! A pointer that arrives and presses in the same frame still acts: switch access, dwell
//! clicking, a screen reader's "activate" and remote desktops click that way (`xdotool
//! mousemove X Y click 1`). Each test sends the move, the press and the release in one frame.

use bevy::input::ButtonState;
use bevy::input::mouse::{MouseButton, MouseButtonInput};
use bevy::prelude::*;
use bevy::window::{CursorMoved, WindowEvent};
use jas_cards::app::piles::Target;
use jas_cards::core::sort::Placement;

use crate::table::{Table, find_button};

/// The mouse jumps to `at` and clicks there, all in one frame; then the app runs on.
fn jump_and_click(t: &mut Table, at: Vec2) {
    let window = t.window();
    let button = |state| {
        WindowEvent::MouseButtonInput(MouseButtonInput {
            button: MouseButton::Left,
            state,
            window,
        })
    };
    let world = t.app.world_mut();
    world.write_message(WindowEvent::CursorMoved(CursorMoved {
        window,
        position: at,
        delta: None,
    }));
    world.write_message(button(ButtonState::Pressed));
    world.write_message(button(ButtonState::Released));
    t.update();
    t.settle();
}

#[test]
fn a_click_that_arrives_with_its_move_places_the_card_on_the_pile() {
    let mut t = Table::new("kort");
    let first = t.current();
    let at = t.pile(Target::Pile(1));
    jump_and_click(&mut t, at);
    assert_eq!(
        t.measurement().sort.placement(&first),
        Some(Placement::Pile(1))
    );
    assert_eq!(t.measurement().sort.moves().len(), 1, "one click, one move");
}

#[test]
fn a_click_that_arrives_with_its_move_presses_a_button() {
    let mut t = Table::new("kort");
    let at = t.pile(Target::Pile(3));
    jump_and_click(&mut t, at);
    assert_eq!(t.measurement().sort.done_count(), 1);
    let undo = find_button(&mut t, "Stap terug");
    jump_and_click(&mut t, undo);
    assert_eq!(t.measurement().sort.done_count(), 0, "undone");
}

#[test]
fn clicks_that_arrive_with_their_moves_select_and_move_a_card_in_the_review() {
    let mut t = Table::new("kort");
    t.place_every_card_on(Target::Pile(4));
    let id = t.measurement().sort.order()[2].clone();
    let card = t.card(Some(&id));
    jump_and_click(&mut t, card);
    let column = t.pile(Target::Pile(2));
    jump_and_click(&mut t, column);
    assert_eq!(
        t.measurement().sort.placement(&id),
        Some(Placement::Pile(2))
    );
}
