/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * Export as PDF and Print: the plan as the document of career-report.h.
 *
 * The PDF is written off the main thread, from a snapshot.  CareerPlan is
 * not thread-safe, so the worker never sees the window's plan: the plan is
 * serialized here with career_plan_file_to_data() and read back in the
 * thread with career_plan_file_load_data(); the person may go on editing
 * meanwhile.  The catalog is shared with the thread as it is: the app loads
 * it once at startup and never changes it afterwards, and the report only
 * reads it.  While a PDF is being written the action is disabled and a toast
 * tells how far it is (with a button to cancel); then a toast offers to open
 * the file.
 *
 * Printing draws the same pages (career_report_draw_page()) at the size of
 * the paper chosen in the print dialog.
 */
#define G_LOG_DOMAIN "CareerApp"

#include "config.h"

#include <glib/gi18n.h>

#include "career-plan-file.h"
#include "career-report.h"
#include "career-window-export.h"
#include "career-window-private.h"

/* Export as PDF */

typedef struct
{
  /* read by the worker */
  char          *data;
  gsize          length;
  char          *display_name;
  CareerCatalog *catalog;
  GFile         *file;

  /* main thread only */
  GWeakRef       window;
  AdwToast      *toast;
  char          *file_name;
  gulong         destroy_handler;

  /* from the worker to the main thread */
  GTask         *task;           /* not a reference: the task owns the job */
  int            percent;        /* atomic */
  int            update_pending; /* atomic */
} ExportJob;

/* May run in the worker thread, when it drops the task last: what belongs
 * to the main thread (the toast, the window's handler) is let go of in
 * on_export_done_cb(), which always runs, in the main thread */
static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_assert (job->toast == NULL && job->destroy_handler == 0);
  g_weak_ref_clear (&job->window);
  g_free (job->data);
  g_free (job->display_name);
  g_free (job->file_name);
  g_clear_object (&job->catalog);
  g_clear_object (&job->file);
  g_free (job);
}

static char *
progress_title (ExportJob *job,
                int        percent)
{
  /* Translators: while the PDF is written: the file's name and how far it is */
  return g_strdup_printf (_("Exporting “%1$s”… %2$d %%"), job->file_name, percent);
}

static gboolean
update_progress_cb (gpointer user_data)
{
  GTask *task = user_data;
  ExportJob *job = g_task_get_task_data (task);
  g_autofree char *title = NULL;

  g_atomic_int_set (&job->update_pending, 0);
  if (job->toast != NULL)
    {
      title = progress_title (job, g_atomic_int_get (&job->percent));
      adw_toast_set_title (job->toast, title);
    }
  return G_SOURCE_REMOVE;
}

/* In the worker: one update of the toast at a time */
static void
on_export_progress (double   fraction,
                    gpointer user_data)
{
  ExportJob *job = user_data;

  g_atomic_int_set (&job->percent, (int) (fraction * 100));
  if (g_atomic_int_compare_and_exchange (&job->update_pending, 0, 1))
    g_idle_add_full (G_PRIORITY_DEFAULT, update_progress_cb, g_object_ref (job->task),
                     g_object_unref);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  g_autoptr(CareerPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  CareerReportOptions options = { 0 };

  plan = career_plan_file_load_data (job->data, job->length, job->display_name, job->catalog,
                                     NULL, &error);
  if (plan == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  options.progress = on_export_progress;
  options.progress_data = job;
  options.cancellable = cancellable;
  if (!career_report_write_pdf (plan, job->catalog, job->file, &options, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_launched_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(CareerWindow) window = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error) &&
      !gtk_widget_in_destruction (GTK_WIDGET (window)))
    {
      g_autofree char *message = g_strdup_printf (_("The PDF could not be opened: %s"),
                                                  error->message);

      adw_toast_overlay_add_toast (window->toast_overlay, adw_toast_new (message));
    }
}

/* GtkFileLauncher is GTK 4.10: the default app for the file, through GIO */
static void
on_open_clicked_cb (AdwToast   *toast,
                    const char *uri)
{
  CareerWindow *window = g_object_get_data (G_OBJECT (toast), "career-window");
  g_autoptr(GdkAppLaunchContext) context = NULL;

  if (window == NULL)
    return;
  context = gdk_display_get_app_launch_context (gtk_widget_get_display (GTK_WIDGET (window)));
  g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL,
                                           on_launched_cb, g_object_ref (window));
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GTask *task = G_TASK (result);
  ExportJob *job = g_task_get_task_data (task);
  g_autoptr(CareerWindow) window = g_weak_ref_get (&job->window);
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (job->toast != NULL)
    adw_toast_dismiss (job->toast);
  g_clear_object (&job->toast);
  if (window != NULL && job->destroy_handler != 0)
    g_signal_handler_disconnect (window, job->destroy_handler);
  job->destroy_handler = 0;

  if (window == NULL || gtk_widget_in_destruction (GTK_WIDGET (window)))
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (window), "win.export-pdf", TRUE);

  if (!g_task_propagate_boolean (task, &error))
    {
      g_autofree char *message = NULL;

      /* A cancelled export is what the person asked for, not an error */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      message = g_strdup_printf (_("The plan could not be exported: %s"), error->message);
      toast = adw_toast_new (message);
      adw_toast_set_timeout (toast, 0);
      adw_toast_overlay_add_toast (window->toast_overlay, toast);
      return;
    }

  {
    g_autofree char *title = g_strdup_printf (_("Exported “%s”"), job->file_name);
    g_autofree char *uri = g_file_get_uri (job->file);

    toast = adw_toast_new (title);
    adw_toast_set_button_label (toast, _("_Open"));
    adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
    g_object_set_data_full (G_OBJECT (toast), "career-window", g_object_ref (window),
                            g_object_unref);
    g_signal_connect_data (toast, "button-clicked", G_CALLBACK (on_open_clicked_cb),
                           g_steal_pointer (&uri), (GClosureNotify) G_CALLBACK (g_free), 0);
    adw_toast_overlay_add_toast (window->toast_overlay, toast);
  }
}

static void
on_cancel_clicked_cb (AdwToast     *toast,
                      GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void
on_window_destroy_cb (GtkWidget    *window,
                      GCancellable *cancellable)
{
  g_cancellable_cancel (cancellable);
}

static void
export_to (CareerWindow *self,
           GFile        *file)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GTask) task = NULL;
  g_autofree char *title = NULL;
  ExportJob *job;

  g_return_if_fail (self->plan != NULL && self->catalog != NULL);

  career_window_commit_edits (self);
  job = g_new0 (ExportJob, 1);
  job->data = career_plan_file_to_data (self->plan, &job->length);
  job->display_name = career_window_dup_display_name (self);
  job->catalog = g_object_ref (self->catalog);
  job->file = g_object_ref (file);
  job->file_name = g_file_get_basename (file);
  g_weak_ref_init (&job->window, self);

  /* The task has no source object: the window may close while the PDF is
   * being written (which cancels it), and the task must not keep it */
  task = g_task_new (NULL, cancellable, on_export_done_cb, NULL);
  job->task = task;
  g_task_set_task_data (task, job, export_job_free);
  g_task_set_name (task, "career-export-pdf");
  job->destroy_handler = g_signal_connect_data (self, "destroy",
                                                G_CALLBACK (on_window_destroy_cb),
                                                g_object_ref (cancellable),
                                                (GClosureNotify) G_CALLBACK (g_object_unref), 0);

  title = progress_title (job, 0);
  job->toast = adw_toast_new (title);
  adw_toast_set_timeout (job->toast, 0);
  adw_toast_set_priority (job->toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_button_label (job->toast, _("_Cancel"));
  g_signal_connect_object (job->toast, "button-clicked", G_CALLBACK (on_cancel_clicked_cb),
                           cancellable, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (job->toast));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf", FALSE);
  g_task_run_in_thread (task, export_thread);
}

static void
on_export_response_cb (GtkNativeDialog *dialog,
                        int              response,
                        CareerWindow    *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->plan != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        export_to (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/* The plan's name as a file name: no folder separators, not too long */
static char *
default_file_name (CareerPlan *plan)
{
  const char *name = career_plan_get_name (plan);
  g_autofree char *base = NULL;

  if (name == NULL || *name == '\0')
    /* Translators: the file name offered for a plan without a name */
    return g_strdup (_("Career plan.pdf"));

  base = g_utf8_substring (name, 0, MIN (g_utf8_strlen (name, -1), 80));
  g_strdelimit (base, "/\\\n\r\t", '-');
  g_strstrip (base);
  if (*base == '.' || *base == '\0')
    return g_strdup (_("Career plan.pdf"));
  return g_strconcat (base, ".pdf", NULL);
}

static void
on_export_pdf_activate (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  CareerWindow *self = CAREER_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  if (self->plan == NULL || self->catalog == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Export as PDF"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_pattern (filter, "*.pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  name = default_file_name (self->plan);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  if (self->file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
    }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Print */

typedef struct
{
  CareerPlan    *plan;
  CareerCatalog *catalog;
  CareerReport  *report;
  GWeakRef       window;
  gboolean       error_shown;
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_clear_object (&job->plan);
  g_clear_object (&job->catalog);
  g_clear_object (&job->report);
  g_weak_ref_clear (&job->window);
  g_free (job);
}

static void
show_print_error (PrintJob     *job,
                  const GError *error)
{
  g_autoptr(CareerWindow) window = g_weak_ref_get (&job->window);
  g_autofree char *message = NULL;

  if (job->error_shown || window == NULL || gtk_widget_in_destruction (GTK_WIDGET (window)))
    return;
  job->error_shown = TRUE;
  message = g_strdup_printf (_("The plan could not be printed: %s"), error->message);
  adw_toast_overlay_add_toast (window->toast_overlay, adw_toast_new (message));
}

/* The pages are laid out once the paper is known */
static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  CareerReportOptions options = { 0 };
  g_autoptr(GError) error = NULL;

  options.page_width = gtk_print_context_get_width (context);
  options.page_height = gtk_print_context_get_height (context);
  g_clear_object (&job->report);
  job->report = career_report_new_with_options (job->plan, job->catalog, &options, &error);
  if (job->report == NULL)
    {
      show_print_error (job, error);
      gtk_print_operation_cancel (operation);
      return;
    }
  gtk_print_operation_set_n_pages (operation, (int) career_report_get_n_pages (job->report));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  if (job->report == NULL || page < 0 || (guint) page >= career_report_get_n_pages (job->report))
    return;
  career_report_draw_page (job->report, gtk_print_context_get_cairo_context (context),
                           (guint) page);
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  PrintJob                *job)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      if (error != NULL)
        show_print_error (job, error);
    }
}

static void
on_print_activate (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  CareerWindow *self = CAREER_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  GtkPrintOperationResult result;
  PrintJob *job;

  if (self->plan == NULL || self->catalog == NULL)
    return;

  /* The plan as it is now: a copy, so that editing it while the print
   * dialog is open changes nothing in what is printed */
  career_window_commit_edits (self);
  job = g_new0 (PrintJob, 1);
  g_weak_ref_init (&job->window, self);
  {
    gsize length;
    g_autofree char *data = career_plan_file_to_data (self->plan, &length);
    g_autofree char *display_name = career_window_dup_display_name (self);

    job->plan = career_plan_file_load_data (data, length, display_name, self->catalog, NULL,
                                            &error);
  }
  if (job->plan == NULL)
    {
      show_print_error (job, error);
      print_job_free (job);
      return;
    }
  job->catalog = g_object_ref (self->catalog);

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "career-print-job", job, print_job_free);
  name = default_file_name (self->plan);
  gtk_print_operation_set_job_name (operation, name);
  /* The report has its own margins: the context is the whole sheet, in points */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done_cb), job);

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    show_print_error (job, error);
}

void
career_window_export_init (CareerWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, on_export_pdf_activate);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, on_print_activate);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "win.print", NULL);
}
