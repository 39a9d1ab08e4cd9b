//! Exports (CSV, the PDF report, a PNG of the board) all leave the app one way: handed to the
//! [`Delivery`] the app was built with. On a computer that is a private file in the data
//! folder's `exports/`; the browser build hands in its own (a download), since a web page has
//! no folder of its own. An export reports success only once the file exists.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};

use crate::core::export::{Cells, csv_pair, scores_file_name};
use crate::core::measurement::Measurement;
use crate::core::report::{ReportInput, pdf};
use crate::core::store::create_private_dir;

/// Somewhere a finished export goes.
pub trait Deliver: Send + Sync {
    /// Delivers `bytes` as the file `name`; returns where it went, for the screen.
    fn deliver(&self, name: &str, bytes: &[u8]) -> Result<String, String>;
}

/// How this app delivers exports.
#[derive(Resource, Clone)]
pub struct Delivery(pub Arc<dyn Deliver>);

/// What the last export did, for the screen that asked for it: where it went, or why not.
#[derive(Resource, Default, Debug, Clone, PartialEq)]
pub struct LastExport(pub Option<Result<String, String>>);

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<LastExport>().init_resource::<Inbox>();
}

/// Where bundles to import come from.
#[derive(Resource, Clone, Default)]
pub enum Inbox {
    /// Nowhere.
    #[default]
    None,
    /// A folder on this computer: the data folder's `imports/` (the mentor puts the file
    /// there).
    Folder(PathBuf),
    /// A file the user picks (the browser's file dialog).
    Picker(Arc<dyn Pick>),
}

/// A file dialog: `open` shows it, and the file picked arrives later (read in the
/// background), to be taken once.
pub trait Pick: Send + Sync {
    fn open(&self);
    /// The file picked (name and bytes), once.
    fn take(&self) -> Option<(String, Vec<u8>)>;
    /// A file is being read.
    fn waiting(&self) -> bool;
}

impl Inbox {
    /// The bundle files waiting in the folder, by name (none for a picker).
    pub fn bundles(&self) -> Vec<String> {
        let Inbox::Folder(dir) = self else {
            return Vec::new();
        };
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|n| n.ends_with(&format!(".{}", crate::core::bundle::EXTENSION)))
            .collect();
        names.sort();
        names
    }

    /// The bytes of bundle `name` in the folder, or why not (naming the file). A file larger
    /// than a bundle can be is refused unread.
    pub fn read(&self, name: &str) -> Result<Vec<u8>, String> {
        let Inbox::Folder(dir) = self else {
            return Err("no folder to import from".into());
        };
        let path = dir.join(name);
        let fail = |e: std::io::Error| format!("{}: {e}", path.display());
        let size = std::fs::metadata(&path).map_err(fail)?.len();
        if size > crate::core::bundle::MAX_BUNDLE_BYTES {
            return Err(format!(
                "{}: {}",
                path.display(),
                crate::core::bundle::BundleError::TooLarge(size)
            ));
        }
        std::fs::read(&path).map_err(fail)
    }
}

/// A folder on this computer. Each file is written whole through a temporary file (private
/// to the user, 0600 on Unix) and renamed into place, so an existing export is replaced by a
/// private file too and a crash leaves no half a file.
pub struct ExportFolder(pub PathBuf);

impl Deliver for ExportFolder {
    fn deliver(&self, name: &str, bytes: &[u8]) -> Result<String, String> {
        let path = self.0.join(name);
        let fail = |e: std::io::Error| format!("{}: {e}", path.display());
        create_private_dir(&self.0).map_err(fail)?;
        // tempfile creates the file 0600 on Unix, beside the target so the rename is atomic.
        let mut tmp = tempfile::Builder::new()
            .prefix(".exporting-")
            .tempfile_in(&self.0)
            .map_err(fail)?;
        tmp.write_all(bytes).map_err(fail)?;
        tmp.as_file().sync_all().map_err(fail)?;
        tmp.persist(&path).map_err(|e| fail(e.error))?;
        Ok(path.display().to_string())
    }
}

/// Both CSV files of `measurements`: `<name>.csv` and `<name>-scores.csv`.
pub fn export_csv(
    delivery: &Delivery,
    name: &str,
    measurements: &[Measurement],
) -> Result<String, String> {
    let items_name = format!("{name}.csv");
    let scores_name = scores_file_name(&items_name);
    // From the app, always safe to open in a spreadsheet.
    let (items, scores) =
        csv_pair(measurements, Cells::Safe).map_err(|e| format!("{items_name}: {e}"))?;
    let items = delivery.0.deliver(&items_name, &items)?;
    let scores = delivery.0.deliver(&scores_name, &scores)?;
    Ok(format!("{items} + {scores}"))
}

/// The PDF report of `input`'s board: `<round>-verslag.pdf`.
pub fn export_report(delivery: &Delivery, input: &ReportInput) -> Result<String, String> {
    let bytes = pdf(input);
    delivery
        .0
        .deliver(&format!("{}-verslag.pdf", input.board.round), &bytes)
}

/// A PNG of the window as it is drawn now, delivered as `name` once the picture has been
/// taken (a frame or two later); [`LastExport`] says so then.
pub fn export_png(commands: &mut Commands, name: String) {
    commands.spawn(Screenshot::primary_window()).observe(
        move |captured: On<ScreenshotCaptured>,
              delivery: Res<Delivery>,
              mut last: ResMut<LastExport>| {
            last.0 = Some(png_bytes(&captured.image).and_then(|b| delivery.0.deliver(&name, &b)));
        },
    );
}

/// A picture of the window as PNG bytes.
pub fn png_bytes(image: &Image) -> Result<Vec<u8>, String> {
    let rgb = image
        .clone()
        .try_into_dynamic()
        .map_err(|e| format!("cannot convert the picture: {e}"))?
        .to_rgb8();
    let mut bytes = std::io::Cursor::new(Vec::new());
    rgb.write_to(&mut bytes, image::ImageFormat::Png)
        .map_err(|e| format!("cannot encode the picture: {e}"))?;
    Ok(bytes.into_inner())
}
