//! The home's list of youths: each with the next measurement due, and their rounds with
//! where each stands and what the mentor can do next.

use super::*;

/// Every youth (the records, then pseudonyms not yet linked to one) with their rounds.
pub(super) fn youth_list(ui: &mut egui::Ui, h: &mut Home, all: &[Measurement]) {
    let (lang, youths) = (h.lang, h.youths);
    // The youths with a record, what is due first on top; then rounds not yet linked.
    let grouped = crate::core::round::by_youth(all);
    let mut due: Vec<(Option<Due>, &Youth)> = youths
        .0
        .iter()
        .map(|y| {
            let theirs = grouped.get(&YouthKey::Record(y.id.clone()));
            (due_of(h, y, theirs.map_or(&[], Vec::as_slice)), y)
        })
        .collect();
    due.sort_by_key(|(d, _)| d.map(|d| d.date));
    let mut keys: Vec<(YouthKey, Option<Due>)> = due
        .into_iter()
        .map(|(d, y)| (YouthKey::Record(y.id.clone()), d))
        .collect();
    keys.extend(youths_without_record(all).into_iter().map(|k| (k, None)));
    if keys.is_empty() {
        ui.label(t::NO_YOUTHS.get(lang));
    }
    for (key, due) in keys {
        ui.separator();
        ui.horizontal_wrapped(|ui| {
            ui.label(bold(&youths.name_of(&key), 30.0));
            if !key.is_linked() {
                ui.label(t::NOT_LINKED.get(lang));
            }
            if choice(ui, false, t::HISTORY.get(lang)).clicked() {
                h.go = Some(Go::Screen(Screen::History, key.clone(), String::new()));
            }
        });
        if let Some(d) = due {
            due_line(ui, &d, lang);
        }
        for round in rounds_of(&key, all).iter().rev() {
            round_line(ui, h, round);
            if let YouthKey::Pseudonym(name) = &key {
                ui.horizontal_wrapped(|ui| {
                    ui.label(t::LINK_TO.get(lang));
                    for y in &youths.0 {
                        if choice(ui, false, &y.label()).clicked() {
                            h.session.write(Session::Link {
                                round: round.id.clone(),
                                youth: y.id.clone(),
                            });
                        }
                    }
                    // No record of that name yet: make one from the round's pseudonym.
                    if same_name(&youths.0, name).is_empty()
                        && choice(ui, false, t::AS_NEW_YOUTH.get(lang)).clicked()
                    {
                        let y = Youth::new(name, "", rand::random(), &now());
                        h.session.write(Session::Link {
                            round: round.id.clone(),
                            youth: y.id.clone(),
                        });
                        h.session.write(Session::AddYouth(y));
                    }
                });
            }
        }
    }
}

/// What youth `y` (with their measurements `theirs`) is due for next, from the schedule
/// (`None` for a record without a date).
fn due_of(h: &Home, y: &Youth, theirs: &[&Measurement]) -> Option<Due> {
    Some(next_due(h.schedule, date_from(&y.added)?, theirs, h.today))
}

/// "Volgende meting: tussenevaluatie, 2027-01-20", marked "binnenkort" or "te laat".
pub(in crate::app::screens::mentor) fn due_line(ui: &mut egui::Ui, d: &Due, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        ui.label(format!(
            "{}: {} · {}",
            t::NEXT_MEASUREMENT.get(lang),
            moment_label(d.moment).get(lang),
            d.date
        ));
        let mark = match d.state {
            DueState::Late => Some((t::LATE, theme::WARNING_INK)),
            DueState::Soon => Some((t::SOON, theme::ASK)),
            DueState::Later => None,
        };
        if let Some((word, ink)) = mark {
            ui.label(bold(word.get(lang), 22.0).color(color(ink)));
        }
    });
}

/// The pseudonyms of rounds that have no youth record yet.
fn youths_without_record(all: &[Measurement]) -> Vec<YouthKey> {
    youths(all).into_iter().filter(|k| !k.is_linked()).collect()
}

/// One round: date, moment, deck, whose and where it stands, with what the mentor can do next.
fn round_line(ui: &mut egui::Ui, h: &mut Home, round: &Round) {
    let (lang, youths, decks) = (h.lang, h.youths, h.decks);
    let y = round.youth;
    let deck_title = decks
        .set
        .get(&y.deck.id)
        .map(|d| d.title.get(lang.code(), d.main_language()).to_string())
        .unwrap_or_else(|| y.deck.id.clone());
    let status = round.status();
    let status_text = match status {
        RoundStatus::YouthSorting => t::STATUS_YOUTH_OPEN,
        RoundStatus::WaitingForMentor => t::STATUS_WAITING,
        RoundStatus::MentorSorting => t::STATUS_MENTOR_OPEN,
        RoundStatus::MentorGuessing => t::STATUS_GUESS_OPEN,
        RoundStatus::Complete => t::STATUS_DONE,
    };
    let key = YouthKey::of(y);
    ui.horizontal_wrapped(|ui| {
        let mut line = format!(
            "{} · {} · {} · {}",
            date_of(round.started()),
            moment_label(y.moment).get(lang),
            deck_title,
            status_text.get(lang)
        );
        if y.role == Role::Parent {
            line = format!("{} · {line}", whose(youths, y, lang));
        }
        ui.label(line);
        match status {
            RoundStatus::YouthSorting => {
                ui.label(format!(
                    "{} {} {} {}",
                    t::CARD_OF.get(lang),
                    y.sort.done_count(),
                    t::OF.get(lang),
                    y.sort.len()
                ));
                // The youth carries on at the same card, with every move intact.
                if choice(ui, false, t::RESUME_YOUTH.get(lang)).clicked() {
                    h.session.write(Session::Resume(y.id.clone()));
                    h.go = Some(Go::HandOver(Screen::Sort));
                }
            }
            RoundStatus::Complete => {
                if choice(ui, false, t::SEE_BOARD.get(lang)).clicked() {
                    h.go = Some(Go::Screen(Screen::Together, key, round.id.clone()));
                }
            }
            RoundStatus::WaitingForMentor
            | RoundStatus::MentorSorting
            | RoundStatus::MentorGuessing => {
                let label = next_sort_label(status);
                if matches!(mentor_sort(round, &decks.set), MentorSort::NoMirror) {
                    ui.label(t::NO_MIRROR.get(lang));
                } else if choice(ui, false, label.get(lang)).clicked()
                    && start_mentor_sort(round, decks, h.session)
                {
                    h.go = Some(Go::MentorSort(key, round.id.clone()));
                }
            }
        }
    });
}
