#ifndef CAMPAIGN_CDEFLATE_SHIM_H
#define CAMPAIGN_CDEFLATE_SHIM_H
#include <zlib.h>
#endif
