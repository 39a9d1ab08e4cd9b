//! An untouched screen draws no frames: egui must not be fed an input event on every pass
//! (bevy_egui 0.42 sends "modifiers changed" each pass, and egui repaints on any event).

use bevy::input::touch::{TouchInput, TouchPhase};
use bevy::prelude::*;
use bevy::window::{RequestRedraw, WindowResized, WindowScaleFactorChanged};
use bevy_egui::EguiInput;
use bevy_egui::egui::{Event, Modifiers};

fn app_with(events: Vec<Event>) -> (App, Entity) {
    let mut app = App::new();
    app.add_plugins(bevy::input::InputPlugin)
        .add_message::<RequestRedraw>()
        .add_message::<WindowResized>()
        .add_message::<WindowScaleFactorChanged>()
        .add_plugins(jas_cards::app::reactive::plugin);
    let input = EguiInput(bevy_egui::egui::RawInput {
        events,
        ..Default::default()
    });
    let e = app.world_mut().spawn(input).id();
    (app, e)
}

fn pass(app: &mut App, e: Entity, events: Vec<Event>) -> Vec<Event> {
    app.world_mut().get_mut::<EguiInput>(e).unwrap().events = events;
    app.update();
    app.world().get::<EguiInput>(e).unwrap().events.clone()
}

#[test]
fn unchanged_modifiers_are_not_an_event_but_changes_still_are() {
    let (mut app, e) = app_with(vec![]);
    let none = Modifiers::NONE;
    let shift = Modifiers::SHIFT;
    // Nothing pressed, as every idle pass: no event left, so egui has no reason to repaint.
    assert!(pass(&mut app, e, vec![Event::ModifiersChanged(none)]).is_empty());
    assert!(pass(&mut app, e, vec![Event::ModifiersChanged(none)]).is_empty());
    // Shift pressed: egui is told once, then not again while it stays down.
    assert_eq!(
        pass(&mut app, e, vec![Event::ModifiersChanged(shift)]),
        vec![Event::ModifiersChanged(shift)]
    );
    assert!(pass(&mut app, e, vec![Event::ModifiersChanged(shift)]).is_empty());
    // Released: told again.
    assert_eq!(
        pass(&mut app, e, vec![Event::ModifiersChanged(none)]),
        vec![Event::ModifiersChanged(none)]
    );
    // Other events pass untouched.
    let text = Event::Text("a".into());
    assert_eq!(
        pass(
            &mut app,
            e,
            vec![text.clone(), Event::ModifiersChanged(none)]
        ),
        vec![text]
    );
}

#[test]
fn after_focus_is_lost_egui_is_told_the_modifiers_again() {
    // egui forgets the modifiers when the window loses focus; held keys must be re-sent.
    let (mut app, e) = app_with(vec![]);
    let shift = Modifiers::SHIFT;
    pass(&mut app, e, vec![Event::ModifiersChanged(shift)]);
    let back = pass(
        &mut app,
        e,
        vec![Event::WindowFocused(false), Event::ModifiersChanged(shift)],
    );
    assert_eq!(
        back,
        vec![Event::WindowFocused(false), Event::ModifiersChanged(shift)]
    );
}

fn redraws(app: &App) -> usize {
    let messages = app.world().resource::<Messages<RequestRedraw>>();
    messages.iter_current_update_messages().count()
}

#[test]
fn a_touch_gets_one_frame_more_and_then_the_app_rests() {
    // A tap takes two frames to act (picking makes the finger's pointer, then finds what is
    // under it); the app must not fall asleep between them, nor stay awake after.
    let (mut app, _) = app_with(vec![]);
    app.update();
    assert_eq!(redraws(&app), 0, "no input, no frame asked for");
    let window = app.world_mut().spawn_empty().id();
    app.world_mut().write_message(TouchInput {
        phase: TouchPhase::Started,
        position: Vec2::new(10.0, 10.0),
        window,
        force: None,
        id: 1,
    });
    app.update();
    assert_eq!(redraws(&app), 1, "a touch asks for the next frame");
    app.update();
    assert_eq!(redraws(&app), 0, "and then the app rests again");
}

#[test]
fn a_resize_gets_one_frame_more() {
    // bevy_egui learns the new size from the camera a frame late: a form screen turned to
    // portrait stayed laid out for landscape until the next touch.
    let (mut app, _) = app_with(vec![]);
    app.update();
    assert_eq!(redraws(&app), 0);
    let window = app.world_mut().spawn_empty().id();
    app.world_mut().write_message(WindowResized {
        window,
        width: 800.0,
        height: 1280.0,
    });
    app.update();
    assert_eq!(redraws(&app), 1, "a resize asks for the next frame");
    app.update();
    assert_eq!(redraws(&app), 0, "and then the app rests again");
}
