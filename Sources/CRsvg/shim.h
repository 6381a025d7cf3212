#ifndef CAMPAIGN_CRSVG_SHIM_H
#define CAMPAIGN_CRSVG_SHIM_H
#include <librsvg/rsvg.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <cairo-ft.h>
#include <fontconfig/fontconfig.h>
#include <gdk-pixbuf/gdk-pixbuf.h>

/* A cairo font face for the face at `index` in the font file at `path`, or NULL. */
static inline cairo_font_face_t *campaign_font_face_for_file(const char *path, int index) {
    FcPattern *pattern = FcPatternCreate();
    if (!pattern) return NULL;
    FcPatternAddString(pattern, FC_FILE, (const FcChar8 *)path);
    FcPatternAddInteger(pattern, FC_INDEX, index);
    cairo_font_face_t *face = cairo_ft_font_face_create_for_pattern(pattern);
    FcPatternDestroy(pattern);
    return face;
}

static inline void campaign_rsvg_unref(void *object) { g_object_unref(object); }
#endif
