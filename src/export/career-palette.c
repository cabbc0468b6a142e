/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerExport"

#include "config.h"

#include "career-palette.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* Contrast against the background is given for each color (WCAG ratio).
 * The series colors come in the order blue, orange, green, purple, brown:
 * neighbours differ in hue and in lightness, which keeps the first three
 * apart for the common kinds of color blindness too. */
static const CareerPalette light_palette = {
  .background = RGB (0xfafafa),  /* libadwaita 1.2 window_bg_color */
  .foreground = RGB (0x323232),  /* window_fg_color, rgba(0,0,0,0.8) on the background: 12.3:1 */
  .grid = RGB (0xc0bfbc),        /* Light 4 */
  .muted = RGB (0x5e5c64),       /* Dark 2: 6.3:1 */
  .series = {
    RGB (0x1c71d8),              /* Blue 4, libadwaita's accent_color: 4.6:1 */
    RGB (0xe66100),              /* Orange 4: 3.3:1 */
    RGB (0x26a269),              /* Green 5: 3.1:1 */
    RGB (0x9141ac),              /* Purple 3: 5.7:1 */
    RGB (0x986a44),              /* Brown 3: 4.5:1 */
  },
  .fill_alpha = 0.15,
};

static const CareerPalette dark_palette = {
  .background = RGB (0x242424),  /* libadwaita 1.2 window_bg_color */
  .foreground = RGB (0xffffff),  /* window_fg_color: 15.5:1 */
  .grid = RGB (0x5e5c64),        /* Dark 2 */
  .muted = RGB (0x9a9996),       /* Light 5: 5.5:1 */
  .series = {
    RGB (0x62a0ea),              /* Blue 2: 5.7:1 */
    RGB (0xff7800),              /* Orange 3: 5.9:1 */
    RGB (0x33d17a),              /* Green 3: 7.8:1 */
    RGB (0xc061cb),              /* Purple 2: 4.3:1 */
    RGB (0xb5835a),              /* Brown 2: 4.7:1 */
  },
  .fill_alpha = 0.18,
};

const CareerPalette *
career_palette_light (void)
{
  return &light_palette;
}

const CareerPalette *
career_palette_dark (void)
{
  return &dark_palette;
}

/**
 * career_palette_get:
 * @dark: whether the style is dark (AdwStyleManager:dark)
 */
const CareerPalette *
career_palette_get (gboolean dark)
{
  return dark ? &dark_palette : &light_palette;
}

/**
 * career_palette_get_series_color:
 * @index: any number; the colors repeat after %CAREER_PALETTE_N_SERIES
 */
const CareerColor *
career_palette_get_series_color (const CareerPalette *palette,
                                 guint                index)
{
  g_return_val_if_fail (palette != NULL, NULL);

  return &palette->series[index % CAREER_PALETTE_N_SERIES];
}

/**
 * career_color_set_source:
 * @opacity: multiplies the color's own alpha
 */
void
career_color_set_source (cairo_t           *cr,
                         const CareerColor *color,
                         double             opacity)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (color != NULL);

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * opacity);
}
