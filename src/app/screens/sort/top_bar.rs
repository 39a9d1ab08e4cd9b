//! The sort screen's top bar: "Stoppen", where the player is in the deck, smaller and larger
//! text, and "Stap terug".

use super::*;

/// "Stoppen". Every move is already saved: stopping loses nothing. A youth or parent ends on a
/// neutral screen (the mentor resumes the sort later); the mentor goes back to their area.
fn stop(
    _: On<Pointer<Click>>,
    current: Res<Current>,
    mut session: MessageWriter<Session>,
    mut next: ResMut<NextState<Screen>>,
) {
    if current.0.as_ref().is_some_and(|m| m.role.is_mentors()) {
        session.write(Session::Close);
        next.set(Screen::MentorHome);
    } else {
        next.set(Screen::Paused);
    }
}

pub(super) fn top_bar(root: &mut ChildSpawnerCommands, assets: &Assets2d, lang: Lang) {
    root.spawn((
        Node {
            flex_direction: FlexDirection::Row,
            justify_content: JustifyContent::SpaceBetween,
            align_items: AlignItems::Center,
            column_gap: px(12),
            ..default()
        },
        Pickable::IGNORE,
    ))
    .with_children(|bar| {
        bar.spawn((
            Node {
                column_gap: px(20),
                align_items: AlignItems::Center,
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|left| {
            button(left, assets, t::STOP.get(lang), Look::Quiet, stop);
            left.spawn((
                Progress,
                theme::bold(assets, "", theme::HEADING_SIZE - 6.0, theme::INK),
            ));
        });
        bar.spawn((
            Node {
                column_gap: px(12),
                align_items: AlignItems::Center,
                ..default()
            },
            Pickable::IGNORE,
        ))
        .with_children(|right| {
            // Smaller and larger text, one step at a time: kept with the sort, so the youth's
            // next round starts at the same size.
            for (label, step) in [(t::TEXT_SMALLER, -1), (t::TEXT_LARGER, 1)] {
                let on_tap =
                    move |_: On<Pointer<Click>>,
                          current: Res<Current>,
                          mut session: MessageWriter<Session>| {
                        if let Some(m) = current.0.as_ref() {
                            let size = m.text_size.saturating_add_signed(step).min(2);
                            session.write(Session::TextSize(size));
                        }
                    };
                button(right, assets, label.get(lang), Look::Quiet, on_tap);
            }
            let undo = button(
                right,
                assets,
                t::UNDO.get(lang),
                Look::Primary,
                |_: On<Pointer<Click>>,
                 current: Res<Current>,
                 mut plays: MessageWriter<Play>,
                 mut view: ResMut<SortView>| {
                    if current.0.as_ref().is_some_and(|m| m.sort.can_undo()) {
                        plays.write(Play(Action::Undo));
                        view.flipped = false;
                    }
                },
            );
            right.commands().entity(undo).insert(UndoButton);
        });
    });
}
