//! Work on many items at once, results in input order. `validate` checks
//! thousands of files on every core, yet prints them in the order given, and
//! holds at most a small window of finished results waiting for a slow one,
//! so memory stays flat whatever the number of files.

use std::collections::BTreeMap;
use std::sync::mpsc;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// The number of threads to use when the user does not say: every core.
pub(crate) fn default_jobs() -> std::num::NonZeroUsize {
    std::thread::available_parallelism().unwrap_or(std::num::NonZeroUsize::MIN)
}

/// Finished results that may wait for a slow item, per thread: the
/// `window` of [`ordered_map`] is this many times the threads.
pub(crate) const WINDOW_PER_JOB: usize = 64;

/// Runs `work` on every item on up to `jobs` threads and hands each result to
/// `sink` in input order. Workers never run more than `window` items ahead of
/// the last one handed over. The first error from `sink` stops the work
/// (items already started finish; no new ones start) and is returned.
pub(crate) fn ordered_map<T, R, E>(
    items: &[T],
    jobs: usize,
    window: usize,
    work: impl Fn(&T) -> R + Sync,
    mut sink: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Sync,
    R: Send,
{
    let jobs = jobs.max(1).min(items.len());
    if jobs <= 1 {
        return items.iter().try_for_each(|item| sink(work(item)));
    }
    let window = window.max(jobs);
    let gate = Gate {
        state: Mutex::new(State::default()),
        moved: Condvar::new(),
    };
    std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, R)>();
        // The calling thread is a worker too, and the only one that hands
        // results to `sink` (which need not be `Send`): `jobs - 1` helpers.
        for _ in 1..jobs {
            let tx = tx.clone();
            let (gate, work) = (&gate, &work);
            scope.spawn(move || {
                let _stop_on_panic = StopOnPanic(gate);
                while let Some(i) = gate.claim(items.len(), window) {
                    if tx.send((i, work(&items[i]))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(tx);
        let _stop_on_panic = StopOnPanic(&gate);
        let mut waiting = BTreeMap::new();
        let mut next = 0;
        let mut outcome = Ok(());
        let mut helpers_gone = false;
        while next < items.len() {
            // Take what the helpers have finished, without waiting.
            while let Ok((i, result)) = rx.try_recv() {
                waiting.insert(i, result);
            }
            let before = next;
            while let Some(result) = waiting.remove(&next) {
                next += 1;
                if outcome.is_ok() {
                    outcome = sink(result);
                }
            }
            if next != before || outcome.is_err() {
                gate.delivered(next, outcome.is_err(), window);
            }
            if outcome.is_err() {
                break;
            }
            match gate.try_claim(items.len(), window) {
                Some(i) => {
                    waiting.insert(i, work(&items[i]));
                }
                // Nothing this thread may start: wait for a helper's result.
                None if !helpers_gone => match rx.recv() {
                    Ok((i, result)) => {
                        waiting.insert(i, result);
                    }
                    Err(_) => helpers_gone = true,
                },
                // Every helper has stopped (one panicked): the join says why.
                None => break,
            }
        }
        gate.delivered(next, true, window);
        outcome
    })
}

struct Gate {
    state: Mutex<State>,
    moved: Condvar,
}

#[derive(Default)]
struct State {
    /// The next item to hand to a worker.
    next: usize,
    /// How many results have gone to the sink.
    delivered: usize,
    /// Helpers waiting for the window to move.
    sleeping: usize,
    stop: bool,
}

impl Gate {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The next item for a worker, waiting while it would run too far ahead;
    /// `None` when there is nothing left to do.
    fn claim(&self, len: usize, window: usize) -> Option<usize> {
        let mut state = self.lock();
        while !state.stop && state.next < len && state.next >= state.delivered + window {
            state.sleeping += 1;
            state = self
                .moved
                .wait(state)
                .unwrap_or_else(PoisonError::into_inner);
            state.sleeping -= 1;
        }
        if state.stop || state.next >= len {
            return None;
        }
        state.next += 1;
        Some(state.next - 1)
    }

    /// The next item, or `None` when it would run too far ahead or there
    /// is nothing left: for the thread that also delivers, which must not wait.
    fn try_claim(&self, len: usize, window: usize) -> Option<usize> {
        let mut state = self.lock();
        if state.stop || state.next >= len || state.next >= state.delivered + window {
            return None;
        }
        state.next += 1;
        Some(state.next - 1)
    }

    /// Records progress. Waiting helpers are woken once half the window is
    /// free, not at every result: they then run a stretch of items instead
    /// of bouncing between sleeping and one item.
    fn delivered(&self, count: usize, stop: bool, window: usize) {
        let mut state = self.lock();
        state.delivered = count;
        state.stop |= stop;
        if state.sleeping > 0 && (state.stop || state.next <= count + window / 2) {
            self.moved.notify_all();
        }
    }
}

/// A worker that panics stops the others, so that nobody waits forever for
/// its result; the panic then surfaces when the threads are joined.
struct StopOnPanic<'a>(&'a Gate);

impl Drop for StopOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.lock().stop = true;
            self.0.moved.notify_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::time::Duration;

    #[test]
    fn results_come_in_input_order_whatever_finishes_first() {
        let items: Vec<u64> = (0..200).collect();
        let mut seen = Vec::new();
        ordered_map(
            &items,
            4,
            8,
            |&i| {
                // Early items are the slow ones.
                std::thread::sleep(Duration::from_micros((200 - i) * 20));
                i * 2
            },
            |r| {
                seen.push(r);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(seen, (0..200).map(|i| i * 2).collect::<Vec<_>>());
    }

    #[test]
    fn no_worker_runs_more_than_the_window_ahead() {
        let items: Vec<usize> = (0..100).collect();
        let delivered = AtomicUsize::new(0);
        let max_ahead = AtomicUsize::new(0);
        ordered_map(
            &items,
            3,
            5,
            |&i| {
                let ahead = i - delivered.load(Ordering::SeqCst);
                max_ahead.fetch_max(ahead, Ordering::SeqCst);
                if i == 10 {
                    std::thread::sleep(Duration::from_millis(50));
                }
                i
            },
            |_| {
                delivered.fetch_add(1, Ordering::SeqCst);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert!(max_ahead.load(Ordering::SeqCst) < 5, "{max_ahead:?}");
    }

    #[test]
    fn a_sink_error_stops_the_work_and_is_returned() {
        let items: Vec<usize> = (0..10_000).collect();
        let started = AtomicUsize::new(0);
        let result = ordered_map(
            &items,
            2,
            4,
            |&i| {
                started.fetch_add(1, Ordering::SeqCst);
                i
            },
            |i| if i == 3 { Err("closed") } else { Ok(()) },
        );
        assert_eq!(result, Err("closed"));
        assert!(started.load(Ordering::SeqCst) < 100);
    }

    #[test]
    fn every_thread_takes_a_share_of_the_work() {
        let items: Vec<usize> = (0..400).collect();
        let by_thread = Mutex::new(std::collections::HashMap::new());
        ordered_map(
            &items,
            2,
            16,
            |_| {
                std::thread::sleep(Duration::from_micros(200));
                *by_thread
                    .lock()
                    .unwrap()
                    .entry(std::thread::current().id())
                    .or_insert(0) += 1;
            },
            |()| Ok::<(), ()>(()),
        )
        .unwrap();
        let counts: Vec<usize> = by_thread.into_inner().unwrap().into_values().collect();
        assert_eq!(counts.len(), 2, "{counts:?}");
        assert!(counts.iter().all(|&n| n >= 100), "{counts:?}");
    }

    #[test]
    fn one_job_runs_in_place() {
        let mut seen = Vec::new();
        ordered_map(
            &[1, 2, 3],
            1,
            1,
            |i| i + 1,
            |r| {
                seen.push(r);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        assert_eq!(seen, [2, 3, 4]);
    }

    #[test]
    // The panic surfaces as "boom" or as "a scoped thread panicked",
    // depending on which thread took the item.
    #[should_panic]
    fn a_panicking_worker_does_not_hang_the_others() {
        let items: Vec<usize> = (0..1000).collect();
        let _ = ordered_map(
            &items,
            2,
            4,
            |&i| {
                assert!(i != 2, "boom");
                i
            },
            |_| Ok::<(), ()>(()),
        );
    }
}
