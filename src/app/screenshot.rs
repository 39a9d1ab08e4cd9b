//! `--screenshot PATH`: draw a few frames, save the window as a PNG and exit. Exits non-zero
//! when the picture is blank (a single colour), so CI notices a screen that draws nothing.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};
use bevy::winit::WinitSettings;

/// Frames to draw before the picture is taken: layout and font atlases settle in a few.
const SETTLE_FRAMES: u32 = 8;

#[derive(Resource)]
struct ShotPath(PathBuf);

pub(super) fn plugin(path: PathBuf) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(ShotPath(path.clone()))
            // Draw continuously until the picture is taken: no input arrives to wake the app.
            .insert_resource(WinitSettings::game())
            .add_systems(Update, take_after_settling);
    }
}

fn take_after_settling(
    mut commands: Commands,
    mut frames: Local<u32>,
    path: Res<ShotPath>,
    demo: Option<Res<crate::app::demo::DemoReady>>,
) {
    // A demo first sets up its screen (and its finger); count frames from then on.
    if demo.is_some_and(|d| !d.0) {
        return;
    }
    *frames += 1;
    if *frames != SETTLE_FRAMES {
        return;
    }
    let path = path.0.clone();
    commands.spawn(Screenshot::primary_window()).observe(
        move |captured: On<ScreenshotCaptured>, mut exit: MessageWriter<AppExit>| {
            exit.write(save(&captured.image, &path));
        },
    );
}

fn save(image: &Image, path: &std::path::Path) -> AppExit {
    let rgb = match image.clone().try_into_dynamic() {
        Ok(img) => img.to_rgb8(),
        Err(e) => {
            error!("cannot convert the screenshot: {e}");
            return AppExit::from_code(3);
        }
    };
    if let Err(e) = rgb.save(path) {
        error!("cannot write {}: {e}", path.display());
        return AppExit::from_code(3);
    }
    let first = rgb.pixels().next().copied();
    if rgb.pixels().all(|p| Some(*p) == first) {
        error!("{}: the picture is blank", path.display());
        return AppExit::from_code(4);
    }
    info!("screenshot written to {}", path.display());
    AppExit::Success
}
