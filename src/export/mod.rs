//! The catalogue in other formats, for other programs: pure mappings plus the files they are
//! written to. Nothing here imports axum, askama or teloxide.

pub mod hsds;
