#ifndef CAMPAIGN_CLIBPNG_SHIM_H
#define CAMPAIGN_CLIBPNG_SHIM_H
#include <png.h>
#endif
