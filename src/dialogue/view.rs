//! Rendering answers, offers, categories and the crisis lines as replies in one language.

use super::*;

/// Renders replies in one language. Needs no index, so the rendering is tested without one.
#[derive(Clone)]
pub(super) struct View<'a> {
    pub(super) catalogue: &'a Catalogue,
    /// The public base URL without a trailing slash.
    pub(super) base: String,
    pub(super) now: &'a Zoned,
    pub(super) lang: Lang,
}

impl View<'_> {
    pub(super) fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }

    pub(super) fn command(&self, command: Command) -> Vec<Reply> {
        match command {
            Command::Start => vec![
                Reply::text(esc(&self.unisolate(&t_args(
                    self.lang,
                    "bot-greeting",
                    &[("area", arg(&self.catalogue.site.area))],
                )))),
                self.topics(),
            ],
            Command::Help => vec![self.help()],
            Command::Categories => vec![self.all_categories()],
            Command::Emergency => vec![self.crisis("emergency-title", "emergency-intro")],
            Command::Language => vec![self.languages()],
        }
    }

    pub(super) fn help(&self) -> Reply {
        Reply {
            ask_location: true,
            ..Reply::text(esc(&self.t("bot-help")))
        }
    }

    pub(super) fn non_text(&self) -> Reply {
        Reply {
            ask_location: true,
            ..Reply::text(esc(&self.t("bot-non-text")))
        }
    }

    /// The booklet's groups, plus the language switch.
    pub(super) fn topics(&self) -> Reply {
        let mut rows: Vec<Vec<Button>> = self
            .catalogue
            .taxonomy
            .groups
            .iter()
            .filter_map(|g| callback(group_label(self.lang, &g.id), Press::Group(g.id.clone())))
            .map(|b| vec![b])
            .collect();
        rows.extend(
            callback(format!("🌐 {}", self.t("lang-switcher")), Press::Languages).map(|b| vec![b]),
        );
        Reply::with_buttons(esc(&self.t("bot-choose-topic")), rows)
    }

    pub(super) fn group(&self, id: &str) -> Reply {
        if self.catalogue.taxonomy.group(id).is_none() {
            return self.topics();
        }
        let mut rows = self.category_rows(self.catalogue.taxonomy.categories_in(id));
        rows.extend(
            callback(format!("↩ {}", self.t("home-topics")), Press::Topics).map(|b| vec![b]),
        );
        let html = format!(
            "<b>{}</b>\n{}",
            esc(&group_label(self.lang, id)),
            esc(&self.t("bot-choose-topic"))
        );
        Reply::with_buttons(html, rows)
    }

    pub(super) fn all_categories(&self) -> Reply {
        let rows = self.category_rows(self.catalogue.taxonomy.categories.iter());
        Reply::with_buttons(esc(&self.t("bot-choose-topic")), rows)
    }

    /// One button per category, each on its own row.
    pub(super) fn category_rows<'c>(
        &self,
        categories: impl Iterator<Item = &'c Category>,
    ) -> Vec<Vec<Button>> {
        categories
            .filter_map(|c| {
                callback(
                    category_label(self.lang, &c.id),
                    Press::Category {
                        id: c.id.clone(),
                        offset: 0,
                    },
                )
            })
            .map(|b| vec![b])
            .collect()
    }

    pub(super) fn languages(&self) -> Reply {
        let rows = self
            .catalogue
            .site
            .languages
            .chunks(3)
            .map(|chunk| {
                chunk
                    .iter()
                    .filter_map(|l| callback(l.native_name().to_owned(), Press::Lang(*l)))
                    .collect()
            })
            .collect();
        Reply::with_buttons(esc(&self.t("bot-choose-language")), rows)
    }

    pub(super) fn language_set(&self) -> Reply {
        Reply::text(esc(&self.t("bot-language-set")))
    }

    /// The crisis lines with their numbers written out, so that Telegram makes them tappable.
    pub(super) fn crisis(&self, title_key: &str, text_key: &str) -> Reply {
        let mut html = format!(
            "<b>{}</b>\n{}\n",
            esc(&self.t(title_key)),
            esc(&self.t(text_key))
        );
        for line in self.catalogue.crisis_lines() {
            let numbers: Vec<String> = line
                .contact
                .phones
                .iter()
                .map(|p| phone_text(self.lang, p))
                .collect();
            let call = t_args(
                self.lang,
                "crisis-call",
                &[
                    ("name", arg(line.texts(self.lang).name)),
                    ("number", arg(numbers.join(" / "))),
                ],
            );
            html.push_str(&format!("\n☎️ {}", esc(&self.unisolate(&call))));
        }
        Reply::text(html)
    }

    /// The concern answer's first message: the crisis lines, calmly, and "are you safe right now?" with
    /// two buttons: the crisis lines again as the urgent answer, or the results of `query`.
    pub(super) fn concern(&self, query: &str) -> Reply {
        let mut reply = self.crisis("concern-title", "concern-text");
        reply.html.push_str(&format!(
            "\n\n<b>{}</b>",
            esc(&self.t("bot-concern-question"))
        ));
        let buttons: Vec<Button> = [
            callback(self.t("bot-concern-help-now"), Press::HelpNow),
            callback(
                self.t("bot-concern-offers"),
                Press::More {
                    offset: 0,
                    query: query.to_owned(),
                },
            ),
        ]
        .into_iter()
        .flatten()
        .collect();
        reply.buttons = buttons.into_iter().map(|b| vec![b]).collect();
        reply
    }

    /// Fluent wraps arguments in invisible direction marks. Right-to-left text needs them; in
    /// left-to-right text they only get in the way of Telegram's phone-number detection.
    pub(super) fn unisolate(&self, text: &str) -> String {
        if self.lang.is_rtl() {
            text.to_owned()
        } else {
            text.replace(['\u{2066}', '\u{2068}', '\u{2069}'], "")
        }
    }

    /// A search answer from result `offset` on: header, up to three cards, buttons for details and more.
    pub(super) fn results(&self, answer: &Answer, offset: usize) -> Vec<Reply> {
        if answer.kind == AnswerKind::Empty {
            return vec![
                Reply::text(esc(&self.t("results-empty-query"))),
                self.topics(),
            ];
        }
        let offers: Vec<&Offer> = answer
            .hits
            .iter()
            .skip(offset)
            .take(CARDS_PER_PAGE)
            .filter_map(|h| self.catalogue.offer(&h.offer_id))
            .collect();
        if offers.is_empty() {
            return vec![Reply::text(esc(&self.t("bot-no-more"))), self.topics()];
        }
        let header = match (answer.kind, offset) {
            (AnswerKind::NoMatch, 0) => {
                format!(
                    "{}\n{}",
                    esc(&self.t("results-weak")),
                    esc(&self.t("results-fallback"))
                )
            }
            (_, 0) if answer.reachable_fallback.is_some() => format!(
                "{}\n{}",
                esc(&self.t("bot-results")),
                esc(&self.t("results-unreachable"))
            ),
            _ => esc(&self.t("bot-results")),
        };
        let next = offset + offers.len();
        let more = (answer.total > next && next < MAX_LIMIT).then(|| Press::More {
            offset: next,
            query: answer.query.clone(),
        });
        let mut first = self.cards(header, &offers, offset, more);
        if offset == 0 && answer.kind == AnswerKind::Matched {
            first.buttons.push(self.quick_filters(&answer.query));
        }
        let mut replies = vec![first];
        if answer.kind == AnswerKind::NoMatch && offset == 0 {
            // A question the directory does not understand still gets a way forward: the topics.
            replies.push(Reply {
                html: esc(&self.t("results-browse")),
                ..self.topics()
            });
        }
        replies
    }

    /// One row of filter buttons under a result: the same search, open now or free.
    fn quick_filters(&self, query: &str) -> Vec<Button> {
        QuickFilter::ALL
            .into_iter()
            .filter_map(|filter| {
                let label = format!("🔎 {}", self.t(filter.label_key()));
                callback(
                    label,
                    Press::Filtered {
                        filter,
                        query: query.to_owned(),
                    },
                )
            })
            .collect()
    }

    /// A search's results through one quick filter (the rule of `present::filter`, as on the web).
    /// Whether `filter` leaves any of the answer's offers.
    pub(super) fn filter_keeps_any(&self, answer: &Answer, filter: QuickFilter) -> bool {
        let hits = answer
            .hits
            .iter()
            .filter_map(|h| self.catalogue.offer(&h.offer_id).map(|o| (o, ())));
        !present::filter::select(&filter.filters(), self.catalogue, false, hits, self.now)
            .offers
            .is_empty()
    }

    /// The filter's name and that it leaves nothing (the unfiltered results follow).
    pub(super) fn filter_left_nothing(&self, filter: QuickFilter) -> Reply {
        Reply::text(format!(
            "<b>{}</b>\n{}",
            esc(&format!(
                "{}: {}",
                self.t("filter-title"),
                self.t(filter.label_key())
            )),
            esc(&self.t("filter-nothing"))
        ))
    }

    pub(super) fn filtered(&self, answer: &Answer, filter: QuickFilter) -> Reply {
        let filters = filter.filters();
        let selection = present::filter::select(
            &filters,
            self.catalogue,
            false,
            answer
                .hits
                .iter()
                .filter_map(|h| self.catalogue.offer(&h.offer_id).map(|o| (o, ()))),
            self.now,
        );
        let offers: Vec<&Offer> = selection
            .offers
            .into_iter()
            .map(|(o, _)| o)
            .take(CARDS_PER_PAGE)
            .collect();
        let header = format!(
            "<b>{}</b>",
            esc(&format!(
                "{}: {}",
                self.t("filter-title"),
                self.t(filter.label_key())
            ))
        );
        if offers.is_empty() {
            let mut reply = Reply::text(format!("{header}\n{}", esc(&self.t("filter-nothing"))));
            reply.buttons = self.topics().buttons;
            return reply;
        }
        self.cards(header, &offers, 0, None)
    }

    /// Numbered cards in one message, a details button per card, and an optional "more" button.
    pub(super) fn cards(
        &self,
        header: String,
        offers: &[&Offer],
        first: usize,
        more: Option<Press>,
    ) -> Reply {
        let mut html = header;
        let mut rows = Vec::new();
        for (i, offer) in offers.iter().enumerate() {
            let n = first + i + 1;
            html.push_str("\n\n");
            html.push_str(&self.card(offer, Some(n), None));
            let label = format!("ℹ️ {n}. {}", cut(offer.texts(self.lang).name, 40));
            rows.extend(callback(label, Press::Offer(offer.id.clone())).map(|b| vec![b]));
        }
        if let Some(more) = more {
            rows.extend(callback(format!("➕ {}", self.t("bot-more")), more).map(|b| vec![b]));
        }
        Reply::with_buttons(html, rows)
    }

    /// A compact card: name, what it offers, caveat, address, phone, next opening, link.
    pub(super) fn card(
        &self,
        offer: &Offer,
        number: Option<usize>,
        distance: Option<present::near::Distance>,
    ) -> String {
        let texts = offer.texts(self.lang);
        let mut lines = Vec::new();
        let name = match number {
            Some(n) => format!("<b>{n}. {}</b>", esc(texts.name)),
            None => format!("<b>{}</b>", esc(texts.name)),
        };
        lines.push(match distance {
            Some(d) => format!("{name} · {}", esc(&self.distance(d))),
            None => name,
        });
        lines.push(esc(&cut(texts.summary, 200)));
        if !offer.is_active() {
            lines.push(format!(
                "⚠️ {}",
                esc(&self.t(&format!("status-{}", offer.status.id())))
            ));
        }
        if let Some(caveat) = texts.caveat {
            lines.push(format!("⚠️ {}", esc(&cut(caveat, 200))));
        }
        if let Some(address) = &offer.address {
            lines.push(format!("📍 {}", esc(&address.one_line())));
        }
        if let Some(phone) = offer.contact.phones.first() {
            lines.push(format!("📞 {}", esc(&phone_text(self.lang, phone))));
        }
        if let Some(claim) = present::claim_text(self.lang, offer, self.now) {
            let mark = if claim.caution { "⚠️" } else { "🕒" };
            lines.push(format!("{mark} {}", esc(&self.unisolate(&claim.text))));
        }
        lines.push(format!(
            "🔗 <a href=\"{}\">{}</a>",
            esc(&self.offer_url(offer)),
            esc(&self.t("bot-web"))
        ));
        lines.join("\n")
    }

    pub(super) fn offer_url(&self, offer: &Offer) -> String {
        format!("{}/{}/offer/{}", self.base, self.lang.code(), offer.id)
    }

    pub(super) fn distance(&self, d: present::near::Distance) -> String {
        let text = present::near::distance_text(d, self.lang);
        let km = text.strip_suffix(" km").map(str::to_owned);
        // A town-wide coordinate: say that the distance is to the town's centre.
        let key = if d.precision == Precision::Town {
            "bot-distance-town"
        } else {
            "bot-distance"
        };
        match km {
            Some(km) => self.unisolate(&t_args(self.lang, key, &[("km", arg(km))])),
            // Under a kilometre: metres, as the web says it.
            None => text,
        }
    }

    /// Everything known about an offer.
    pub(super) fn details(&self, id: &str) -> Reply {
        let Some(offer) = self.catalogue.offer(id) else {
            return self.topics();
        };
        let texts = offer.texts(self.lang);
        let mut html = format!(
            "<b>{}</b>\n<i>{}</i>",
            esc(texts.name),
            esc(&offer.provider)
        );
        if !offer.is_active() {
            html.push_str(&format!(
                "\n⚠️ {}",
                esc(&self.t(&format!("status-{}", offer.status.id())))
            ));
        }
        if let Some(caveat) = texts.caveat {
            html.push_str(&format!(
                "\n⚠️ <b>{}</b>: {}",
                esc(&self.t("offer-caveat")),
                esc(caveat)
            ));
        }
        html.push_str(&format!(
            "\n\n{}\n\n{}",
            esc(texts.summary),
            esc(&cut(texts.description.trim(), DESCRIPTION_CHARS))
        ));
        let mut facts: Vec<String> = Vec::new();
        if let Some(address) = &offer.address {
            let mut line = format!(
                "📍 <b>{}</b>: {}",
                esc(&self.t("offer-address")),
                esc(&address.one_line())
            );
            if let Some(note) = offer.address_note(self.lang) {
                line.push_str(&format!(" ({})", esc(note.text)));
            }
            if let Some(map) = present::map_link(Some(address), offer.location.as_ref()) {
                line.push_str(&format!(
                    " · <a href=\"{}\">{}</a>",
                    esc(&map),
                    esc(&self.t("offer-map"))
                ));
            }
            facts.push(line);
        }
        for phone in &offer.contact.phones {
            let label = phone
                .label
                .as_deref()
                .map(|l| format!(" ({})", esc(offer.label(self.lang, l).text)))
                .unwrap_or_default();
            facts.push(format!("📞 {}{label}", esc(&phone_text(self.lang, phone))));
        }
        if let Some(email) = &offer.contact.email {
            facts.push(format!("✉️ {}", esc(email)));
        }
        if let Some(website) = &offer.contact.website {
            facts.push(format!(
                "🌐 <a href=\"{}\">{}</a>",
                esc(website),
                esc(website)
            ));
        }
        if let Some(hours) = &offer.hours {
            let mut block = format!("🕒 <b>{}</b>", esc(&self.t("offer-hours")));
            for slot in &hours.slots {
                block.push_str(&format!(
                    "\n{}",
                    esc(&self.unisolate(&present::slot_line(self.lang, offer, slot)))
                ));
            }
            if hours.by_appointment {
                block.push_str(&format!("\n{}", esc(&self.t("hours-by-appointment"))));
            }
            if let Some(note) = offer.hours_note(self.lang) {
                block.push_str(&format!("\n{}", esc(note.text)));
            }
            if let Some(as_of) = &hours.as_of {
                let text = t_args(
                    self.lang,
                    "hours-as-of",
                    &[("date", arg(present::date(self.lang, as_of)))],
                );
                block.push_str(&format!("\n<i>{}</i>", esc(&self.unisolate(&text))));
            }
            if let Some(claim) = present::claim_text(self.lang, offer, self.now) {
                let text = esc(&self.unisolate(&claim.text));
                // A live claim stands out; a note on old hours reads as one.
                if claim.live {
                    block.push_str(&format!("\n<b>{text}</b>"));
                } else {
                    block.push_str(&format!("\n<i>{text}</i>"));
                }
            }
            facts.push(block);
        }
        if let Some(appointment) = offer.appointment {
            facts.push(format!(
                "📅 {}",
                esc(&self.t(&format!("appointment-{}", appointment.id())))
            ));
        }
        if let Some(cost) = texts.cost {
            facts.push(format!(
                "💶 <b>{}</b>: {}",
                esc(&self.t("offer-cost")),
                esc(cost)
            ));
        }
        if !offer.languages.is_empty() {
            facts.push(format!(
                "🗣 <b>{}</b>: {}",
                esc(&self.t("offer-languages")),
                esc(&offer.languages.join(", "))
            ));
        }
        if offer.anonymous == Some(true) {
            facts.push(esc(&self.t("offer-anonymous")));
        }
        if !facts.is_empty() {
            html.push_str("\n\n");
            html.push_str(&facts.join("\n"));
        }
        let fresh = present::freshness(self.lang, offer, self.now.date());
        html.push_str(&format!("\n\n<i>{}</i>", esc(&self.unisolate(&fresh.text))));
        if let Some(warning) = fresh.warning {
            html.push_str(&format!("\n⚠️ {}", esc(&warning)));
        }
        if texts.review == Some(Review::Draft) {
            html.push_str(&format!("\n\n<i>{}</i>", esc(&self.t("translation-draft"))));
        }
        html.push_str(&format!(
            "\n\n🔗 <a href=\"{}\">{}</a>",
            esc(&self.offer_url(offer)),
            esc(&self.t("bot-web"))
        ));
        let mut buttons: Vec<Vec<Button>> = offer
            .contact
            .website
            .as_deref()
            .filter(|w| is_public_web_url(w))
            .map(|w| {
                vec![vec![Button {
                    label: format!("🌐 {}", self.t("offer-website")),
                    action: Action::Url(w.to_owned()),
                }]]
            })
            .unwrap_or_default();
        buttons.extend(
            callback(
                format!("✏️ {}", self.t("report-link")),
                Press::Report(offer.id.clone()),
            )
            .map(|b| vec![b]),
        );
        Reply::with_buttons(html, buttons)
    }

    /// How to report a wrong or outdated fact: the web form (no account, no chat text kept), and the
    /// offer's phone to check with the provider meanwhile. The bot takes no report itself, so no
    /// message of a chat is ever stored.
    pub(super) fn report_how(&self, id: &str) -> Reply {
        let Some(offer) = self.catalogue.offer(id) else {
            return self.topics();
        };
        let name = offer.texts(self.lang).name;
        let url = format!("{}/report", self.offer_url(offer));
        let mut html =
            esc(&self.unisolate(&t_args(self.lang, "bot-report-how", &[("name", arg(name))])));
        html.push_str(&format!(
            "\n🔗 <a href=\"{}\">{}</a>",
            esc(&url),
            esc(&self.t("report-title"))
        ));
        let buttons = if is_public_web_url(&url) {
            vec![vec![Button {
                label: format!("✏️ {}", self.t("report-title")),
                action: Action::Url(url),
            }]]
        } else {
            Vec::new()
        };
        Reply::with_buttons(html, buttons)
    }

    /// A page of a category's offers (active ones first).
    pub(super) fn category(&self, id: &str, offset: usize) -> Reply {
        if self.catalogue.taxonomy.category(id).is_none() {
            return self.topics();
        }
        let all = self.catalogue.offers_in(id);
        let page: Vec<&Offer> = all
            .iter()
            .skip(offset)
            .take(CATEGORY_PAGE)
            .copied()
            .collect();
        if page.is_empty() {
            return Reply::with_buttons(esc(&self.t("bot-no-more")), self.topics().buttons);
        }
        let count = t_args(
            self.lang,
            "category-offers",
            &[("count", num(all.len() as f64))],
        );
        let header = format!(
            "<b>{}</b> · {}",
            esc(&category_label(self.lang, id)),
            esc(&self.unisolate(&count))
        );
        let next = offset + page.len();
        let more = (all.len() > next).then(|| Press::Category {
            id: id.to_owned(),
            offset: next,
        });
        self.cards(header, &page, offset, more)
    }

    /// The nearest offers with known coordinates, with their straight-line distance.
    pub(super) fn nearby(&self, lat: f64, lon: f64) -> Reply {
        // The one rule of `present::near`: distances rounded as far as the offer's location allows.
        let origin = present::near::Origin {
            lat,
            lon,
            precision: None,
        };
        let active: Vec<&Offer> = self
            .catalogue
            .offers
            .iter()
            .filter(|o| o.is_active())
            .collect();
        let mut near: Vec<(present::near::Distance, &Offer)> = Vec::new();
        let mut skipped = 0;
        for (offer, distance) in present::near::by_distance(active, origin, |o| o) {
            match distance {
                // A town-wide coordinate still says roughly how far (rounded to a kilometre, and the
                // card says from what), as on the web and in the API.
                Some(d) if f64::from(d.metres) <= NEARBY_RADIUS_KM * 1000.0 => {
                    near.push((d, offer));
                }
                Some(_) => {}
                // Only places count as left out: hotlines and online offers have no place to be near.
                None if offer.address.is_some() => skipped += 1,
                None => {}
            }
        }
        near.truncate(NEARBY_LIMIT);
        let skipped_note = (skipped > 0).then(|| {
            esc(&self.unisolate(&t_args(
                self.lang,
                "bot-nearby-skipped",
                &[("count", num(skipped as f64))],
            )))
        });
        if near.is_empty() {
            let mut html = esc(&self.t("bot-nearby-none"));
            if let Some(note) = skipped_note {
                html.push_str(&format!("\n\n{note}"));
            }
            return Reply::with_buttons(html, self.topics().buttons);
        }
        let mut html = esc(&self.t("bot-nearby"));
        let mut rows = Vec::new();
        for (i, (distance, offer)) in near.iter().enumerate() {
            html.push_str("\n\n");
            html.push_str(&self.card(offer, Some(i + 1), Some(*distance)));
            let label = format!("ℹ️ {}. {}", i + 1, cut(offer.texts(self.lang).name, 40));
            rows.extend(callback(label, Press::Offer(offer.id.clone())).map(|b| vec![b]));
        }
        if let Some(note) = skipped_note {
            html.push_str(&format!("\n\n<i>{note}</i>"));
        }
        Reply::with_buttons(html, rows)
    }
}
