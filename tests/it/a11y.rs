//! What a screen reader is given, headless: the card by its words, each pile by its word and
//! count, and a screen reader's activate action on a pile places the card there.

use accesskit::{Action, ActionRequest as Request, NodeId, Role, TreeId};
use bevy::a11y::{AccessibilityNode, ActionRequest};
use bevy::ecs::message::MessageCursor;
use bevy::prelude::*;
use bevy::window::RequestRedraw;
use jas_cards::app::cards::Draggable;
use jas_cards::app::piles::Target;
use jas_cards::core::deck::DeckSet;
use jas_cards::core::sort::Placement;

use crate::table::Table;

fn pile_names(t: &mut Table) -> Vec<(Target, String)> {
    let mut q = t.app.world_mut().query::<(&Target, &AccessibilityNode)>();
    let mut v: Vec<(Target, String)> = q
        .iter(t.app.world())
        .map(|(t, n)| {
            assert_eq!(n.0.role(), Role::Button);
            assert!(n.0.supports_action(Action::Click), "{t:?} can be activated");
            (*t, n.0.label().unwrap_or_default().to_string())
        })
        .collect();
    v.sort_by_key(|(t, _)| format!("{t:?}"));
    v
}

#[test]
fn the_card_and_every_pile_have_names_a_screen_reader_reads() {
    let mut t = Table::new("kort");
    let names = pile_names(&mut t);
    assert_eq!(
        names,
        [
            (Target::Pile(1), "Helemaal oneens, 0 kaarten".to_string()),
            (Target::Pile(2), "Oneens, 0 kaarten".to_string()),
            (Target::Pile(3), "In het midden, 0 kaarten".to_string()),
            (Target::Pile(4), "Eens, 0 kaarten".to_string()),
            (Target::Pile(5), "Helemaal eens, 0 kaarten".to_string()),
            (
                Target::Skip,
                "Snap ik niet / sla over, 0 kaarten".to_string()
            ),
        ]
    );
    let id = t.current();
    let front = DeckSet::builtin()
        .get("kort")
        .unwrap()
        .statement(&id)
        .unwrap()
        .text
        .get("nl", "nl")
        .to_string();
    let mut q = t
        .app
        .world_mut()
        .query::<(&Draggable, &AccessibilityNode)>();
    let (_, card) = q.iter(t.app.world()).next().expect("the card is named");
    assert_eq!(card.0.role(), Role::Label);
    assert_eq!(card.0.label(), Some(front.as_str()));
    t.tap_pile(Target::Pile(4));
    assert!(pile_names(&mut t).contains(&(Target::Pile(4), "Eens, 1 kaart".to_string())));
}

#[test]
fn a_screen_readers_activate_on_a_pile_places_the_card_there() {
    let mut t = Table::new("kort");
    let first = t.current();
    let pile = pile(&mut t, Target::Pile(2));
    t.app.world_mut().write_message(activate(pile));
    t.settle();
    assert_eq!(
        t.measurement().sort.placement(&first),
        Some(Placement::Pile(2))
    );
    assert_eq!(t.measurement().sort.moves().len(), 1, "one tap, one move");
}

fn pile(t: &mut Table, target: Target) -> Entity {
    let mut q = t.app.world_mut().query::<(Entity, &Target)>();
    q.iter(t.app.world())
        .find(|(_, t)| **t == target)
        .map(|(e, _)| e)
        .unwrap()
}

/// A screen reader's activate action on `entity`'s node.
fn activate(entity: Entity) -> ActionRequest {
    ActionRequest(Request {
        action: Action::Click,
        target_tree: TreeId::ROOT,
        target_node: NodeId(entity.to_bits()),
        data: None,
    })
}

/// AccessKit's queue of requests, which Bevy empties into messages late in the frame.
#[derive(Resource, Default)]
struct AccessKitQueue(Vec<ActionRequest>);

fn hand_over(mut queue: ResMut<AccessKitQueue>, mut requests: MessageWriter<ActionRequest>) {
    requests.write_batch(queue.0.drain(..));
}

/// Whether the frames since the last call asked for another. Bevy's winit loop reads both of
/// the messages' buffers after each frame, with a fresh cursor, so it also sees the frame
/// before's ask again; this cursor sees each ask once, which is stricter.
fn asked_for_a_frame(t: &Table, cursor: &mut MessageCursor<RequestRedraw>) -> bool {
    cursor
        .read(t.app.world().resource::<Messages<RequestRedraw>>())
        .count()
        > 0
}

/// The app draws only when asked. Bevy hands a screen reader's request over in the same
/// part of the frame as here (`PostUpdate`), after the frame's taps were made: that frame must
/// ask for the next, which makes the tap, or an idle app waits for other input and the
/// screen-reader user's press seems lost.
#[test]
fn a_request_handed_over_late_in_a_frame_asks_for_the_frame_that_acts_on_it() {
    let mut t = Table::new("kort");
    let first = t.current();
    let pile = pile(&mut t, Target::Pile(4));
    t.app.init_resource::<AccessKitQueue>().add_systems(
        PostUpdate,
        hand_over.in_set(bevy::a11y::AccessibilitySystems::Update),
    );
    t.settle();
    let mut cursor = t
        .app
        .world()
        .resource::<Messages<RequestRedraw>>()
        .get_cursor_current();
    t.update();
    assert!(
        !asked_for_a_frame(&t, &mut cursor),
        "an idle frame asks for no other"
    );
    t.app
        .world_mut()
        .resource_mut::<AccessKitQueue>()
        .0
        .push(activate(pile));
    t.update();
    assert_eq!(t.measurement().sort.placement(&first), None, "not yet");
    assert!(
        asked_for_a_frame(&t, &mut cursor),
        "the frame that got the request asks for the next"
    );
    // The frames the app then draws, each asked for by the one before.
    for frame in 1.. {
        t.update();
        assert!(frame < 20, "the app rests again");
        if !asked_for_a_frame(&t, &mut cursor) {
            break;
        }
    }
    assert_eq!(
        t.measurement().sort.placement(&first),
        Some(Placement::Pile(4))
    );
}

/// egui's screens join the screen reader's tree once one is connected (egui's widgets as
/// Bevy's nodes), and an activate action on one of egui's buttons is a tap on it.
#[test]
fn egui_screens_join_the_tree_and_answer_a_screen_readers_activate() {
    use jas_cards::app::Screen;
    use jas_cards::app::a11y_egui::EguiWidget;
    let store = std::sync::Arc::new(jas_cards::core::store::MemoryStore::new());
    let mut t = Table::open(store, true);
    let named = |t: &mut Table| -> Vec<(Entity, Role, String)> {
        let mut q = t
            .app
            .world_mut()
            .query::<(Entity, &AccessibilityNode, &EguiWidget)>();
        q.iter(t.app.world())
            .map(|(e, n, _)| {
                let name = n.0.label().or(n.0.value()).unwrap_or_default().to_string();
                (e, n.0.role(), name)
            })
            .collect()
    };
    t.settle();
    assert!(
        named(&mut t).is_empty(),
        "nothing copied without a screen reader"
    );
    let requested = bevy::a11y::AccessibilityRequested::default();
    requested.set(true);
    t.app.insert_resource(requested);
    t.settle();
    t.settle();
    let nodes = named(&mut t);
    let mentor = nodes
        .iter()
        .find(|(_, role, name)| *role == Role::Button && name == "Mentordeel")
        .unwrap_or_else(|| panic!("the start screen's buttons are in the tree: {nodes:?}"));
    t.app.world_mut().write_message(activate(mentor.0));
    t.settle();
    t.settle();
    assert_eq!(t.screen(), Screen::MentorGate);
    // The gate's widgets replaced the start screen's.
    let nodes = named(&mut t);
    assert!(
        !nodes
            .iter()
            .any(|(_, r, n)| *r == Role::Button && n == "Mentordeel"),
        "{nodes:?}"
    );
    assert!(
        nodes
            .iter()
            .any(|(_, r, n)| *r == Role::Button && n == "Openen"),
        "{nodes:?}"
    );
}
