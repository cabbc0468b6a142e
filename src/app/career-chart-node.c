/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include "career-chart-node.h"

/* GTK throws a widget's drawing away when the widget is hidden, so every
 * switch back to a view drew its charts again: laying out their labels with
 * Pango and building their paths was a fifth of the CPU of a switch to the
 * Compare view. The node keeps the drawing, which depends only on the data,
 * the size and the style. */
void
career_chart_node_snapshot (CareerChartNode     *self,
                            GtkSnapshot         *snapshot,
                            int                  width,
                            int                  height,
                            gboolean             dark,
                            CareerChartDrawFunc  draw,
                            gpointer             user_data)
{
  if (self->node != NULL &&
      (self->width != width || self->height != height || self->dark != dark))
    career_chart_node_clear (self);

  if (self->node == NULL)
    {
      GtkSnapshot *drawing = gtk_snapshot_new ();
      cairo_t *cr = gtk_snapshot_append_cairo (drawing,
                                               &GRAPHENE_RECT_INIT (0, 0, width, height));

      draw (cr, width, height, dark, user_data);
      cairo_destroy (cr);
      self->node = gtk_snapshot_free_to_node (drawing);
      self->width = width;
      self->height = height;
      self->dark = dark;
    }

  if (self->node != NULL)
    gtk_snapshot_append_node (snapshot, self->node);
}

void
career_chart_node_clear (CareerChartNode *self)
{
  g_clear_pointer (&self->node, gsk_render_node_unref);
}
