/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The report object: lays the document out once (career-report-content.c on
 * the flow of career-report-layout.c), then draws any page, to a PDF file or
 * to a print context.
 */
#define G_LOG_DOMAIN "CareerExport"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <langinfo.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "career-format.h"
#include "career-palette.h"
#include "career-radar-chart.h"
#include "career-report-private.h"
#include "career-skill.h"
#include "career-timeline-chart.h"

#define MIN_PAGE_SIZE 288.0    /* 4 inches: a header, a footer, a table of five columns */
#define MAX_PAGE_SIZE 14400.0  /* the largest page PDF allows */

/* The charts size their text to their size, for a screen: on paper they
 * are drawn this much larger and scaled down, for text near the body's */
#define CHART_SCALE 1.4

/* The share of the work that laying out takes, before the pages are drawn */
#define LAYOUT_SHARE 0.3

G_DEFINE_FINAL_TYPE (CareerReport, career_report, G_TYPE_OBJECT)

G_DEFINE_QUARK (career-report-error-quark, career_report_error)

static const CareerColor report_colors[REPORT_N_COLORS] = {
  [REPORT_COLOR_TEXT]     = { 0.14, 0.12, 0.19, 1 },  /* #241f31 */
  [REPORT_COLOR_MUTED]    = { 0.37, 0.36, 0.39, 1 },  /* #5e5c64 */
  [REPORT_COLOR_ACCENT]   = { 0.10, 0.37, 0.71, 1 },  /* #1a5fb4 */
  [REPORT_COLOR_WARNING]  = { 0.65, 0.11, 0.18, 1 },  /* #a51d2d */
  [REPORT_COLOR_RULE]     = { 0.75, 0.75, 0.74, 1 },  /* #c0bfbc */
  [REPORT_COLOR_HEAD_BG]  = { 0.91, 0.91, 0.90, 1 },
  [REPORT_COLOR_GROUP_BG] = { 0.96, 0.96, 0.95, 1 },
};

static void
clear_outline (gpointer data)
{
  ReportOutline *entry = data;

  g_free (entry->title);
}

static void
clear_radar (gpointer data)
{
  ReportRadar *radar = data;

  g_clear_pointer (&radar->profile, career_area_profile_free);
}

static void
clear_timeline (gpointer data)
{
  ReportTimeline *timeline = data;

  g_clear_pointer (&timeline->series, career_progress_series_free);
  g_clear_pointer (&timeline->name, g_free);
}

static void
clear_slot (gpointer data)
{
  ReportSlot *slot = data;

  g_free (slot->title);
}

static void
career_report_finalize (GObject *object)
{
  CareerReport *self = (CareerReport *) object;

  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->outline, g_array_unref);
  g_clear_pointer (&self->radars, g_array_unref);
  g_clear_pointer (&self->timelines, g_array_unref);
  g_clear_pointer (&self->slots, g_array_unref);
  g_clear_pointer (&self->section_ids, g_ptr_array_unref);
  for (guint i = 0; i < REPORT_N_STYLES; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->date, g_date_time_unref);

  G_OBJECT_CLASS (career_report_parent_class)->finalize (object);
}

static void
career_report_class_init (CareerReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = career_report_finalize;
}

static void
career_report_init (CareerReport *self)
{
  self->pages = g_ptr_array_new_with_free_func (report_page_free);
  self->outline = g_array_new (FALSE, TRUE, sizeof (ReportOutline));
  g_array_set_clear_func (self->outline, clear_outline);
  self->radars = g_array_new (FALSE, TRUE, sizeof (ReportRadar));
  g_array_set_clear_func (self->radars, clear_radar);
  self->timelines = g_array_new (FALSE, TRUE, sizeof (ReportTimeline));
  g_array_set_clear_func (self->timelines, clear_timeline);
  self->slots = g_array_new (FALSE, TRUE, sizeof (ReportSlot));
  g_array_set_clear_func (self->slots, clear_slot);
  self->section_ids = g_ptr_array_new_with_free_func (g_free);
}

void
report_progress (const CareerReportOptions *options,
                 double                     fraction)
{
  if (options != NULL && options->progress != NULL)
    options->progress (CLAMP (fraction, 0, 1), options->progress_data);
}

/* The date as the document writes it, for the locale */
char *
report_format_date (GDateTime *date)
{
  g_autofree char *iso = g_date_time_format (date, "%Y-%m-%d");

  return career_format_as_of (iso);
}

static PangoLayout *
running_layout (CareerReport   *self,
                const char     *text,
                double          width,
                PangoAlignment  alignment)
{
  double size = (double) pango_font_description_get_size (self->fonts[REPORT_STYLE_RUNNING]) /
                PANGO_SCALE;
  g_autofree char *line = NULL;
  PangoLayout *layout;

  /* One line, shortened with an ellipsis when it is too long.  Of a long
   * text (the plan's name on each of its pages) only the start is laid out:
   * four characters to an em of the width, more than a line of letters
   * holds. */
  line = report_text_shorten (text ? text : "", (gsize) ceil (width / size * 4));
  g_strdelimit (line, "\n\r\t", ' ');
  layout = report_layout_new (self, line, REPORT_STYLE_RUNNING, width, alignment);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -1);
  return layout;
}

/* The running header and footer of every page, and the page numbers of the
 * contents on the cover: what can only be written once the pages are known */
static void
report_finish (CareerReport *self)
{
  double left = CAREER_REPORT_SIDE_MARGIN;
  double right = self->width - CAREER_REPORT_SIDE_MARGIN;
  double width = right - left;
  g_autofree char *date = report_format_date (self->date);
  g_autofree char *footer = NULL;
  guint n_pages = self->pages->len;

  /* Translators: the footer of each page of the PDF; %s is the date */
  footer = g_strdup_printf (_("Career Planner · %s"), date);

  for (guint i = 0; i < n_pages; i++)
    {
      ReportPage *page = g_ptr_array_index (self->pages, i);
      g_autoptr(PangoLayout) title = running_layout (self, self->title, width * 0.58,
                                                     PANGO_ALIGN_LEFT);
      g_autoptr(PangoLayout) section = running_layout (self, page->section, width * 0.4,
                                                       PANGO_ALIGN_RIGHT);
      g_autoptr(PangoLayout) made = running_layout (self, footer, width * 0.58,
                                                    PANGO_ALIGN_LEFT);
      g_autoptr(PangoLayout) number = NULL;
      g_autofree char *page_text = NULL;

      /* Translators: the page number in the footer of each page */
      page_text = g_strdup_printf (_("Page %u of %u"), i + 1, n_pages);
      number = running_layout (self, page_text, width * 0.4, PANGO_ALIGN_RIGHT);

      report_page_add_text (page, title, REPORT_COLOR_MUTED, left, 38);
      report_page_add_text (page, section, REPORT_COLOR_MUTED, left + width * 0.6, 38);
      report_page_add_line (page, REPORT_COLOR_RULE, left, 52, right, 52);
      report_page_add_line (page, REPORT_COLOR_RULE, left, self->height - 56, right,
                            self->height - 56);
      report_page_add_text (page, made, REPORT_COLOR_MUTED, left, self->height - 50);
      report_page_add_text (page, number, REPORT_COLOR_MUTED, left + width * 0.6,
                            self->height - 50);
    }

  for (guint i = 0; i < self->slots->len; i++)
    {
      ReportSlot *slot = &g_array_index (self->slots, ReportSlot, i);

      for (guint j = 0; j < self->outline->len; j++)
        {
          ReportOutline *entry = &g_array_index (self->outline, ReportOutline, j);
          g_autofree char *number = NULL;
          g_autoptr(PangoLayout) layout = NULL;

          if (g_strcmp0 (entry->title, slot->title) != 0)
            continue;

          number = g_strdup_printf ("%u", entry->page + 1);
          layout = report_layout_new (self, number, slot->style, slot->width, PANGO_ALIGN_RIGHT);
          report_page_add_text (g_ptr_array_index (self->pages, slot->page), layout,
                                REPORT_COLOR_TEXT, slot->x, slot->y);
          break;
        }
    }
}

/**
 * career_report_get_locale_page_size:
 * @width: (out): in points
 * @height: (out): in points
 *
 * The paper of the locale (LC_PAPER, from glibc, in millimetres): US Letter
 * in the United States and Canada, A4 in most other places, and A4 when the
 * C library does not tell.
 */
void
career_report_get_locale_page_size (double *width,
                                    double *height)
{
  double w = CAREER_REPORT_A4_WIDTH;
  double h = CAREER_REPORT_A4_HEIGHT;

#ifdef __GLIBC__
  /* glibc keeps these numbers in the pointer nl_langinfo() returns, as a
   * union of a string and a word (GTK reads them the same way). */
  union { const char *string; unsigned int word; } mm_width, mm_height;

  mm_width.string = nl_langinfo (_NL_PAPER_WIDTH);
  mm_height.string = nl_langinfo (_NL_PAPER_HEIGHT);

  if (mm_width.word == 216 && mm_height.word == 279)
    {
      w = CAREER_REPORT_LETTER_WIDTH;
      h = CAREER_REPORT_LETTER_HEIGHT;
    }
  else if (mm_width.word == 210 && mm_height.word == 297)
    {
      /* A4 as 595 × 842, the size PDF tools name A4 */
    }
  else if (mm_width.word >= 80 && mm_width.word <= 1000 &&
           mm_height.word >= 80 && mm_height.word <= 1000)
    {
      w = round (mm_width.word * 72.0 / 25.4);
      h = round (mm_height.word * 72.0 / 25.4);
    }
#endif

  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

static gboolean
is_valid_size (double width,
               double height)
{
  return isfinite (width) && isfinite (height) &&
         width >= MIN_PAGE_SIZE && height >= MIN_PAGE_SIZE &&
         width <= MAX_PAGE_SIZE && height <= MAX_PAGE_SIZE;
}

/**
 * career_report_new_with_options:
 * @plan: the plan; read, not kept
 * @catalog: the catalog; read, not kept
 * @options: (nullable): the page size, the date, progress and cancellation
 * @error: return location for an error
 *
 * Lays the document out.  Progress goes from 0 to 0.3 here: the rest is
 * drawing the pages.
 *
 * Returns: (transfer full): the report, or %NULL with @error set when the
 *   page size is not one a document can have (CAREER_REPORT_ERROR_PAGE_SIZE)
 *   or when @options' cancellable was cancelled
 */
CareerReport *
career_report_new_with_options (CareerPlan                *plan,
                                CareerCatalog             *catalog,
                                const CareerReportOptions *options,
                                GError                   **error)
{
  g_autoptr(CareerReport) self = NULL;
  double width = 0, height = 0;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), NULL);
  g_return_val_if_fail (CAREER_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options != NULL)
    {
      width = options->page_width;
      height = options->page_height;
    }
  if (width == 0 && height == 0)
    career_report_get_locale_page_size (&width, &height);

  if (!is_valid_size (width, height))
    {
      g_set_error (error, CAREER_REPORT_ERROR, CAREER_REPORT_ERROR_PAGE_SIZE,
                   /* Translators: a page size in points (1/72 inch) */
                   _("A page of %g × %g points cannot hold the document: use a size from %g "
                     "to %g points each way"),
                   width, height, MIN_PAGE_SIZE, MAX_PAGE_SIZE);
      return NULL;
    }

  self = g_object_new (CAREER_TYPE_REPORT, NULL);
  self->width = width;
  self->height = height;
  self->date = options != NULL && options->date != NULL ? g_date_time_ref (options->date)
                                                         : g_date_time_new_now_local ();
  report_styles_init (self);

  report_progress (options, 0);
  if (!report_build (self, plan, catalog, options, error))
    return NULL;
  report_finish (self);
  report_progress (options, LAYOUT_SHARE);

  return g_steal_pointer (&self);
}

/**
 * career_report_new:
 * @plan: the plan; read, not kept
 * @catalog: the catalog; read, not kept
 * @width: the page width in points, from 288 to 14400
 * @height: the page height in points, from 288 to 14400
 *
 * Lays the document out for pages of @width × @height points, dated now.
 *
 * Returns: (transfer full): the report
 */
CareerReport *
career_report_new (CareerPlan    *plan,
                   CareerCatalog *catalog,
                   double         width,
                   double         height)
{
  CareerReportOptions options = { 0 };

  g_return_val_if_fail (is_valid_size (width, height), NULL);

  options.page_width = width;
  options.page_height = height;
  return career_report_new_with_options (plan, catalog, &options, NULL);
}

guint
career_report_get_n_pages (CareerReport *self)
{
  g_return_val_if_fail (CAREER_IS_REPORT (self), 0);

  return self->pages->len;
}

void
career_report_get_page_size (CareerReport *self,
                             double       *width,
                             double       *height)
{
  g_return_if_fail (CAREER_IS_REPORT (self));

  if (width != NULL)
    *width = self->width;
  if (height != NULL)
    *height = self->height;
}

/**
 * career_report_get_title:
 *
 * Returns: the document's title: the plan's name, or a stand-in for a plan
 *   without one
 */
const char *
career_report_get_title (CareerReport *self)
{
  g_return_val_if_fail (CAREER_IS_REPORT (self), NULL);

  return self->title;
}

/* for tests: whether the build included a section ("projection", ...) */
gboolean
career_report_has_section (CareerReport *self,
                           const char   *id)
{
  g_return_val_if_fail (CAREER_IS_REPORT (self), FALSE);

  for (guint i = 0; i < self->section_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->section_ids, i), id))
      return TRUE;
  return FALSE;
}

static void
draw_radar (CareerReport        *self,
            cairo_t             *cr,
            const ReportItem    *item,
            const CareerPalette *palette)
{
  const CareerAreaProfile *profile = g_array_index (self->radars, ReportRadar, item->chart).profile;
  CareerRadarSeries series[8];
  CareerRadarData data;

  career_radar_chart_data_from_profile (profile, &data, series, G_N_ELEMENTS (series));
  career_radar_chart_draw (cr, &data, palette, item->width * CHART_SCALE,
                           item->height * CHART_SCALE);
}

static void
draw_timeline (CareerReport        *self,
               cairo_t             *cr,
               const ReportItem    *item,
               const CareerPalette *palette)
{
  const ReportTimeline *timeline = &g_array_index (self->timelines, ReportTimeline, item->chart);
  CareerTimelineSeries series = {
    timeline->name, timeline->series->n_points, timeline->series->times,
    timeline->series->values, 0, FALSE,
  };
  /* Translators: a percentage on the chart's value axis */
  CareerTimelineData data = { 1, &series, 0, 100, _("%s\xc2\xa0%%"), FALSE, NULL };

  career_timeline_chart_draw (cr, &data, palette, item->width * CHART_SCALE,
                              item->height * CHART_SCALE);
}

/**
 * career_report_draw_page:
 * @cr: a context whose user space is the page, in points
 * @page: the page, from 0
 *
 * Draws one page.  Nothing is painted under it: the paper is the
 * background.
 */
void
career_report_draw_page (CareerReport *self,
                         cairo_t      *cr,
                         guint         page)
{
  CareerPalette palette = *career_palette_light ();
  ReportPage *p;

  g_return_if_fail (CAREER_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  /* The charts as on screen, in the light palette, on the paper */
  palette.background.alpha = 0;
  p = g_ptr_array_index (self->pages, page);

  cairo_save (cr);
  for (guint i = 0; i < p->items->len; i++)
    {
      const ReportItem *item = &g_array_index (p->items, ReportItem, i);

      cairo_new_path (cr);
      switch (item->kind)
        {
        case REPORT_ITEM_TEXT:
          career_color_set_source (cr, &report_colors[item->color], 1);
          cairo_move_to (cr, item->x, item->y);
          pango_cairo_show_layout (cr, item->layout);
          break;

        case REPORT_ITEM_RECT:
          career_color_set_source (cr, &report_colors[item->color], 1);
          cairo_rectangle (cr, item->x, item->y, item->width, item->height);
          cairo_fill (cr);
          break;

        case REPORT_ITEM_LINE:
          career_color_set_source (cr, &report_colors[item->color], 1);
          cairo_set_line_width (cr, 0.6);
          cairo_move_to (cr, item->x, item->y);
          cairo_rel_line_to (cr, item->width, item->height);
          cairo_stroke (cr);
          break;

        case REPORT_ITEM_RADAR:
        case REPORT_ITEM_TIMELINE:
          cairo_save (cr);
          cairo_translate (cr, item->x, item->y);
          cairo_scale (cr, 1 / CHART_SCALE, 1 / CHART_SCALE);
          if (item->kind == REPORT_ITEM_RADAR)
            draw_radar (self, cr, item, &palette);
          else
            draw_timeline (self, cr, item, &palette);
          cairo_restore (cr);
          break;

        default:
          g_assert_not_reached ();
        }
    }
  cairo_restore (cr);
}

/* Writing the PDF */

typedef struct
{
  int fd;
  int errsv;
} WriteClosure;

static cairo_status_t
write_to_fd (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  WriteClosure *out = closure;

  while (length > 0 && out->errsv == 0)
    {
      ssize_t n = write (out->fd, data, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          out->errsv = n < 0 ? errno : EIO;
          break;
        }
      data += n;
      length -= n;
    }

  return out->errsv == 0 ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static cairo_status_t
write_to_bytes (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (CareerReport    *self,
              cairo_surface_t *surface)
{
  g_autofree char *creator = g_strdup_printf ("%s %s", _("Career Planner"), PACKAGE_VERSION);
  g_autofree char *date = g_date_time_format (self->date, "%Y-%m-%dT%H:%M:%S");

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  if (self->author != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, self->author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, self->subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, creator);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);
}

/* The outline of the sections.  Only outlines: cairo 1.16 damages the file
 * for any link tag, so the document has no links. */
static void
add_outline (CareerReport    *self,
             cairo_surface_t *surface)
{
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < self->outline->len; i++)
    {
      ReportOutline *entry = &g_array_index (self->outline, ReportOutline, i);
      g_autofree char *link = g_strdup_printf ("page=%u", entry->page + 1);
      int id;

      id = cairo_pdf_surface_add_outline (surface,
                                          entry->level == 0 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                          entry->title, link,
                                          entry->level == 0 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);
      if (entry->level == 0)
        parent = id;
    }
}

/* Draws every page onto @surface and finishes it */
static gboolean
render_pdf (CareerReport              *self,
            cairo_surface_t           *surface,
            const CareerReportOptions *options,
            GError                   **error)
{
  GCancellable *cancellable = options ? options->cancellable : NULL;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages = self->pages->len;
  gboolean cancelled = FALSE;

  set_metadata (self, surface);
  add_outline (self, surface);

  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          cancelled = TRUE;
          break;
        }
      career_report_draw_page (self, cr, i);
      cairo_show_page (cr);
      report_progress (options, LAYOUT_SHARE + (1 - LAYOUT_SHARE) * (i + 1) / n_pages * 0.95);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);

  if (cancelled || g_cancellable_is_cancelled (cancellable))
    {
      g_cancellable_set_error_if_cancelled (cancellable, error);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, CAREER_REPORT_ERROR, CAREER_REPORT_ERROR_DRAW,
                   _("The document could not be drawn: %s"), cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static void
set_io_error (GError    **error,
              int         errsv,
              const char *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
               /* Translators: %1$s is a file name, %2$s why it cannot be written */
               _("Cannot write “%1$s”: %2$s"), display, g_strerror (errsv));
}

/* A local file: written to a new file next to it, which replaces it only
 * once it is complete; on any failure the new file is removed and @path is
 * left as it was. */
static gboolean
write_local (CareerReport              *self,
             const char                *path,
             const CareerReportOptions *options,
             GError                   **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp_name = g_strdup_printf (".%s.XXXXXX", base);
  g_autofree char *tmp_path = g_build_filename (dir, tmp_name, NULL);
  WriteClosure closure = { -1, 0 };
  cairo_surface_t *surface;
  gboolean ok;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      set_io_error (error, EISDIR, path);
      return FALSE;
    }

  closure.fd = g_mkstemp_full (tmp_path, O_WRONLY, 0666);
  if (closure.fd < 0)
    {
      set_io_error (error, errno, path);
      return FALSE;
    }

  surface = cairo_pdf_surface_create_for_stream (write_to_fd, &closure,
                                                 self->width, self->height);
  ok = render_pdf (self, surface, options, error);
  cairo_surface_destroy (surface);

  if (ok && closure.errsv != 0)
    {
      g_clear_error (error);
      set_io_error (error, closure.errsv, path);
      ok = FALSE;
    }
  else if (!ok && closure.errsv != 0)
    {
      /* the write error explains the draw error */
      g_clear_error (error);
      set_io_error (error, closure.errsv, path);
    }

  if (ok && fsync (closure.fd) != 0)
    {
      set_io_error (error, errno, path);
      ok = FALSE;
    }
  if (close (closure.fd) != 0 && ok)
    {
      set_io_error (error, errno, path);
      ok = FALSE;
    }
  if (ok && g_rename (tmp_path, path) != 0)
    {
      set_io_error (error, errno, path);
      ok = FALSE;
    }

  if (!ok)
    g_unlink (tmp_path);
  else
    report_progress (options, 1);
  return ok;
}

/* A file that is not local (a remote folder): the document is made in
 * memory, then handed to GIO, which replaces the file as a whole. */
static gboolean
write_remote (CareerReport              *self,
              GFile                     *file,
              const CareerReportOptions *options,
              GError                   **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  gboolean ok;

  surface = cairo_pdf_surface_create_for_stream (write_to_bytes, bytes,
                                                 self->width, self->height);
  ok = render_pdf (self, surface, options, error);
  cairo_surface_destroy (surface);

  if (ok)
    ok = g_file_replace_contents (file, (const char *) bytes->data, bytes->len, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL,
                                  options ? options->cancellable : NULL, error);
  if (ok)
    report_progress (options, 1);
  return ok;
}

/**
 * career_report_write_pdf:
 * @plan: the plan
 * @catalog: the catalog
 * @file: where to write the PDF
 * @options: (nullable): page size (the locale's by default), date,
 *   progress, cancellation
 * @error: return location for an error
 *
 * Writes the plan as a PDF document.  The file is written whole or not at
 * all: to a temporary file in the same folder, renamed over @file once it is
 * complete.  On any error, or when cancelled, the temporary file is removed
 * and @file is left as it was (missing, if it was).
 *
 * May run in a worker thread, with a plan of its own (see career-report.h).
 *
 * Returns: %TRUE on success; %FALSE with @error set: G_IO_ERROR for a file
 *   that cannot be written (and %G_IO_ERROR_CANCELLED), CAREER_REPORT_ERROR
 *   for a page size or a document cairo failed to make
 */
gboolean
career_report_write_pdf (CareerPlan                *plan,
                         CareerCatalog             *catalog,
                         GFile                     *file,
                         const CareerReportOptions *options,
                         GError                   **error)
{
  g_autoptr(CareerReport) report = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (CAREER_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (CAREER_IS_CATALOG (catalog), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  report = career_report_new_with_options (plan, catalog, options, error);
  if (report == NULL)
    return FALSE;

  path = g_file_get_path (file);
  if (path != NULL)
    return write_local (report, path, options, error);
  return write_remote (report, file, options, error);
}
