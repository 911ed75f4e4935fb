#include "aisle_icu.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/uversion.h>

int32_t aisle_icu_version_major(void) {
    UVersionInfo v;
    u_getVersion(v);
    return (int32_t)v[0];
}

struct aisle_icu_word_breaker {
    UBreakIterator *iterator;
    UText text;
    int32_t position;
};

aisle_icu_word_breaker *aisle_icu_word_breaker_open(void) {
    aisle_icu_word_breaker *breaker = calloc(1, sizeof *breaker);
    if (breaker == NULL) return NULL;
    UErrorCode status = U_ZERO_ERROR;
    breaker->iterator = ubrk_open(UBRK_WORD, "", NULL, 0, &status);
    if (U_FAILURE(status)) {
        free(breaker);
        return NULL;
    }
    UText initial = UTEXT_INITIALIZER;
    breaker->text = initial;
    return breaker;
}

void aisle_icu_word_breaker_close(aisle_icu_word_breaker *breaker) {
    if (breaker == NULL) return;
    ubrk_close(breaker->iterator);
    utext_close(&breaker->text);
    free(breaker);
}

int32_t aisle_icu_word_breaker_set_text(aisle_icu_word_breaker *breaker, const uint8_t *utf8, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    // Reuses the UText struct: utext_openUTF8 on an already opened UText re-targets it.
    utext_openUTF8(&breaker->text, (const char *)utf8, length, &status);
    if (U_FAILURE(status)) return -1;
    ubrk_setUText(breaker->iterator, &breaker->text, &status);
    if (U_FAILURE(status)) return -1;
    breaker->position = ubrk_first(breaker->iterator);
    return 0;
}

int32_t aisle_icu_word_breaker_next(aisle_icu_word_breaker *breaker, int32_t *start, int32_t *end, int32_t *kind) {
    int32_t next = ubrk_next(breaker->iterator);
    if (next == UBRK_DONE) return 0;
    int32_t status = ubrk_getRuleStatus(breaker->iterator);
    *start = breaker->position;
    *end = next;
    breaker->position = next;
    if (status >= UBRK_WORD_IDEO && status < UBRK_WORD_IDEO_LIMIT) *kind = AISLE_ICU_SEGMENT_IDEOGRAPHIC;
    else if (status >= UBRK_WORD_KANA && status < UBRK_WORD_KANA_LIMIT) *kind = AISLE_ICU_SEGMENT_KANA;
    else if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_LETTER_LIMIT) *kind = AISLE_ICU_SEGMENT_LETTER;
    else if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) *kind = AISLE_ICU_SEGMENT_NUMBER;
    else *kind = AISLE_ICU_SEGMENT_NONE;
    return 1;
}

// UTF-16 working buffers: on the stack for word-sized input, on the heap beyond that.
enum { STACK_UNITS = 256 };

typedef struct {
    UChar *units;
    int32_t capacity;
    UChar stack[STACK_UNITS];
} units_buffer;

static void buffer_init(units_buffer *b) {
    b->units = b->stack;
    b->capacity = STACK_UNITS;
}

static int buffer_reserve(units_buffer *b, int32_t capacity) {
    if (capacity <= b->capacity) return 1;
    UChar *units = malloc((size_t)capacity * sizeof(UChar));
    if (units == NULL) return 0;
    if (b->units != b->stack) free(b->units);
    b->units = units;
    b->capacity = capacity;
    return 1;
}

static void buffer_free(units_buffer *b) {
    if (b->units != b->stack) free(b->units);
}

// Normalizes `in` into `out` (growing it as needed); returns the length or -1.
static int32_t normalize_into(const UNormalizer2 *normalizer, const UChar *in, int32_t length, units_buffer *out) {
    for (;;) {
        UErrorCode status = U_ZERO_ERROR;
        int32_t needed = unorm2_normalize(normalizer, in, length, out->units, out->capacity, &status);
        if (status == U_BUFFER_OVERFLOW_ERROR) {
            if (!buffer_reserve(out, needed + 1)) return -1;
            continue;
        }
        return U_FAILURE(status) ? -1 : needed;
    }
}

int32_t aisle_icu_fold(const uint8_t *utf8, int32_t length, int32_t fold_diacritics, uint8_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *casefold = unorm2_getNFKCCasefoldInstance(&status);
    const UNormalizer2 *nfd = unorm2_getNFDInstance(&status);
    const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
    if (U_FAILURE(status)) return -1;

    units_buffer source, folded, decomposed;
    buffer_init(&source);
    buffer_init(&folded);
    buffer_init(&decomposed);
    int32_t result = -1;

    // UTF-8 never needs more UTF-16 units than it has bytes.
    if (!buffer_reserve(&source, length + 1)) goto done;
    int32_t units = 0;
    u_strFromUTF8WithSub(source.units, source.capacity, &units, (const char *)utf8, length, 0xFFFD, NULL, &status);
    if (U_FAILURE(status)) goto done;

    int32_t count = normalize_into(casefold, source.units, units, &folded);
    if (count < 0) goto done;
    const UChar *final_units = folded.units;

    if (fold_diacritics) {
        int32_t decomposed_count = normalize_into(nfd, folded.units, count, &decomposed);
        if (decomposed_count < 0) goto done;
        // Drop nonspacing marks in place (the kept units never move forward).
        int32_t kept = 0;
        for (int32_t i = 0; i < decomposed_count;) {
            UChar32 c;
            int32_t begin = i;
            U16_NEXT(decomposed.units, i, decomposed_count, c);
            if (u_charType(c) == U_NON_SPACING_MARK) continue;
            for (int32_t k = begin; k < i; k++) decomposed.units[kept++] = decomposed.units[k];
        }
        count = normalize_into(nfc, decomposed.units, kept, &folded);
        if (count < 0) goto done;
        final_units = folded.units;
    }

    status = U_ZERO_ERROR;
    int32_t bytes = 0;
    u_strToUTF8WithSub((char *)out, capacity, &bytes, final_units, count, 0xFFFD, NULL, &status);
    if (status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING || U_SUCCESS(status)) {
        result = bytes;
    }
done:
    buffer_free(&source);
    buffer_free(&folded);
    buffer_free(&decomposed);
    return result;
}
