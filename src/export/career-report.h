/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "career-catalog.h"
#include "career-plan.h"

G_BEGIN_DECLS

/*
 * The plan as a document: a cover, the comparison of the two paths, the
 * skills, the degree plan, other learning and the sources of every figure.
 *
 * The document is laid out once, when the CareerReport is made, for one page
 * size: every row of text is measured with pango before it is placed, long
 * cells wrap, tables break across pages with their headings repeated, and a
 * row taller than a page is split between its lines.  Nothing is clipped.
 * Any page can then be drawn onto any cairo_t whose user space is that page
 * in points (a PDF surface, a print context, an image surface scaled by the
 * caller).  The report keeps its own copy of everything it draws, so the
 * plan may change, or be freed, once the report is made.
 *
 * Threads.  A CareerReport is not thread-safe, but it may be made and used
 * in any one thread.  Making one reads the plan (which must not change while
 * it is read: give a worker thread its own copy of the plan, such as one
 * reloaded with career_plan_file_load_data() from career_plan_file_to_data())
 * and the catalog (read only: a catalog that is no longer being loaded may be
 * shared between threads).
 */

#define CAREER_REPORT_ERROR (career_report_error_quark ())

typedef enum
{
  CAREER_REPORT_ERROR_PAGE_SIZE, /* a page too small or too large */
  CAREER_REPORT_ERROR_DRAW,      /* cairo failed to make the document */
} CareerReportError;

/* Paper sizes in points (1/72 inch) */
#define CAREER_REPORT_A4_WIDTH      595.0
#define CAREER_REPORT_A4_HEIGHT     842.0
#define CAREER_REPORT_LETTER_WIDTH  612.0
#define CAREER_REPORT_LETTER_HEIGHT 792.0

/* Every mark of a page lies at least this far inside its edges; the body
 * text at least CAREER_REPORT_SIDE_MARGIN from the left and right edges. */
#define CAREER_REPORT_EDGE_MARGIN 36.0
#define CAREER_REPORT_SIDE_MARGIN 54.0

/**
 * CareerReportProgressFunc:
 * @fraction: the share of the work done, from 0 to 1, never decreasing
 * @user_data: CareerReportOptions.progress_data
 *
 * Called in the thread that lays out and writes the document.
 */
typedef void (*CareerReportProgressFunc) (double   fraction,
                                          gpointer user_data);

/**
 * CareerReportOptions:
 * @page_width: the page size in points; 0 (with @page_height 0) for the
 *   locale's paper, see career_report_get_locale_page_size()
 * @page_height: see @page_width
 * @date: (nullable): the date the document gives itself; now when %NULL
 * @progress: (nullable): told how far the work is
 * @progress_data: for @progress
 * @cancellable: (nullable): stops the work; the function then fails with
 *   %G_IO_ERROR_CANCELLED
 *
 * Options of a report.  Zero-initialise the struct and set what you need:
 * `CareerReportOptions options = { 0 };`.
 */
typedef struct
{
  double                    page_width;
  double                    page_height;
  GDateTime                *date;
  CareerReportProgressFunc  progress;
  gpointer                  progress_data;
  GCancellable             *cancellable;
} CareerReportOptions;

#define CAREER_TYPE_REPORT (career_report_get_type ())

G_DECLARE_FINAL_TYPE (CareerReport, career_report, CAREER, REPORT, GObject)

GQuark        career_report_error_quark          (void);

void          career_report_get_locale_page_size (double                    *width,
                                                  double                    *height);

CareerReport *career_report_new                  (CareerPlan                *plan,
                                                  CareerCatalog             *catalog,
                                                  double                     width,
                                                  double                     height);
CareerReport *career_report_new_with_options     (CareerPlan                *plan,
                                                  CareerCatalog             *catalog,
                                                  const CareerReportOptions *options,
                                                  GError                   **error);

guint         career_report_get_n_pages          (CareerReport              *self);
void          career_report_get_page_size        (CareerReport              *self,
                                                  double                    *width,
                                                  double                    *height);
const char   *career_report_get_title            (CareerReport              *self);
void          career_report_draw_page            (CareerReport              *self,
                                                  cairo_t                   *cr,
                                                  guint                      page);

gboolean      career_report_write_pdf            (CareerPlan                *plan,
                                                  CareerCatalog             *catalog,
                                                  GFile                     *file,
                                                  const CareerReportOptions *options,
                                                  GError                   **error);

G_END_DECLS
