//! `--screenshot PATH`: draw a few frames, save the window as a PNG and exit. Exits non-zero
//! when the picture is blank (a single colour), so CI notices a screen that draws nothing.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};
use bevy::winit::WinitSettings;

/// Frames to draw before the picture is taken: layout and font atlases settle in a few.
const SETTLE_FRAMES: u32 = 8;
/// Pictures taken before a blank one counts. Bevy compiles the UI's shaders in the background
/// and draws nothing that uses one until it is ready; with software rendering that can take
/// longer than the settling frames (a blank review screen in about 1 of 4 debug runs). A
/// screen that truly draws nothing is still blank after all of them.
const ATTEMPTS: u32 = 10;

#[derive(Resource)]
struct Shot {
    path: PathBuf,
    frames: u32,
    attempts: u32,
    /// A picture has been asked for and not yet received.
    waiting: bool,
}

pub fn plugin(path: PathBuf) -> impl Fn(&mut App) {
    move |app: &mut App| {
        app.insert_resource(Shot {
            path: path.clone(),
            frames: 0,
            attempts: 0,
            waiting: false,
        })
        // Draw continuously until the picture is taken: no input arrives to wake the app.
        .insert_resource(WinitSettings::game())
        .add_systems(Update, take_after_settling);
    }
}

fn take_after_settling(
    mut commands: Commands,
    mut shot: ResMut<Shot>,
    demo: Option<Res<super::demo::DemoReady>>,
) {
    // A demo first sets up its screen (and its finger); count frames from then on.
    if demo.is_some_and(|d| !d.0) || shot.waiting {
        return;
    }
    shot.frames += 1;
    if shot.frames < SETTLE_FRAMES {
        return;
    }
    shot.frames = 0;
    shot.attempts += 1;
    shot.waiting = true;
    commands.spawn(Screenshot::primary_window()).observe(
        |captured: On<ScreenshotCaptured>,
         mut shot: ResMut<Shot>,
         mut exit: MessageWriter<AppExit>| {
            shot.waiting = false;
            let last = shot.attempts >= ATTEMPTS;
            if let Some(code) = save(&captured.image, &shot.path, last) {
                exit.write(code);
            }
        },
    );
}

/// Writes the picture; `None` when it is blank and another may be taken.
fn save(image: &Image, path: &std::path::Path, last: bool) -> Option<AppExit> {
    let rgb = match image.clone().try_into_dynamic() {
        Ok(img) => img.to_rgb8(),
        Err(e) => {
            error!("cannot convert the screenshot: {e}");
            return Some(AppExit::from_code(3));
        }
    };
    let first = rgb.pixels().next().copied();
    let blank = rgb.pixels().all(|p| Some(*p) == first);
    if blank && !last {
        info!("the picture is still blank: drawing on");
        return None;
    }
    if let Err(e) = rgb.save(path) {
        error!("cannot write {}: {e}", path.display());
        return Some(AppExit::from_code(3));
    }
    if blank {
        error!("{}: the picture is blank", path.display());
        return Some(AppExit::from_code(4));
    }
    info!("screenshot written to {}", path.display());
    Some(AppExit::Success)
}
