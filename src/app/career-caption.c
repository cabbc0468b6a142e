/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A few lines of text, each on one line and cut short with an ellipsis
 * where the widget is narrower: the facts of a course catalog row.
 *
 * Unlike a GtkLabel it is measured without laying its text out: its height
 * is its number of lines times the height of a line of its font, and it
 * asks for no width of its own.  The text is laid out only when drawn.
 * GTK 4.8's list view measures each of the 200 rows it keeps around the
 * visible ones after every change, but draws only the dozen on screen, so a
 * search that changes the rows shapes a twentieth of the text
 * (docs/benchmarks.md).
 *
 * A screen reader reads it as a label with the whole text.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <string.h>

#include "career-caption.h"

struct _CareerCaption
{
  GtkWidget             parent_instance;

  char                 *text;
  guint                 n_lines;
  /* The height of a line in the font it was measured with */
  PangoFontDescription *line_font;
  int                   line_height;  /* in Pango units */
};

G_DEFINE_FINAL_TYPE (CareerCaption, career_caption, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
line_height (CareerCaption *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (context);

  if (self->line_font == NULL || !pango_font_description_equal (self->line_font, font))
    {
      /* A layout, not the font's metrics: the same line height as GtkLabel's */
      g_autoptr(PangoLayout) layout = pango_layout_new (context);

      pango_layout_set_text (layout, "Ag", -1);
      pango_layout_get_size (layout, NULL, &self->line_height);
      g_clear_pointer (&self->line_font, pango_font_description_free);
      self->line_font = pango_font_description_copy (font);
    }
  return self->line_height;
}

static void
career_caption_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  CareerCaption *self = CAREER_CAPTION (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = 0;
  else
    *minimum = *natural = PANGO_PIXELS_CEIL (self->n_lines * line_height (self));
}

static void
career_caption_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  CareerCaption *self = CAREER_CAPTION (widget);
  g_autoptr(PangoLayout) layout = NULL;
  GdkRGBA color;

  if (self->n_lines == 0)
    return;

  layout = gtk_widget_create_pango_layout (widget, self->text);
  /* A width and no height: the first line of each paragraph, ellipsized */
  pango_layout_set_width (layout, gtk_widget_get_width (widget) * PANGO_SCALE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (layout, gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL
                                        ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  /* gtk_widget_get_color() is GTK 4.10 */
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_snapshot_append_layout (snapshot, layout, &color);
}

static void
career_caption_finalize (GObject *object)
{
  CareerCaption *self = CAREER_CAPTION (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->line_font, pango_font_description_free);

  G_OBJECT_CLASS (career_caption_parent_class)->finalize (object);
}

static void
career_caption_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  CareerCaption *self = CAREER_CAPTION (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_caption_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  CareerCaption *self = CAREER_CAPTION (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      career_caption_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
career_caption_class_init (CareerCaptionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = career_caption_finalize;
  object_class->get_property = career_caption_get_property;
  object_class->set_property = career_caption_set_property;

  widget_class->measure = career_caption_measure;
  widget_class->snapshot = career_caption_snapshot;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
career_caption_init (CareerCaption *self)
{
  self->text = g_strdup ("");
}

GtkWidget *
career_caption_new (void)
{
  return g_object_new (CAREER_TYPE_CAPTION, NULL);
}

const char *
career_caption_get_text (CareerCaption *self)
{
  g_return_val_if_fail (CAREER_IS_CAPTION (self), NULL);

  return self->text;
}

/**
 * career_caption_set_text:
 * @text: (nullable): lines separated by "\n"; %NULL for none
 */
void
career_caption_set_text (CareerCaption *self,
                         const char    *text)
{
  guint n_lines = 0;

  g_return_if_fail (CAREER_IS_CAPTION (self));

  if (text == NULL)
    text = "";
  if (g_str_equal (self->text, text))
    return;

  g_free (self->text);
  self->text = g_strdup (text);

  if (text[0] != '\0')
    {
      n_lines = 1;
      for (const char *p = strchr (text, '\n'); p != NULL; p = strchr (p + 1, '\n'))
        n_lines++;
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  if (n_lines != self->n_lines)
    {
      self->n_lines = n_lines;
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}
