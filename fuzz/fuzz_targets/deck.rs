//! Any bytes as a deck file: the parser and validator answer with a deck or a located
//! message, never a panic; a deck that passes gives a scoring key that scores any sort.
#![no_main]

use std::collections::BTreeMap;
use std::path::Path;

use jas_cards::core::deck::parse_deck;
use jas_cards::core::scoring::score;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    match parse_deck(Path::new("fuzz.ron"), data) {
        Ok(deck) => {
            let key = deck.scoring_key();
            let answers: BTreeMap<String, Option<u8>> = deck
                .statements
                .iter()
                .enumerate()
                .map(|(i, s)| (s.id.clone(), (i % 6 != 0).then_some((i % 5) as u8 + 1)))
                .collect();
            let s = score(&key, &answers);
            assert_eq!(s.parts.len(), deck.parts.len());
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
});
