// A plain C interface to the system ICU (Debian libicu 72) for TextAnalysis.
//
// Why a C target and not a module map over <unicode/*.h>: Foundation on Linux ships its own,
// newer ICU as the Clang module `_FoundationICU`. Importing the system headers into any Swift
// module that also sees Foundation fails ("'UErrorCode' has different definitions in different
// modules"), and ICU's versioned symbol names (ubrk_open_72) are macros Swift cannot import.
// This header therefore uses only <stdint.h> types; only aisle_icu.c includes ICU.
#ifndef AISLE_ICU_H
#define AISLE_ICU_H

#include <stdint.h>

/// The major version of the ICU library this target was linked against (72 on Debian 12).
int32_t aisle_icu_version_major(void);

#endif
