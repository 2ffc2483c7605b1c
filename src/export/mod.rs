//! Content leaving Lotse in other shapes, for people and other programs: the editors' spreadsheet
//! ([`sheet`]), Open Referral HSDS 3.0 ([`hsds`]), and one offer as a contact card ([`vcard`]) or a
//! calendar of its regular hours ([`ical`]). Pure mappings plus the files they are written to;
//! nothing here imports axum, askama or teloxide.

pub mod hsds;
pub mod ical;
pub mod sheet;
pub mod vcard;
