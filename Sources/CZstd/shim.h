// zstd (Debian libzstd-dev). The static-linking-only parts are needed for magicless frames
// (ZSTD_c_format / ZSTD_d_format), which save 4 bytes per stored block, and for the fastCover
// dictionary trainer.
#define ZSTD_STATIC_LINKING_ONLY
#define ZDICT_STATIC_LINKING_ONLY
#include <zstd.h>
#include <zdict.h>
