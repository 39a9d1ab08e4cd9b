//! The deck overview: which decks were loaded, from where, and any problem met on the way.
//! The start screen of the card table grows from this.

use bevy::prelude::*;

use crate::app::text::{self as t, Lang};
use crate::app::theme::{self, Fonts};
use crate::app::{Decks, Problems, Settings};
use crate::core::deck::{Deck, Role};

pub(super) fn plugin(app: &mut App) {
    app.add_systems(Startup, spawn);
}

/// Marks the root of this screen, so tests and later screens can find and clear it.
#[derive(Component)]
pub struct DeckOverview;

/// A deck's summary in two lines: "20 kaarten · voor de jongere" and "Relatie 7 · Doel 7 · Aanpak 6".
pub fn deck_summary(deck: &Deck, lang: Lang) -> String {
    let main = deck.main_language();
    let role = match deck.role {
        Role::Youth => t::FOR_ROLE_YOUTH,
        Role::Mentor => t::FOR_ROLE_MENTOR,
        Role::Parent => t::FOR_ROLE_PARENT,
    };
    let parts: Vec<String> = deck
        .parts
        .iter()
        .map(|p| {
            let n = deck.statements.iter().filter(|s| s.part == p.id).count();
            format!("{} {n}", p.label.get(lang.code(), main))
        })
        .collect();
    format!(
        "{} {} · {}\n{}",
        deck.statements.len(),
        t::STATEMENTS.get(lang),
        role.get(lang),
        parts.join(" · ")
    )
}

fn spawn(
    mut commands: Commands,
    decks: Res<Decks>,
    problems: Res<Problems>,
    settings: Res<Settings>,
    fonts: Res<Fonts>,
) {
    let lang = settings.lang;
    commands.spawn(Camera2d);
    let bold = |size: f32| TextFont::from_font_size(size).with_font(fonts.bold.clone());
    let source = if decks.source.is_empty() {
        t::BUILT_IN.get(lang).to_string()
    } else {
        format!("{} {}", t::DECKS_FROM.get(lang), decks.source)
    };

    commands
        .spawn((
            DeckOverview,
            Node {
                width: percent(100),
                height: percent(100),
                flex_direction: FlexDirection::Column,
                padding: UiRect::all(px(40)),
                row_gap: px(20),
                ..default()
            },
        ))
        .with_children(|root| {
            root.spawn((
                Text::new(t::APP_TITLE.get(lang)),
                bold(theme::HEADING_SIZE),
                TextColor(theme::INK),
            ));
            root.spawn(theme::text(
                format!("{} ({source})", t::DECKS_HEADING.get(lang)),
                theme::TEXT_SIZE,
                theme::MUTED,
            ));
            if decks.set.decks.is_empty() {
                root.spawn(theme::text(
                    t::NO_DECKS.get(lang),
                    theme::TEXT_SIZE,
                    theme::INK,
                ));
            }
            root.spawn(Node {
                flex_direction: FlexDirection::Row,
                flex_wrap: FlexWrap::Wrap,
                column_gap: px(20),
                row_gap: px(20),
                ..default()
            })
            .with_children(|grid| {
                for deck in decks.set.iter() {
                    grid.spawn((
                        Node {
                            width: px(540),
                            flex_direction: FlexDirection::Column,
                            padding: UiRect::all(px(20)),
                            row_gap: px(8),
                            border_radius: BorderRadius::all(px(16)),
                            ..default()
                        },
                        BackgroundColor(theme::CARD),
                    ))
                    .with_children(|card| {
                        card.spawn((
                            Text::new(deck.title.get(lang.code(), deck.main_language())),
                            bold(theme::TEXT_SIZE + 4.0),
                            TextColor(theme::INK),
                        ));
                        card.spawn(theme::text(
                            deck_summary(deck, lang),
                            theme::SMALL_SIZE,
                            theme::MUTED,
                        ));
                    });
                }
            });
            if !problems.0.is_empty() {
                root.spawn((
                    Node {
                        flex_direction: FlexDirection::Column,
                        padding: UiRect::all(px(20)),
                        row_gap: px(6),
                        border_radius: BorderRadius::all(px(12)),
                        ..default()
                    },
                    BackgroundColor(theme::WARNING_BG),
                ))
                .with_children(|b| {
                    b.spawn((
                        Text::new(t::PROBLEMS_HEADING.get(lang)),
                        bold(theme::TEXT_SIZE),
                        TextColor(theme::WARNING_INK),
                    ));
                    for p in &problems.0 {
                        b.spawn(theme::text(
                            p.clone(),
                            theme::SMALL_SIZE,
                            theme::WARNING_INK,
                        ));
                    }
                });
            }
            root.spawn(theme::text(
                format!("{} {}", t::DATA_IN.get(lang), settings.data_dir.display()),
                theme::SMALL_SIZE,
                theme::MUTED,
            ));
        });
}
