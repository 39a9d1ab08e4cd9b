//! Work on thousands of files (an organisation's years of measurements) spread over the
//! machine's cores: reading and decrypting, parsing, encrypting and writing. One thread in
//! the browser, which has none to spare.

/// `f` of each of `items`, in order, on as many threads as there are cores (at most `most`);
/// on the calling thread alone for a few items.
pub fn map<T: Sync, R: Send>(items: &[T], most: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    map_on(items, cores.min(most), f)
}

/// [`map`] on `threads` threads whatever the cores: for work that mostly waits on the disk
/// (a sync per file), where more threads let the file system commit many at once.
pub fn map_on<T: Sync, R: Send>(items: &[T], threads: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = if cfg!(target_arch = "wasm32") {
        1
    } else {
        threads
    };
    if threads < 2 || items.len() < 64 {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    std::thread::scope(|s| {
        let workers: Vec<_> = items
            .chunks(chunk)
            .map(|part| s.spawn(move || part.iter().map(f).collect::<Vec<_>>()))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("a worker thread does not panic"))
            .collect()
    })
}
