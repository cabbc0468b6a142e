/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include "career-columns-layout.h"

struct _CareerColumnsLayout
{
  GtkLayoutManager parent_instance;

  int              column_width;
  int              spacing;
};

G_DEFINE_FINAL_TYPE (CareerColumnsLayout, career_columns_layout, GTK_TYPE_LAYOUT_MANAGER)

static int
count_visible (GtkWidget *widget)
{
  int n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      n++;
  return n;
}

gboolean
career_columns_layout_fits_side_by_side (CareerColumnsLayout *self,
                                         int                  n_children,
                                         int                  width)
{
  return n_children > 1 &&
         width >= n_children * self->column_width + (n_children - 1) * self->spacing;
}

static GtkSizeRequestMode
career_columns_layout_get_request_mode (GtkLayoutManager *manager,
                                        GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
career_columns_layout_measure (GtkLayoutManager *manager,
                               GtkWidget        *widget,
                               GtkOrientation    orientation,
                               int               for_size,
                               int              *minimum,
                               int              *natural,
                               int              *minimum_baseline,
                               int              *natural_baseline)
{
  CareerColumnsLayout *self = CAREER_COLUMNS_LAYOUT (manager);
  int n = count_visible (widget);
  gboolean side_by_side;
  int column_for_size;

  *minimum = *natural = 0;
  *minimum_baseline = *natural_baseline = -1;

  if (n == 0)
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Stacked, the widest child's minimum is enough; side by side is
       * preferred, each column at least column-width. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget);
           child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
        }
      *natural = MAX (*minimum, n * self->column_width + (n - 1) * self->spacing);
      return;
    }

  side_by_side = for_size >= 0 && career_columns_layout_fits_side_by_side (self, n, for_size);
  column_for_size = side_by_side ? (for_size - (n - 1) * self->spacing) / n : for_size;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, column_for_size, &child_min, &child_nat, NULL, NULL);

      if (side_by_side)
        {
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else
        {
          *minimum += child_min;
          *natural += child_nat;
        }
    }

  if (!side_by_side)
    {
      *minimum += (n - 1) * self->spacing;
      *natural += (n - 1) * self->spacing;
    }
}

static void
career_columns_layout_allocate (GtkLayoutManager *manager,
                                GtkWidget        *widget,
                                int               width,
                                int               height,
                                int               baseline)
{
  CareerColumnsLayout *self = CAREER_COLUMNS_LAYOUT (manager);
  int n = count_visible (widget);
  gboolean side_by_side = career_columns_layout_fits_side_by_side (self, n, width);
  int column_width = side_by_side ? (width - (n - 1) * self->spacing) / n : width;
  int x = 0, y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat, child_height;

      if (!gtk_widget_should_layout (child))
        continue;

      /* Each column is as tall as its content and starts at the top. Doing
       * this here rather than through the children's valign matters: GTK 4.8
       * allocates a child whose valign is not fill by first asking its width
       * for the height it is given, and a box of wrapping labels answers
       * that by a binary search that lays the labels out at a dozen widths. */
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, column_width,
                          &child_min, &child_nat, NULL, NULL);
      child_height = side_by_side ? MIN (height, child_nat) : child_nat;
      gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, column_width, child_height }, -1);

      if (side_by_side)
        x += column_width + self->spacing;
      else
        y += child_height + self->spacing;
    }
}

static void
career_columns_layout_class_init (CareerColumnsLayoutClass *klass)
{
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  layout_class->get_request_mode = career_columns_layout_get_request_mode;
  layout_class->measure = career_columns_layout_measure;
  layout_class->allocate = career_columns_layout_allocate;
}

static void
career_columns_layout_init (CareerColumnsLayout *self)
{
  self->column_width = 320;
  self->spacing = 24;
}

GtkLayoutManager *
career_columns_layout_new (int column_width,
                           int spacing)
{
  CareerColumnsLayout *self = g_object_new (CAREER_TYPE_COLUMNS_LAYOUT, NULL);

  self->column_width = column_width;
  self->spacing = spacing;
  return GTK_LAYOUT_MANAGER (self);
}
