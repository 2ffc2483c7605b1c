//! What a search request asks the engine, once its filters, its town and a place typed as the query
//! are known: the one plan the results page and the JSON API both search by.

use crate::content::Catalogue;
use crate::present::filter::{Filters, open_words, place_query};
use crate::search::{MAX_LIMIT, SearchRequest};

/// A search to run.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The filters, with the place a query named if it named only one.
    pub filters: Filters,
    /// The words searched for, in the reader's town (empty when the query was only a place).
    pub request: SearchRequest,
    /// What the engine is asked: with filters, every result it ranks, so that the filters can choose
    /// the page's share from all of them.
    pub engine_request: SearchRequest,
}

impl Plan {
    /// Plans `req` (already validated) with `filters` and the reader's `town`.
    pub fn new(
        req: SearchRequest,
        mut filters: Filters,
        catalogue: &Catalogue,
        town: Option<&str>,
    ) -> Plan {
        // A query that is only a place's name or postcode asks what is there.
        let req = match place_query(catalogue, req.text()) {
            Some(place) if filters.place.is_none() => {
                filters.set_place(catalogue, place);
                SearchRequest::truncating("", req.lang(), req.limit())
            }
            _ => req,
        };
        // "Tafel offen heute": the hours asked for in words are the `open` filter (shown ticked, so
        // the reader sees it and can drop it), and the rest is what is searched.
        let req = match open_words(catalogue, req.text()) {
            Some((open, rest)) if filters.open.is_none() && !filters.open_chosen => {
                filters.open = Some(open);
                SearchRequest::truncating(&rest, req.lang(), req.limit())
            }
            _ => req,
        };
        let request = req.in_town(town);
        let engine_request = if filters.is_empty() {
            request.clone()
        } else {
            SearchRequest::truncating(request.text(), request.lang(), MAX_LIMIT).in_town(town)
        };
        Plan {
            filters,
            request,
            engine_request,
        }
    }
}
