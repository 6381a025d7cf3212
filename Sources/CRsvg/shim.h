#ifndef CAMPAIGN_CRSVG_SHIM_H
#define CAMPAIGN_CRSVG_SHIM_H
#include <librsvg/rsvg.h>
#include <cairo.h>
#include <cairo-pdf.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <cairo-ft.h>
#include <stdlib.h>
#include <string.h>

static inline void campaign_rsvg_unref(void *object) { g_object_unref(object); }

/* The FreeType library the print PDFs' fonts are opened with, for the whole process. Its faces
   are opened and closed only inside cairo's text and finishing calls, which run one at a time. */
static inline FT_Library campaign_ft_library_new(void) {
    FT_Library library = NULL;
    return FT_Init_FreeType(&library) == 0 ? library : NULL;
}

/* A font file in memory, as FreeType reads it, kept with the cairo face made of it. */
typedef struct {
    FT_Face face;
    void *bytes;
} campaign_memory_font;

static void campaign_memory_font_release(void *data) {
    campaign_memory_font *font = data;
    FT_Done_Face(font->face);
    free(font->bytes);
    free(font);
}

/* A cairo font face of the font file `bytes` (copied), unhinted: on cairo's PDF surface it
   becomes an embedded subset of that font (TrueType or CFF), one per face whatever the sizes.
   FreeType's face lives as long as cairo keeps the font face. NULL when FreeType cannot read
   the bytes. */
static inline cairo_font_face_t *campaign_font_face_from_memory(FT_Library library, const void *bytes, size_t length) {
    static const cairo_user_data_key_t key;
    campaign_memory_font *font = calloc(1, sizeof *font);
    if (!font) return NULL;
    font->bytes = malloc(length ? length : 1);
    if (!font->bytes) {
        free(font);
        return NULL;
    }
    memcpy(font->bytes, bytes, length);
    if (FT_New_Memory_Face(library, font->bytes, (FT_Long)length, 0, &font->face) != 0) {
        free(font->bytes);
        free(font);
        return NULL;
    }
    cairo_font_face_t *face = cairo_ft_font_face_create_for_ft_face(font->face, FT_LOAD_NO_HINTING);
    if (cairo_font_face_status(face) != CAIRO_STATUS_SUCCESS
        || cairo_font_face_set_user_data(face, &key, font, campaign_memory_font_release) != CAIRO_STATUS_SUCCESS) {
        cairo_font_face_destroy(face);
        campaign_memory_font_release(font);
        return NULL;
    }
    return face;
}
#endif
