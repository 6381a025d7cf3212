#ifndef CAMPAIGN_CPANGO_SHIM_H
#define CAMPAIGN_CPANGO_SHIM_H

#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <pango/pangofc-font.h>
#include <fontconfig/fontconfig.h>
#include <hb.h>

/* Cast macros and GObject type checks do not import into Swift; these do them in C. */

static const PangoGlyph campaign_pango_glyph_unknown_flag = PANGO_GLYPH_UNKNOWN_FLAG;
static const PangoGlyph campaign_pango_glyph_empty = PANGO_GLYPH_EMPTY;

static inline void campaign_font_map_set_config(PangoFontMap *map, FcConfig *config) {
    pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
}

/* The fontconfig pattern of a font (its file and face index), or NULL for non-fontconfig fonts. */
static inline FcPattern *campaign_font_pattern(PangoFont *font) {
    return PANGO_IS_FC_FONT(font) ? pango_fc_font_get_pattern(PANGO_FC_FONT(font)) : NULL;
}

/* Resolution-independent layout: no hinting of outlines or metrics, no rounded positions. */
static inline void campaign_context_set_unhinted(PangoContext *context) {
    cairo_font_options_t *options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(context, options);
    cairo_font_options_destroy(options);
    pango_context_set_round_glyph_positions(context, FALSE);
}

static inline void campaign_object_unref(void *object) { g_object_unref(object); }

#endif
