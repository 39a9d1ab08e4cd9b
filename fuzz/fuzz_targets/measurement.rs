//! Any bytes as a stored measurement: the loader answers with a measurement, "damaged" or
//! "newer", never a panic; a measurement it accepts saves and loads back the same.
#![no_main]

use jas_cards::core::measurement::parse;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(m) = parse(data) {
        let _ = m.scores();
        let again =
            parse(m.to_ron().as_bytes()).expect("a loaded measurement saves and loads back");
        assert_eq!(again, m);
    }
});
