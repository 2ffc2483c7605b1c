//! Search quality over the bundled content: the evaluation query sets as a regression gate, and the
//! engine's handling of typos, compounds, umlaut spellings, status and other languages.

use std::path::Path;

use lotse::content::Status;
use lotse::eval;
use lotse::lang::Lang;
use lotse::search::{Answer, Engine, SearchRequest};

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// An engine over the bundled content (the shared index of this test run).
fn engine() -> Engine {
    Engine::open(crate::bundled_index()).expect("the index opens")
}

fn search(engine: &Engine, lang: Lang, query: &str) -> Answer {
    let req = SearchRequest::new(query, lang, 20).expect("a valid request");
    engine.search(&req)
}

/// The answer to `query`, which must have the crisis level `level`.
fn answer_at(
    engine: &Engine,
    lang: Lang,
    query: &str,
    level: lotse::search::CrisisLevel,
) -> Answer {
    let answer = search(engine, lang, query);
    assert_eq!(
        answer.crisis_level, level,
        "{query}: {}",
        answer.crisis_reading.reason
    );
    answer
}

fn ids(answer: &Answer) -> Vec<&str> {
    answer.hits.iter().map(|h| h.offer_id.as_str()).collect()
}

fn categories<'a>(engine: &'a Engine, id: &str) -> &'a [String] {
    engine
        .catalogue()
        .offer(id)
        .map_or(&[], |o| o.categories.as_slice())
}

/// The hits with their categories, for failure messages.
fn show(engine: &Engine, answer: &Answer) -> String {
    answer
        .hits
        .iter()
        .enumerate()
        .map(|(i, h)| {
            format!(
                "  {}. {} ({})\n",
                i + 1,
                h.offer_id,
                categories(engine, &h.offer_id).join(", ")
            )
        })
        .collect()
}

fn report_of(file: &str) -> eval::Report {
    let engine = engine();
    assert!(engine.has_model(), "the tests run with the real model");
    let path = root().join(file);
    let tsv = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let cases = eval::parse(&tsv).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert!(cases.len() > 40, "{file}: only {} cases", cases.len());
    eval::run(&engine, &cases)
}

fn run_eval(file: &str) {
    let report = report_of(file);
    let ok = report.success_at_3() >= 0.95
        && report.crisis_missed() == 0
        && report.false_alarms() == 0
        && report.empty() == 0;
    assert!(
        ok,
        "{file}: needs success@3 >= 0.95, no missed crisis, no false alarm, no empty answer\n{}",
        report.render()
    );
}

// ---------------------------------------------------------------------------------------------------
// Evaluation sets
// ---------------------------------------------------------------------------------------------------

#[test]
fn the_known_query_set_finds_the_right_help_in_the_top_three() {
    run_eval("eval/queries.tsv");
}

#[test]
fn the_unseen_query_set_finds_the_right_help_in_the_top_three() {
    run_eval("eval/unseen.tsv");
}

/// The tuning half of the realistic set (the other half stays untouched and is only reported).
#[test]
fn the_realistic_tuning_half_meets_the_targets_of_issue_8() {
    let report = report_of("eval/realistic-tune.tsv");
    let f = report.overall();
    assert!(
        f.success_at_3 >= 0.95
            && f.crisis_missed == 0
            && f.false_alarms == 0
            && f.empty == 0
            && f.concern_rate() <= 0.05,
        "needs success@3 >= 0.95, no crisis missed, no acute false alarm, concern on at most 5 %\n{}",
        report.render()
    );
}

#[test]
fn the_messages_of_issue_8_are_understood() {
    let report = report_of("eval/issue-8.tsv");
    let f = report.overall();
    assert!(
        f.success_at_3 >= 0.95 && f.crisis_missed == 0 && f.false_alarms == 0,
        "{}",
        report.render()
    );
}

#[test]
fn explain_says_which_words_matched_how_and_why_the_level() {
    let engine = engine();
    let answer = search(&engine, Lang::Ru, "muzh menya bet");
    assert_eq!(answer.crisis_level, lotse::search::CrisisLevel::Acute);
    assert!(
        answer
            .crisis_reading
            .reason
            .contains("thesaurus crisis entry"),
        "{}",
        answer.crisis_reading.reason
    );
    assert!(
        answer
            .word_matches
            .iter()
            .any(|w| w.how == lotse::search::matcher::How::Transliterated && w.word == "muzh"),
        "{:?}",
        answer.word_matches
    );
    let idiom = search(&engine, Lang::Tr, "bu faturalar beni öldürecek");
    assert_eq!(idiom.crisis_level, lotse::search::CrisisLevel::None);
    assert!(
        idiom.crisis_reading.reason.contains("not counted"),
        "{}",
        idiom.crisis_reading.reason
    );
}

#[test]
fn a_stray_word_in_a_long_message_does_not_decide_the_kind_of_help() {
    let engine = engine();
    // "Neighbour" is a word of the meeting places; the message is about violence next door.
    for (lang, text) in [
        (
            Lang::Uk,
            "За стіною сусід знову гамселить дружину, чути крики і удари",
        ),
        (
            Lang::De,
            "bei den nachbarn nebenan schreit sie schon wieder und er schlägt sie, man hört es durch die wand",
        ),
    ] {
        let answer = search(&engine, lang, text);
        assert!(
            !answer.category_support.is_empty(),
            "a long message is weighed by meaning: {text}"
        );
        let top: Vec<&String> = answer
            .hits
            .iter()
            .take(3)
            .flat_map(|h| categories(&engine, &h.offer_id))
            .collect();
        assert!(
            answer.crisis_level == lotse::search::CrisisLevel::Acute
                && top.iter().all(|c| c.as_str() != "senior-meeting"),
            "{text}\n{}",
            show(&engine, &answer)
        );
    }
    // A short query keeps the thesaurus' reading: "Nachbarn treffen" is about meeting people.
    let short = search(&engine, Lang::De, "Nachbarn treffen");
    assert!(short.category_support.is_empty());
}

// ---------------------------------------------------------------------------------------------------
// The engine
// ---------------------------------------------------------------------------------------------------

#[test]
fn a_typo_in_a_long_word_still_finds_debt_counselling_first() {
    let engine = engine();
    let answer = search(&engine, Lang::De, "schuldnerberatng");
    assert!(
        answer.categories.iter().any(|c| c == "debt-counselling"),
        "categories meant: {:?}",
        answer.categories
    );
    let first = answer.hits.first().expect("results");
    assert!(
        categories(&engine, &first.offer_id).contains(&"debt-counselling".to_owned()),
        "results:\n{}",
        show(&engine, &answer)
    );
}

#[test]
fn a_compound_query_finds_every_offer_whose_text_speaks_of_debts() {
    let engine = engine();
    let speaks_of_debts: Vec<&str> = engine
        .catalogue()
        .offers
        .iter()
        .filter(|o| {
            [&o.name, &o.summary, &o.description]
                .iter()
                .any(|t| t.to_lowercase().contains("schulden"))
        })
        .map(|o| o.id.as_str())
        .collect();
    assert!(
        !speaks_of_debts.is_empty(),
        "the content has offers about Schulden"
    );
    let answer = search(&engine, Lang::De, "Schuldnerberatung");
    let found = ids(&answer);
    for id in &speaks_of_debts {
        assert!(
            found.contains(id),
            "{id} speaks of Schulden but is not found; results:\n{}",
            show(&engine, &answer)
        );
    }
}

#[test]
fn a_debt_query_is_not_mistaken_for_a_school_query() {
    let engine = engine();
    for query in ["Schulden", "Schuldnerberatung", "Mietschulden"] {
        let answer = search(&engine, Lang::De, query);
        assert!(
            !answer.categories.iter().any(|c| c == "learning-support"),
            "{query}: read as {:?}",
            answer.categories
        );
        let schooling: Vec<&str> = ids(&answer)
            .into_iter()
            .filter(|id| {
                let cats = categories(&engine, id);
                cats.iter().any(|c| c == "learning-support")
                    && !cats.iter().any(|c| c == "debt-counselling")
            })
            .collect();
        assert!(
            schooling.is_empty(),
            "{query}: learning-support offers {schooling:?} in\n{}",
            show(&engine, &answer)
        );
    }
}

#[test]
fn umlaut_spellings_give_the_same_results() {
    let engine = engine();
    let with_umlaut = search(&engine, Lang::De, "Flüchtlinge");
    let spelled_out = search(&engine, Lang::De, "Fluechtlinge");
    assert!(!with_umlaut.hits.is_empty(), "no results for Flüchtlinge");
    assert_eq!(ids(&with_umlaut), ids(&spelled_out));
    assert_eq!(with_umlaut.categories, spelled_out.categories);
    assert!(
        categories(&engine, &with_umlaut.hits[0].offer_id)
            .contains(&"migration-counselling".to_owned()),
        "results:\n{}",
        show(&engine, &with_umlaut)
    );
}

#[test]
fn active_debt_counselling_ranks_before_ended_debt_counselling() {
    let engine = engine();
    let debt: Vec<_> = engine
        .catalogue()
        .offers_in("debt-counselling")
        .into_iter()
        .map(|o| (o.id.as_str(), o.status))
        .collect();
    assert!(
        debt.iter().any(|(_, s)| *s == Status::Active)
            && debt.iter().any(|(_, s)| *s != Status::Active),
        "the content needs active and inactive debt counselling for this test: {debt:?}"
    );
    let answer = search(&engine, Lang::De, "Schuldnerberatung");
    let ranked: Vec<(&str, Status)> = ids(&answer)
        .into_iter()
        .filter_map(|id| debt.iter().find(|(d, _)| *d == id).copied())
        .collect();
    assert_eq!(
        ranked.len(),
        debt.len(),
        "every debt counselling offer is found; results:\n{}",
        show(&engine, &answer)
    );
    let first_inactive = ranked.iter().position(|(_, s)| *s != Status::Active);
    let last_active = ranked.iter().rposition(|(_, s)| *s == Status::Active);
    assert!(
        last_active < first_inactive,
        "active before inactive: {ranked:?}"
    );
}

#[test]
fn free_food_in_four_languages_finds_food_banks_and_lunch_tables_first() {
    let engine = engine();
    for (lang, query) in [
        (Lang::Uk, "безкоштовна їжа"),
        (Lang::Tr, "ücretsiz yemek"),
        (Lang::En, "free food"),
        (Lang::Fa, "غذای رایگان"),
    ] {
        let answer = search(&engine, lang, query);
        assert!(answer.hits.len() >= 3, "{query}: too few results");
        for hit in answer.hits.iter().take(3) {
            let cats = categories(&engine, &hit.offer_id);
            assert!(
                cats.iter().any(|c| c == "food-bank" || c == "lunch-table"),
                "{query}: {} in the top 3 is not food; results:\n{}",
                hit.offer_id,
                show(&engine, &answer)
            );
        }
        assert!(!answer.crisis, "{query}");
    }
}

/// The bot's quick filters under a result: the same search, free or open now, by the web's rule.
#[test]
fn the_bot_offers_free_and_open_now_under_a_result_and_filters_like_the_web() {
    use lotse::dialogue::{Action, Incoming};
    let engine = engine();
    crate::in_dialogue(&engine, |cx| {
        let answer = cx.respond(Lang::De, Incoming::Text("Schulden".into()));
        let data: Vec<String> = answer.replies[0]
            .buttons
            .iter()
            .flatten()
            .filter_map(|b| match &b.action {
                Action::Callback(d) if d.starts_with("f:") => Some(d.clone()),
                _ => None,
            })
            .collect();
        assert_eq!(data, ["f:n:Schulden", "f:f:Schulden"], "one row of filters");

        let free = cx.respond(Lang::De, Incoming::Button("f:f:Schulden".into()));
        let ids: Vec<String> = free.replies[0]
            .buttons
            .iter()
            .flatten()
            .filter_map(|b| match &b.action {
                Action::Callback(d) => d.strip_prefix("o:").map(str::to_owned),
                _ => None,
            })
            .collect();
        assert!(!ids.is_empty(), "{}", free.replies[0].html);
        for id in &ids {
            assert!(
                engine.catalogue().offer(id).unwrap().is_free(),
                "{id} is free"
            );
        }
        // No offer's hours are current: nothing may say it is open now, and the answer says so.
        let open = cx.respond(Lang::De, Incoming::Button("f:n:Schulden".into()));
        assert!(
            open.replies[0]
                .html
                .contains(&lotse::i18n::t(Lang::De, "filter-nothing")),
            "{}",
            open.replies[0].html
        );
    });
}

/// At concern the calm box shows the crisis lines; an API client that shows only the first results must
/// see one as well, while what the person asked for keeps the first places.
#[test]
fn a_concern_answer_keeps_a_crisis_line_in_the_first_three_behind_the_need() {
    let engine = engine();
    for (lang, query) in [
        (
            Lang::De,
            "Ich bin so hoffnungslos wegen meiner Schulden. Wo gibt es eine Schuldnerberatung?",
        ),
        (
            Lang::En,
            "feeling hopeless about my debts, where is debt counselling",
        ),
    ] {
        let answer = answer_at(&engine, lang, query, lotse::search::CrisisLevel::Concern);
        let first: Vec<_> = answer.hits.iter().take(3).collect();
        let line = |id: &str| engine.catalogue().offer(id).is_some_and(|o| o.crisis_line);
        assert!(
            first.iter().any(|h| line(&h.offer_id)),
            "{query}: no crisis line in the first three\n{}",
            show(&engine, &answer)
        );
        assert!(
            categories(&engine, &answer.hits[0].offer_id)
                .iter()
                .any(|c| c == "debt-counselling"),
            "{query}: the need comes first\n{}",
            show(&engine, &answer)
        );
    }
}

/// A line open day and night says so in the bot with the clock mark, whatever the date of its source;
/// only hours that may be out of date carry the warning mark.
#[test]
fn the_bot_marks_only_doubtful_hours_as_a_caution() {
    use lotse::dialogue::Incoming;
    let engine = engine();
    crate::in_dialogue(&engine, |cx| {
        let always = lotse::i18n::t(Lang::De, "hours-always");
        let answer = cx.respond(
            Lang::De,
            Incoming::Text("Hilfetelefon Gewalt gegen Frauen".into()),
        );
        let html = &answer.replies[0].html;
        assert!(html.contains(&format!("🕒 {always}")), "{html}");
        assert!(!html.contains(&format!("⚠️ {always}")), "{html}");
        // The Tafel's hours are dated years back: that is a caution.
        let tafel = cx.respond(Lang::De, Incoming::Text("Tafel".into()));
        let html = &tafel.replies[0].html;
        assert!(html.contains("⚠️ Zeiten von"), "{html}");
    });
}

/// Violence or a suicide attempt told as past ("vor fünf Jahren", "years ago"), by someone who now looks
/// for counselling, is concern: the calm box, then the counselling asked for. The same words with the
/// danger back now ("wieder", "gestern") stay acute, unless the message says the person is safe.
#[test]
fn a_crisis_told_as_past_is_concern_and_one_back_now_stays_acute() {
    let engine = engine();
    for (lang, query) in [
        (
            Lang::De,
            "vor fünf jahren hat mich mein onkel vergewaltigt, ich will das endlich aufarbeiten, wo finde ich eine beratung",
        ),
        (
            Lang::En,
            "my ex beat me for years, we split two years ago and he lives far away. i still have nightmares and want to talk to a counsellor",
        ),
        (
            Lang::Ru,
            "пять лет назад меня изнасиловал знакомый. хочу поговорить с психологом",
        ),
        // A strong verb makes the model fairly sure (0.9), but not sure of a danger now.
        (
            Lang::De,
            "vor zwei jahren hat mein ex mich geschlagen, ich will das aufarbeiten",
        ),
        // Short stories of the past the model hears at 0.98–0.99, as surely as violence back now.
        (
            Lang::De,
            "früher hat mein freund mich geschlagen, das ist lange her",
        ),
        (Lang::Ar, "قبل سنين كان زوجي يضربني، بدي احكي مع حدا"),
        // Back once more, but the message says the person is safe now.
        (
            Lang::Tr,
            "yıllar önce kocam beni dövdü, geçen ay yine dövdü ama şimdi güvendeyim",
        ),
        (
            Lang::Uk,
            "в дитинстві мене били, а зараз я в безпеці і хочу поговорити",
        ),
    ] {
        let answer = answer_at(&engine, lang, query, lotse::search::CrisisLevel::Concern);
        assert!(
            answer
                .hits
                .iter()
                .take(3)
                .any(|h| categories(&engine, &h.offer_id)
                    .iter()
                    .any(|c| c == "violence-protection" || c == "mental-health")),
            "{query}\n{}",
            show(&engine, &answer)
        );
    }
    for (lang, query) in [
        (
            Lang::De,
            "damals hat er mich geschlagen und jetzt schlägt er mich wieder, er steht vor der tür",
        ),
        (
            Lang::Pl,
            "mój tata pił lata temu, teraz znowu bije mamę, słyszę krzyki",
        ),
        // The words of now decide where the model hears past and present alike (0.87).
        (Lang::Uk, "рік тому він мене побив, а вчора знову"),
        (
            Lang::De,
            "früher hat er mich geschlagen, gestern wieder, ich bin nicht in sicherheit",
        ),
        (
            Lang::Ar,
            "2abel sneen kan jozi ydrobni, mbare7 darabni kaman marra",
        ),
        // A wish to die now beside violence told as past.
        (Lang::Ru, "в детстве меня били, я больше не хочу жить"),
    ] {
        answer_at(&engine, lang, query, lotse::search::CrisisLevel::Acute);
    }
}

/// Signs that others see: a colleague saying goodbye to everyone and giving his things away, an ex who
/// stalks and threatens, cuts a parent finds. The words give at least the calm box with the lines,
/// however little the model hears (these score 0.05–0.4).
#[test]
fn signs_seen_by_others_and_stalking_give_at_least_the_calm_box() {
    let engine = engine();
    for (lang, query) in [
        (
            Lang::Pl,
            "mój brat od tygodnia żegna się ze wszystkimi i rozdaje swoje rzeczy, co robić",
        ),
        (
            Lang::En,
            "my flatmate keeps giving away his things and says he won't need them",
        ),
        (Lang::Ar, "اخوي صار يوزع اغراضه على الكل وما عم يحكي"),
        (
            Lang::Pl,
            "sąsiad mnie nęka od miesięcy, dziś znowu pisze groźby",
        ),
        (Lang::En, "my ex is stalking me and turns up at my work"),
        (Lang::Ar, "la2et jrou7 b shafra 3ala edayn ibni"),
    ] {
        let answer = search(&engine, lang, query);
        assert_ne!(
            answer.crisis_level,
            lotse::search::CrisisLevel::None,
            "{query}: {}",
            answer.crisis_reading.reason
        );
    }
}

/// Hanging, told by the person or by someone who got a message, and a car's exhaust: the urgent
/// answer in every language that has the words. Beside them, what must not sound like it: a move that
/// "kills me", violence the person left years ago (the calm box, not the urgent answer), and hanging
/// posters: the plain verb, which the reflexive crisis verb must not match as a shorter form of it.
#[test]
fn hanging_and_exhaust_are_urgent_and_their_look_alikes_are_not() {
    use lotse::search::CrisisLevel;
    let engine = engine();
    for (lang, query) in [
        (
            Lang::Pl,
            "kumpel napisał że dziś wiesza się w garażu, nie odbiera",
        ),
        (
            Lang::En,
            "my brother texted that he is going to hang himself tonight",
        ),
        (Lang::Tr, "abim kendini asacak diyor, telefonu açmıyor"),
        (Lang::Ar, "اخوي بعتلي انه بدو يشنق حاله الليلة"),
        (Lang::Fa, "داداشم پیام داده میخواد خودشو دار بزنه"),
        (Lang::De, "mein freund schreibt er hängt sich heute auf"),
        (
            Lang::Ru,
            "друг написал что сегодня повесится, не берет трубку",
        ),
        (Lang::Uk, "брат написав що вішається в гаражі"),
        (
            Lang::En,
            "sitting in the car with an exhaust hose, done with everything",
        ),
    ] {
        let answer = search(&engine, lang, query);
        assert_eq!(
            answer.crisis_level,
            CrisisLevel::Acute,
            "{query}: {}",
            answer.crisis_reading.reason
        );
    }
    for (lang, query, level) in [
        (
            Lang::De,
            "Der Umzug bringt mich noch um, ich brauche billige Möbel",
            CrisisLevel::None,
        ),
        (
            Lang::De,
            "er hat mich jahrelang geschlagen, ich bin seit drei jahren weg von ihm und will darüber reden",
            CrisisLevel::Concern,
        ),
        (
            Lang::Ru,
            "я соцработник, хотим повесить плакаты с номерами горячих линий",
            CrisisLevel::None,
        ),
    ] {
        let answer = search(&engine, lang, query);
        assert_eq!(
            answer.crisis_level, level,
            "{query}: {}",
            answer.crisis_reading.reason
        );
    }
}

/// Too many pills, told by the person, a witness or a parent, in the third person and both genders,
/// is urgent in every language; a question about an old person's medication is not a crisis.
#[test]
fn an_overdose_told_by_anyone_is_urgent_and_a_medication_question_is_not() {
    use lotse::search::CrisisLevel;
    let engine = engine();
    for (lang, query) in [
        (Lang::Pl, "brat przedawkował, leży i nie reaguje"),
        (
            Lang::Pl,
            "ojciec wzial za duzo lekow i nie mozna go obudzic",
        ),
        (Lang::Ru, "сын наглотался таблеток, что делать"),
        (Lang::Ru, "drug peredoziroval, ne dyshit normalno"),
        (Lang::Uk, "чоловік випив усі таблетки з аптечки"),
        (Lang::Tr, "kardeşim aşırı doz almış, uyanmıyor"),
        (Lang::Ar, "أخي أخذ جرعة زائدة ولا يستجيب"),
        (Lang::Fa, "برادرم اوردوز کرده"),
        (
            Lang::De,
            "mein Freund hat zu viele Tabletten geschluckt und wacht nicht auf",
        ),
        (Lang::En, "he overdosed and won't wake up"),
    ] {
        answer_at(&engine, lang, query, CrisisLevel::Acute);
    }
    for (lang, query) in [
        (
            Lang::De,
            "Opa nimmt zu viele Tabletten durcheinander, wer berät bei der Pflege",
        ),
        (
            Lang::En,
            "my dad takes too many pills, who can help with his care",
        ),
        (
            Lang::Tr,
            "babam çok ilaç kullanıyor, yaşlı bakımı için danışmanlık",
        ),
    ] {
        answer_at(&engine, lang, query, CrisisLevel::None);
    }
}

/// Russian typed in Latin letters writes the soft sign as an apostrophe ("b'et" is бьет): the thesaurus
/// reads the word whole, while an English or Turkish apostrophe still parts its words.
#[test]
fn a_soft_sign_typed_as_an_apostrophe_is_read_as_part_of_the_word() {
    use lotse::search::CrisisLevel;
    let engine = engine();
    let answer = answer_at(
        &engine,
        Lang::Ru,
        "muzh opyat menya b'et, ya boyus",
        CrisisLevel::Acute,
    );
    assert!(
        answer.word_matches.iter().any(|w| w.word == "bet"),
        "{}",
        show(&engine, &answer)
    );
    answer_at(
        &engine,
        Lang::En,
        "I don't want to live anymore",
        CrisisLevel::Acute,
    );
    let answer = search(&engine, Lang::Tr, "Jobcenter'a nasıl başvurulur");
    assert!(
        answer.categories.iter().any(|c| c == "benefits-office"),
        "{}",
        show(&engine, &answer)
    );
}

/// Polish typed without its letters is heard by the model as if typed with them, so that a complaint
/// about an office is no alarm; Ukrainian typed in Latin letters is heard in Cyrillic; a German
/// message is read as typed.
#[test]
fn a_message_typed_without_its_own_letters_is_heard_with_them() {
    use lotse::search::CrisisLevel;
    let engine = engine();
    assert!(engine.has_model(), "the tests run with the real model");
    let answer = search(
        &engine,
        Lang::Pl,
        "mam jazde z urzedem, obcieli mi kase i nikt nic nie tlumaczy",
    );
    let reading = answer.model_reading.clone().unwrap_or_default();
    assert!(reading.contains("tłumaczy"), "{reading:?}");
    assert_ne!(
        answer.crisis_level,
        CrisisLevel::Acute,
        "{}",
        show(&engine, &answer)
    );
    let answer = search(
        &engine,
        Lang::De,
        "Dat Kind hängt nur noch am Handy un jeht nich mehr inne Schule",
    );
    assert_eq!(answer.model_reading, None);
    let answer = search(
        &engine,
        Lang::De,
        "de mozhna vzyaty odyag dlya ditey bezkoshtovno",
    );
    let reading = answer.model_reading.clone().unwrap_or_default();
    assert!(reading.contains("одяг для дітей"), "{reading:?}");
    assert_eq!(
        answer.crisis_level,
        CrisisLevel::None,
        "{}",
        show(&engine, &answer)
    );
}

/// "Tafel offen heute" asks for the Tafel with the filter "open today": the bot says which filter it
/// applied, and when no offer may claim an open door today it says so and still shows what fits.
#[test]
fn hours_asked_for_in_words_filter_the_bot_answer_and_never_leave_it_empty() {
    use lotse::dialogue::Incoming;
    let engine = engine();
    crate::in_dialogue(&engine, |cx| {
        for (lang, text, label) in [
            (Lang::De, "Tafel offen heute", "Heute geöffnet"),
            (Lang::En, "food bank open now", "Open now"),
        ] {
            let answer = cx.respond(lang, Incoming::Text(text.into()));
            let all: String = answer.replies.iter().map(|r| r.html.as_str()).collect();
            assert!(answer.replies[0].html.contains(label), "{text}: {all}");
            assert!(
                all.contains("/offer/wk-tafel"),
                "{text}: the Tafel is shown, filtered or with the note that none is confirmed open: {all}"
            );
        }
    });
}

/// Paperwork idioms of exaggeration are no alarm, and what comes after a death (a pension, the
/// certificate, the funeral's cost) leads to the offices, in every language of the thesaurus.
#[test]
fn paperwork_that_kills_is_no_alarm_and_a_death_certificate_leads_to_the_offices() {
    use lotse::search::CrisisLevel;
    let engine = engine();
    for (lang, query) in [
        (
            Lang::De,
            "der Papierkram bringt mich um, wer hilft beim Antrag auf Wohngeld",
        ),
        (
            Lang::En,
            "the paperwork is killing me, who helps with the Kindergeld form",
        ),
        (
            Lang::Pl,
            "ta biurokracja mnie zabije, pomoc z wnioskiem o zasiłek",
        ),
        (
            Lang::Uk,
            "ця бюрократія мене вб'є, хто допоможе з документами на житлову допомогу",
        ),
        (
            Lang::Ru,
            "бюрократия меня убьет, кто поможет с заявлением на пособие",
        ),
        (
            Lang::Tr,
            "bu evraklar beni öldürecek, Jobcenter formu için yardım",
        ),
    ] {
        let answer = search(&engine, lang, query);
        assert_ne!(
            answer.crisis_level,
            CrisisLevel::Acute,
            "{query}: {}",
            answer.crisis_reading.reason
        );
        assert!(
            answer.crisis_reading.reason.contains("idiom")
                || answer.crisis_level == CrisisLevel::None,
            "{query}: {}",
            answer.crisis_reading.reason
        );
    }
    for (lang, query) in [
        (Lang::De, "Witwenrente beantragen, wer hilft"),
        (Lang::En, "where do I get a death certificate"),
        (Lang::Pl, "gdzie załatwić akt zgonu"),
        (Lang::Tr, "dul maaşı başvurusu"),
        (Lang::Ar, "وين بطلع شهادة وفاة"),
        (Lang::Fa, "گواهی فوت از کجا بگیرم"),
        (Lang::Ru, "где получить свидетельство о смерти"),
        (Lang::Uk, "хто допоможе з оплатою похорону"),
    ] {
        let answer = search(&engine, lang, query);
        assert_eq!(answer.crisis_level, CrisisLevel::None, "{query}");
        assert!(
            answer
                .hits
                .iter()
                .take(3)
                .any(|h| categories(&engine, &h.offer_id)
                    .iter()
                    .any(|c| c == "benefits-office" || c == "social-counselling")),
            "{query}\n{}",
            show(&engine, &answer)
        );
    }
}
