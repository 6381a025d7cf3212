#ifndef CAMPAIGN_CPANGO_SHIM_H
#define CAMPAIGN_CPANGO_SHIM_H

/* Pango with its FreeType font map: no cairo in text layout. (cairo 1.16's scaled-font cache,
   which pangocairo uses, deadlocked with two threads laying out at once.) */
#include <pango/pangoft2.h>
#include <pango/pangofc-fontmap.h>
#include <pango/pangofc-font.h>
#include <fontconfig/fontconfig.h>
#include <hb.h>

/* Cast macros and GObject type checks do not import into Swift; these do them in C. */

static const PangoGlyph campaign_pango_glyph_unknown_flag = PANGO_GLYPH_UNKNOWN_FLAG;
static const PangoGlyph campaign_pango_glyph_empty = PANGO_GLYPH_EMPTY;

/* Fonts are used unhinted: outlines and metrics are the designer's, at any size. */
static void campaign_unhinted_substitute(FcPattern *pattern, gpointer data) {
    (void)data;
    FcPatternDel(pattern, FC_HINTING);
    FcPatternAddBool(pattern, FC_HINTING, FcFalse);
    FcPatternDel(pattern, FC_HINT_STYLE);
    FcPatternAddInteger(pattern, FC_HINT_STYLE, FC_HINT_NONE);
}

/* A FreeType font map over `config`, with unhinted fonts. */
static inline PangoFontMap *campaign_font_map_new(FcConfig *config) {
    PangoFontMap *map = pango_ft2_font_map_new();
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
    pango_ft2_font_map_set_default_substitute(PANGO_FT2_FONT_MAP(map), campaign_unhinted_substitute, NULL, NULL);
    return map;
}

/* The fontconfig pattern of a font (its file and face index), or NULL for non-fontconfig fonts. */
static inline FcPattern *campaign_font_pattern(PangoFont *font) {
    return PANGO_IS_FC_FONT(font) ? pango_fc_font_get_pattern(PANGO_FC_FONT(font)) : NULL;
}

static inline void campaign_object_unref(void *object) { g_object_unref(object); }

#endif
