/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*CareerChartDrawFunc) (cairo_t  *cr,
                                     int       width,
                                     int       height,
                                     gboolean  dark,
                                     gpointer  user_data);

/* A chart drawn once for its size and style, and drawn again only when its
 * data, size or style change (docs/benchmarks.md, fix 39) */
typedef struct
{
  GskRenderNode *node;
  int            width;
  int            height;
  gboolean       dark;
} CareerChartNode;

void career_chart_node_snapshot (CareerChartNode     *self,
                                 GtkSnapshot         *snapshot,
                                 int                  width,
                                 int                  height,
                                 gboolean             dark,
                                 CareerChartDrawFunc  draw,
                                 gpointer             user_data);
void career_chart_node_clear    (CareerChartNode     *self);

G_END_DECLS
