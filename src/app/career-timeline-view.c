/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "career-chart-node.h"
#include "career-palette.h"
#include "career-skill.h"
#include "career-timeline-chart.h"
#include "career-timeline-view.h"

struct _CareerTimelineView
{
  GtkWidget             parent_instance;

  CareerProgressSeries *series;
  char                 *name;
  gboolean              levels;
  char                 *summary;
  CareerChartNode       drawing;
};

G_DEFINE_FINAL_TYPE (CareerTimelineView, career_timeline_view, GTK_TYPE_WIDGET)

static const char *level_labels[CAREER_SKILL_LEVEL_MAX + 2];

static void
fill_data (CareerTimelineView   *self,
           CareerTimelineData   *data,
           CareerTimelineSeries *series)
{
  *series = (CareerTimelineSeries) {
    self->name, self->series->n_points, self->series->times, self->series->values, 0, FALSE,
  };

  if (self->levels)
    *data = (CareerTimelineData) {
      1, series, 0, CAREER_SKILL_LEVEL_MAX, NULL, TRUE, level_labels,
    };
  else
    /* Translators: a percentage on the chart's value axis */
    *data = (CareerTimelineData) { 1, series, 0, 100, _("%s\xc2\xa0%%"), FALSE, NULL };
}

static void
draw_chart (cairo_t  *cr,
            int       width,
            int       height,
            gboolean  dark,
            gpointer  user_data)
{
  CareerTimelineView *self = user_data;
  CareerTimelineSeries series;
  CareerTimelineData data;

  fill_data (self, &data, &series);
  career_timeline_chart_draw (cr, &data, career_palette_get (dark), width, height);
}

static void
career_timeline_view_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  CareerTimelineView *self = CAREER_TIMELINE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (self->series == NULL || self->series->n_points == 0 || width <= 0 || height <= 0)
    return;

  career_chart_node_snapshot (&self->drawing, snapshot, width, height,
                              adw_style_manager_get_dark (adw_style_manager_get_default ()),
                              draw_chart, self);
}

static void
on_dark_changed_cb (CareerTimelineView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
career_timeline_view_finalize (GObject *object)
{
  CareerTimelineView *self = (CareerTimelineView *) object;

  g_clear_pointer (&self->series, career_progress_series_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->summary, g_free);
  career_chart_node_clear (&self->drawing);

  G_OBJECT_CLASS (career_timeline_view_parent_class)->finalize (object);
}

static void
career_timeline_view_class_init (CareerTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = career_timeline_view_finalize;
  widget_class->snapshot = career_timeline_view_snapshot;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "timelinechart");

  for (guint i = 0; i <= CAREER_SKILL_LEVEL_MAX; i++)
    level_labels[i] = career_level_get_name (i);
}

static void
career_timeline_view_init (CareerTimelineView *self)
{
  gtk_widget_set_size_request (GTK_WIDGET (self), 280, 180);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timeline chart"), -1);
}

GtkWidget *
career_timeline_view_new (void)
{
  return g_object_new (CAREER_TYPE_TIMELINE_VIEW, NULL);
}

/**
 * career_timeline_view_set_series:
 * @series: (transfer full) (nullable): the points to draw
 * @name: the series' name, for the description
 * @levels: %TRUE for a skill's levels (steps, level names), %FALSE for a
 *   progress percentage
 */
void
career_timeline_view_set_series (CareerTimelineView   *self,
                                 CareerProgressSeries *series,
                                 const char           *name,
                                 gboolean              levels)
{
  g_return_if_fail (CAREER_IS_TIMELINE_VIEW (self));

  g_clear_pointer (&self->series, career_progress_series_free);
  g_clear_pointer (&self->summary, g_free);
  career_chart_node_clear (&self->drawing);
  self->series = series;
  g_free (self->name);
  self->name = g_strdup (name);
  self->levels = levels;

  if (series != NULL && series->n_points > 0)
    {
      CareerTimelineSeries data_series;
      CareerTimelineData data;

      fill_data (self, &data, &data_series);
      self->summary = career_timeline_chart_describe (&data);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->summary ? self->summary : "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
career_timeline_view_get_n_points (CareerTimelineView *self)
{
  g_return_val_if_fail (CAREER_IS_TIMELINE_VIEW (self), 0);
  return self->series ? self->series->n_points : 0;
}

const char *
career_timeline_view_get_summary (CareerTimelineView *self)
{
  g_return_val_if_fail (CAREER_IS_TIMELINE_VIEW (self), NULL);
  return self->summary;
}
