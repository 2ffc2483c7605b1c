//! What the bot keeps per chat, in memory only: the language choice and a rate-limit window. No message
//! text, no history; a restart forgets everything.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::lang::Lang;

/// Language choices kept at most; beyond that an arbitrary old choice is forgotten (the reader then gets
/// the language Telegram reports again), so memory stays bounded whatever happens.
const MAX_LANGS: usize = 100_000;
/// Rate-limit windows kept before stale ones are swept.
const SWEEP_AT: usize = 10_000;

/// The languages chats chose with /language.
#[derive(Default)]
pub struct Languages {
    chosen: Mutex<HashMap<i64, Lang>>,
}

impl Languages {
    /// The chat's choice, if it made one.
    pub fn get(&self, chat: i64) -> Option<Lang> {
        self.lock().get(&chat).copied()
    }

    /// Remembers a choice.
    pub fn set(&self, chat: i64, lang: Lang) {
        let mut chosen = self.lock();
        if chosen.len() >= MAX_LANGS
            && !chosen.contains_key(&chat)
            && let Some(old) = chosen.keys().next().copied()
        {
            chosen.remove(&old);
        }
        chosen.insert(chat, lang);
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Lang>> {
        // A panic while holding the lock cannot leave the map half-written: recover it.
        self.chosen.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// What to do with a message, given the chat's recent traffic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Within the limit: answer.
    Allow,
    /// The first message over the limit in this window: say "slow down" once.
    Warn,
    /// Over the limit and already warned: ignore.
    Drop,
}

/// A fixed-window limit per chat (`limit` messages per `window`).
pub struct RateLimit {
    limit: u32,
    window: Duration,
    chats: Mutex<HashMap<i64, Window>>,
}

struct Window {
    started: Instant,
    count: u32,
    warned: bool,
}

impl RateLimit {
    /// `limit` messages per `window` and chat.
    pub fn new(limit: u32, window: Duration) -> RateLimit {
        RateLimit {
            limit,
            window,
            chats: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one message of `chat` at `now`.
    pub fn check(&self, chat: i64, now: Instant) -> Verdict {
        let mut chats = self.chats.lock().unwrap_or_else(|e| e.into_inner());
        if chats.len() >= SWEEP_AT {
            let window = self.window;
            chats.retain(|_, w| now.duration_since(w.started) < window);
        }
        let w = chats.entry(chat).or_insert(Window {
            started: now,
            count: 0,
            warned: false,
        });
        if now.duration_since(w.started) >= self.window {
            *w = Window {
                started: now,
                count: 0,
                warned: false,
            };
        }
        w.count += 1;
        if w.count <= self.limit {
            Verdict::Allow
        } else if !w.warned {
            w.warned = true;
            Verdict::Warn
        } else {
            Verdict::Drop
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn over_the_limit_a_chat_is_warned_once_per_window_then_ignored() {
        let limit = RateLimit::new(3, Duration::from_secs(60));
        let t0 = Instant::now();
        let verdicts: Vec<Verdict> = (0..6).map(|_| limit.check(7, t0)).collect();
        use Verdict::*;
        assert_eq!(verdicts, [Allow, Allow, Allow, Warn, Drop, Drop]);
        assert_eq!(limit.check(8, t0), Allow, "other chats are not affected");
        assert_eq!(
            limit.check(7, t0 + Duration::from_secs(61)),
            Allow,
            "a new window starts fresh"
        );
    }

    #[test]
    fn a_language_choice_is_remembered_per_chat() {
        let langs = Languages::default();
        langs.set(1, Lang::Uk);
        assert_eq!(langs.get(1), Some(Lang::Uk));
        assert_eq!(langs.get(2), None);
    }
}
