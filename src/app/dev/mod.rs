//! Drivers for development and checks, apart from the product: the scripted demo behind
//! screenshots, the benchmark, the autoplay player of the kill test, the screenshot writer,
//! and the one routine that drives a simulated finger (shared by the demo, the benchmark and
//! the headless tests).

pub mod autoplay;
pub mod bench;
pub mod demo;
mod demo_board;
pub mod screenshot;
pub mod touch;
