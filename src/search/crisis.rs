//! The crisis level of a message: what the answer leads with.
//!
//! Two signals decide together:
//! * the thesaurus ([`super::matcher`]): crisis phrases (acute), concern phrases, idioms, negations and
//!   words that put a message in the past;
//! * the semantic classifier ([`crate::semantic`]): how sure a model trained on the town's example
//!   messages is that this one comes from a person in crisis.
//!
//! | level     | when                                                          | the answer            |
//! |-----------|---------------------------------------------------------------|-----------------------|
//! | `acute`   | a crisis phrase, or the model is very sure                    | crisis lines first    |
//! | `concern` | a concern phrase, a negated crisis phrase, violence told as past that is not back now, or the model is moderately sure | a calm box with the lines above the results (bot: "are you safe?") |
//! | `none`    | otherwise                                                     | the results           |

use serde::Serialize;

use super::matcher::{How, Matches};

/// How urgently an answer must lead with the crisis lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CrisisLevel {
    None,
    Concern,
    Acute,
}

impl CrisisLevel {
    /// The name used in the API and the eval.
    pub fn as_str(self) -> &'static str {
        match self {
            CrisisLevel::None => "none",
            CrisisLevel::Concern => "concern",
            CrisisLevel::Acute => "acute",
        }
    }
}

/// Which signals decide the crisis level (both in service; one alone to measure what each adds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Signals {
    #[default]
    Both,
    /// The thesaurus alone.
    Lexicon,
    /// The model alone (the thesaurus still finds the kind of help).
    Model,
}

/// From this model probability on, a message is acute (unless the thesaurus reads it as a practical
/// request or an idiom: then the model alone never makes it acute).
pub const ACUTE_PROBABILITY: f32 = 0.95;
/// From this model probability on, a message is a concern.
pub const CONCERN_PROBABILITY: f32 = 0.5;
/// When the thesaurus is sure the message asks for a practical kind of help (debts, housing, food …),
/// the model needs this much to add the concern box: worry about money or a flat is not a crisis, and
/// the model hears distress in it ("bin komplett blank und der Kühlschrank ist leer" 0.65). Crisis and
/// concern phrases still decide on their own. (On the tuning sets no crisis message changes level
/// anywhere between 0.6 and 0.97 here; 0.85 keeps a margin on both sides.)
pub const PRACTICAL_CONCERN_PROBABILITY: f32 = 0.85;
/// How sure the thesaurus must be of the kind of help for [`PRACTICAL_CONCERN_PROBABILITY`].
pub const PRACTICAL_CERTAINTY: f32 = 0.9;
/// The categories that are themselves about distress or danger: a match there is no reason to hear less.
const DISTRESS_CATEGORIES: [&str; 3] = ["crisis-hotline", "violence-protection", "mental-health"];
/// The categories that name a setting in which danger happens (a family, drinking) rather than a
/// practical need: beside them the model may make a message acute at [`ACUTE_PROBABILITY`]. A child
/// hiding from a drunk father who hits the mother names the family and the drink, and the model hears
/// the danger (0.96–1.00 on such messages) where it hears only worry in debts or a flat; on the ordinary
/// messages of the eval sets no family or addiction question reaches 0.95.
const SETTING_CATEGORIES: [&str; 2] = ["family-counselling", "addiction-counselling"];

/// When the message puts what it tells in the past (a `past` entry: "vor fünf Jahren", "years ago") and
/// nothing in it says the danger is back now (a `now` word: "wieder", "last night", "gerade"), violence
/// it tells gives the calm box with the lines, never the urgent answer and never nothing: someone beaten
/// years ago who now wants counselling is not in danger now, but may be in distress. The model cannot
/// tell the two apart: it hears past violence as surely as violence back now (0.97–0.99 on "früher hat
/// er mich geschlagen, ich will darüber reden", 0.87–0.99 on "… und gestern wieder"), so the words
/// decide. A `safe` phrase ("jetzt bin ich in Sicherheit") outweighs a `now` word.
///
/// Other crisis phrases in a message about the past (a suicide in the family, one's own attempt
/// long ago) stay acute from this model probability on: there the model does tell a wish to die now
/// (0.83–1.0 on "als Kind geschlagen, jetzt will ich nicht mehr leben") from grief or a past attempt
/// (0.28–0.35 on "grandpa's suicide last year").
pub const PAST_VETO_PROBABILITY: f32 = 0.93;

/// With a `now` word (and no `safe` phrase) beside the past, the message is about now, and the model
/// needs at least this much to keep a crisis phrase acute: a word of now can also tell how the past
/// still weighs ("es kommt immer wieder hoch"). Typed in Latin letters, where the model hears badly,
/// the bar is that of the spelling.
pub const PAST_NOW_VETO_PROBABILITY: f32 = 0.5;

/// The category of violence and protection, whose crisis phrases can be told in the past.
const VIOLENCE_CATEGORY: &str = "violence-protection";

/// When an idiom or topic discounted a crisis phrase, the box still shows from this probability on:
/// the words were there, so the model needs less to be heard.
pub const DISCOUNTED_CONCERN_PROBABILITY: f32 = 0.3;

/// Below this model probability, a crisis phrase of the thesaurus gives concern instead of acute: the
/// model has read the whole message as an ordinary one (an idiom or topic the thesaurus does not know).
pub const VETO_PROBABILITY: f32 = 0.05;

/// The same, when the crisis entry matched only through the chat alphabet ("ente7er" for انتحر): a
/// consonant skeleton can stand for several words and idioms the thesaurus cannot see in it, so the
/// model is heard sooner. The answer then is still the calm box with the lines, never nothing.
pub const TRANSLITERATED_VETO_PROBABILITY: f32 = 0.25;

/// When the thesaurus also finds a practical need (debts, housing, care …), the model alone makes a
/// message acute only from this probability on: worry about money keeps people awake, and the model
/// hears distress in it. Below it (and above the concern bar) the answer is the calm box.
pub const PRACTICAL_ACUTE_PROBABILITY: f32 = 0.98;
/// How strong (relative to the strongest category) a practical category must be for that.
const PRACTICAL_STRENGTH: f32 = 0.3;

fn is_arabic_script(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

/// Whether every crisis entry that matched tells violence: its words also count for the violence
/// category ("hat mich geschlagen", "كان يضربني"), as against a wish to die ("… und jetzt will ich
/// nicht mehr leben") or a suicide.
fn told_violence(m: &Matches) -> bool {
    let crisis = || m.trace.iter().filter(|w| w.target == "crisis");
    let violence = |entry: &str| {
        crisis().filter(|w| w.entry == entry).any(|w| {
            m.trace
                .iter()
                .any(|v| v.target == VIOLENCE_CATEGORY && v.word == w.word)
        })
    };
    crisis().next().is_some() && crisis().all(|w| violence(&w.entry))
}

/// Why a message reads as told in the past, for `--explain`.
fn past_only(m: &Matches) -> String {
    let past = m.past.as_deref().unwrap_or_default();
    match (&m.now, &m.safe) {
        (Some(now), Some(safe)) => format!(
            "the message speaks of the past (\u{201c}{past}\u{201d}), and of safety (\u{201c}{safe}\u{201d}) more than of now (\u{201c}{now}\u{201d})"
        ),
        (None, Some(safe)) => format!(
            "the message speaks of the past (\u{201c}{past}\u{201d}) and of safety (\u{201c}{safe}\u{201d})"
        ),
        _ => format!("the message speaks of the past (\u{201c}{past}\u{201d}) and not of now"),
    }
}

/// The level and why (shown by `lotse search --explain`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CrisisReading {
    pub level: CrisisLevel,
    /// The model's probability, when it ran.
    pub model: Option<f32>,
    /// One line for editors: which signal decided.
    pub reason: String,
}

/// Combines the thesaurus' reading with the model's probability.
pub fn decide(m: &Matches, model: Option<f32>) -> CrisisReading {
    let p = model.unwrap_or(0.0);
    let practical = m.certainty() >= PRACTICAL_CERTAINTY
        && m.categories
            .first()
            .is_some_and(|c| !DISTRESS_CATEGORIES.contains(&c.id.as_str()))
        && !m
            .categories
            .iter()
            .any(|c| DISTRESS_CATEGORIES.contains(&c.id.as_str()));
    // A practical request, or an idiom with no crisis phrase: the model is heard, but needs more.
    let damped = practical || (m.idiom && m.discounted.is_empty());
    let is_practical =
        |id: &str| !DISTRESS_CATEGORIES.contains(&id) && !SETTING_CATEGORIES.contains(&id);
    // A family or a drink named first is a setting, not a practical need: the model may make it acute.
    let setting = practical
        && m.categories
            .first()
            .is_some_and(|c| SETTING_CATEGORIES.contains(&c.id.as_str()));
    let concern_at = if damped {
        PRACTICAL_CONCERN_PROBABILITY
    } else if m.idiom {
        // The crisis words were there, but an idiom or topic explained them: a lower bar for the box.
        DISCOUNTED_CONCERN_PROBABILITY
    } else {
        CONCERN_PROBABILITY
    };
    let practical_need = m
        .categories
        .iter()
        .any(|c| is_practical(&c.id) && m.strength(&c.id) >= PRACTICAL_STRENGTH);
    let acute_at = if practical_need {
        PRACTICAL_ACUTE_PROBABILITY
    } else {
        ACUTE_PROBABILITY
    };
    let told_as_past = m.past.is_some() && (m.now.is_none() || m.safe.is_some());
    let (level, reason) = if let Some(entry) = &m.crisis {
        let words: Vec<_> = m
            .trace
            .iter()
            .filter(|w| w.target == "crisis" && &w.entry == entry)
            .collect();
        let spelled = |arabic: bool| {
            !words.is_empty()
                && words.iter().all(|w| {
                    matches!(w.how, How::Transliterated | How::TransliteratedShort)
                        && w.entry.chars().any(is_arabic_script) == arabic
                })
        };
        let spelling_veto = if spelled(true) {
            TRANSLITERATED_VETO_PROBABILITY
        } else if spelled(false) {
            // Latin Russian and Ukrainian keep their vowels, so the thesaurus reads them as surely as
            // Cyrillic, while the model, which learnt from text in its own script, hears them badly
            // ("muzh menya bet" 0.05): it has no veto here.
            0.0
        } else {
            VETO_PROBABILITY
        };
        // Typed in Latin letters, the model hears badly: there the words of now are trusted as they are.
        let veto = match &m.past {
            Some(_) if told_as_past => spelling_veto.max(PAST_VETO_PROBABILITY),
            Some(_) if spelled(true) || spelled(false) => spelling_veto,
            Some(_) => spelling_veto.max(PAST_NOW_VETO_PROBABILITY),
            None => spelling_veto,
        };
        let past = m.past.as_ref().map(|past| match &m.now {
            Some(now) if !told_as_past => format!(
                "the message speaks of the past (\u{201c}{past}\u{201d}) and of now (\u{201c}{now}\u{201d}), and "
            ),
            _ => format!("{}, and ", past_only(m)),
        });
        let past = past.as_deref().unwrap_or("");
        match model {
            // Violence told as past is the calm box; any other crisis phrase in a message about the
            // past needs the model to stay acute.
            _ if told_as_past && told_violence(m) => (
                CrisisLevel::Concern,
                format!(
                    "thesaurus crisis entry \u{201c}{entry}\u{201d} tells violence, but {}: concern",
                    past_only(m)
                ),
            ),
            // "Eski kocam beni dövdü, artık boşandım ve güvendeyim": violence told beside the writer's
            // own word that they are safe, and nothing of now, is the calm box, as when told as past.
            _ if m.past.is_none() && m.now.is_none() && told_violence(m) && m.safe.is_some() => (
                CrisisLevel::Concern,
                format!(
                    "thesaurus crisis entry \u{201c}{entry}\u{201d} tells violence, but the message speaks of safety (\u{201c}{}\u{201d}) and not of now: concern",
                    m.safe.as_deref().unwrap_or_default()
                ),
            ),
            Some(p) if p < veto => (
                CrisisLevel::Concern,
                format!(
                    "thesaurus crisis entry \u{201c}{entry}\u{201d}, but {past}the model is not sure enough of a crisis ({p:.2} < {veto}): concern"
                ),
            ),
            Some(p) if m.past.is_some() => (
                CrisisLevel::Acute,
                format!(
                    "thesaurus crisis entry \u{201c}{entry}\u{201d}; {past}the model hears a crisis ({p:.2} \u{2265} {veto})"
                ),
            ),
            _ => (
                CrisisLevel::Acute,
                format!("thesaurus crisis entry \u{201c}{entry}\u{201d}"),
            ),
        }
    } else if p >= acute_at && (!damped || setting) && !m.idiom {
        if told_as_past && m.safe.is_some() {
            // "В дитинстві мене били, а зараз я в безпеці": the model hears the violence, the words
            // say it is over.
            (
                CrisisLevel::Concern,
                format!(
                    "model: crisis probability {p:.2} \u{2265} {acute_at}, but {}: concern",
                    past_only(m)
                ),
            )
        } else {
            (
                CrisisLevel::Acute,
                format!("model: crisis probability {p:.2} \u{2265} {acute_at}"),
            )
        }
    } else if let Some(entry) = &m.concern {
        (
            CrisisLevel::Concern,
            format!("thesaurus concern entry \u{201c}{entry}\u{201d}"),
        )
    } else if p >= concern_at {
        (
            CrisisLevel::Concern,
            format!("model: crisis probability {p:.2} \u{2265} {concern_at}"),
        )
    } else {
        let why = match model {
            Some(p) => format!("no crisis entry; model: crisis probability {p:.2}"),
            None => "no crisis entry; the model did not run".to_owned(),
        };
        (CrisisLevel::None, why)
    };
    let mut reason = reason;
    if !m.discounted.is_empty() {
        reason.push_str(&format!("; not counted: {}", m.discounted.join(", ")));
    }
    CrisisReading {
        level,
        model,
        reason,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_thesaurus_and_the_model_decide_together_and_a_crisis_phrase_never_gives_none() {
        let acute = Matches {
            crisis: Some("suizid".into()),
            ..Matches::default()
        };
        assert_eq!(decide(&acute, Some(0.3)).level, CrisisLevel::Acute);
        assert_eq!(decide(&acute, None).level, CrisisLevel::Acute);
        // The model can soften a crisis phrase it reads as ordinary, but never to nothing.
        assert_eq!(decide(&acute, Some(0.01)).level, CrisisLevel::Concern);
        let plain = Matches::default();
        assert_eq!(decide(&plain, None).level, CrisisLevel::None);
        assert_eq!(decide(&plain, Some(0.2)).level, CrisisLevel::None);
        assert_eq!(decide(&plain, Some(0.6)).level, CrisisLevel::Concern);
        assert_eq!(decide(&plain, Some(0.9)).level, CrisisLevel::Concern);
        assert_eq!(decide(&plain, Some(0.99)).level, CrisisLevel::Acute);
        let concern = Matches {
            concern: Some("mag nicht mehr".into()),
            ..Matches::default()
        };
        assert_eq!(decide(&concern, Some(0.0)).level, CrisisLevel::Concern);
    }

    fn word(word: &str, entry: &str, target: &str) -> crate::search::matcher::WordMatch {
        crate::search::matcher::WordMatch {
            word: word.into(),
            entry: entry.into(),
            target: target.into(),
            how: How::Exact,
            quality: 1.0,
        }
    }

    /// "früher hat er mich geschlagen …": a crisis phrase whose word also counts for violence.
    fn past_violence() -> Matches {
        Matches {
            crisis: Some("hat mich geschlagen".into()),
            past: Some("früher".into()),
            trace: vec![
                word("geschlagen", "hat mich geschlagen", "crisis"),
                word("geschlagen", "geschlagen", VIOLENCE_CATEGORY),
                word("fruher", "früher", "past"),
            ],
            ..Matches::default()
        }
    }

    #[test]
    fn violence_told_beside_the_writers_own_safety_is_concern_unless_it_is_now() {
        let safe = Matches {
            past: None,
            safe: Some("güvendeyim".into()),
            ..past_violence()
        };
        for p in [Some(0.06), Some(0.99), None] {
            assert_eq!(decide(&safe, p).level, CrisisLevel::Concern, "{p:?}");
        }
        // "… güvendeyim ama dün gece yine geldi": about now.
        let now = Matches {
            now: Some("dün gece".into()),
            ..safe
        };
        assert_eq!(decide(&now, Some(0.9)).level, CrisisLevel::Acute);
    }

    #[test]
    fn violence_told_as_past_is_concern_however_sure_the_model_is_unless_it_is_back_now() {
        let past = past_violence();
        for p in [Some(0.1), Some(0.99), Some(1.0), None] {
            let reading = decide(&past, p);
            assert_eq!(reading.level, CrisisLevel::Concern, "{p:?}");
            assert!(reading.reason.contains("not of now"), "{}", reading.reason);
        }
        // "… seit gestern wieder": about now, and acute once the model hears distress at all.
        let again = Matches {
            now: Some("wieder".into()),
            ..past_violence()
        };
        assert_eq!(decide(&again, Some(0.87)).level, CrisisLevel::Acute);
        assert_eq!(decide(&again, None).level, CrisisLevel::Acute);
        let reading = decide(&again, Some(0.06));
        assert_eq!(reading.level, CrisisLevel::Concern);
        assert!(reading.reason.contains("wieder"), "{}", reading.reason);
        // "… letzte Woche wieder, jetzt bin ich in Sicherheit": safety outweighs the word of now.
        let safe = Matches {
            safe: Some("in sicherheit".into()),
            ..again.clone()
        };
        let reading = decide(&safe, Some(0.99));
        assert_eq!(reading.level, CrisisLevel::Concern);
        assert!(
            reading.reason.contains("in sicherheit"),
            "{}",
            reading.reason
        );
        // Without a crisis phrase, the model alone is not heard over the past and safety either.
        let heard = Matches {
            crisis: None,
            trace: Vec::new(),
            ..safe.clone()
        };
        assert_eq!(decide(&heard, Some(0.99)).level, CrisisLevel::Concern);
        let not_safe = Matches {
            safe: None,
            ..heard
        };
        assert_eq!(decide(&not_safe, Some(0.99)).level, CrisisLevel::Acute);
        // A wish to die beside the violence is no story of the past: the model decides as before.
        let mut wish = past_violence();
        wish.trace.push(word("sterben", "will sterben", "crisis"));
        assert_eq!(decide(&wish, Some(0.97)).level, CrisisLevel::Acute);
        assert_eq!(decide(&wish, Some(0.9)).level, CrisisLevel::Concern);
    }

    #[test]
    fn a_crisis_phrase_other_than_violence_told_as_past_is_acute_only_if_the_model_is_sure() {
        let past = Matches {
            crisis: Some("vergewaltigt".into()),
            past: Some("jahren her".into()),
            ..Matches::default()
        };
        let reading = decide(&past, Some(0.2));
        assert_eq!(reading.level, CrisisLevel::Concern);
        assert!(reading.reason.contains("jahren her"), "{}", reading.reason);
        // Past violence told with a strong verb makes the model fairly sure; that is not enough.
        assert_eq!(decide(&past, Some(0.9)).level, CrisisLevel::Concern);
        // Happening again, as the model hears it: still acute.
        assert_eq!(decide(&past, Some(0.99)).level, CrisisLevel::Acute);
        // Without the model there is nothing to tell past from present: the phrase decides.
        assert_eq!(decide(&past, None).level, CrisisLevel::Acute);
        // Past words alone are no sign of distress.
        let words_only = Matches {
            past: Some("damals".into()),
            ..Matches::default()
        };
        assert_eq!(decide(&words_only, Some(0.2)).level, CrisisLevel::None);
    }

    #[test]
    fn a_crisis_phrase_read_only_through_transliteration_needs_the_model_a_little_more() {
        let spelled = |how| Matches {
            crisis: Some("انتحر".into()),
            trace: vec![crate::search::matcher::WordMatch {
                word: "ente7er".into(),
                entry: "انتحر".into(),
                target: "crisis".into(),
                how,
                quality: 0.85,
            }],
            ..Matches::default()
        };
        assert_eq!(
            decide(&spelled(How::Transliterated), Some(0.15)).level,
            CrisisLevel::Concern
        );
        assert_eq!(
            decide(&spelled(How::Transliterated), Some(0.4)).level,
            CrisisLevel::Acute
        );
        assert_eq!(
            decide(&spelled(How::Exact), Some(0.15)).level,
            CrisisLevel::Acute
        );
        let latin_russian = Matches {
            crisis: Some("муж бьет".into()),
            trace: vec![crate::search::matcher::WordMatch {
                word: "muzh".into(),
                entry: "муж бьет".into(),
                target: "crisis".into(),
                how: How::Transliterated,
                quality: 0.85,
            }],
            ..Matches::default()
        };
        assert_eq!(
            decide(&latin_russian, Some(0.01)).level,
            CrisisLevel::Acute,
            "the model hears Latin Russian badly; the thesaurus reads it surely"
        );
    }

    /// A reading that found these categories, all equally strong.
    fn with(ids: &[&str]) -> Matches {
        use crate::search::matcher::CategoryMatch;
        Matches {
            categories: ids
                .iter()
                .map(|id| CategoryMatch {
                    id: (*id).into(),
                    weight: 1.0,
                    entries: Vec::new(),
                })
                .collect(),
            ..Matches::default()
        }
    }

    #[test]
    fn beside_a_practical_need_the_model_alone_must_be_surer_for_acute() {
        let worry = with(&["mental-health", "debt-counselling"]);
        assert_eq!(decide(&worry, Some(0.96)).level, CrisisLevel::Concern);
        assert_eq!(decide(&worry, Some(0.99)).level, CrisisLevel::Acute);
        let distress = with(&["mental-health"]);
        assert_eq!(decide(&distress, Some(0.96)).level, CrisisLevel::Acute);
    }

    #[test]
    fn worry_about_a_practical_need_alone_gets_the_box_only_when_the_model_is_sure() {
        let debts = with(&["debt-counselling"]);
        assert!(debts.certainty() >= PRACTICAL_CERTAINTY);
        assert_eq!(decide(&debts, Some(0.7)).level, CrisisLevel::None);
        assert_eq!(decide(&debts, Some(0.9)).level, CrisisLevel::Concern);
        // Without a practical need the same probability is heard.
        assert_eq!(
            decide(&Matches::default(), Some(0.7)).level,
            CrisisLevel::Concern
        );
    }

    #[test]
    fn a_family_or_a_drink_is_a_setting_where_the_model_may_hear_danger_now() {
        // "husband is drunk and smashing things, kids are in the bedroom with me"
        let drink = with(&["addiction-counselling"]);
        assert!(drink.certainty() >= PRACTICAL_CERTAINTY);
        assert_eq!(decide(&drink, Some(0.96)).level, CrisisLevel::Acute);
        // The box still needs the bar of a named need, and a practical need beside the family keeps
        // its own bar for acute.
        assert_eq!(decide(&drink, Some(0.7)).level, CrisisLevel::None);
        let family_and_rent = with(&["family-counselling", "debt-counselling"]);
        assert_eq!(
            decide(&family_and_rent, Some(0.96)).level,
            CrisisLevel::Concern
        );
        assert_eq!(
            decide(&family_and_rent, Some(0.99)).level,
            CrisisLevel::Acute
        );
        // Debts named first stay a practical worry: the model alone never makes them acute.
        let debts = with(&["debt-counselling", "family-counselling"]);
        assert_eq!(decide(&debts, Some(0.99)).level, CrisisLevel::Concern);
    }

    #[test]
    fn the_reason_names_what_was_not_counted() {
        let m = Matches {
            discounted: vec!["kill me (idiom or topic)".into()],
            ..Matches::default()
        };
        assert!(decide(&m, Some(0.1)).reason.contains("kill me"));
    }
}
