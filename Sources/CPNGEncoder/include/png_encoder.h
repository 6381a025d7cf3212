#ifndef CAMPAIGN_PNG_ENCODER_H
#define CAMPAIGN_PNG_ENCODER_H

#include <stddef.h>

/* A PNG file in memory, grown with realloc; free it with campaign_png_output_free. */
typedef struct {
    unsigned char *bytes;
    size_t size;
    size_t capacity;
} campaign_png_output;

typedef struct {
    /* Resolution for the pHYs chunk in pixels per metre; 0 writes no pHYs. */
    unsigned int pixels_per_metre;
    /* iTXt "Title" in UTF-8 and its BCP 47 language; either may be NULL. */
    const char *title;
    const char *language;
    /* zlib level (0-9) and strategy (0 default, 1 filtered, 2 Huffman only, 3 RLE). */
    int compression_level;
    int compression_strategy;
    /* Row filters, as libpng's PNG_FILTER_* mask. */
    int filters;
} campaign_png_options;

/* Encodes cairo's premultiplied, native-endian ARGB32 pixels: un-premultiplies them, writes
   RGB when every pixel is opaque and RGBA otherwise, with sRGB, gAMA and cHRM, the pHYs and
   iTXt the options give, and no time chunk. libpng's errors longjmp back here and are returned
   as a message: 0 on success, -1 with `error` filled on failure. */
int campaign_png_encode(const unsigned char *pixels, int width, int height, int stride,
                        const campaign_png_options *options, campaign_png_output *output,
                        char *error, size_t error_size);

void campaign_png_output_free(campaign_png_output *output);

#endif
