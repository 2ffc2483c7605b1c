//! Content leaving Lotse in other shapes, for people and other programs: the editors' spreadsheet
//! ([`sheet`]) and Open Referral HSDS 3.0 ([`hsds`]). Pure mappings plus the files they are written to;
//! nothing here imports axum, askama or teloxide.

pub mod hsds;
pub mod sheet;
