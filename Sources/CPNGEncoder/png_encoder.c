#include "png_encoder.h"

#include <png.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    campaign_png_output *output;
    char *error;
    size_t error_size;
} encoder_state;

static void write_bytes(png_structp png, png_bytep data, png_size_t length) {
    encoder_state *state = png_get_io_ptr(png);
    campaign_png_output *output = state->output;
    if (output->size + length > output->capacity) {
        size_t capacity = output->capacity ? output->capacity : 1 << 16;
        while (capacity < output->size + length) capacity *= 2;
        unsigned char *bytes = realloc(output->bytes, capacity);
        if (!bytes) png_error(png, "out of memory");
        output->bytes = bytes;
        output->capacity = capacity;
    }
    memcpy(output->bytes + output->size, data, length);
    output->size += length;
}

static void flush_nothing(png_structp png) { (void)png; }

static void record_error(png_structp png, png_const_charp message) {
    encoder_state *state = png_get_error_ptr(png);
    snprintf(state->error, state->error_size, "libpng: %s", message);
    png_longjmp(png, 1);
}

static void ignore_warning(png_structp png, png_const_charp message) { (void)png; (void)message; }

static int is_opaque(const unsigned char *pixels, int width, int height, int stride) {
    for (int y = 0; y < height; y++) {
        const uint32_t *row = (const uint32_t *)(pixels + (size_t)y * stride);
        for (int x = 0; x < width; x++) {
            if ((row[x] >> 24) != 0xFF) return 0;
        }
    }
    return 1;
}

/* One row of cairo ARGB32 (premultiplied, native endian) as RGB or straight RGBA bytes. */
static void convert_row(const uint32_t *source, unsigned char *target, int width, int alpha) {
    for (int x = 0; x < width; x++) {
        uint32_t pixel = source[x];
        unsigned int a = pixel >> 24, r = (pixel >> 16) & 0xFF, g = (pixel >> 8) & 0xFF, b = pixel & 0xFF;
        if (alpha) {
            if (a != 0 && a != 0xFF) {
                r = (r * 255 + a / 2) / a;
                g = (g * 255 + a / 2) / a;
                b = (b * 255 + a / 2) / a;
            }
            target[0] = r; target[1] = g; target[2] = b; target[3] = a;
            target += 4;
        } else {
            target[0] = r; target[1] = g; target[2] = b;
            target += 3;
        }
    }
}

int campaign_png_encode(const unsigned char *pixels, int width, int height, int stride,
                        const campaign_png_options *options, campaign_png_output *output,
                        char *error, size_t error_size) {
    memset(output, 0, sizeof *output);
    if (width <= 0 || height <= 0) {
        snprintf(error, error_size, "the image has no pixels (%d x %d)", width, height);
        return -1;
    }
    encoder_state state = { output, error, error_size };
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &state, record_error, ignore_warning);
    if (!png) {
        snprintf(error, error_size, "libpng could not start");
        return -1;
    }
    png_infop info = png_create_info_struct(png);
    const int alpha = !is_opaque(pixels, width, height, stride);
    unsigned char *volatile row = malloc((size_t)width * (alpha ? 4 : 3));
    if (!info || !row || setjmp(png_jmpbuf(png))) {
        if (!row) snprintf(error, error_size, "out of memory");
        png_destroy_write_struct(&png, &info);
        free(row);
        campaign_png_output_free(output);
        return -1;
    }
    png_set_write_fn(png, &state, write_bytes, flush_nothing);
    png_set_compression_level(png, options->compression_level);
    png_set_compression_strategy(png, options->compression_strategy);
    png_set_compression_buffer_size(png, 1 << 17);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, options->filters);
    png_set_IHDR(png, info, width, height, 8, alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    png_set_sRGB_gAMA_and_cHRM(png, info, PNG_sRGB_INTENT_PERCEPTUAL);
    if (options->pixels_per_metre > 0) {
        png_set_pHYs(png, info, options->pixels_per_metre, options->pixels_per_metre, PNG_RESOLUTION_METER);
    }
    png_text text;
    memset(&text, 0, sizeof text);
    if (options->title) {
        text.compression = PNG_ITXT_COMPRESSION_NONE;
        text.key = "Title";
        text.text = (char *)options->title;
        text.itxt_length = strlen(options->title);
        text.lang = (char *)(options->language ? options->language : "");
        text.lang_key = "";
        png_set_text(png, info, &text, 1);
    }
    png_write_info(png, info);
    for (int y = 0; y < height; y++) {
        convert_row((const uint32_t *)(pixels + (size_t)y * stride), row, width, alpha);
        png_write_row(png, row);
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    free(row);
    return 0;
}

void campaign_png_output_free(campaign_png_output *output) {
    free(output->bytes);
    memset(output, 0, sizeof *output);
}
