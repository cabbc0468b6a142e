/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <glib/gi18n.h>

#include "career-level-selector.h"
#include "career-skill.h"

#define N_LEVELS (CAREER_SKILL_LEVEL_MAX + 1)

struct _CareerLevelSelector
{
  GtkWidget  parent_instance;

  GtkWidget *buttons[N_LEVELS];
  char      *tooltips[N_LEVELS];
  guint      level;
  gboolean   updating;
};

G_DEFINE_FINAL_TYPE (CareerLevelSelector, career_level_selector, GTK_TYPE_WIDGET)

enum {
  LEVEL_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
sync_buttons (CareerLevelSelector *self)
{
  self->updating = TRUE;
  for (guint i = 0; i < N_LEVELS; i++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[i]), i == self->level);
  self->updating = FALSE;
}

static void
on_button_toggled_cb (GtkToggleButton     *button,
                      CareerLevelSelector *self)
{
  guint level = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "level"));

  if (self->updating)
    return;

  /* Clicking the active button keeps it active: a level is always set. */
  if (!gtk_toggle_button_get_active (button))
    {
      if (level == self->level)
        sync_buttons (self);
      return;
    }

  if (level == self->level)
    return;

  self->level = level;
  sync_buttons (self);
  g_signal_emit (self, signals[LEVEL_CHOSEN], 0, level);
}

static void
career_level_selector_dispose (GObject *object)
{
  CareerLevelSelector *self = (CareerLevelSelector *) object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  for (guint i = 0; i < N_LEVELS; i++)
    {
      self->buttons[i] = NULL;
      g_clear_pointer (&self->tooltips[i], g_free);
    }

  G_OBJECT_CLASS (career_level_selector_parent_class)->dispose (object);
}

static void
career_level_selector_class_init (CareerLevelSelectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = career_level_selector_dispose;

  signals[LEVEL_CHOSEN] =
    g_signal_new ("level-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "levelselector");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* Tooltips are answered on demand: gtk_widget_set_tooltip_text() on every
 * bind makes GTK query the pointer from the X server each time */
static gboolean
on_button_query_tooltip_cb (GtkWidget           *button,
                            int                  x,
                            int                  y,
                            gboolean             keyboard,
                            GtkTooltip          *tooltip,
                            CareerLevelSelector *self)
{
  guint level = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "level"));

  if (self->tooltips[level] == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, self->tooltips[level]);
  return TRUE;
}

static void
career_level_selector_init (CareerLevelSelector *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "linked");
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);

  for (guint i = 0; i < N_LEVELS; i++)
    {
      g_autofree char *label = g_strdup_printf ("%u", i);

      self->buttons[i] = gtk_toggle_button_new_with_label (label);
      g_object_set_data (G_OBJECT (self->buttons[i]), "level", GUINT_TO_POINTER (i));
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (self->buttons[i]),
                                     GTK_TOGGLE_BUTTON (self->buttons[0]));
      g_signal_connect (self->buttons[i], "toggled", G_CALLBACK (on_button_toggled_cb), self);
      gtk_widget_set_has_tooltip (self->buttons[i], TRUE);
      g_signal_connect (self->buttons[i], "query-tooltip",
                        G_CALLBACK (on_button_query_tooltip_cb), self);
      gtk_widget_set_parent (self->buttons[i], GTK_WIDGET (self));
    }

  sync_buttons (self);
  career_level_selector_set_skill (self, NULL, NULL);
}

GtkWidget *
career_level_selector_new (void)
{
  return g_object_new (CAREER_TYPE_LEVEL_SELECTOR, NULL);
}

void
career_level_selector_set_level (CareerLevelSelector *self,
                                 guint                level)
{
  g_return_if_fail (CAREER_IS_LEVEL_SELECTOR (self));
  g_return_if_fail (level < N_LEVELS);

  self->level = level;
  sync_buttons (self);
}

guint
career_level_selector_get_level (CareerLevelSelector *self)
{
  g_return_val_if_fail (CAREER_IS_LEVEL_SELECTOR (self), 0);
  return self->level;
}

/**
 * career_level_selector_set_skill:
 * @skill_name: (nullable): the skill the selector sets, for accessible names
 * @level_texts: (nullable): what each level means for this skill, as tooltips
 *
 * A screen reader hears "Level of Python" for the group and "Python: 2,
 * Working Knowledge" for a button.
 */
void
career_level_selector_set_skill (CareerLevelSelector *self,
                                 const char          *skill_name,
                                 const char * const  *level_texts)
{
  g_autofree char *group = NULL;

  g_return_if_fail (CAREER_IS_LEVEL_SELECTOR (self));

  /* Translators: accessible name of the level buttons of one skill */
  group = skill_name != NULL ? g_strdup_printf (_("Level of %s"), skill_name)
                             : g_strdup (_("Level"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, group, -1);

  for (guint i = 0; i < N_LEVELS; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *tooltip = NULL;

      /* Translators: accessible name of one level button: skill, level number, level name */
      name = g_strdup_printf (_("%1$s: %2$u, %3$s"), skill_name ? skill_name : _("Level"), i,
                              career_level_get_name (i));
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->buttons[i]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);

      if (level_texts != NULL && level_texts[i] != NULL)
        /* Translators: tooltip of a level button: level name, then what it means */
        tooltip = g_strdup_printf (_("%1$s: %2$s"), career_level_get_name (i), level_texts[i]);
      else
        tooltip = g_strdup (career_level_get_name (i));
      g_free (self->tooltips[i]);
      self->tooltips[i] = g_steal_pointer (&tooltip);
    }
}
