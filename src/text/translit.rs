//! Transliteration keys: Russian and Ukrainian typed in Latin letters ("muzh menya bet"), and Arabic
//! typed in the chat alphabet (Arabizi: "ana 7amel", "bade mout"), are matched against the thesaurus by
//! bringing both sides to one Latin key.
//!
//! Why our own tables and not ICU4X: ICU4X's transliterator is still experimental and has no data for
//! the informal, many-ways-to-spell Latin that people type in chats (BGN/GOST systems give "muzh menya
//! b'yot", people type "muz menja bet"), and Arabizi is not a CLDR transform at all. A *key* is more
//! forgiving than a transliteration: it forgets exactly the distinctions people do not type (soft signs,
//! ya/ja/ia, kh/h/x; in Arabic, short vowels and the emphatic consonants).
//!
//! Keys are made of folded words (see [`super::fold`]): lower case, `ё` already `е`, ZWNJ removed.

/// The Latin key of a folded Cyrillic word (Russian or Ukrainian), or `None` if it is not Cyrillic.
/// `ukrainian` reads `г` as h (as Ukrainians type it), otherwise as g.
pub fn cyrillic_key(word: &str, ukrainian: bool) -> Option<String> {
    if !word.chars().any(|c| ('\u{0400}'..='\u{04FF}').contains(&c)) {
        return None;
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        let s = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' if ukrainian => "h",
            'г' | 'ґ' => "g",
            'д' => "d",
            'е' | 'є' | 'э' => "e",
            'ж' => "J",
            'з' => "z",
            'и' | 'і' | 'ї' | 'й' | 'ы' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "h",
            'ц' => "c",
            'ч' => "C",
            'ш' | 'щ' => "S",
            'ю' => "u",
            'я' => "a",
            'ь' | 'ъ' | '\'' | 'ʼ' => "",
            c if c.is_ascii_digit() => return None,
            _ => return None,
        };
        out.push_str(s);
    }
    Some(collapse(&out))
}

/// The key of a folded Latin word as it would be typed for a Russian or Ukrainian word, or `None` if the
/// word is not plain Latin letters.
pub fn latin_key(word: &str) -> Option<String> {
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let mut s = word.to_owned();
    // Longest sequences first.
    for (from, to) in [
        ("shch", "S"),
        ("sch", "S"),
        ("sh", "S"),
        ("ch", "C"),
        ("zh", "J"),
        ("kh", "h"),
        ("ts", "c"),
        ("tz", "c"),
        ("ya", "a"),
        ("ja", "a"),
        ("ia", "a"),
        ("yu", "u"),
        ("ju", "u"),
        ("iu", "u"),
        ("yo", "e"),
        ("jo", "e"),
        ("ye", "e"),
        ("je", "e"),
        ("ie", "e"),
        ("y", "i"),
        ("j", "i"),
        ("w", "v"),
        ("x", "h"),
        ("q", "k"),
    ] {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    Some(collapse(&s))
}

/// Doubled letters are typed single and the other way round ("mnogo", "Ivanna").
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last = None;
    for c in s.chars() {
        if Some(c) != last {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

/// The consonant skeleton of a folded Arabic-script word, or `None` if it is not Arabic script or has
/// no consonant.
/// Long vowels (ا و ی) are left out, because Arabizi writes them as vowels or not at all; so is a
/// final ه (the pronoun "his/her" or a folded ة), which chat writing spells as a vowel: مرته is "mrto",
/// "mrteh" or "marto".
pub fn arabic_key(word: &str) -> Option<String> {
    if !word.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        return None;
    }
    let mut out = String::new();
    for c in word.chars() {
        out.extend(arabic_letter(c)?);
    }
    if word.ends_with('ه') && word.chars().count() > 2 {
        out.pop();
    }
    // One consonant ("شي", "لا") is a key too, but only for phrases: see [`arabizi_short_key`].
    let key = collapse(&out);
    (!key.is_empty()).then_some(key)
}

/// The key letter of one folded Arabic-script letter: `Some(None)` for a long vowel or hamza, which
/// the keys leave out; `None` for anything that is not such a letter.
fn arabic_letter(c: char) -> Option<Option<char>> {
    Some(Some(match c {
        'ا' | 'و' | 'ی' | 'ء' => return Some(None),
        'ب' | 'پ' => 'b',
        'ت' | 'ط' => 't',
        'ث' | 'س' | 'ص' => 's',
        'ج' | 'چ' | 'ژ' => 'j',
        'ح' | 'ه' => 'h',
        'خ' => 'K',
        'د' | 'ض' => 'd',
        'ذ' | 'ز' | 'ظ' => 'z',
        'ر' => 'r',
        'ش' => 'S',
        'ع' => '3',
        'غ' | 'گ' => 'g',
        'ف' => 'f',
        'ق' => 'q',
        'ک' => 'k',
        'ل' => 'l',
        'م' => 'm',
        'ن' => 'n',
        _ => return None,
    }))
}

/// Whether a folded word writes an Arabic letter with a digit, as Arabizi does: one of the digits that
/// stand for letters (2, 3, 5, 7) beside a letter ("7amel", "ta2meen", "3an"), not a plain number ("6",
/// "2024"). A unit typed onto its number ("5kg") reads as Arabizi too; the caller weighs that against
/// the message's other words.
pub fn writes_letter_with_digit(word: &str) -> bool {
    let b = word.as_bytes();
    b.iter().any(|c| c.is_ascii_lowercase())
        && b.windows(2).any(|p| {
            (p[0].is_ascii_lowercase() && matches!(p[1], b'2' | b'3' | b'5' | b'7'))
                || (matches!(p[0], b'2' | b'3' | b'5' | b'7') && p[1].is_ascii_lowercase())
        })
}

/// The consonant skeleton of a folded Latin word typed in Arabizi (digits stand for letters Latin lacks),
/// or `None`.
pub fn arabizi_key(word: &str) -> Option<String> {
    let (key, digit) = arabizi_skeleton(word, false)?;
    // Two consonants say little ("bd", "mt"), unless a digit shows that the word is Arabizi.
    (key.chars().count() >= if digit { 2 } else { 3 }).then_some(key)
}

/// The key of a short Latin word with one or two consonants and no digit ("mn", "bade", "shi"): too
/// ambiguous on its own (see [`arabizi_key`]), but a particle or pronoun inside a longer phrase ("bade
/// kel shi ye5las" for بدي كل شي يخلص), where the phrase's other words vouch for it.
pub fn arabizi_short_key(word: &str) -> Option<String> {
    let (key, digit) = arabizi_skeleton(word, false)?;
    (!digit && (1..=2).contains(&key.chars().count())).then_some(key)
}

/// The key of an Arabizi word with its 2 read as ق rather than ء: Levantine and Egyptian Arabic say ق
/// as a glottal stop, and chat writing types it so ("a2tel" اقتل, "ba2der" بقدر, "2alb" قلب). `None`
/// when the word has no 2; the caller looks the word up under both keys.
pub fn arabizi_qaf_key(word: &str) -> Option<String> {
    if !word.contains('2') {
        return None;
    }
    let (key, _) = arabizi_skeleton(word, true)?;
    (key.chars().count() >= 2).then_some(key)
}

/// The key of a word in Persian chat writing (Finglish), where "ch" is چ, "zh" ژ and "gh" ق as well as
/// غ (Persian says both alike): "chaghoo" چاقو, "ghors" قرص. `None` when the word has none of these;
/// the caller looks the word up under this key and [`arabizi_key`].
pub fn finglish_key(word: &str) -> Option<String> {
    if !["ch", "gh", "zh"].iter().any(|g| word.contains(g)) {
        return None;
    }
    // "j" is the key of ج چ ژ, "q" of ق.
    let persian = word
        .replace("ch", "j")
        .replace("zh", "j")
        .replace("gh", "q");
    let (key, _) = arabizi_skeleton(&persian, false)?;
    (key.chars().count() >= 2).then_some(key)
}

/// The consonant skeleton of a word in Latin letters and digits, and whether it had a digit: the one
/// spelling table behind [`arabizi_key`], [`arabizi_short_key`] and [`arabizi_qaf_key`] (`qaf`: a 2
/// read as ق, not as the hamza the keys leave out).
fn arabizi_skeleton(word: &str, qaf: bool) -> Option<(String, bool)> {
    let (letters, digit) = arabizi_letters(word, qaf)?;
    let consonants: String = letters
        .chars()
        .filter(|c| !is_arabizi_vowel(*c))
        .map(|c| if c == 'H' { 'h' } else { c })
        .collect();
    Some((collapse(&consonants), digit))
}

/// "v" is the Persian و (a long vowel in the Arabic key, and left out there), not a foreign ف.
fn is_arabizi_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w' | 'v' | '\'')
}

/// A word in Latin letters and digits with its letter groups read as one letter each ("sh" → S,
/// "7" → H, a final "h" dropped, a 2 as ق when `qaf`, else left out), vowels still in place; and
/// whether it had a digit.
fn arabizi_letters(word: &str, qaf: bool) -> Option<(String, bool)> {
    if !word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        || !word.bytes().any(|b| b.is_ascii_lowercase())
    {
        return None;
    }
    let mut s = word.to_owned();
    for (from, to) in [
        ("sh", "S"),
        ("ch", "S"),
        ("kh", "K"),
        ("5", "K"),
        ("gh", "g"),
        ("th", "s"),
        ("dh", "z"),
        ("2", if qaf { "q" } else { "" }),
        ("7", "H"),
        ("6", "t"),
        ("9", "q"),
        ("8", "g"),
        ("g", "j"),
        ("x", "K"),
        ("c", "k"),
        ("p", "b"),
    ] {
        if s.contains(from) {
            s = s.replace(from, to);
        }
    }
    // A final "h" is the ه the Arabic key leaves out ("mrteh"); one from "7" (ح) stays, as "H" here.
    if s.len() > 3 && s.ends_with('h') {
        s.pop();
    }
    let digit = word.bytes().any(|b| b.is_ascii_digit());
    Some((s, digit))
}

/// Whether a Latin word (folded) can be typed for an Arabic-script word (folded) whose key it shares.
/// The keys leave vowels out, so "bank" and پانیک share the skeleton b-n-k; but a long vowel (ا, و or ی
/// between two consonants) is pronounced long and typed ("panik", "mout", "ktir"); only short vowels go
/// unwritten. So where the Arabic word has a long vowel between two consonants of the skeleton, the
/// Latin word must have a vowel there too (`w`, `v` and `y` count: a consonantal و or ی is typed so).
/// Where the two skeletons do not line up, nothing is vetoed. A first long vowel is typed as well, and
/// a 7 stands for ح only. An article written on the Arabic word (ال) may be typed apart ("el bet" for
/// البيت): the word without it is compared too.
pub fn spellings_agree(latin: &str, arabic: &str) -> bool {
    agree(latin, arabic) || without_article(arabic).is_some_and(|word| agree(latin, word))
}

/// An Arabic-script word without the article written on it (البيت → بيت), if what is left is a word
/// of at least two letters. Arabizi types the article apart ("el bet", "al bayt"), so a typed word is
/// compared with the written word both with and without it.
pub fn without_article(word: &str) -> Option<&str> {
    word.strip_prefix("ال")
        .filter(|rest| rest.chars().count() >= 2)
}

fn agree(latin: &str, arabic: &str) -> bool {
    let (Some(typed), Some(written)) = (typed_skeleton(latin), written_skeleton(arabic)) else {
        return true;
    };
    // A first ا, و or ی before a consonant is a vowel or a w/y sound, and typed as one ("ana" انا,
    // "wa7id" واحد, "yd" for ید is no word); "7ada" (حدا, someone) is not وحيد (lonely).
    let mut a_letters = arabic.chars();
    if let (Some(first), Some(second)) = (a_letters.next(), a_letters.next())
        && matches!(first, 'ا' | 'و' | 'ی')
        && arabic_letter(second).is_some_and(|k| k.is_some())
        && !latin
            .chars()
            .next()
            .is_some_and(|c| is_arabizi_vowel(c) || c == '2')
    {
        return false;
    }
    // The digit 7 is ح, never ه (which is typed h): "7ada" is not يهدد (threatens). The keys read
    // both as one letter h, since "h" is typed for either.
    let seven_for_heh = typed
        .hah
        .iter()
        .zip(written.cons.iter().zip(&written.hah))
        .any(|(&seven, (&k, &hah))| seven && k == 'h' && !hah);
    if seven_for_heh {
        return false;
    }
    let (cons, gaps) = written.vowelled();
    if !typed.cons.starts_with(cons) {
        return true;
    }
    gaps.iter()
        .zip(&typed.gaps)
        .all(|(needs, typed)| !needs || *typed)
}

/// A word's consonant skeleton as the keys read it, with what the keys leave out.
struct Skeleton {
    /// The consonants, collapsed as the keys collapse them.
    cons: Vec<char>,
    /// For each consonant, whether it was written ح or typed 7 (the keys read ح and ه alike).
    hah: Vec<bool>,
    /// For each gap between two consonants, whether a vowel stands there.
    gaps: Vec<bool>,
    /// How many of the consonants the key keeps (all but a final ه).
    kept: usize,
}

impl Skeleton {
    fn new() -> Self {
        Skeleton {
            cons: Vec::new(),
            hah: Vec::new(),
            gaps: Vec::new(),
            kept: 0,
        }
    }

    /// The consonants the key keeps and the gaps between them.
    fn vowelled(&self) -> (&[char], &[bool]) {
        (
            &self.cons[..self.kept],
            &self.gaps[..self.kept.saturating_sub(1)],
        )
    }

    fn push(&mut self, c: char, hah: bool, vowel_before: bool) {
        if self.cons.last() == Some(&c) {
            // Collapsed as in the key: the gap between the two disappears, and either may be the ح.
            if let Some(last) = self.hah.last_mut() {
                *last |= hah;
            }
            return;
        }
        if !self.cons.is_empty() {
            self.gaps.push(vowel_before);
        }
        self.cons.push(c);
        self.hah.push(hah);
    }
}

/// The skeleton of a word written in Arabic script, if the keys can read every letter of it.
fn written_skeleton(word: &str) -> Option<Skeleton> {
    let key = arabic_key(word)?;
    let letters: Vec<char> = word.chars().collect();
    let mut skeleton = Skeleton::new();
    let mut vowel = false;
    for (i, &c) in letters.iter().enumerate() {
        match arabic_letter(c)? {
            Some(k) => {
                skeleton.push(k, c == 'ح', vowel);
                vowel = false;
            }
            None if c != 'ء' => vowel |= i > 0 && i + 1 < letters.len(),
            None => {}
        }
    }
    // The key drops a final ه; the vowel check leaves it out too (`vowelled`), the 7 check does not:
    // a 7 typed for a final ه is still wrong.
    let kept = key.chars().count().min(skeleton.cons.len());
    skeleton.kept = kept;
    (skeleton.cons[..kept].iter().copied().eq(key.chars())).then_some(skeleton)
}

/// The skeleton of a word typed in Arabizi, if it is one (Latin letters, maybe with digits).
fn typed_skeleton(word: &str) -> Option<Skeleton> {
    let (letters, _) = arabizi_letters(word, false)?;
    let mut skeleton = Skeleton::new();
    let mut vowel = false;
    for c in letters.chars() {
        if is_arabizi_vowel(c) {
            vowel = true;
        } else {
            skeleton.push(if c == 'H' { 'h' } else { c }, c == 'H', vowel);
            vowel = false;
        }
    }
    skeleton.kept = skeleton.cons.len();
    Some(skeleton)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_russian_meets_cyrillic() {
        for (latin, cyrillic) in [
            ("muzh", "муж"),
            ("menya", "меня"),
            ("menja", "меня"),
            ("bet", "бьет"),
            ("hochu", "хочу"),
            ("khochu", "хочу"),
            ("zhit", "жить"),
            ("pomogite", "помогите"),
        ] {
            assert_eq!(
                latin_key(latin),
                cyrillic_key(cyrillic, false),
                "{latin} ~ {cyrillic}"
            );
        }
    }

    #[test]
    fn latin_ukrainian_meets_cyrillic() {
        for (latin, cyrillic) in [
            ("zhyty", "жити"),
            ("bilshe", "більше"),
            ("dopomoha", "допомога"),
        ] {
            assert_eq!(
                latin_key(latin),
                cyrillic_key(cyrillic, true),
                "{latin} ~ {cyrillic}"
            );
        }
    }

    #[test]
    fn a_2_can_be_the_qaf_that_levantine_and_egyptian_arabic_say_as_a_glottal_stop() {
        for (latin, arabic) in [("a2tel", "اقتل"), ("ba2der", "بقدر"), ("2albi", "قلبی")]
        {
            assert_eq!(
                arabizi_qaf_key(latin),
                arabic_key(arabic),
                "{latin} ~ {arabic}"
            );
            assert_ne!(
                arabizi_key(latin),
                arabic_key(arabic),
                "{latin}: 2 is ء first"
            );
        }
        // The hamza reading stays the first: "ta2meen" is تأمين.
        assert_eq!(arabizi_key("ta2meen"), arabic_key("تامین"));
        assert_eq!(arabizi_qaf_key("7ali"), None);
    }

    #[test]
    fn arabizi_meets_arabic() {
        for (latin, arabic) in [
            ("7amel", "حامل"),
            ("5ayef", "خایف"),
            ("ta3ban", "تعبان"),
            ("bedrab", "بیضرب"),
            ("mrto", "مرته"),
            ("mrteh", "مرته"),
            ("7amleh", "حامله"),
            ("roo7", "روح"),
            ("vasayelamo", "وسایلمو"),
            ("naboodam", "نبودم"),
        ] {
            assert_eq!(arabizi_key(latin), arabic_key(arabic), "{latin} ~ {arabic}");
        }
    }

    #[test]
    fn short_arabizi_words_have_a_key_of_their_own_for_phrases() {
        for (latin, arabic) in [
            ("mn", "من"),
            ("bade", "بدی"),
            ("kel", "کل"),
            ("hal", "هل"),
            ("shi", "شی"),
        ] {
            assert_eq!(arabizi_key(latin), None, "{latin} alone is too ambiguous");
            assert_eq!(
                arabizi_short_key(latin),
                arabic_key(arabic),
                "{latin} ~ {arabic}"
            );
        }
        assert_eq!(arabizi_short_key("7amel"), None, "a full key is not short");
    }

    #[test]
    fn only_arabizi_writes_a_letter_with_a_digit() {
        for w in ["7amel", "ta2meen", "3an", "b2dar", "ysa3edni"] {
            assert!(writes_letter_with_digit(w), "{w}");
        }
        for w in ["6", "2024", "bet", "5", "u18"] {
            assert!(!writes_letter_with_digit(w), "{w}");
        }
    }

    #[test]
    fn other_words_have_no_key() {
        assert_eq!(cyrillic_key("schulden", false), None);
        assert_eq!(latin_key("über"), None);
        assert_eq!(arabic_key("tafel"), None);
        assert_eq!(arabizi_key("1234"), None);
    }

    #[test]
    fn a_long_vowel_of_the_arabic_word_must_be_typed() {
        let f = crate::text::fold;
        // پانیک (panic) is not "bank": its ا and ی are long, and "bank" has no vowel between n and k.
        assert_eq!(arabizi_key("bank"), arabic_key(&f("پانیک")));
        assert!(!spellings_agree("bank", &f("پانیک")));
        assert!(spellings_agree("panik", &f("پانیک")));
        // Short vowels are not written in Arabic script and may be typed or not.
        assert!(spellings_agree("bedehkaram", &f("بدهکار")));
        assert!(spellings_agree("bdhkar", &f("بدهکار")));
        assert!(spellings_agree("mout", &f("موت")));
        assert!(spellings_agree("ktir", &f("كتير")));
        assert!(!spellings_agree("ktr", &f("كتير")));
        // A consonantal و or ی is typed as w, v or y.
        assert!(spellings_agree("7ayawan", &f("حيوان")));
        // A first or last letter is not between consonants.
        assert!(spellings_agree("bd", &f("بدي")));
        // A first ا, و or ی is typed; 7 is ح and never ه.
        assert!(!spellings_agree("7ada", &f("وحيد")));
        assert!(spellings_agree("wa7id", &f("وحيد")));
        assert!(spellings_agree("ana", &f("انا")));
        assert!(!spellings_agree("7ada", &f("يهدد")));
        assert!(spellings_agree("yhaded", &f("يهدد")));
        assert!(spellings_agree("7amel", &f("حامل")));
        assert!(spellings_agree("hamel", &f("حامل")));
        // The article typed apart: "bet" for البيت.
        assert!(spellings_agree("bet", &f("البيت")));
        assert!(!spellings_agree("bt", &f("البيوت")));
    }
}
