/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The plan behind a window as a document: its title and unsaved marker,
 * Save and Save As, and the question before unsaved changes are closed
 * away. Saving goes through career_plan_file_save_async(), which replaces
 * the file atomically; a failed save keeps the changes in the window.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "career-autosave.h"
#include "career-plan-file.h"
#include "career-window-private.h"

static void save_as (CareerWindow *self);

/**
 * career_window_dup_display_name:
 *
 * Returns: the plan's name, else its file's name, else "Untitled Plan"
 */
char *
career_window_dup_display_name (CareerWindow *self)
{
  const char *name;

  g_return_val_if_fail (CAREER_IS_WINDOW (self), NULL);

  name = self->plan ? career_plan_get_name (self->plan) : NULL;
  if (name != NULL && name[0] != '\0')
    return g_strdup (name);

  if (self->file != NULL)
    {
      g_autofree char *basename = g_file_get_basename (self->file);

      if (g_str_has_suffix (basename, CAREER_PLAN_FILE_EXTENSION))
        basename[strlen (basename) - strlen (CAREER_PLAN_FILE_EXTENSION)] = '\0';
      return g_steal_pointer (&basename);
    }

  return g_strdup (_("Untitled Plan"));
}

void
career_window_update_title (CareerWindow *self)
{
  g_autofree char *name = career_window_dup_display_name (self);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  gboolean modified = self->plan != NULL && career_plan_get_modified (self->plan);

  /* Translators: the window title of a plan with unsaved changes */
  title = modified ? g_strdup_printf (_("• %s"), name) : g_strdup (name);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "plan") != 0)
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Career Planner"));
      adw_view_switcher_title_set_title (self->switcher_title, _("Career Planner"));
      adw_view_switcher_title_set_subtitle (self->switcher_title, "");
      return;
    }
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_view_switcher_title_set_title (self->switcher_title, title);

  if (self->read_only)
    subtitle = g_strdup (_("Read-only: made by a newer version"));
  else if (self->file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (self->file);
      g_autofree char *folder = parent ? g_file_get_parse_name (parent) : NULL;
      const char *home = g_get_home_dir ();

      if (folder != NULL && g_str_has_prefix (folder, home))
        subtitle = g_strconcat ("~", folder + strlen (home), NULL);
      else
        subtitle = g_steal_pointer (&folder);
    }
  else
    subtitle = g_strdup (modified ? _("Not saved") : NULL);

  adw_view_switcher_title_set_subtitle (self->switcher_title, subtitle ? subtitle : "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", !self->read_only);
}

static void
show_error (CareerWindow *self,
            const char   *heading,
            const char   *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remember_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .display_name = NULL,
    .description = NULL,
    .mime_type = (char *) "application/x-career-plan",
    .app_name = (char *) "career-planner",
    .app_exec = (char *) "career-planner %f",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

/* A close the person asked for, then called off (Cancel, or a save that
 * failed): a quit waiting for this window stops too */
static void
close_abandoned (CareerWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (CAREER_IS_APPLICATION (application))
    career_application_cancel_quit (CAREER_APPLICATION (application));
}

static void
on_save_finished_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CareerWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean close_after = self->close_after_save;

  self->saving = FALSE;
  self->close_after_save = FALSE;

  if (!career_plan_file_save_finish (CAREER_PLAN (source), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, _("The Plan Could Not Be Saved"), error->message);
      career_window_update_title (self);
      if (close_after)
        close_abandoned (self);
      return;
    }

  remember_recent (self->file);
  career_window_update_title (self);
  if (CAREER_IS_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))))
    career_application_update_session (CAREER_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
  career_autosave_remove (career_autosave_get_directory_cached (), self->autosave_id);

  if (close_after)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
save_to (CareerWindow *self,
         GFile        *file)
{
  if (self->saving)
    return;

  career_window_commit_edits (self);
  g_set_object (&self->file, file);
  self->read_only = FALSE;
  self->saving = TRUE;
  career_plan_file_save_async (self->plan, file, NULL, on_save_finished_cb, g_object_ref (self));
}

static void
on_save_as_response_cb (GtkNativeDialog *dialog,
                        int              response,
                        CareerWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = g_file_get_path (file);

      /* Keep the extension, so that the file manager knows the file. */
      if (path != NULL && !g_str_has_suffix (path, CAREER_PLAN_FILE_EXTENSION))
        {
          g_autofree char *with_extension = g_strconcat (path, CAREER_PLAN_FILE_EXTENSION, NULL);

          g_clear_object (&file);
          file = g_file_new_for_path (with_extension);
        }
      save_to (self, file);
    }
  else
    {
      if (self->close_after_save)
        close_abandoned (self);
      self->close_after_save = FALSE;
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

GtkFileFilter *
career_plan_file_filter_new (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Career plans"));
  gtk_file_filter_add_mime_type (filter, "application/x-career-plan");
  gtk_file_filter_add_pattern (filter, "*" CAREER_PLAN_FILE_EXTENSION);
  return filter;
}

static void
save_as (CareerWindow *self)
{
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = career_plan_file_filter_new ();
  g_autofree char *name = career_window_dup_display_name (self);
  g_autofree char *file_name = g_strconcat (name, CAREER_PLAN_FILE_EXTENSION, NULL);

  dialog = gtk_file_chooser_native_new (_("Save Plan"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), file_name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/**
 * career_window_save:
 *
 * Saves the plan to its file, or asks for one.
 */
void
career_window_save (CareerWindow *self)
{
  g_return_if_fail (CAREER_IS_WINDOW (self));

  career_window_commit_edits (self);
  if (self->file != NULL && !self->read_only)
    save_to (self, self->file);
  else
    save_as (self);
}

/**
 * career_window_save_to:
 *
 * Saves the plan to @file and keeps it as the plan's file (Save As
 * without a dialog, for tests and scripts).
 */
void
career_window_save_to (CareerWindow *self,
                       GFile        *file)
{
  g_return_if_fail (CAREER_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  save_to (self, file);
}

static void
on_save_activate (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  career_window_save (CAREER_WINDOW (widget));
}

static void
on_save_as_activate (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  save_as (CAREER_WINDOW (widget));
}

static void
on_close_activate (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      CareerWindow     *self)
{
  if (g_str_equal (response, "discard"))
    {
      /* Discarded on purpose: the safety copy goes too. */
      career_autosave_remove (career_autosave_get_directory_cached (), self->autosave_id);
      gtk_window_destroy (GTK_WINDOW (self));
    }
  else if (g_str_equal (response, "save"))
    {
      self->close_after_save = TRUE;
      career_window_save (self);
    }
  else
    {
      close_abandoned (self);
    }
}

/**
 * career_window_has_unsaved_changes:
 *
 * Whether closing the window would ask about unsaved changes, words still
 * being typed included.
 */
gboolean
career_window_has_unsaved_changes (CareerWindow *self)
{
  g_return_val_if_fail (CAREER_IS_WINDOW (self), FALSE);

  career_window_commit_edits (self);
  return self->plan != NULL && career_plan_get_modified (self->plan);
}

/* Unsaved changes are never closed away without asking. */
gboolean
career_window_close_request (GtkWindow *window)
{
  CareerWindow *self = CAREER_WINDOW (window);
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  career_window_commit_edits (self);
  if (self->plan == NULL || !career_plan_get_modified (self->plan))
    return FALSE;

  name = career_window_dup_display_name (self);
  /* Translators: %s is the plan's name */
  body = g_strdup_printf (_("“%s” has changes that are not saved. If you close without saving, "
                            "they are lost."), name);
  dialog = adw_message_dialog_new (window, _("Save Changes?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", self->read_only ? _("_Save As…") : _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

/**
 * career_window_set_file:
 * @file: (nullable): where the plan was read from
 * @info: (nullable): what reading it found (a newer version makes it
 *   read-only)
 */
void
career_window_set_file (CareerWindow             *self,
                        GFile                    *file,
                        const CareerPlanFileInfo *info)
{
  g_return_if_fail (CAREER_IS_WINDOW (self));

  g_set_object (&self->file, file);
  self->read_only = info != NULL && info->read_only;
  g_free (self->read_only_reason);
  self->read_only_reason = info ? g_strdup (info->read_only_reason) : NULL;

  if (self->read_only && self->read_only_reason != NULL)
    {
      AdwToast *toast = adw_toast_new (self->read_only_reason);

      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
    }
  if (info != NULL && info->missing_references != NULL && info->missing_references->len > 0)
    {
      g_autofree char *title =
        g_strdup_printf (ngettext ("The plan refers to %u entry the catalog does not have; it "
                                   "is kept",
                                   "The plan refers to %u entries the catalog does not have; "
                                   "they are kept",
                                   info->missing_references->len),
                         info->missing_references->len);
      adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
    }

  if (file != NULL)
    remember_recent (file);
  career_window_update_title (self);
}

GFile *
career_window_get_file (CareerWindow *self)
{
  g_return_val_if_fail (CAREER_IS_WINDOW (self), NULL);
  return self->file;
}

gboolean
career_window_get_saving (CareerWindow *self)
{
  g_return_val_if_fail (CAREER_IS_WINDOW (self), FALSE);
  return self->saving;
}

void
career_window_document_init (CareerWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.save", NULL, on_save_activate);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, on_save_as_activate);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, on_close_activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "win.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK,
                                       "win.close", NULL);
}

/* Autosave */

GFile *
career_autosave_get_directory_cached (void)
{
  static GFile *directory;

  if (g_once_init_enter (&directory))
    g_once_init_leave (&directory, career_autosave_get_directory ());
  return directory;
}

static gboolean
on_autosave_timeout_cb (gpointer user_data)
{
  CareerWindow *self = user_data;
  g_autoptr(GError) error = NULL;

  self->autosave_source = 0;

  if (self->plan == NULL || !career_plan_get_modified (self->plan))
    {
      career_autosave_remove (career_autosave_get_directory_cached (), self->autosave_id);
      return G_SOURCE_REMOVE;
    }

  /* The copy of a plan whose file is read-only (a newer version's) does
   * not name that file: the plan recovered from it is written in this
   * version, and saving it there would lose what the newer one wrote */
  if (!career_autosave_write (career_autosave_get_directory_cached (), self->autosave_id,
                              self->plan, self->read_only ? NULL : self->file, &error))
    g_warning ("Unsaved changes could not be copied to safety: %s", error->message);

  return G_SOURCE_REMOVE;
}

static void
on_plan_changed_for_autosave_cb (CareerWindow *self)
{
  /* A burst of edits is written once, a moment after the last one. */
  g_clear_handle_id (&self->autosave_source, g_source_remove);
  self->autosave_source = g_timeout_add (CAREER_AUTOSAVE_DELAY_MS, on_autosave_timeout_cb, self);
}

/**
 * career_window_autosave_now:
 *
 * Writes (or removes) the safety copy at once instead of after the delay.
 */
void
career_window_autosave_now (CareerWindow *self)
{
  g_return_if_fail (CAREER_IS_WINDOW (self));

  g_clear_handle_id (&self->autosave_source, g_source_remove);
  on_autosave_timeout_cb (self);
}

const char *
career_window_get_autosave_id (CareerWindow *self)
{
  g_return_val_if_fail (CAREER_IS_WINDOW (self), NULL);
  return self->autosave_id;
}

/**
 * career_window_set_autosave_id:
 *
 * Takes over the safety copy @id, as for changes recovered from it.
 */
void
career_window_set_autosave_id (CareerWindow *self,
                               const char   *id)
{
  g_return_if_fail (CAREER_IS_WINDOW (self));
  g_return_if_fail (id != NULL);

  g_free (self->autosave_id);
  self->autosave_id = g_strdup (id);
}

void
career_window_autosave_init (CareerWindow *self)
{
  self->autosave_id = g_uuid_string_random ();
}

void
career_window_watch_plan_for_autosave (CareerWindow *self)
{
  g_signal_connect_object (self->plan, "changed", G_CALLBACK (on_plan_changed_for_autosave_cb),
                           self, G_CONNECT_SWAPPED);
}

void
career_window_autosave_dispose (CareerWindow *self)
{
  g_clear_handle_id (&self->autosave_source, g_source_remove);

  /* A window that goes away with its plan saved leaves no copy behind; one
   * with unsaved changes (the app is being killed, say) keeps its copy. */
  if (self->autosave_id != NULL && (self->plan == NULL || !career_plan_get_modified (self->plan)))
    career_autosave_remove (career_autosave_get_directory_cached (), self->autosave_id);
  g_clear_pointer (&self->autosave_id, g_free);
}
