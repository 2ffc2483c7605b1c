//! What an offer page gives helpers (issue 10): share links, the contact card and calendar files,
//! "add to the referral sheet".
//!
//! Sharing works without script: each way is a plain link the reader chooses (Telegram, WhatsApp,
//! e-mail, SMS), built from the page's public address and the offer's name, percent-encoded for the
//! URL it goes into. The page itself asks no other site for anything. With script, the self-hosted
//! script (`web::assets`) also offers the phone's own share sheet (Web Share API).

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

use crate::i18n::t;
use crate::lang::Lang;

/// Everything but RFC 3986's unreserved characters is encoded: safe in a query value of any scheme
/// (`mailto:` bodies take `%20` for a space, never `+`).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

fn enc(s: &str) -> String {
    utf8_percent_encode(s, COMPONENT).to_string()
}

/// One way of sharing.
#[derive(Debug, Clone)]
pub struct ShareLink {
    pub id: &'static str,
    pub label: String,
    /// The label's language when it is not the page's: the services' own names are written in
    /// Latin letters on every page (marked English, as their makers write them).
    pub lang: Option<&'static str>,
    pub href: String,
}

/// The helpers' block of an offer page.
#[derive(Debug, Clone)]
pub struct OfferTools {
    /// The page's public address and the offer's name, for the Web Share button.
    pub url: String,
    pub title: String,
    pub links: Vec<ShareLink>,
    /// `/{lang}/offer/{id}.vcf`.
    pub vcard_href: String,
    /// `/{lang}/offer/{id}.ics`, only for offers with regular hours.
    pub ics_href: Option<String>,
    /// `/{lang}/sheet?add={id}`.
    pub add_href: String,
}

impl OfferTools {
    /// The block of the offer `id` named `title`, whose page is at `url`.
    pub fn new(lang: Lang, id: &str, title: &str, url: &str, has_calendar: bool) -> OfferTools {
        let text = format!("{title}: {url}");
        let links = vec![
            ShareLink {
                id: "telegram",
                label: "Telegram".into(),
                lang: Some("en"),
                href: format!(
                    "https://t.me/share/url?url={}&text={}",
                    enc(url),
                    enc(title)
                ),
            },
            ShareLink {
                id: "whatsapp",
                label: "WhatsApp".into(),
                lang: Some("en"),
                href: format!("https://wa.me/?text={}", enc(&text)),
            },
            ShareLink {
                id: "email",
                label: t(lang, "share-email"),
                lang: None,
                href: format!("mailto:?subject={}&body={}", enc(title), enc(&text)),
            },
            ShareLink {
                id: "sms",
                label: t(lang, "share-sms"),
                lang: None,
                href: format!("sms:?body={}", enc(&text)),
            },
        ];
        let base = format!("/{}/offer/{id}", lang.code());
        OfferTools {
            url: url.to_owned(),
            title: title.to_owned(),
            links,
            vcard_href: format!("{base}.vcf"),
            ics_href: has_calendar.then(|| format!("{base}.ics")),
            add_href: format!("/{}/sheet?add={id}", lang.code()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_links_percent_encode_the_address_and_name() {
        let tools = OfferTools::new(
            Lang::De,
            "wk-tafel",
            "Tafel & Café ü",
            "https://lotse.example/de/offer/wk-tafel",
            true,
        );
        let tg = &tools.links[0].href;
        assert_eq!(
            tg,
            "https://t.me/share/url?url=https%3A%2F%2Flotse.example%2Fde%2Foffer%2Fwk-tafel&text=Tafel%20%26%20Caf%C3%A9%20%C3%BC"
        );
        let mail = &tools.links[2].href;
        assert!(mail.starts_with("mailto:?subject=Tafel%20%26"), "{mail}");
        assert!(!mail.contains('+') && !mail.contains(' '));
        assert!(tools.links[3].href.starts_with("sms:?body=Tafel"));
    }
}
