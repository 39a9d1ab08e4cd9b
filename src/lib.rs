//! JAS cards: sort the statements of a working-alliance questionnaire as a card game, with
//! exact scores.
//!
//! `core` is plain Rust (decks, scoring, the sort, storage, exports); `app` is the Bevy shell
//! that turns input into core calls and core state into pictures; `cli` is the command line.

#[cfg(feature = "app")]
pub mod app;
#[cfg(feature = "app")]
pub mod cli;
pub mod core;
pub mod fonts;
#[cfg(all(feature = "app", target_arch = "wasm32"))]
pub mod web;
