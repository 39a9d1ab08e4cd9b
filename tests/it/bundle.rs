//! Moving data between devices: the encrypted bundle's round trip, what a wrong passphrase, a
//! damaged or a foreign file get, the merge rules (same id, newer copy, older copy, only on
//! one side), and that an import cut off at any point leaves the folder as before or as after.

use std::collections::BTreeMap;
use std::sync::Arc;

use jas_cards::core::bundle::{self, BundleError, Merge, apply, choose, finish, make, plan};
use jas_cards::core::lock;
use jas_cards::core::measurement::{Measurement, load_all, save};
use jas_cards::core::store::{MemoryStore, Store, StoreError, StoreProblem};
use jas_cards::core::youth::{self, Youth};

use crate::board::pair;
use crate::table::opened;

const PASSPHRASE: &str = "paard batterij nietje";
/// A small scrypt work factor keeps the tests quick; the app uses `bundle::WORK_FACTOR`.
const QUICK: Option<u8> = Some(10);

fn youth_of(m: &mut [Measurement], name: &str, random: u64) -> Youth {
    let y = Youth::new(name, "", random, "2026-09-01T09:00:00Z");
    for m in m.iter_mut() {
        m.youth_id = Some(y.id.clone());
    }
    y
}

/// Two youths with a round each: Anna's and Bo's.
fn two_youths() -> (Vec<Youth>, Vec<Measurement>) {
    let mut anna = pair("r-20260901-100000-0001", "2026-09-01T10:00:00Z");
    let mut bo = pair("r-20260902-100000-0002", "2026-09-02T10:00:00Z");
    let ys = vec![youth_of(&mut anna, "Anna", 1), youth_of(&mut bo, "Bo", 2)];
    (ys, anna.into_iter().chain(bo).collect())
}

#[test]
fn a_bundle_opens_with_its_passphrase_into_what_was_put_in() {
    let (ys, ms) = two_youths();
    // Anna only: her record and her two sorts, nothing of Bo.
    let (cy, cm) = choose(&ys, &ms, Some(&[ys[0].id.clone()]));
    assert_eq!(cy, [ys[0].clone()]);
    assert_eq!(cm.len(), 2);
    assert!(cm.iter().all(|m| m.youth_id == Some(ys[0].id.clone())));
    let b = make(&cy, &cm, "2026-11-30T10:00:00Z");
    let sealed = bundle::seal(&b, PASSPHRASE, QUICK).unwrap();
    // Nothing readable in the file: no name, no statement id.
    let raw = String::from_utf8_lossy(&sealed);
    assert!(!raw.contains("Anna") && !raw.contains("relatie"));
    assert_eq!(bundle::open(&sealed, PASSPHRASE).unwrap(), b);
    // Everything: both youths, all four sorts.
    let (ay, am) = choose(&ys, &ms, None);
    assert_eq!((ay.len(), am.len()), (2, 4));
}

#[test]
fn a_wrong_passphrase_a_damaged_or_a_foreign_file_gets_a_clear_refusal() {
    let (ys, ms) = two_youths();
    let sealed = bundle::seal(&make(&ys, &ms, "now"), PASSPHRASE, QUICK).unwrap();
    assert_eq!(
        bundle::open(&sealed, "paard batterij NIETJE"),
        Err(BundleError::WrongPassphrase)
    );
    // Cut off in the middle.
    let cut = &sealed[..sealed.len() / 2];
    assert!(matches!(
        bundle::open(cut, PASSPHRASE),
        Err(BundleError::Damaged(_))
    ));
    // One byte changed in the encrypted body.
    let mut changed = sealed.clone();
    let at = changed.len() - 40;
    changed[at] ^= 1;
    assert!(matches!(
        bundle::open(&changed, PASSPHRASE),
        Err(BundleError::Damaged(_))
    ));
    // Not an age file; an age file sealed to a folder's key rather than a passphrase.
    assert_eq!(
        bundle::open(b"youth,role\nAB,youth\n", PASSPHRASE),
        Err(BundleError::NotABundle)
    );
    let made = lock::set_up("135790", lock::CHEAP);
    let folder_file = jas_cards::core::keys::seal(&made.key.recipient(), b"(format: 1)");
    assert_eq!(
        bundle::open(&folder_file, PASSPHRASE),
        Err(BundleError::NotABundle)
    );
    // Too short a passphrase is refused before anything is written.
    assert_eq!(
        bundle::seal(&make(&ys, &ms, "now"), "kort", QUICK),
        Err(BundleError::ShortPassphrase)
    );
    assert_eq!(
        BundleError::WrongPassphrase.to_string(),
        "the passphrase does not open it"
    );
    // A file asking more of scrypt than a bundle does (2^19 for the 2^10 it was sealed with):
    // refused before any of that work is done.
    let header_end = sealed.windows(4).position(|w| w == b"\n---").unwrap();
    let header = String::from_utf8(sealed[..header_end].to_vec()).unwrap();
    let asking = header.replacen(" 10\n", " 19\n", 1);
    assert_ne!(asking, header);
    let mut greedy = asking.into_bytes();
    greedy.extend_from_slice(&sealed[header_end..]);
    assert_eq!(
        bundle::open(&greedy, PASSPHRASE),
        Err(BundleError::TooMuchWork(19))
    );
}

#[test]
fn a_bundle_is_sealed_with_ages_recommended_scrypt_work_factor_whatever_the_device() {
    // Not age's measured default (1-2 s on the device making it: 2^20 on a quick laptop,
    // more than a tablet's browser can open): 2^18, in the file's header.
    let (ys, ms) = two_youths();
    let sealed = bundle::seal(&make(&ys, &ms, "now"), PASSPHRASE, None).unwrap();
    let header = String::from_utf8_lossy(&sealed[..200]).to_string();
    let stanza = header
        .lines()
        .find(|l| l.starts_with("-> scrypt "))
        .unwrap();
    assert_eq!(stanza.split(' ').nth(3), Some("18"), "{stanza}");
    assert_eq!(bundle::WORK_FACTOR, 18);
    assert!(bundle::open(&sealed, PASSPHRASE).is_ok());
}

/// The measurements of a store, by id, with their `updated` times.
fn stored(store: &dyn Store) -> BTreeMap<String, String> {
    load_all(store)
        .measurements
        .into_iter()
        .map(|m| (m.id.clone(), m.updated.clone()))
        .collect()
}

#[test]
fn the_merge_adds_what_is_new_takes_a_newer_copy_and_keeps_the_rest() {
    let (ys, ms) = two_youths();
    // Here: Anna's record and round; her youth sort changed later here than in the bundle,
    // her mentor sort earlier.
    let mut here = vec![ms[0].clone(), ms[1].clone()];
    here[0].updated = "2026-10-01T00:00:00Z".into();
    here[1].updated = "2026-09-01T00:00:00Z".into();
    let mut there = ms.clone();
    there[0].updated = "2026-09-15T00:00:00Z".into(); // older than here: kept
    there[1].updated = "2026-09-20T00:00:00Z".into(); // newer than here: updated
    let mut b = make(&ys, &there, "now");
    // And one damaged measurement: named, left out, the rest goes on.
    b.measurements.push("(format: 3, id: \"broken\"".into());
    let m = plan(&here, &ys[..1], &b);
    let ids = |v: &[Measurement]| v.iter().map(|m| m.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&m.updated), [ms[1].id.clone()]);
    assert_eq!(ids(&m.added), [ms[3].id.clone(), ms[2].id.clone()], "by id");
    assert_eq!(m.kept, 1);
    assert_eq!(m.youths_added, [ys[1].clone()]);
    assert_eq!(m.youths_kept, 1);
    assert_eq!(m.problems.len(), 1, "{:?}", m.problems);
    assert!(m.problems[0].starts_with("measurement 5 in the bundle:"));
    assert_eq!(
        m.summary(),
        "measurements: 2 added, 1 updated, 1 kept as they were; youths: 1 added, 1 kept"
    );

    // Applied to a store: exactly that, and a second import of the same bundle changes
    // nothing.
    let store = MemoryStore::new();
    for x in &here {
        save(&store, x).unwrap();
    }
    youth::save(&store, &ys[0]).unwrap();
    apply(&store, &m).unwrap();
    let after = stored(&store);
    assert_eq!(after.len(), 4);
    assert_eq!(
        after[&ms[0].id], "2026-10-01T00:00:00Z",
        "the newer one here stays"
    );
    assert_eq!(
        after[&ms[1].id], "2026-09-20T00:00:00Z",
        "the newer copy came in"
    );
    assert_eq!(youth::load_all(&store).0.len(), 2);
    let again = plan(
        &load_all(&store).measurements,
        &youth::load_all(&store).0,
        &b,
    );
    assert!(!again.changes(), "{}", again.summary());
    assert_eq!(again.kept, 4);
    assert!(
        store.keys().iter().all(|k| !k.starts_with("transfer/")),
        "{:?}",
        store.keys()
    );
}

/// A store that stops working after `left` more writes, moves or removals: the device dying
/// half-way through an import. With `disk_full`, only writes fail (and say the disk is full):
/// removing still works.
struct Dying {
    inner: Arc<MemoryStore>,
    left: std::sync::Mutex<usize>,
    disk_full: bool,
}

impl Dying {
    fn new(inner: Arc<MemoryStore>, left: usize) -> Dying {
        Dying {
            inner,
            left: std::sync::Mutex::new(left),
            disk_full: false,
        }
    }

    fn step(&self, key: &str, writing: bool) -> Result<(), StoreError> {
        if self.disk_full && !writing {
            return Ok(());
        }
        let mut left = self.left.lock().unwrap();
        if *left == 0 {
            return Err(StoreError {
                doing: "save",
                place: key.into(),
                problem: if self.disk_full {
                    StoreProblem::DiskFull
                } else {
                    StoreProblem::Other("the power went".into())
                },
            });
        }
        *left -= 1;
        Ok(())
    }
}

impl Store for Dying {
    fn place(&self, key: &str) -> String {
        self.inner.place(key)
    }
    fn list(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        self.inner.list(prefix)
    }
    fn read(&self, key: &str) -> Result<Vec<u8>, StoreError> {
        self.inner.read(key)
    }
    fn write(&self, key: &str, bytes: &[u8]) -> Result<(), StoreError> {
        self.step(key, true)?;
        self.inner.write(key, bytes)
    }
    fn set_aside(&self, key: &str, suffix: &str) -> Result<String, StoreError> {
        self.step(key, false)?;
        self.inner.set_aside(key, suffix)
    }
    fn rename(&self, from: &str, to: &str) -> Result<(), StoreError> {
        self.step(from, false)?;
        self.inner.rename(from, to)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.step(key, false)?;
        self.inner.remove(key)
    }
}

#[test]
fn an_import_cut_off_at_any_point_leaves_the_folder_as_before_or_as_after() {
    let (ys, ms) = two_youths();
    let mut here = vec![ms[0].clone(), ms[1].clone()];
    here[1].updated = "2026-09-01T00:00:00Z".into();
    let mut there = ms.clone();
    there[1].updated = "2026-09-20T00:00:00Z".into();
    let b = make(&ys, &there, "now");
    let fresh = || {
        let store = Arc::new(MemoryStore::new());
        for x in &here {
            save(store.as_ref(), x).unwrap();
        }
        youth::save(store.as_ref(), &ys[0]).unwrap();
        store
    };
    let before = stored(fresh().as_ref());
    let merge: Merge = plan(&here, &ys[..1], &b);
    let whole = fresh();
    apply(whole.as_ref(), &merge).unwrap();
    let after = stored(whole.as_ref());
    assert_ne!(before, after);
    // Every point at which the device can die: each write, move and removal.
    let mut saw = [false; 2];
    for left in 0.. {
        let raw = fresh();
        let dying = Dying::new(raw.clone(), left);
        let done = apply(&dying, &merge).is_ok();
        // Started again: the folder is opened, which finishes or undoes the import.
        finish(raw.as_ref()).unwrap();
        let now = stored(raw.as_ref());
        let youths = youth::load_all(raw.as_ref()).0.len();
        if now == before {
            assert_eq!(youths, 1, "cut after {left}: youths half-imported");
            saw[0] = true;
        } else {
            assert_eq!(now, after, "cut after {left} steps: half an import");
            assert_eq!(youths, 2, "cut after {left}: youths half-imported");
            saw[1] = true;
        }
        assert!(
            raw.keys().iter().all(|k| !k.starts_with("transfer/")),
            "cut after {left}: staged files left: {:?}",
            raw.keys()
        );
        if done {
            break;
        }
    }
    assert_eq!(saw, [true, true], "both outcomes were reached");
}

#[test]
fn staged_files_are_encrypted_like_every_youths_file() {
    let (ys, ms) = two_youths();
    let raw = Arc::new(MemoryStore::new());
    let made = lock::set_up("135790", lock::CHEAP);
    lock::save(raw.as_ref(), &made.lock).unwrap();
    let store = opened(&raw, &made.key);
    let merge = plan(&[], &[], &make(&ys, &ms, "now"));
    // Cut off after the first staged file: it is there, encrypted; opening the folder again
    // removes it.
    let dying = Dying::new(raw.clone(), 1);
    let sealed_dying = jas_cards::core::sealed::SealedStore::new(Arc::new(dying), None);
    sealed_dying.open(made.key.clone());
    assert!(apply(&sealed_dying, &merge).is_err());
    let staged: Vec<String> = raw
        .keys()
        .into_iter()
        .filter(|k| k.starts_with("transfer/"))
        .collect();
    assert_eq!(staged.len(), 1, "{staged:?}");
    assert!(jas_cards::core::keys::is_sealed(
        &raw.read(&staged[0]).unwrap()
    ));
    assert_eq!(finish(&store).unwrap(), 0);
    assert!(raw.keys().iter().all(|k| !k.starts_with("transfer/")));
    apply(&store, &merge).unwrap();
    for key in raw.keys() {
        if key.starts_with("measurements/") || key.starts_with("youths/") {
            let bytes = raw.read(&key).unwrap();
            assert!(jas_cards::core::keys::is_sealed(&bytes), "{key}");
        }
    }
    assert_eq!(load_all(&store).measurements.len(), 4);
}

#[test]
fn a_bundles_copy_never_replaces_a_stored_file_this_device_cannot_read() {
    let (ys, ms) = two_youths();
    let store = MemoryStore::new();
    // Anna's youth sort is stored but damaged here (unreadable, so not in the library).
    store.insert(&ms[0].key_in_store(), b"(format: 3, id: \"kapot");
    let merge = bundle::plan_into(&store, &[], &[], &make(&ys, &ms, "now")).unwrap();
    assert!(!merge.added.iter().any(|m| m.id == ms[0].id));
    assert_eq!(merge.added.len(), 3);
    assert!(
        merge.problems.iter().any(|p| p.starts_with(&ms[0].id)),
        "{:?}",
        merge.problems
    );
    apply(&store, &merge).unwrap();
    assert_eq!(
        store.read(&ms[0].key_in_store()).unwrap(),
        b"(format: 3, id: \"kapot",
        "left as it was"
    );
}

#[test]
fn measurements_whose_record_is_missing_bring_a_record_so_they_are_listed() {
    let (_, ms) = two_youths();
    // A bundle of measurements without their youth records.
    let merge = plan(&[], &[], &make(&[], &ms, "now"));
    let names: Vec<&str> = merge.youths_added.iter().map(|y| y.name.as_str()).collect();
    assert_eq!(
        names,
        ["AB", "AB"],
        "one record per youth id, named by the pseudonym"
    );
    let mut ids: Vec<&str> = merge.youths_added.iter().map(|y| y.id.as_str()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 2);
}

#[test]
fn an_import_whose_commit_can_no_longer_be_read_is_undone_and_its_commit_kept_aside() {
    let (ys, ms) = two_youths();
    let raw = Arc::new(MemoryStore::new());
    let made = lock::set_up("135790", lock::CHEAP);
    let store = opened(&raw, &made.key);
    let merge = plan(&[], &[], &make(&ys, &ms, "now"));
    // Cut off right after the commit: then the folder's key changed (a new PIN after a lost
    // lock), so the commit cannot be read any more.
    let steps = merge.added.len() + merge.youths_added.len() + 1;
    let dying = Dying::new(raw.clone(), steps);
    let sealed_dying = jas_cards::core::sealed::SealedStore::new(Arc::new(dying), None);
    sealed_dying.open(made.key.clone());
    assert!(apply(&sealed_dying, &merge).is_err());
    assert!(raw.keys().contains(&"transfer/commit.txt".to_string()));
    let other = lock::set_up("246802", lock::CHEAP);
    let elsewhere = opened(&raw, &other.key);
    assert_eq!(finish(&elsewhere).unwrap(), 0);
    let keys = raw.keys();
    assert!(
        keys.iter()
            .all(|k| !k.starts_with("transfer/measurements/")),
        "{keys:?}"
    );
    assert!(
        keys.iter()
            .any(|k| k.starts_with("transfer/commit.txt.damaged-")),
        "{keys:?}"
    );
    assert!(
        load_all(&store).measurements.is_empty(),
        "as before the import"
    );
}

#[test]
fn the_commit_of_a_large_import_is_read_whole() {
    // An organisation's import names tens of thousands of files: more than a measurement
    // file may be (2 MiB encrypted), which once undid such an import as "damaged".
    let raw = Arc::new(MemoryStore::new());
    let made = lock::set_up("135790", lock::CHEAP);
    let store = opened(&raw, &made.key);
    let names: Vec<String> = (0..60_000)
        .map(|i| format!("measurements/r-20260101-000000-{i:05}-youth.ron"))
        .collect();
    let commit = names.join("\n");
    assert!(commit.len() > 2 << 20);
    store.write(bundle::COMMIT, commit.as_bytes()).unwrap();
    // None of them staged (all moved before a crash, say): nothing to move, and done.
    assert_eq!(finish(&store).unwrap(), 0);
    assert!(
        !raw.keys().iter().any(|k| k.starts_with("transfer/")),
        "{:?}",
        raw.keys()
    );
}

#[test]
fn an_import_that_fills_the_disk_removes_what_it_staged_at_once() {
    // Many files, so that staging runs on several threads and stops at the first failure.
    let (ys, ms) = two_youths();
    let mut many = Vec::new();
    for i in 0..100 {
        let mut m = ms[i % ms.len()].clone();
        m.round = format!("r-2026090{}-{i:06}", i % 9 + 1);
        m.id = format!("{}-{}", m.round, m.role);
        many.push(m);
    }
    let merge = plan(&[], &[], &make(&ys, &many, "now"));
    assert_eq!(merge.added.len(), 100);
    let raw = Arc::new(MemoryStore::new());
    let full = Dying {
        disk_full: true,
        ..Dying::new(raw.clone(), 30)
    };
    let e = apply(&full, &merge).unwrap_err();
    assert_eq!(e.problem, StoreProblem::DiskFull);
    // Nothing staged is left behind, and nothing was put in place.
    assert!(raw.keys().is_empty(), "{:?}", raw.keys());
}
