/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Drawing a hidden view's text ahead
 *
 * The first frame that shows a glyph at a given size has FreeType load it,
 * run its hinting instructions and render it; cairo then keeps it for the
 * frames after. The first switch to the Courses view at 10 000 items spent
 * about 3 ms of its 13 there (docs/benchmarks.md, fix 52). GTK 4.8 draws
 * text into cairo image surfaces, with the cairo renderer and with the GL
 * renderer's glyph cache alike, so glyphs drawn once into a small image
 * surface with the same fonts are in cairo's cache when the view is shown.
 *
 * Once the window has laid a hidden view out ahead (fix 43), this draws
 * the glyphs of the labels that view would show, each glyph once, all at
 * one spot of a 64 px surface: what is loaded is what a switch would load.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <pango/pangocairo.h>

#include "career-text-ahead.h"

#define SURFACE_SIZE 64

static void
collect_layout (PangoLayout *layout,
                GHashTable  *fonts)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      GHashTable *glyphs;

      if (run == NULL || !PANGO_IS_CAIRO_FONT (run->item->analysis.font))
        continue;

      glyphs = g_hash_table_lookup (fonts, run->item->analysis.font);
      if (glyphs == NULL)
        {
          glyphs = g_hash_table_new (NULL, NULL);
          g_hash_table_insert (fonts, g_object_ref (run->item->analysis.font), glyphs);
        }
      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        {
          PangoGlyph glyph = run->glyphs->glyphs[i].glyph;

          /* Missing glyphs are drawn as boxes, not from the font */
          if (glyph != PANGO_GLYPH_EMPTY && (glyph & PANGO_GLYPH_UNKNOWN_FLAG) == 0)
            g_hash_table_add (glyphs, GUINT_TO_POINTER (glyph));
        }
    }
  while (pango_layout_iter_next_run (iter));

  pango_layout_iter_free (iter);
}

/* The labels of @widget's tree that would be drawn within @area */
static void
collect_widget (GtkWidget             *widget,
                GtkWidget             *root,
                const graphene_rect_t *area,
                GHashTable            *fonts)
{
  graphene_rect_t bounds;
  graphene_rect_t shown;

  if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget) ||
      GTK_IS_NATIVE (widget))
    return;
  if (!gtk_widget_compute_bounds (widget, root, &bounds) ||
      !graphene_rect_intersection (&bounds, area, &shown))
    return;

  if (GTK_IS_LABEL (widget))
    collect_layout (gtk_label_get_layout (GTK_LABEL (widget)), fonts);

  /* A scrolled window clips its content: what is scrolled away is left out */
  if (gtk_widget_get_overflow (widget) != GTK_OVERFLOW_HIDDEN)
    shown = *area;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widget (child, root, &shown, fonts);
}

/**
 * career_text_ahead_draw:
 * @root: a widget that has been laid out, shown or not
 * @area: the part of @root that would be on screen, in its coordinates
 *
 * Draws off screen, once each, the glyphs of the labels of @root that are
 * visible within @area, so that the first frame that shows them finds
 * them in cairo's cache.
 *
 * Returns: how many glyphs were drawn, one for each glyph of each font
 */
guint
career_text_ahead_draw (GtkWidget             *root,
                        const graphene_rect_t *area)
{
  g_autoptr(GHashTable) fonts = g_hash_table_new_full (NULL, NULL, g_object_unref,
                                                      (GDestroyNotify) g_hash_table_unref);
  int scale = gtk_widget_get_scale_factor (root);
  cairo_surface_t *surface;
  cairo_t *cr;
  GHashTableIter iter;
  gpointer font;
  gpointer glyphs;
  guint n = 0;

  g_return_val_if_fail (GTK_IS_WIDGET (root), 0);

  collect_widget (root, root, area, fonts);
  if (g_hash_table_size (fonts) == 0)
    return 0;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, SURFACE_SIZE * scale,
                                        SURFACE_SIZE * scale);
  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);

  g_hash_table_iter_init (&iter, fonts);
  while (g_hash_table_iter_next (&iter, &font, &glyphs))
    {
      guint n_glyphs = g_hash_table_size (glyphs);
      g_autofree cairo_glyph_t *run = g_new (cairo_glyph_t, n_glyphs);
      GHashTableIter glyph_iter;
      gpointer glyph;
      guint i = 0;

      g_hash_table_iter_init (&glyph_iter, glyphs);
      while (g_hash_table_iter_next (&glyph_iter, &glyph, NULL))
        run[i++] = (cairo_glyph_t) { .index = GPOINTER_TO_UINT (glyph),
                                     .x = SURFACE_SIZE / 4, .y = SURFACE_SIZE / 2 };

      /* The font's own scaled font, as a text node draws it */
      cairo_set_scaled_font (cr, pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (font)));
      cairo_show_glyphs (cr, run, (int) n_glyphs);
      n += n_glyphs;
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n;
}
