//! What an organisation sets for its devices: the sentence on the intro that tells a youth (or
//! a parent) who sees the answers, how long the mentor area stays open untouched, when
//! measurements are due, and from what drop the supervision overview flags a youth. It is a
//! RON file in the data folder, `settings/organisation.ron`; without one the defaults hold,
//! and they say exactly what the app does: the mentor sees the cards only once the youth has
//! finished, and the board opens only when both sorts are finished.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::store::{Store, StoreProblem};

/// Where the settings are kept in the store.
pub const KEY: &str = "settings/organisation.ron";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Organisation {
    /// Who sees a youth's answers, by language code ("nl", "en"): shown on the intro.
    pub who_sees: BTreeMap<String, String>,
    /// The same for a parent, who is spoken to as "u".
    pub who_sees_parent: BTreeMap<String, String>,
    /// Minutes the mentor area stays open untouched before it locks itself.
    pub mentor_idle_minutes: u32,
    /// When each youth's measurements are due (`core::schedule`).
    pub schedule: super::schedule::Schedule,
    /// A drop in a youth's total (1-5 scale) since their previous measurement at least this
    /// large is flagged in the supervision overview.
    pub drop_alert: f64,
}

impl Default for Organisation {
    fn default() -> Self {
        let text = |nl: &str, en: &str| {
            BTreeMap::from([
                ("nl".to_string(), nl.to_string()),
                ("en".to_string(), en.to_string()),
            ])
        };
        Organisation {
            who_sees: text(
                "Je mentor kan jouw kaarten pas zien als je klaar bent. Dan bekijken jullie ze samen. De gedragswetenschapper die je mentor helpt, ziet de uitkomst ook. Verder niemand.",
                "Your mentor can see your cards only once you are done. Then you look at them together. The behavioural scientist who helps your mentor sees the result too. Nobody else.",
            ),
            who_sees_parent: text(
                "De mentor kan uw kaarten pas zien als u klaar bent. Dan bekijkt u ze samen. De gedragswetenschapper die de mentor helpt, ziet de uitkomst ook. Verder niemand.",
                "The mentor can see your cards only once you are done. Then you look at them together. The behavioural scientist who helps the mentor sees the result too. Nobody else.",
            ),
            mentor_idle_minutes: 5,
            schedule: super::schedule::Schedule::default(),
            drop_alert: 0.5,
        }
    }
}

impl Organisation {
    /// The sentence for `lang`, falling back to Dutch.
    pub fn who_sees(&self, lang: &str, parent: bool) -> &str {
        let texts = if parent {
            &self.who_sees_parent
        } else {
            &self.who_sees
        };
        texts
            .get(lang)
            .or_else(|| texts.get("nl"))
            .map(String::as_str)
            .unwrap_or("")
    }
}

/// The organisation's settings, or the defaults when there is no file. A file that cannot be
/// read gives the defaults and a message naming it (the app keeps running).
pub fn load(store: &dyn Store) -> (Organisation, Option<String>) {
    let bytes = match store.read(KEY) {
        Ok(b) => b,
        Err(e) if e.problem == StoreProblem::NotFound => return (Organisation::default(), None),
        Err(e) => return (Organisation::default(), Some(e.to_string())),
    };
    let parsed = std::str::from_utf8(&bytes)
        .map_err(|_| "not UTF-8 text".to_string())
        .and_then(|t| ron::from_str::<Organisation>(t).map_err(|e| e.to_string()))
        .and_then(|o| {
            if o.mentor_idle_minutes == 0 || o.who_sees.get("nl").is_none_or(|s| s.trim().is_empty()) {
                Err("mentor_idle_minutes must be at least 1 and who_sees must have a Dutch sentence".into())
            } else if o.schedule.then_every_months == 0 || o.schedule.mid_after_months == 0 {
                Err("the schedule's months must be at least 1".into())
            } else if !(o.drop_alert > 0.0 && o.drop_alert <= 4.0) {
                Err("drop_alert must be more than 0 and at most 4 (points on the 1-5 scale)".into())
            } else {
                Ok(o)
            }
        });
    match parsed {
        Ok(o) => (o, None),
        Err(why) => (
            Organisation::default(),
            Some(format!(
                "{}: {why}; the defaults are used",
                store.place(KEY)
            )),
        ),
    }
}
