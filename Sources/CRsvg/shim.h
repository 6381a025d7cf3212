#ifndef CAMPAIGN_CRSVG_SHIM_H
#define CAMPAIGN_CRSVG_SHIM_H
#include <librsvg/rsvg.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <gdk-pixbuf/gdk-pixbuf.h>

static inline void campaign_rsvg_unref(void *object) { g_object_unref(object); }
#endif
