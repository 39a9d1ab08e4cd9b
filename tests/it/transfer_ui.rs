//! "Overzetten" on screen: the mentor makes an encrypted file of the tablet's data, and a
//! second device reads it in; a wrong passphrase reads nothing in and says so.

use std::sync::Arc;

use jas_cards::app::Delivery;
use jas_cards::app::Screen;
use jas_cards::app::exports::{ExportFolder, Inbox};
use jas_cards::core::bundle;
use jas_cards::core::measurement::load_all;

use crate::mentor_led::{enter_pin, locked, store_with_anna};
use crate::table::{Table, opened};

const PASSPHRASE: &str = "paard batterij nietje";

/// The mentor area of `t`, with files delivered to `out` and bundles picked up from `inbox`.
fn open_area(t: &mut Table, out: &std::path::Path, inbox: &std::path::Path) {
    t.app
        .insert_resource(Delivery(Arc::new(ExportFolder(out.to_path_buf()))));
    t.app.insert_resource(Inbox::Folder(inbox.to_path_buf()));
    t.click_text("Mentordeel");
    enter_pin(t);
    t.click_text("Overzetten");
    assert_eq!(t.screen(), Screen::Transfer);
}

#[test]
fn a_file_made_on_one_tablet_is_read_in_on_another_and_a_wrong_passphrase_reads_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let files = dir.path().join("files");
    let (store, _) = store_with_anna();
    let mut tablet = Table::open(store, true);
    open_area(&mut tablet, &files, &dir.path().join("unused"));
    tablet.click_text("Wachtzin");
    tablet.type_text(PASSPHRASE);
    tablet.click_text("Nog een keer");
    tablet.type_text(PASSPHRASE);
    tablet.click_text("Bestand maken");
    let made: Vec<_> = std::fs::read_dir(&files)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(made.len(), 1, "{made:?}");
    assert!(made[0].starts_with("jas-") && made[0].ends_with(".jasbundle"));
    let b = bundle::open(&std::fs::read(files.join(&made[0])).unwrap(), PASSPHRASE).unwrap();
    let held = tablet
        .app
        .world()
        .resource::<jas_cards::app::Library>()
        .0
        .len();
    assert_eq!(b.measurements.len(), held, "everyone, all of it");
    assert_eq!(b.youths.len(), 1);

    // The laptop: its own folder and PIN, nothing in it yet.
    let (raw, key) = locked();
    let mut laptop = Table::open(raw.clone(), true);
    open_area(&mut laptop, &dir.path().join("laptop-out"), &files);
    laptop.click_text(&made[0]);
    laptop.click_text("Wachtzin van het bestand");
    laptop.type_text("paard batterij");
    laptop.click_text("Inlezen");
    laptop.assert_shows(&format!(
        "{}: Die wachtzin past niet. Er is niets ingelezen.",
        made[0]
    ));
    assert!(load_all(&opened(&raw, &key)).measurements.is_empty());

    laptop.click_text("Wachtzin van het bestand");
    laptop.type_text(PASSPHRASE);
    laptop.click_text("Inlezen");
    laptop.assert_shows(&format!(
        "Ingelezen: {held} nieuw, 0 bijgewerkt, 0 waren er al."
    ));
    laptop.assert_shows("Nieuwe jongeren: Anna");
    assert_eq!(load_all(&opened(&raw, &key)).measurements.len(), held);
    // And the mentor home lists her.
    laptop.click_text("Terug");
    laptop.assert_shows("Anna");
}

/// The browser's file dialog, as the screen sees it: `open` shows it, and the file chosen
/// arrives later, once.
#[derive(Default)]
struct Dialog {
    shown: std::sync::Mutex<u32>,
    chosen: std::sync::Mutex<Option<(String, Vec<u8>)>>,
    arrived: std::sync::Mutex<Option<(String, Vec<u8>)>>,
}

impl jas_cards::app::exports::Pick for Dialog {
    fn open(&self) {
        *self.shown.lock().unwrap() += 1;
        *self.arrived.lock().unwrap() = self.chosen.lock().unwrap().take();
    }
    fn take(&self) -> Option<(String, Vec<u8>)> {
        self.arrived.lock().unwrap().take()
    }
    fn waiting(&self) -> bool {
        false
    }
}

#[test]
fn in_the_browser_the_file_is_chosen_in_the_file_dialog_and_read_in() {
    let (store, _) = store_with_anna();
    let tablet = opened(&store, &crate::mentor_led::key_of(&store));
    let ys = jas_cards::core::youth::load_all(&tablet).0;
    let ms = load_all(&tablet).measurements;
    let held = ms.len();
    let bytes = bundle::seal(
        &bundle::make(&ys, &ms, "2026-11-30T09:00:00Z"),
        PASSPHRASE,
        Some(4),
    )
    .unwrap();

    let (raw, key) = locked();
    let mut laptop = Table::open(raw.clone(), true);
    let dialog = Arc::new(Dialog::default());
    *dialog.chosen.lock().unwrap() = Some(("jas-anna.jasbundle".into(), bytes));
    laptop.app.insert_resource(Inbox::Picker(dialog.clone()));
    laptop.click_text("Mentordeel");
    enter_pin(&mut laptop);
    laptop.click_text("Overzetten");
    // No folder to look in: the dialog is the way, and nothing is asked before a file is chosen.
    assert!(
        !laptop
            .texts()
            .iter()
            .any(|t| t.starts_with("Wachtzin van het bestand"))
    );
    laptop.click_text("Bestand kiezen");
    assert_eq!(*dialog.shown.lock().unwrap(), 1);
    laptop.app.update();
    laptop.assert_shows("jas-anna.jasbundle");
    laptop.click_text("Wachtzin van het bestand");
    laptop.type_text(PASSPHRASE);
    laptop.click_text("Inlezen");
    laptop.assert_shows(&format!(
        "Ingelezen: {held} nieuw, 0 bijgewerkt, 0 waren er al."
    ));
    assert_eq!(load_all(&opened(&raw, &key)).measurements.len(), held);
}
