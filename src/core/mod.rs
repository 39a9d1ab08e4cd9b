//! The pure core: decks, scoring, the sort, stored measurements and exports.
//! Plain Rust without Bevy types, so every rule is tested directly and fast.

pub mod answers;
pub mod board;
pub mod bundle;
pub mod deck;
pub mod export;
pub mod guess;
pub mod keys;
pub mod kv_store;
pub mod layout;
pub mod lock;
pub mod measurement;
pub mod organisation;
pub mod overview;
pub mod parallel;
pub mod report;
pub mod round;
pub mod sample;
pub mod schedule;
pub mod scoring;
pub mod sealed;
pub mod sort;
pub mod store;
pub mod youth;
