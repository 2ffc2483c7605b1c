//! An offer as a contact card: vCard 4.0 (RFC 6350), for "save to contacts" on a phone.
//!
//! Written here rather than with a crate: the one maintained vCard writer (`calcard`) brings chrono,
//! chrono-tz, rkyv and two mail crates for what is a dozen lines of text. The rules that matter are
//! few and kept in one place each: TEXT values escape `\`, `,`, `;` and line breaks (§3.4), structured
//! values (`ADR`, `ORG`) join their escaped components with `;`, and every content line is folded
//! after at most 75 octets, never inside a UTF-8 character (§3.2). The tests read the cards back with
//! an independent parser.

use crate::content::{Offer, Precision};
use crate::lang::Lang;

/// The vCard of `offer`, with its texts in `lang` (German where no translation exists); `page_url`
/// is the offer's page, `card_url` the address this card is served at (`SOURCE`). Lines end in CRLF.
pub fn offer_card(offer: &Offer, lang: Lang, page_url: &str, card_url: &str) -> String {
    let texts = offer.texts(lang);
    let mut lines = vec![
        "BEGIN:VCARD".to_owned(),
        "VERSION:4.0".to_owned(),
        "PRODID:-//Lotse//Lotse//DE".to_owned(),
        "KIND:org".to_owned(),
        format!("UID:urn:uuid:{}", super::hsds::service_id(&offer.id)),
        format!("SOURCE:{}", uri(card_url)),
        format!("FN;LANGUAGE={}:{}", texts.lang.code(), text(texts.name)),
        // ORG is a structured value: the organisation's name is its first component.
        format!("ORG:{}", text(&offer.provider)),
    ];
    for phone in &offer.contact.phones {
        lines.push(format!("TEL;VALUE=uri;TYPE=voice:tel:{}", uri(&phone.tel)));
    }
    if let Some(email) = &offer.contact.email {
        lines.push(format!("EMAIL:{}", text(email)));
    }
    if let Some(address) = &offer.address {
        // post office box; extended address; street; locality; region; postal code; country.
        let components = [
            "",
            "",
            address.street.as_deref().unwrap_or_default(),
            &address.city,
            "",
            address.postcode.as_deref().unwrap_or_default(),
            // Lotse's model is German (phones dialled in Germany, hours in Europe/Berlin).
            "Deutschland",
        ];
        let value: Vec<String> = components.iter().map(|c| text(c)).collect();
        lines.push(format!("ADR;LANGUAGE=de:{}", value.join(";")));
    }
    if let Some(location) = offer
        .location
        .as_ref()
        .filter(|l| l.precision != Precision::Town)
    {
        lines.push(format!("GEO:geo:{:.5},{:.5}", location.lat, location.lon));
    }
    if let Some(website) = &offer.contact.website {
        lines.push(format!("URL:{}", uri(website)));
    }
    lines.push(format!("URL;TYPE=work:{}", uri(page_url)));
    let mut note = texts.summary.to_owned();
    if let Some(caveat) = texts.caveat {
        note.push('\n');
        note.push_str(caveat);
    }
    lines.push(format!(
        "NOTE;LANGUAGE={}:{}",
        texts.lang.code(),
        text(&note)
    ));
    lines.push("END:VCARD".to_owned());
    let mut out = String::new();
    for line in lines {
        fold_into(&mut out, &line);
    }
    out
}

/// A TEXT value (or one component of a structured value), escaped per RFC 6350 §3.4.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ',' => out.push_str("\\,"),
            ';' => out.push_str("\\;"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// A URI value: written as it is (URIs have no vCard escapes), but never with a line break, which
/// would end the content line (the content's URLs are validated; this is the last guard).
fn uri(value: &str) -> String {
    value.chars().filter(|c| !c.is_control()).collect()
}

/// Appends `line` folded at 75 octets (continuation lines start with one space, which counts) and
/// ended with CRLF. A fold never sits next to a space or tab of the text itself: RFC 6350 removes
/// only the fold's own space, but some readers (the `ical` crate among them) trim every physical
/// line and would join "und SV" into "undSV".
pub(crate) fn fold_into(out: &mut String, line: &str) {
    let chars: Vec<char> = line.chars().collect();
    let mut start = 0;
    let mut limit = 75;
    while start < chars.len() {
        let mut end = start;
        let mut width = 0;
        while end < chars.len() && width + chars[end].len_utf8() <= limit {
            width += chars[end].len_utf8();
            end += 1;
        }
        // Move the break back until both sides of it are visible characters.
        let mut cut = end;
        while cut < chars.len()
            && cut > start + 1
            && (chars[cut].is_whitespace() || chars[cut - 1].is_whitespace())
        {
            cut -= 1;
        }
        if start > 0 {
            out.push_str("\r\n ");
        }
        out.extend(&chars[start..cut]);
        start = cut;
        limit = 74;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_values_escape_commas_semicolons_backslashes_and_line_breaks() {
        assert_eq!(text("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let mut out = String::new();
        let line = format!("NOTE:{}", "ä".repeat(100));
        fold_into(&mut out, &line);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical}",
                physical.len()
            );
        }
        let unfolded = out.trim_end().replace("\r\n ", "");
        assert_eq!(unfolded, line);
    }

    #[test]
    fn no_fold_sits_next_to_the_texts_own_space() {
        for n in 60..80 {
            let line = format!("ORG:{} und SV 09/35 Musterstadt", "x".repeat(n));
            let mut out = String::new();
            fold_into(&mut out, &line);
            for (i, physical) in out.split("\r\n").filter(|l| !l.is_empty()).enumerate() {
                let text = if i == 0 { physical } else { &physical[1..] };
                assert_eq!(text.trim(), text, "{out:?}");
            }
            assert_eq!(out.trim_end().replace("\r\n ", ""), line);
        }
    }
}
