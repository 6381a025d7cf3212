#ifndef CAMPAIGN_CQPDF_SHIM_H
#define CAMPAIGN_CQPDF_SHIM_H
#include <stdlib.h>
#include <qpdf/qpdf-c.h>

static inline void campaign_qpdf_free(void *pointer) { free(pointer); }
#endif
