/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include "career-columns.h"
#include "career-columns-layout.h"

struct _CareerColumns
{
  GtkWidget parent_instance;

  int       column_width;
  int       spacing;
};

G_DEFINE_FINAL_TYPE (CareerColumns, career_columns, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COLUMN_WIDTH,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_layout (CareerColumns *self)
{
  gtk_widget_set_layout_manager (GTK_WIDGET (self),
                                 career_columns_layout_new (self->column_width, self->spacing));
}

static void
career_columns_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (career_columns_parent_class)->dispose (object);
}

static void
career_columns_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CareerColumns *self = CAREER_COLUMNS (object);

  switch (prop_id)
    {
    case PROP_COLUMN_WIDTH:
      g_value_set_int (value, self->column_width);
      break;
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_columns_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CareerColumns *self = CAREER_COLUMNS (object);
  int v = g_value_get_int (value);

  switch (prop_id)
    {
    case PROP_COLUMN_WIDTH:
      if (self->column_width == v)
        return;
      self->column_width = v;
      break;
    case PROP_SPACING:
      if (self->spacing == v)
        return;
      self->spacing = v;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  update_layout (self);
  g_object_notify_by_pspec (object, pspec);
}

static void
career_columns_class_init (CareerColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = career_columns_dispose;
  object_class->get_property = career_columns_get_property;
  object_class->set_property = career_columns_set_property;

  properties[PROP_COLUMN_WIDTH] =
    g_param_spec_int ("column-width", NULL, NULL, 1, G_MAXINT, 320,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 24,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "columns");
}

static void
career_columns_init (CareerColumns *self)
{
  self->column_width = 320;
  self->spacing = 24;
  update_layout (self);
}
