/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include "career-height-for-width-layout.h"

struct _CareerHeightForWidthLayout
{
  GtkLayoutManager parent_instance;
};

G_DEFINE_FINAL_TYPE (CareerHeightForWidthLayout, career_height_for_width_layout,
                     GTK_TYPE_LAYOUT_MANAGER)

static GtkSizeRequestMode
career_height_for_width_layout_get_request_mode (GtkLayoutManager *manager,
                                                 GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
career_height_for_width_layout_measure (GtkLayoutManager *manager,
                                        GtkWidget        *widget,
                                        GtkOrientation    orientation,
                                        int               for_size,
                                        int              *minimum,
                                        int              *natural,
                                        int              *minimum_baseline,
                                        int              *natural_baseline)
{
  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation,
                          orientation == GTK_ORIENTATION_VERTICAL ? for_size : -1,
                          &child_min, &child_nat, NULL, NULL);
      *minimum = MAX (*minimum, child_min);
      *natural = MAX (*natural, child_nat);
    }
}

static void
career_height_for_width_layout_allocate (GtkLayoutManager *manager,
                                         GtkWidget        *widget,
                                         int               width,
                                         int               height,
                                         int               baseline)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      gtk_widget_allocate (child, width, height, -1, NULL);
}

static void
career_height_for_width_layout_class_init (CareerHeightForWidthLayoutClass *klass)
{
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  layout_class->get_request_mode = career_height_for_width_layout_get_request_mode;
  layout_class->measure = career_height_for_width_layout_measure;
  layout_class->allocate = career_height_for_width_layout_allocate;
}

static void
career_height_for_width_layout_init (CareerHeightForWidthLayout *self)
{
}

GtkLayoutManager *
career_height_for_width_layout_new (void)
{
  return g_object_new (CAREER_TYPE_HEIGHT_FOR_WIDTH_LAYOUT, NULL);
}
