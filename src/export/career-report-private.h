/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "career-analysis.h"
#include "career-progress-history.h"
#include "career-report.h"

G_BEGIN_DECLS

/*
 * Inside the report: a display list per page, built by a flow that places
 * measured rows one under the other.
 *
 *   career-report.c          the object, page drawing and the PDF writer
 *   career-report-layout.c   the flow: styles, rows, tables, page breaks
 *   career-report-content.c  the sections, from the plan and the catalog
 */

typedef enum
{
  REPORT_STYLE_BODY,
  REPORT_STYLE_BODY_BOLD,
  REPORT_STYLE_SMALL,
  REPORT_STYLE_CELL,
  REPORT_STYLE_CELL_BOLD,
  REPORT_STYLE_TABLE_HEAD,
  REPORT_STYLE_H1,
  REPORT_STYLE_H2,
  REPORT_STYLE_TITLE,
  REPORT_STYLE_SUBTITLE,
  REPORT_STYLE_RUNNING,
  REPORT_N_STYLES,
} ReportStyle;

typedef enum
{
  REPORT_COLOR_TEXT,
  REPORT_COLOR_MUTED,
  REPORT_COLOR_ACCENT,
  REPORT_COLOR_WARNING,
  REPORT_COLOR_RULE,
  REPORT_COLOR_HEAD_BG,
  REPORT_COLOR_GROUP_BG,
  REPORT_N_COLORS,
} ReportColor;

typedef enum
{
  REPORT_ITEM_TEXT,
  REPORT_ITEM_RECT,
  REPORT_ITEM_LINE,
  REPORT_ITEM_RADAR,
  REPORT_ITEM_TIMELINE,
} ReportItemKind;

/* One mark on a page, in page coordinates (points, y down) */
typedef struct
{
  ReportItemKind  kind;
  ReportColor     color;
  double          x, y, width, height;
  PangoLayout    *layout; /* TEXT: owned */
  guint           chart;  /* RADAR, TIMELINE: index into the report's charts */
} ReportItem;

typedef struct
{
  GArray *items;    /* ReportItem */
  char   *section;  /* the running header's section title */
} ReportPage;

/* An entry of the PDF outline and of the contents on the cover */
typedef struct
{
  char  *title;
  guint  page;
  guint  level;     /* 0 for a section, 1 for a part of one */
} ReportOutline;

/* Where the cover's contents writes the page of the outline entry @title */
typedef struct
{
  char        *title;
  guint        page;
  double       x, y, width;
  ReportStyle  style;
} ReportSlot;

typedef struct
{
  CareerAreaProfile *profile;
} ReportRadar;

typedef struct
{
  CareerProgressSeries *series;
  char                 *name;
} ReportTimeline;

/* Lines of a cell's text laid out together: a long text is laid out a
 * few dozen lines at a time (see cell_lay_out()) */
typedef struct
{
  PangoLayout *layout;
  gsize        start;     /* where its text starts in the cell's, in bytes */
  double       height;
} ReportBlock;

/* A cell of a row: its text measured, in blocks one under the other, at an
 * x offset from the content's left */
typedef struct
{
  char        *text;
  ReportStyle  style;
  ReportColor  color;
  double       x;
  double       width;
  PangoAlignment alignment;
  GArray      *blocks;    /* ReportBlock */
  double       height;
} ReportCell;

typedef struct
{
  GArray   *cells;        /* ReportCell */
  double    pad_top;
  double    pad_bottom;
  gboolean  has_background;
  ReportColor background;
  gboolean  rule_above;
} ReportRow;

struct _CareerReport
{
  GObject        parent_instance;

  double         width;
  double         height;
  char          *title;
  char          *author;
  char          *subject;
  GDateTime     *date;

  PangoFontMap  *font_map;
  PangoContext  *context;
  PangoFontDescription *fonts[REPORT_N_STYLES];

  GPtrArray     *pages;     /* ReportPage */
  GArray        *outline;   /* ReportOutline */
  GArray        *radars;    /* ReportRadar */
  GArray        *timelines; /* ReportTimeline */
  GArray        *slots;     /* ReportSlot */

  /* the sections of the build, for tests */
  GPtrArray     *section_ids;
  /* what was given to pango to lay out, for tests: the bytes of all the
   * layouts and of the longest one */
  guint64        laid_out_bytes;
  gsize          longest_layout;
};

/* A table: columns over the content width, a heading row repeated on each
 * page it runs over, and an optional group caption repeated too */
typedef struct
{
  guint       n_columns;
  double      x[8];
  double      width[8];
  PangoAlignment alignment[8];
  ReportRow  *heading;
  ReportRow  *caption;    /* the current group's "(continued)" caption */
} ReportTable;

typedef struct _ReportFlow ReportFlow;

struct _ReportFlow
{
  CareerReport *report;
  double        left;
  double        right;
  double        top;
  double        bottom;
  double        y;
  ReportPage   *page;
  char         *section;
  ReportTable  *table;    /* the table being placed, for its repeated rows */
  gboolean      fresh;    /* nothing placed on the page yet but repeated rows */
};

#define REPORT_CELL_PAD 4.0

/* The most of one text that a cell shows; an ellipsis stands for the rest.
 * Far more than any real name, description or note: the longest text of
 * the built-in catalog has 1,100 characters, and 20,000 fill some four
 * pages of body text, thirty of the cover's title.  The plan and catalog
 * files allow texts of megabytes: a name of one made 1,800 pages in 11 s. */
#define REPORT_MAX_TEXT_CHARS 20000

/* career-report-layout.c */
void          report_styles_init        (CareerReport   *report);
PangoLayout  *report_layout_new         (CareerReport   *report,
                                         const char     *text,
                                         ReportStyle     style,
                                         double          width,
                                         PangoAlignment  alignment);
char         *report_text_shorten       (const char     *text,
                                         gsize           max_chars);

void          report_page_free          (gpointer        data);
ReportPage   *report_add_page           (CareerReport   *report,
                                         const char     *section);
void          report_page_add_text      (ReportPage     *page,
                                         PangoLayout    *layout,
                                         ReportColor     color,
                                         double          x,
                                         double          y);
void          report_page_add_rect      (ReportPage     *page,
                                         ReportColor     color,
                                         double          x,
                                         double          y,
                                         double          width,
                                         double          height);
void          report_page_add_line      (ReportPage     *page,
                                         ReportColor     color,
                                         double          x0,
                                         double          y0,
                                         double          x1,
                                         double          y1);

ReportRow    *report_row_new            (void);
void          report_row_free           (ReportRow      *row);
void          report_row_add_cell       (ReportRow      *row,
                                         CareerReport   *report,
                                         const char     *text,
                                         ReportStyle     style,
                                         ReportColor     color,
                                         double          x,
                                         double          width,
                                         PangoAlignment  alignment);
void          report_row_set_style      (ReportRow      *row,
                                         CareerReport   *report,
                                         guint           index,
                                         ReportStyle     style);
double        report_row_get_height     (ReportRow      *row);

void          report_flow_init          (ReportFlow     *flow,
                                         CareerReport   *report);
void          report_flow_clear         (ReportFlow     *flow);
void          report_flow_new_page      (ReportFlow     *flow);
void          report_flow_begin_section (ReportFlow     *flow,
                                         const char     *title,
                                         guint           level,
                                         gboolean        new_page);
double        report_flow_width         (ReportFlow     *flow);
void          report_flow_keep          (ReportFlow     *flow,
                                         double          height);
void          report_flow_space         (ReportFlow     *flow,
                                         double          height);
void          report_flow_place_row     (ReportFlow     *flow,
                                         ReportRow      *row);
ReportRow    *report_paragraph_new      (ReportFlow     *flow,
                                         const char     *text,
                                         ReportStyle     style,
                                         ReportColor     color);
double        report_flow_chart_height  (ReportFlow     *flow,
                                         double          height,
                                         double          above);
void          report_flow_paragraph     (ReportFlow     *flow,
                                         const char     *text,
                                         ReportStyle     style,
                                         ReportColor     color);
void          report_flow_heading       (ReportFlow     *flow,
                                         const char     *text,
                                         ReportStyle     style,
                                         double          keep_after);
void          report_flow_chart         (ReportFlow     *flow,
                                         ReportItemKind  kind,
                                         guint           chart,
                                         double          height);

ReportTable  *report_table_new          (ReportFlow     *flow,
                                         guint           n_columns,
                                         const double   *fractions,
                                         const char * const *headings,
                                         const PangoAlignment *alignments);
void          report_table_free         (ReportTable    *table);
void          report_table_begin        (ReportFlow     *flow,
                                         ReportTable    *table);
void          report_table_end          (ReportFlow     *flow);
void          report_table_group        (ReportFlow     *flow,
                                         const char     *caption,
                                         const char     *continued);
ReportRow    *report_table_row_new      (ReportFlow     *flow,
                                         const char * const *texts,
                                         ReportStyle     style);
void          report_table_row          (ReportFlow     *flow,
                                         const char * const *texts,
                                         ReportStyle     style);
void          report_flow_place_rows    (ReportFlow     *flow,
                                         GPtrArray      *rows);
ReportRow    *report_table_note_new     (ReportFlow     *flow,
                                         guint           from_column,
                                         const char     *text,
                                         ReportColor     color);
void          report_table_note         (ReportFlow     *flow,
                                         guint           from_column,
                                         const char     *text,
                                         ReportColor     color);

/* career-report-content.c */
gboolean      report_build              (CareerReport   *report,
                                         CareerPlan     *plan,
                                         CareerCatalog  *catalog,
                                         const CareerReportOptions *options,
                                         GError        **error);

/* career-report.c */
void          report_progress           (const CareerReportOptions *options,
                                         double          fraction);
char         *report_format_date        (GDateTime      *date);
gboolean      career_report_has_section (CareerReport   *self,
                                         const char     *id);

G_END_DECLS
