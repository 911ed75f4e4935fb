// zstd (Debian libzstd-dev). The static-linking-only part is needed for magicless frames
// (ZSTD_c_format / ZSTD_d_format), which save 4 bytes per stored document.
#define ZSTD_STATIC_LINKING_ONLY
#include <zstd.h>
#include <zdict.h>
