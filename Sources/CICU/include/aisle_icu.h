// A plain C interface to the system ICU (Debian libicu 72) for TextAnalysis.
//
// Why a C target and not a module map over <unicode/*.h>: Foundation on Linux ships its own,
// newer ICU as the Clang module `_FoundationICU`. Importing the system headers into any Swift
// module that also sees Foundation fails ("'UErrorCode' has different definitions in different
// modules"), and ICU's versioned symbol names (ubrk_open_72) are macros Swift cannot import.
// This header therefore uses only <stdint.h> types; only aisle_icu.c includes ICU.
//
// All text crosses this interface as UTF-8 bytes, and every offset is a UTF-8 byte offset.
#ifndef AISLE_ICU_H
#define AISLE_ICU_H

#include <stdint.h>

/// The major version of the ICU library this target was linked against (72 on Debian 12).
int32_t aisle_icu_version_major(void);

/// What a segment found by the word breaker holds (ICU's UWordBreak rule status ranges).
enum {
    AISLE_ICU_SEGMENT_NONE = 0,         ///< spaces, punctuation, symbols
    AISLE_ICU_SEGMENT_NUMBER = 1,       ///< a number
    AISLE_ICU_SEGMENT_LETTER = 2,       ///< letters (alphabetic scripts, and Hangul)
    AISLE_ICU_SEGMENT_KANA = 3,         ///< Hiragana or Katakana
    AISLE_ICU_SEGMENT_IDEOGRAPHIC = 4,  ///< Han ideographs
};

/// An ICU word break iterator (root locale) with its UText. Not thread-safe: one thread at a time.
typedef struct aisle_icu_word_breaker aisle_icu_word_breaker;

/// Opens a word breaker; NULL if ICU fails (for example when its data is missing).
aisle_icu_word_breaker *aisle_icu_word_breaker_open(void);

/// Closes a breaker from `aisle_icu_word_breaker_open`; NULL is ignored.
void aisle_icu_word_breaker_close(aisle_icu_word_breaker *breaker);

/// Points the breaker at `length` bytes of UTF-8 (read in place through a UText; nothing is
/// copied). The bytes must stay valid and unchanged until the next call of this function or
/// `aisle_icu_word_breaker_close`. Returns 0, or -1 if ICU reports an error.
int32_t aisle_icu_word_breaker_set_text(aisle_icu_word_breaker *breaker, const uint8_t *utf8, int32_t length);

/// Advances to the next segment of the text. On success writes its byte range [start, end)
/// and one of the AISLE_ICU_SEGMENT_ values to `kind` and returns 1; returns 0 at the end.
int32_t aisle_icu_word_breaker_next(aisle_icu_word_breaker *breaker, int32_t *start, int32_t *end, int32_t *kind);

/// Folds UTF-8 text for matching: NFKC_Casefold, then, if `fold_diacritics` is non-zero, NFD,
/// removal of every nonspacing mark (general category Mn) and NFC recomposition.
/// Writes the UTF-8 result to `out` (not terminated) when it fits in `capacity` bytes and
/// returns its length in bytes; when the result does not fit, returns that length without a
/// complete result, so the caller retries with a larger buffer. Returns -1 on an ICU error
/// (for example malformed UTF-8 input).
int32_t aisle_icu_fold(const uint8_t *utf8, int32_t length, int32_t fold_diacritics, uint8_t *out, int32_t capacity);

#endif
