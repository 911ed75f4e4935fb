#include "aisle_icu.h"
#include <unicode/uversion.h>

int32_t aisle_icu_version_major(void) {
    UVersionInfo v;
    u_getVersion(v);
    return (int32_t)v[0];
}
