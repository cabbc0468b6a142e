/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "career-chart-node.h"
#include "career-palette.h"
#include "career-radar-chart.h"
#include "career-radar-view.h"

struct _CareerRadarView
{
  GtkWidget          parent_instance;

  CareerAreaProfile *profile;
  char              *summary;
  CareerChartNode    drawing;
};

G_DEFINE_FINAL_TYPE (CareerRadarView, career_radar_view, GTK_TYPE_WIDGET)

static void
draw_chart (cairo_t  *cr,
            int       width,
            int       height,
            gboolean  dark,
            gpointer  user_data)
{
  CareerRadarView *self = user_data;
  CareerRadarSeries series[8];
  CareerRadarData data;

  career_radar_chart_data_from_profile (self->profile, &data, series, G_N_ELEMENTS (series));
  career_radar_chart_draw (cr, &data, career_palette_get (dark), width, height);
}

static void
career_radar_view_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  CareerRadarView *self = CAREER_RADAR_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (self->profile == NULL || width <= 0 || height <= 0)
    return;

  career_chart_node_snapshot (&self->drawing, snapshot, width, height,
                              adw_style_manager_get_dark (adw_style_manager_get_default ()),
                              draw_chart, self);
}

static void
career_radar_view_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  /* Square, legible from 280 px (a 360 px window less its margins), and no
   * larger than 520 px, where its labels stop gaining anything. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 280;
      *natural = 520;
    }
  else
    {
      *minimum = for_size > 0 ? CLAMP (for_size, 280, 520) : 280;
      *natural = *minimum;
    }
}

static GtkSizeRequestMode
career_radar_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
on_dark_changed_cb (CareerRadarView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
career_radar_view_finalize (GObject *object)
{
  CareerRadarView *self = (CareerRadarView *) object;

  g_clear_pointer (&self->profile, career_area_profile_free);
  g_clear_pointer (&self->summary, g_free);
  career_chart_node_clear (&self->drawing);

  G_OBJECT_CLASS (career_radar_view_parent_class)->finalize (object);
}

static void
career_radar_view_class_init (CareerRadarViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = career_radar_view_finalize;
  widget_class->snapshot = career_radar_view_snapshot;
  widget_class->measure = career_radar_view_measure;
  widget_class->get_request_mode = career_radar_view_get_request_mode;

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  gtk_widget_class_set_css_name (widget_class, "radarchart");
}

static void
career_radar_view_init (CareerRadarView *self)
{
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (on_dark_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Radar chart of skill areas"), -1);
}

GtkWidget *
career_radar_view_new (void)
{
  return g_object_new (CAREER_TYPE_RADAR_VIEW, NULL);
}

/**
 * career_radar_view_set_profile:
 * @profile: (transfer full) (nullable): the areas and series to draw
 *
 * Screen readers get the figures themselves as the chart's description.
 */
void
career_radar_view_set_profile (CareerRadarView   *self,
                               CareerAreaProfile *profile)
{
  g_return_if_fail (CAREER_IS_RADAR_VIEW (self));

  g_clear_pointer (&self->profile, career_area_profile_free);
  g_clear_pointer (&self->summary, g_free);
  career_chart_node_clear (&self->drawing);
  self->profile = profile;

  if (profile != NULL)
    {
      CareerRadarSeries series[8];
      CareerRadarData data;

      career_radar_chart_data_from_profile (profile, &data, series, G_N_ELEMENTS (series));
      self->summary = career_radar_chart_describe (&data);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->summary ? self->summary : "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

const char *
career_radar_view_get_summary (CareerRadarView *self)
{
  g_return_val_if_fail (CAREER_IS_RADAR_VIEW (self), NULL);
  return self->summary;
}
