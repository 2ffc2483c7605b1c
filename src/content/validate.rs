//! Turns a [`RawOffer`] into an [`Offer`], recording every problem instead of stopping at the first.

use std::collections::BTreeMap;

use jiff::civil::{Date, Time, Weekday};
use toml::Spanned;

use super::model::*;
use super::problem::{FileProblems, Message, msg};
use super::raw::*;
use super::taxonomy::Taxonomy;
use super::thesaurus::unknown_language;
use crate::lang::Lang;

/// The longest summary, in characters: it must fit one line on a phone card.
pub const MAX_SUMMARY_CHARS: usize = 160;

/// Validates one offer. Returns `None` if any problem was recorded.
pub fn validate_offer(
    id: &str,
    raw: RawOffer,
    taxonomy: &Taxonomy,
    p: &mut FileProblems<'_>,
) -> Option<Offer> {
    let mut ok = true;
    let fail = |p: &mut FileProblems<'_>, at: usize, field: &str, message: Message| {
        p.at(at, field, message);
        false
    };

    let name = required_text(&raw.name, "name", p);
    let provider = required_text(&raw.provider, "provider", p);
    let summary = required_text(&raw.summary, "summary", p);
    let description = required_text(&raw.description, "description", p);
    ok &= name.is_some() && provider.is_some() && summary.is_some() && description.is_some();
    if let Some(s) = &summary {
        ok &= check_summary(s, raw.summary.span().start, "summary", p);
    }

    // Categories: known, at least one, no repeats.
    let mut categories = Vec::new();
    if raw.categories.get_ref().is_empty() {
        ok = fail(
            p,
            raw.categories.span().start,
            "categories",
            msg!(
                "mindestens eine Kategorie ist nötig",
                "at least one category is required"
            ),
        );
    }
    for (i, cat) in raw.categories.get_ref().iter().enumerate() {
        let field = format!("categories[{i}]");
        if taxonomy.category(cat.get_ref()).is_none() {
            let known: Vec<&str> = taxonomy.categories.iter().map(|c| c.id.as_str()).collect();
            let (at, cat, known) = (cat.span().start, cat.get_ref(), known.join(", "));
            ok = fail(
                p,
                at,
                &field,
                msg!(
                    "unbekannte Kategorie `{cat}` (bekannt: {known})",
                    "unknown category `{cat}` (known: {known})"
                ),
            );
        } else if categories.contains(cat.get_ref()) {
            let (at, cat) = (cat.span().start, cat.get_ref());
            ok = fail(
                p,
                at,
                &field,
                msg!(
                    "die Kategorie `{cat}` steht doppelt in der Liste",
                    "category `{cat}` is listed twice"
                ),
            );
        } else {
            categories.push(cat.get_ref().clone());
        }
    }

    let mut audience = Vec::new();
    if raw.audience.get_ref().is_empty() {
        ok = fail(
            p,
            raw.audience.span().start,
            "audience",
            msg!(
                "mindestens eine Zielgruppe ist nötig",
                "at least one audience is required"
            ),
        );
    }
    for (i, a) in raw.audience.get_ref().iter().enumerate() {
        match Audience::from_id(a.get_ref()) {
            Some(a) if !audience.contains(&a) => audience.push(a),
            Some(_) => {}
            None => {
                let known: Vec<&str> = Audience::ALL.iter().map(|a| a.id()).collect();
                let (value, known) = (a.get_ref(), known.join(", "));
                ok = fail(
                    p,
                    a.span().start,
                    &format!("audience[{i}]"),
                    msg!(
                        "unbekannte Zielgruppe `{value}` (bekannt: {known})",
                        "unknown audience `{value}` (known: {known})"
                    ),
                );
            }
        }
    }

    let status = Status::from_id(raw.status.get_ref());
    if status.is_none() {
        let value = raw.status.get_ref();
        ok = fail(
            p,
            raw.status.span().start,
            "status",
            msg!(
                "unbekannter Status `{value}` (erlaubt: active, planned, temporarily-closed, ended oder unknown)",
                "unknown status `{value}` (expected active, planned, temporarily-closed, ended or unknown)"
            ),
        );
    }

    let caveat = optional_text(raw.caveat.as_ref(), "caveat", p, &mut ok);
    let cost = optional_text(raw.cost.as_ref(), "cost", p, &mut ok);
    let bring = optional_text(raw.bring.as_ref(), "bring", p, &mut ok);

    let mut languages = Vec::new();
    for (i, tag) in raw.languages.iter().enumerate() {
        match tag.get_ref().parse::<unic_langid::LanguageIdentifier>() {
            Ok(id) => languages.push(id.to_string()),
            Err(_) => {
                let value = tag.get_ref();
                ok = fail(
                    p,
                    tag.span().start,
                    &format!("languages[{i}]"),
                    msg!(
                        "`{value}` ist kein Sprachkürzel (BCP 47, z. B. `de`, `ar`, `ku`)",
                        "`{value}` is not a language tag (BCP 47, e.g. `de`, `ar`, `ku`)"
                    ),
                )
            }
        }
    }

    let appointment = raw.appointment.as_ref().and_then(|a| {
        let ids = Appointment::ALL.map(Appointment::id);
        one_of(a, "appointment", &ids, Appointment::from_id, p, &mut ok)
    });

    let wheelchair = raw.wheelchair.as_ref().and_then(|w| {
        let ids = Wheelchair::ALL.map(Wheelchair::id);
        let value = one_of(w, "wheelchair", &ids, Wheelchair::from_id, p, &mut ok)?;
        // The value is a summary for the filter; the reader needs to know what the source says.
        if raw
            .accessibility
            .as_deref()
            .is_none_or(|a| a.trim().is_empty())
        {
            ok = fail(
                p,
                w.span().start,
                "wheelchair",
                msg!(
                    "`wheelchair` braucht `accessibility`: was die Quelle über Eingang und Räume sagt",
                    "`wheelchair` needs `accessibility`: what the source says about the entrance and rooms"
                ),
            );
        }
        Some(value)
    });

    let address = raw.address.map(|a| {
        if let Some(pc) = &a.postcode {
            let valid = pc.get_ref().len() == 5 && pc.get_ref().bytes().all(|b| b.is_ascii_digit());
            if !valid {
                let value = pc.get_ref();
                ok = fail(
                    p,
                    pc.span().start,
                    "address.postcode",
                    msg!(
                        "`{value}` ist keine deutsche Postleitzahl (fünf Ziffern)",
                        "`{value}` is not a German postcode (five digits)"
                    ),
                );
            }
        }
        Address {
            street: a.street.filter(|s| !s.trim().is_empty()),
            postcode: a.postcode.map(Spanned::into_inner),
            city: a.city,
            district: a.district,
            note: a.note,
        }
    });

    let location = raw.location.and_then(|l| {
        let lat = *l.lat.get_ref();
        let lon = *l.lon.get_ref();
        let mut good = true;
        if !(-90.0..=90.0).contains(&lat) {
            good = fail(
                p,
                l.lat.span().start,
                "location.lat",
                msg!(
                    "{lat} ist keine geografische Breite (-90 bis 90)",
                    "{lat} is not a latitude"
                ),
            );
        }
        if !(-180.0..=180.0).contains(&lon) {
            good = fail(
                p,
                l.lon.span().start,
                "location.lon",
                msg!(
                    "{lon} ist keine geografische Länge (-180 bis 180)",
                    "{lon} is not a longitude"
                ),
            );
        }
        let precision = Precision::from_id(l.precision.get_ref());
        if precision.is_none() {
            let value = l.precision.get_ref();
            good = fail(
                p,
                l.precision.span().start,
                "location.precision",
                msg!(
                    "unbekannte Genauigkeit `{value}` (erlaubt: building, street, district oder town)",
                    "unknown precision `{value}` (expected building, street, district or town)"
                ),
            );
        }
        ok &= good;
        Some(Location {
            lat,
            lon,
            precision: precision?,
            source: l.source,
        })
        .filter(|_| good)
    });

    let contact = match raw.contact {
        None => Contact::default(),
        Some(c) => {
            let email = c.email.and_then(|e| {
                if is_plausible_email(e.get_ref()) {
                    Some(e.into_inner())
                } else {
                    let value = e.get_ref();
                    ok = fail(
                        p,
                        e.span().start,
                        "contact.email",
                        msg!(
                            "`{value}` ist keine E-Mail-Adresse",
                            "`{value}` is not an e-mail address"
                        ),
                    );
                    None
                }
            });
            let website = c.website.and_then(|w| match check_web_url(w.get_ref()) {
                Ok(()) => Some(w.into_inner()),
                Err(why) => {
                    ok = fail(p, w.span().start, "contact.website", why);
                    None
                }
            });
            let mut phones = Vec::new();
            for (i, ph) in c.phones.into_iter().enumerate() {
                match tel_uri(ph.number.get_ref()) {
                    Ok(tel) => phones.push(Phone {
                        display: ph.number.get_ref().trim().to_owned(),
                        tel,
                        label: ph.label,
                    }),
                    Err(why) => {
                        ok = fail(
                            p,
                            ph.number.span().start,
                            &format!("contact.phones[{i}].number"),
                            why,
                        )
                    }
                }
            }
            Contact {
                email,
                website,
                phones,
            }
        }
    };

    let hours = raw.hours.map(|h| validate_hours(h, p, &mut ok));

    let verification = validate_verification(raw.verification, p, &mut ok);

    if raw.crisis_line && contact.phones.is_empty() {
        ok = fail(
            p,
            0,
            "crisis_line",
            msg!(
                "eine Krisenlinie braucht mindestens eine Telefonnummer",
                "a crisis line needs at least one phone number"
            ),
        );
    }

    let mut translations = BTreeMap::new();
    for (tag, t) in raw.i18n {
        let field = format!("i18n.{}", tag.get_ref());
        let lang = match tag.get_ref().parse::<Lang>() {
            Ok(Lang::De) => {
                ok = fail(
                    p,
                    tag.span().start,
                    &field,
                    msg!(
                        "Deutsch ist der Ausgangstext: bitte oben in der Datei schreiben, nicht unter [i18n.de]",
                        "German is the source text; write it at the top of the file"
                    ),
                );
                continue;
            }
            Ok(lang) => lang,
            Err(_) => {
                ok = fail(p, tag.span().start, &field, unknown_language(tag.get_ref()));
                continue;
            }
        };
        let at = t.span().start;
        let t = t.into_inner();
        let review = match t.review.get_ref().as_str() {
            "draft" => Review::Draft,
            "reviewed" => Review::Reviewed,
            other => {
                ok = fail(
                    p,
                    t.review.span().start,
                    &format!("{field}.review"),
                    msg!(
                        "unbekannter Prüfstand `{other}` (erlaubt: draft oder reviewed)",
                        "unknown review status `{other}` (expected draft or reviewed)"
                    ),
                );
                continue;
            }
        };
        for (value, name) in [
            (&t.name, "name"),
            (&t.summary, "summary"),
            (&t.description, "description"),
        ] {
            if value.trim().is_empty() {
                ok = fail(
                    p,
                    at,
                    &format!("{field}.{name}"),
                    msg!("darf nicht leer sein", "must not be empty"),
                );
            }
        }
        if caveat.is_some() && t.caveat.as_deref().is_none_or(|c| c.trim().is_empty()) {
            ok = fail(
                p,
                at,
                &format!("{field}.caveat"),
                msg!(
                    "das Angebot hat einen Hinweis (caveat): bitte auch ihn übersetzen",
                    "the offer has a caveat: translate it too"
                ),
            );
        }
        if cost.is_some() && t.cost.as_deref().is_none_or(|c| c.trim().is_empty()) {
            ok = fail(
                p,
                at,
                &format!("{field}.cost"),
                msg!(
                    "das Angebot nennt Kosten (cost): bitte auch sie übersetzen",
                    "the offer states a cost: translate it too"
                ),
            );
        }
        if bring.is_some() && t.bring.as_deref().is_none_or(|c| c.trim().is_empty()) {
            ok = fail(
                p,
                at,
                &format!("{field}.bring"),
                msg!(
                    "das Angebot sagt, was mitzubringen ist (bring): bitte auch das übersetzen",
                    "the offer says what to bring: translate it too"
                ),
            );
        }
        if bring.is_none() && t.bring.is_some() {
            ok = fail(
                p,
                at,
                &format!("{field}.bring"),
                msg!(
                    "übersetzt einen Text, den es auf Deutsch nicht gibt (bring fehlt)",
                    "translates a text the German source does not have (bring is missing)"
                ),
            );
        }
        // A translated note needs a German note it translates; otherwise readers of one language would
        // be told something the source (and every other language) does not say.
        let sources = [
            (
                &t.hours_note,
                hours.as_ref().and_then(|h| h.note.as_ref()).is_some(),
                "hours_note",
                "[hours] note",
            ),
            (
                &t.address_note,
                address.as_ref().and_then(|a| a.note.as_ref()).is_some(),
                "address_note",
                "[address] note",
            ),
            (
                &t.accessibility,
                raw.accessibility.is_some(),
                "accessibility",
                "accessibility",
            ),
        ];
        for (translated, has_source, name, source) in sources {
            if translated.is_some() && !has_source {
                ok = fail(
                    p,
                    at,
                    &format!("{field}.{name}"),
                    msg!(
                        "übersetzt einen Text, den es auf Deutsch nicht gibt ({source} fehlt)",
                        "translates a text the German source does not have ({source} is missing)"
                    ),
                );
            }
        }
        let german_labels: Vec<&str> = hours
            .iter()
            .flat_map(|h| &h.slots)
            .filter_map(|s| s.label.as_deref())
            .chain(contact.phones.iter().filter_map(|p| p.label.as_deref()))
            .collect();
        let labels = t.labels.map(|l| (l.span().start, l.into_inner()));
        for key in labels.iter().flat_map(|(_, l)| l.keys()) {
            if !german_labels.contains(&key.as_str()) {
                ok = fail(
                    p,
                    labels.as_ref().map_or(at, |(at, _)| *at),
                    &format!("{field}.labels"),
                    msg!(
                        "„{key}“ ist kein label einer Öffnungszeit oder Telefonnummer dieses Angebots",
                        "\"{key}\" is not the label of one of this offer's slots or phone numbers"
                    ),
                );
            }
        }
        if t.summary.chars().count() > MAX_SUMMARY_CHARS * 2 {
            ok = fail(
                p,
                at,
                &format!("{field}.summary"),
                msg!(
                    "zu lang für eine einzeilige Kurzbeschreibung",
                    "too long for a one-line summary"
                ),
            );
        }
        translations.insert(
            lang,
            Translation {
                review,
                name: t.name.trim().to_owned(),
                summary: t.summary.trim().to_owned(),
                description: t.description.trim().to_owned(),
                caveat: t.caveat.map(|c| c.trim().to_owned()),
                cost: t.cost.map(|c| c.trim().to_owned()),
                bring: t.bring.map(|c| c.trim().to_owned()),
                hours_note: t.hours_note.map(|c| c.trim().to_owned()),
                address_note: t.address_note.map(|c| c.trim().to_owned()),
                accessibility: t.accessibility.map(|c| c.trim().to_owned()),
                labels: labels.map(|(_, l)| l).unwrap_or_default(),
            },
        );
    }

    if !ok {
        return None;
    }
    Some(Offer {
        id: id.to_owned(),
        name: name?,
        provider: provider?,
        categories,
        audience,
        status: status?,
        summary: summary?,
        description: description?,
        caveat,
        cost,
        bring,
        languages,
        accessibility: raw.accessibility,
        wheelchair,
        appointment,
        anonymous: raw.anonymous,
        crisis_line: raw.crisis_line,
        address,
        location,
        contact,
        hours,
        verification,
        translations,
    })
}

fn required_text(value: &Spanned<String>, field: &str, p: &mut FileProblems<'_>) -> Option<String> {
    let text = value.get_ref().trim();
    if text.is_empty() {
        p.at(
            value.span().start,
            field,
            msg!("darf nicht leer sein", "must not be empty"),
        );
        None
    } else {
        Some(text.to_owned())
    }
}

/// A value of a closed list (`appointment`, `wheelchair`): parsed, or reported at its place with the
/// values allowed ("unbekannter Wert `ja` (erlaubt: yes, partly oder no)").
fn one_of<T>(
    value: &Spanned<String>,
    field: &str,
    ids: &[&str],
    parse: impl Fn(&str) -> Option<T>,
    p: &mut FileProblems<'_>,
    ok: &mut bool,
) -> Option<T> {
    let parsed = parse(value.get_ref());
    if parsed.is_none() {
        let (other, last) = (value.get_ref(), ids.last().copied().unwrap_or_default());
        let rest = ids[..ids.len().saturating_sub(1)].join(", ");
        p.at(
            value.span().start,
            field,
            msg!(
                "unbekannter Wert `{other}` (erlaubt: {rest} oder {last})",
                "unknown value `{other}` (expected {rest} or {last})"
            ),
        );
        *ok = false;
    }
    parsed
}

fn optional_text(
    value: Option<&Spanned<String>>,
    field: &str,
    p: &mut FileProblems<'_>,
    ok: &mut bool,
) -> Option<String> {
    let value = value?;
    let text = value.get_ref().trim();
    if text.is_empty() {
        p.at(
            value.span().start,
            field,
            msg!(
                "ist leer: bitte das Feld ausfüllen oder entfernen",
                "is empty: remove the field or fill it in"
            ),
        );
        *ok = false;
        None
    } else {
        Some(text.to_owned())
    }
}

fn check_summary(summary: &str, at: usize, field: &str, p: &mut FileProblems<'_>) -> bool {
    let chars = summary.chars().count();
    if chars > MAX_SUMMARY_CHARS {
        p.at(
            at,
            field,
            msg!(
                "{chars} Zeichen; eine Kurzbeschreibung ist eine Zeile mit höchstens {MAX_SUMMARY_CHARS} Zeichen",
                "{chars} characters; a summary is one line of at most {MAX_SUMMARY_CHARS}"
            ),
        );
        return false;
    }
    if summary.contains('\n') {
        p.at(
            at,
            field,
            msg!(
                "eine Kurzbeschreibung ist eine einzige Zeile",
                "a summary is a single line"
            ),
        );
        return false;
    }
    true
}

fn validate_hours(h: RawHours, p: &mut FileProblems<'_>, ok: &mut bool) -> Hours {
    let as_of = h.as_of.and_then(|d| match check_partial_date(d.get_ref()) {
        Ok(()) => Some(d.into_inner()),
        Err(why) => {
            p.at(d.span().start, "hours.as_of", why);
            *ok = false;
            None
        }
    });
    let mut slots = Vec::new();
    for (i, s) in h.slots.into_iter().enumerate() {
        let field = format!("hours.slots[{i}]");
        let mut good = true;
        let mut days = Vec::new();
        if s.days.get_ref().is_empty() {
            p.at(
                s.days.span().start,
                format!("{field}.days"),
                msg!("bitte mindestens einen Tag nennen", "name at least one day"),
            );
            good = false;
        }
        for d in s.days.get_ref() {
            match weekday(d.get_ref()) {
                Some(day) if !days.contains(&day) => days.push(day),
                Some(_) => {}
                None => {
                    let value = d.get_ref();
                    p.at(
                        d.span().start,
                        format!("{field}.days"),
                        msg!(
                            "`{value}` ist kein Tag (mon tue wed thu fri sat sun)",
                            "`{value}` is not a day (mon tue wed thu fri sat sun)"
                        ),
                    );
                    good = false;
                }
            }
        }
        let opens = match parse_time(s.opens.get_ref(), false) {
            Ok(t) => Some(t),
            Err(why) => {
                p.at(s.opens.span().start, format!("{field}.opens"), why);
                good = false;
                None
            }
        };
        let closes = match &s.closes {
            None => None,
            Some(c) => match parse_time(c.get_ref(), true) {
                Ok(t) => Some(t),
                Err(why) => {
                    p.at(c.span().start, format!("{field}.closes"), why);
                    good = false;
                    None
                }
            },
        };
        if let (Some(o), Some(c)) = (opens, closes)
            && c <= o
        {
            p.at(
                s.closes.as_ref().map_or(0, |c| c.span().start),
                format!("{field}.closes"),
                msg!("schließt, bevor es öffnet", "closes before it opens"),
            );
            good = false;
        }
        let every = match s.every.as_ref().map(|e| e.get_ref().as_str()) {
            None | Some("week") => Some(Rhythm::Week),
            Some("odd-weeks") => Some(Rhythm::OddWeeks),
            Some("even-weeks") => Some(Rhythm::EvenWeeks),
            Some("second-week") => Some(Rhythm::SecondWeek),
            Some("month") => match &s.weeks_of_month {
                None => {
                    p.at(
                        s.every.as_ref().map_or(0, |e| e.span().start),
                        format!("{field}.weeks_of_month"),
                        msg!(
                            "every = \"month\" braucht weeks_of_month, z. B. [1] für die erste oder [-1] für die letzte Woche",
                            "every = \"month\" needs weeks_of_month, e.g. [1] for the first or [-1] for the last"
                        ),
                    );
                    good = false;
                    None
                }
                Some(weeks) => {
                    let mut list = Vec::new();
                    for w in weeks.get_ref() {
                        let n = *w.get_ref();
                        if (1..=5).contains(&n) || n == -1 {
                            list.push(n as i8);
                        } else {
                            p.at(
                                w.span().start,
                                format!("{field}.weeks_of_month"),
                                msg!(
                                    "{n} ist keine Woche des Monats (1 bis 5, oder -1 für die letzte)",
                                    "{n} is not a week of the month (1 to 5, or -1 for the last)"
                                ),
                            );
                            good = false;
                        }
                    }
                    if list.is_empty() && good {
                        p.at(
                            weeks.span().start,
                            format!("{field}.weeks_of_month"),
                            msg!(
                                "bitte mindestens eine Woche nennen",
                                "name at least one week"
                            ),
                        );
                        good = false;
                    }
                    Some(Rhythm::Month(list))
                }
            },
            Some(other) => {
                p.at(
                    s.every.as_ref().map_or(0, |e| e.span().start),
                    format!("{field}.every"),
                    msg!(
                        "unbekannter Rhythmus `{other}` (erlaubt: week, odd-weeks, even-weeks, second-week oder month)",
                        "unknown rhythm `{other}` (expected week, odd-weeks, even-weeks, second-week or month)"
                    ),
                );
                good = false;
                None
            }
        };
        if s.weeks_of_month.is_some() && !matches!(every, Some(Rhythm::Month(_))) && good {
            p.at(
                s.weeks_of_month.as_ref().map_or(0, |w| w.span().start),
                format!("{field}.weeks_of_month"),
                msg!(
                    "nur zusammen mit every = \"month\" erlaubt",
                    "only used with every = \"month\""
                ),
            );
            good = false;
        }
        if !good {
            *ok = false;
            continue;
        }
        if let (Some(opens), Some(every)) = (opens, every) {
            slots.push(Slot {
                days,
                opens,
                closes,
                every,
                label: s.label,
            });
        }
    }
    Hours {
        by_appointment: h.by_appointment,
        as_of,
        note: h.note,
        slots,
    }
}

fn validate_verification(
    v: Spanned<RawVerification>,
    p: &mut FileProblems<'_>,
    ok: &mut bool,
) -> Verification {
    let at = v.span().start;
    let v = v.into_inner();
    if v.checked.get_ref().parse::<Date>().is_err() {
        let value = v.checked.get_ref();
        p.at(
            v.checked.span().start,
            "verification.checked",
            msg!(
                "`{value}` ist kein Datum (JJJJ-MM-TT)",
                "`{value}` is not a date (YYYY-MM-DD)"
            ),
        );
        *ok = false;
    }
    if v.sources.is_empty() {
        p.at(
            at,
            "verification.sources",
            msg!(
                "jedes Angebot braucht mindestens eine Quelle für seine Angaben",
                "every offer needs at least one source for its facts"
            ),
        );
        *ok = false;
    }
    let mut sources = Vec::new();
    for (i, s) in v.sources.into_iter().enumerate() {
        let field = format!("verification.sources[{i}]");
        let s_at = s.span().start;
        let s = s.into_inner();
        if s.url.is_none() && s.title.as_deref().is_none_or(|t| t.trim().is_empty()) {
            p.at(
                s_at,
                field.clone(),
                msg!(
                    "eine Quelle braucht eine url oder einen title",
                    "a source needs a url or a title"
                ),
            );
            *ok = false;
        }
        let url = s.url.and_then(|u| match check_web_url(u.get_ref()) {
            Ok(()) => Some(u.into_inner()),
            Err(why) => {
                p.at(u.span().start, format!("{field}.url"), why);
                *ok = false;
                None
            }
        });
        let date = if s.date.get_ref() == "undated" {
            None
        } else {
            match check_partial_date(s.date.get_ref()) {
                Ok(()) => Some(s.date.get_ref().clone()),
                Err(why) => {
                    p.at(s.date.span().start, format!("{field}.date"), why);
                    *ok = false;
                    None
                }
            }
        };
        sources.push(Source {
            url,
            title: s.title,
            date,
        });
    }
    let confirmed_on = v.confirmed_on.and_then(|d| {
        let problem = if d.get_ref().parse::<Date>().is_err() {
            let value = d.get_ref();
            Some(msg!(
                "`{value}` ist kein Datum (JJJJ-MM-TT)",
                "`{value}` is not a date (YYYY-MM-DD)"
            ))
        } else if !v.confirmed_by_provider {
            Some(msg!(
                "eine Bestätigung braucht `confirmed_by_provider = true`",
                "a confirmation needs `confirmed_by_provider = true`"
            ))
        } else {
            None
        };
        match problem {
            Some(why) => {
                p.at(d.span().start, "verification.confirmed_on", why);
                *ok = false;
                None
            }
            None => Some(d.into_inner()),
        }
    });
    let confirmed_by = v.confirmed_by.and_then(|b| {
        if b.get_ref().trim().is_empty() {
            p.at(
                b.span().start,
                "verification.confirmed_by",
                msg!("leer: wer hat bestätigt?", "empty: who confirmed it?"),
            );
            *ok = false;
            return None;
        }
        Some(b.into_inner().trim().to_owned())
    });
    Verification {
        checked: v.checked.into_inner(),
        confirmed_by_provider: v.confirmed_by_provider,
        confirmed_on,
        confirmed_by,
        sources,
    }
}

/// Parses `mon`…`sun`.
pub fn weekday(s: &str) -> Option<Weekday> {
    Some(match s {
        "mon" => Weekday::Monday,
        "tue" => Weekday::Tuesday,
        "wed" => Weekday::Wednesday,
        "thu" => Weekday::Thursday,
        "fri" => Weekday::Friday,
        "sat" => Weekday::Saturday,
        "sun" => Weekday::Sunday,
        _ => return None,
    })
}

/// Parses `HH:MM`. `24:00` is allowed as a closing time and becomes the last instant of the day.
pub fn parse_time(s: &str, closing: bool) -> Result<Time, Message> {
    let bad = || {
        msg!(
            "`{s}` ist keine Uhrzeit (HH:MM, 24-Stunden-Zählung)",
            "`{s}` is not a time (HH:MM, 24-hour clock)"
        )
    };
    let (h, m) = s.split_once(':').ok_or_else(bad)?;
    if h.len() != 2 || m.len() != 2 {
        return Err(bad());
    }
    let h: i8 = h.parse().map_err(|_| bad())?;
    let m: i8 = m.parse().map_err(|_| bad())?;
    if closing && h == 24 && m == 0 {
        return Ok(Time::MAX);
    }
    Time::new(h, m, 0, 0).map_err(|_| bad())
}

/// Accepts `YYYY`, `YYYY-MM` and `YYYY-MM-DD` with real months and days.
pub fn check_partial_date(s: &str) -> Result<(), Message> {
    let bad = || {
        msg!(
            "`{s}` ist kein Datum (JJJJ, JJJJ-MM, JJJJ-MM-TT oder \"undated\")",
            "`{s}` is not a date (YYYY, YYYY-MM, YYYY-MM-DD or \"undated\")"
        )
    };
    let parts: Vec<&str> = s.split('-').collect();
    let year: i16 = match parts.first() {
        Some(y) if y.len() == 4 => y.parse().map_err(|_| bad())?,
        _ => return Err(bad()),
    };
    match parts.len() {
        1 => Ok(()),
        2 if parts[1].len() == 2 => {
            let month: i8 = parts[1].parse().map_err(|_| bad())?;
            Date::new(year, month, 1).map(|_| ()).map_err(|_| bad())
        }
        3 => s.parse::<Date>().map(|_| ()).map_err(|_| bad()),
        _ => Err(bad()),
    }
}

/// A light check: the directory links e-mail addresses, it does not deliver mail.
pub fn is_plausible_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !s
            .chars()
            .any(|c| c.is_whitespace() || c == '<' || c == '>' || c == '"')
        && !domain.contains('@')
}

/// Web links must be absolute http(s) URLs with a host.
pub fn check_web_url(s: &str) -> Result<(), Message> {
    match url::Url::parse(s) {
        Ok(u) if (u.scheme() == "http" || u.scheme() == "https") && u.host_str().is_some() => {
            Ok(())
        }
        Ok(_) => Err(msg!(
            "`{s}` ist keine Webadresse (http:// oder https://)",
            "`{s}` is not a web address (http:// or https://)"
        )),
        Err(err) => Err(msg!(
            "`{s}` ist keine Webadresse ({err})",
            "`{s}` is not a web address ({err})"
        )),
    }
}

/// Turns a number as dialled in Germany into the `tel:` form: `02196 8824557` → `+4921968824557`,
/// short service numbers (`112`, `116 016`) stay as they are.
pub fn tel_uri(number: &str) -> Result<String, Message> {
    let number = number.trim();
    let bad = |why: Message| {
        let (de, en) = (why.de, why.en);
        msg!(
            "`{number}` ist keine Telefonnummer: {de}",
            "`{number}` is not a phone number: {en}"
        )
    };
    if number.is_empty() {
        return Err(bad(msg!("sie ist leer", "empty")));
    }
    let (plus, rest) = match number.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, number),
    };
    if let Some(c) = rest
        .chars()
        .find(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '/' | '-')))
    {
        return Err(bad(msg!(
            "`{c}` ist nicht erlaubt (nur Ziffern, Leerzeichen, / und -; Erklärungen gehören in `label`)",
            "`{c}` is not allowed (digits, spaces, / and - only; put explanations in `label`)"
        )));
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    if digits.len() < 3 || digits.len() > 15 {
        return Err(bad(msg!(
            "sie braucht 3 bis 15 Ziffern",
            "it needs 3 to 15 digits"
        )));
    }
    Ok(if plus {
        format!("+{digits}")
    } else if let Some(international) = digits.strip_prefix("00") {
        format!("+{international}")
    } else if let Some(national) = digits.strip_prefix('0') {
        format!("+49{national}")
    } else {
        digits
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_become_dialable_tel_uris() {
        assert_eq!(tel_uri("02196 8824557").unwrap(), "+4921968824557");
        assert_eq!(tel_uri("02196 / 710-546").unwrap(), "+492196710546");
        assert_eq!(tel_uri("0800 111 0 111").unwrap(), "+498001110111");
        assert_eq!(tel_uri("112").unwrap(), "112");
        assert_eq!(tel_uri("116 016").unwrap(), "116016");
        assert_eq!(tel_uri("+49 2196 1022").unwrap(), "+4921961022");
        assert!(tel_uri("0800 111 0 111 oder 0800 111 0 222").is_err());
        assert!(tel_uri("12").is_err());
        assert!(tel_uri("").is_err());
    }

    #[test]
    fn times_are_24_hour_and_24_00_closes_the_day() {
        assert_eq!(
            parse_time("09:30", false).unwrap(),
            Time::constant(9, 30, 0, 0)
        );
        assert_eq!(parse_time("24:00", true).unwrap(), Time::MAX);
        assert!(parse_time("24:00", false).is_err());
        assert!(parse_time("9:30", false).is_err());
        assert!(parse_time("25:00", true).is_err());
        assert!(parse_time("ab 14", false).is_err());
    }

    #[test]
    fn partial_dates_must_be_real() {
        assert!(check_partial_date("2023").is_ok());
        assert!(check_partial_date("2023-07").is_ok());
        assert!(check_partial_date("2024-02-29").is_ok());
        assert!(check_partial_date("2023-02-30").is_err());
        assert!(check_partial_date("2023-13").is_err());
        assert!(check_partial_date("23-07").is_err());
        assert!(check_partial_date("undated").is_err());
    }

    #[test]
    fn emails_and_urls_are_checked() {
        assert!(is_plausible_email("info@musterstaedter-tafel.de"));
        assert!(!is_plausible_email("info at tafel.de"));
        assert!(!is_plausible_email("info@tafel"));
        assert!(check_web_url("https://www.wkiwk.de/").is_ok());
        assert!(check_web_url("javascript:alert(1)").is_err());
        assert!(check_web_url("www.example.org").is_err());
    }
}
