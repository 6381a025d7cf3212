#ifndef CAMPAIGN_CDEFLATE_SHIM_H
#define CAMPAIGN_CDEFLATE_SHIM_H
#include <zlib.h>

/* deflateInit is a macro, which Swift does not import. */
static inline int campaign_deflate_init(z_streamp stream, int level) { return deflateInit(stream, level); }
#endif
