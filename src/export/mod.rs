//! Content leaving Lotse in other shapes: the editors' spreadsheet ([`sheet`]).
//!
//! Nothing here serves pages or talks to Telegram: these are files for people and other programs.

pub mod sheet;
