//! Buttons: what a press means, carried in its callback data (nothing is kept on the server).

use super::*;

/// A button's meaning, encoded into its callback data.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Press {
    /// `t`: the booklet's groups.
    Topics,
    /// `L`: the language list.
    Languages,
    /// `g:<group>`: the categories of a group.
    Group(String),
    /// `c:<category>:<offset>`: a page of a category's offers.
    Category { id: String, offset: usize },
    /// `o:<offer>`: an offer's details.
    Offer(String),
    /// `m:<offset>:<query>`: more results of a search.
    More { offset: usize, query: String },
    /// `l:<code>`: choose a language.
    Lang(Lang),
    /// `e`: "I need help now": the crisis lines.
    HelpNow,
    /// `f:<filter>:<query>`: a search's results with one filter (`n` open now, `f` free).
    Filtered { filter: QuickFilter, query: String },
    /// `r:<offer>`: how to report a wrong or outdated fact of an offer.
    Report(String),
}

/// The filters the bot offers as buttons under a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum QuickFilter {
    OpenNow,
    Free,
    /// Not a button: what "offen heute" in a message asks for.
    OpenToday,
}

impl QuickFilter {
    pub(super) const ALL: [QuickFilter; 2] = [QuickFilter::OpenNow, QuickFilter::Free];

    fn code(self) -> &'static str {
        match self {
            QuickFilter::OpenNow => "n",
            QuickFilter::Free => "f",
            QuickFilter::OpenToday => "t",
        }
    }

    fn from_code(code: &str) -> Option<QuickFilter> {
        [
            QuickFilter::OpenNow,
            QuickFilter::Free,
            QuickFilter::OpenToday,
        ]
        .into_iter()
        .find(|f| f.code() == code)
    }

    /// The same filter as the web's and the API's.
    pub(super) fn filters(self) -> present::filter::Filters {
        match self {
            QuickFilter::OpenNow => present::filter::Filters {
                open: Some(present::filter::Open::Now),
                ..Default::default()
            },
            QuickFilter::Free => present::filter::Filters {
                free: true,
                ..Default::default()
            },
            QuickFilter::OpenToday => present::filter::Filters {
                open: Some(present::filter::Open::Today),
                ..Default::default()
            },
        }
    }

    /// The UI string of its button.
    pub(super) fn label_key(self) -> &'static str {
        match self {
            QuickFilter::OpenNow => "filter-open-now",
            QuickFilter::Free => "filter-free",
            QuickFilter::OpenToday => "filter-open-today",
        }
    }
}

impl Press {
    /// The callback data; `None` if it would not fit (ids are short, so only a bug gets here).
    pub(super) fn encode(&self) -> Option<String> {
        let data = match self {
            Press::Topics => "t".to_owned(),
            Press::Languages => "L".to_owned(),
            Press::Group(id) => format!("g:{id}"),
            Press::Category { id, offset } => format!("c:{id}:{offset}"),
            Press::Offer(id) => format!("o:{id}"),
            Press::Report(id) => format!("r:{id}"),
            Press::Lang(lang) => format!("l:{}", lang.code()),
            Press::HelpNow => "e".to_owned(),
            Press::Filtered { filter, query } => {
                let head = format!("f:{}:", filter.code());
                return Some(
                    head.clone() + cut_bytes(query.trim(), CALLBACK_MAX_BYTES - head.len()),
                );
            }
            Press::More { offset, query } => {
                let head = format!("m:{offset}:");
                // The query is cut to fit, on a character boundary: "more" then searches for a
                // slightly shorter text, which is better than no button.
                return Some(
                    head.clone() + cut_bytes(query.trim(), CALLBACK_MAX_BYTES - head.len()),
                );
            }
        };
        (data.len() <= CALLBACK_MAX_BYTES).then_some(data)
    }

    /// Reads callback data; anything malformed is `None` (data comes from the client: never trust it).
    pub(super) fn decode(data: &str) -> Option<Press> {
        if data.len() > CALLBACK_MAX_BYTES {
            return None;
        }
        match data.split_once(':') {
            None if data == "t" => Some(Press::Topics),
            None if data == "L" => Some(Press::Languages),
            None if data == "e" => Some(Press::HelpNow),
            None => None,
            Some(("g", id)) => Some(Press::Group(id.to_owned())),
            Some(("o", id)) => Some(Press::Offer(id.to_owned())),
            Some(("r", id)) => Some(Press::Report(id.to_owned())),
            Some(("l", code)) => code.parse().ok().map(Press::Lang),
            Some(("c", rest)) => {
                let (id, offset) = rest.rsplit_once(':')?;
                Some(Press::Category {
                    id: id.to_owned(),
                    offset: offset.parse().ok()?,
                })
            }
            Some(("f", rest)) => {
                let (code, query) = rest.split_once(':')?;
                Some(Press::Filtered {
                    filter: QuickFilter::from_code(code)?,
                    query: query.to_owned(),
                })
            }
            Some(("m", rest)) => {
                let (offset, query) = rest.split_once(':')?;
                let offset: usize = offset.parse().ok()?;
                (offset < MAX_LIMIT).then(|| Press::More {
                    offset,
                    query: query.to_owned(),
                })
            }
            Some(_) => None,
        }
    }
}

pub(super) fn callback(label: String, press: Press) -> Option<Button> {
    press.encode().map(|data| Button {
        label,
        action: Action::Callback(data),
    })
}
