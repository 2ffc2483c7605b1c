//! One offer as a printed block, in one language: what the referral sheet and the booklet show of it
//! (name, what it is, where, when, how to reach it, what it costs or what to bring, the caveat). The
//! wording comes from `present`, as on the offer page; this only gathers it for print.

use crate::content::Offer;
use crate::i18n::Tr;
use crate::lang::Lang;
use crate::present::{self, LangText};

use super::pages::PhoneLink;

/// An offer's printed block in one language. `tr` gives the block's labels in that language, so a
/// German block on a Ukrainian sheet is German throughout, labels included.
#[derive(Debug, Clone)]
pub struct OfferBlock {
    pub id: String,
    pub tr: Tr,
    /// The block's language and direction (its labels); texts carry their own where they differ.
    pub lang: &'static str,
    pub dir: &'static str,
    pub name: LangText,
    pub summary: LangText,
    pub status: Option<String>,
    pub caveat: Option<LangText>,
    pub address: Option<String>,
    pub address_note: Option<LangText>,
    pub phones: Vec<PhoneLink>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub hours: Vec<present::SlotText>,
    pub by_appointment: bool,
    pub hours_note: Option<LangText>,
    /// A note about the hours' age ("Zeiten von Juli 2023 – bitte vorher anrufen"), never a live
    /// "open now": a printout outlives the minute it was made.
    pub hours_warning: Option<String>,
    pub cost: Option<LangText>,
    /// What to bring, where a source says so.
    pub bring: Option<LangText>,
}

impl OfferBlock {
    /// The block of `offer` for readers of `lang`, as of `now`.
    pub fn new(lang: Lang, offer: &Offer, now: &jiff::Zoned) -> OfferBlock {
        let texts = offer.texts(lang);
        let in_texts = |s: &str| LangText::new(s, texts.lang);
        let hours = offer.hours.as_ref();
        OfferBlock {
            id: offer.id.to_string(),
            tr: Tr(lang),
            lang: lang.code(),
            dir: lang.dir(),
            name: in_texts(texts.name),
            summary: in_texts(texts.summary),
            status: super::pages::status_note(lang, offer.status),
            caveat: texts.caveat.map(in_texts),
            address: offer.address.as_ref().map(|a| a.one_line()),
            address_note: offer.address_note(lang).map(LangText::from),
            phones: super::pages::phones(lang, offer),
            email: offer.contact.email.clone(),
            website: offer.contact.website.clone(),
            hours: hours
                .map(|h| {
                    h.slots
                        .iter()
                        .map(|s| present::slot_text(lang, offer, s))
                        .collect()
                })
                .unwrap_or_default(),
            by_appointment: hours.is_some_and(|h| h.by_appointment),
            hours_note: offer.hours_note(lang).map(LangText::from),
            hours_warning: present::claim_text(lang, offer, now)
                .filter(|c| !c.live)
                .map(|c| c.text),
            cost: texts.cost.map(in_texts),
            bring: offer.bring_text(lang).map(LangText::from),
        }
    }
}
