#ifndef CAMPAIGN_CFONTSUBSET_SHIM_H
#define CAMPAIGN_CFONTSUBSET_SHIM_H

/* HarfBuzz's subsetter, for the fonts a print PDF embeds. */
#include <hb.h>
#include <hb-subset.h>
#include <stddef.h>

/* The glyphs `glyphs` of the face at `index` in the font file at `path`, at their own indices
   (the others left empty), without hinting and without the layout tables: what a PDF's text
   needs is outlines and metrics, and a hinted font would be grid-fitted by a RIP or viewer
   that hints, drawing its stems differently from the outlines the SVG and the PNG have. The
   caller destroys the blob. NULL when the file cannot be read or HarfBuzz cannot subset it. */
static inline hb_blob_t *campaign_unhinted_subset(const char *path, unsigned index, const hb_codepoint_t *glyphs, unsigned count) {
    hb_blob_t *file = hb_blob_create_from_file_or_fail(path);
    if (!file) return NULL;
    hb_face_t *face = hb_face_create(file, index);
    hb_blob_destroy(file);
    hb_subset_input_t *input = hb_subset_input_create_or_fail();
    if (!input) {
        hb_face_destroy(face);
        return NULL;
    }
    hb_set_t *kept = hb_subset_input_glyph_set(input);
    for (unsigned i = 0; i < count; i++) hb_set_add(kept, glyphs[i]);
    hb_set_t *dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
    const hb_tag_t layout[] = {
        HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'), HB_TAG('B', 'A', 'S', 'E'),
        HB_TAG('J', 'S', 'T', 'F'), HB_TAG('M', 'A', 'T', 'H'), HB_TAG('k', 'e', 'r', 'n'), HB_TAG('m', 'o', 'r', 'x'),
    };
    for (unsigned i = 0; i < sizeof layout / sizeof layout[0]; i++) hb_set_add(dropped, layout[i]);
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_RETAIN_GIDS | HB_SUBSET_FLAGS_NOTDEF_OUTLINE);
    hb_face_t *subset = hb_subset_or_fail(face, input);
    hb_subset_input_destroy(input);
    hb_face_destroy(face);
    if (!subset) return NULL;
    hb_blob_t *bytes = hb_face_reference_blob(subset);
    hb_face_destroy(subset);
    return bytes;
}
#endif
