/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The report's flow: text is measured with pango before it is placed, rows
 * go one under the other, and a row that does not fit goes to the next page,
 * or, when it is taller than a page, is split between two of its lines.  A
 * table repeats its heading row (and the caption of the group it is in) at
 * the top of every page it continues on.
 */
#define G_LOG_DOMAIN "CareerExport"

#include "config.h"

#include <math.h>
#include <string.h>

#include "career-report-private.h"

#define FONT_FAMILY "Sans"

/* Below this much room a row is not split: it starts on the next page */
#define MIN_SPLIT_HEIGHT 40.0
/* A row taller than this is split to fill the page rather than moved whole
 * to the next one, which would leave a gap as tall as the row */
#define SPLIT_ROW_HEIGHT 120.0
/* What a level-two heading takes, with its space */
#define HEADING_ROOM 40.0
/* The narrowest column of a table: three or four characters */
#define MIN_COLUMN_WIDTH 30.0
/* What a split leaves for the next page at least, when it can: two lines */
#define MIN_REST_HEIGHT 22.0
/* The room asked for under a group caption, so that it is never left alone
 * at the bottom of a page */
#define CAPTION_KEEP 36.0

/* A long text is laid out a block of lines at a time.  Pango 1.50 shapes
 * the rest of a word again for each line it breaks the word on, so one
 * layout of a word longer than a line takes time in the square of the
 * word's length: 1.7 s for 20,000 characters without a space, four times
 * that for twice as many.  A block lays out a window of the text, about
 * BLOCK_LINES lines of letters, and keeps its lines but the last one, which
 * the window's end may have cut short; the next window starts where that
 * line does.  Pango breaks lines one after the other, from the start, so
 * these are the lines of the whole text laid out at once. */
#define BLOCK_LINES 24
#define BLOCK_MIN_BYTES 128
#define BLOCK_MAX_BYTES 65536

static ReportRow *table_row_new (ReportFlow         *flow,
                                 ReportTable        *t,
                                 const char * const *texts,
                                 ReportStyle         style);

typedef struct
{
  double   size;
  gboolean bold;
} StyleSpec;

static const StyleSpec style_specs[REPORT_N_STYLES] = {
  [REPORT_STYLE_BODY]       = { 10.0, FALSE },
  [REPORT_STYLE_BODY_BOLD]  = { 10.0, TRUE },
  [REPORT_STYLE_SMALL]      = { 8.5, FALSE },
  [REPORT_STYLE_CELL]       = { 9.0, FALSE },
  [REPORT_STYLE_CELL_BOLD]  = { 9.0, TRUE },
  [REPORT_STYLE_TABLE_HEAD] = { 8.5, TRUE },
  [REPORT_STYLE_H1]         = { 18.0, TRUE },
  [REPORT_STYLE_H2]         = { 13.0, TRUE },
  [REPORT_STYLE_TITLE]      = { 26.0, TRUE },
  [REPORT_STYLE_SUBTITLE]   = { 14.0, FALSE },
  [REPORT_STYLE_RUNNING]    = { 8.0, FALSE },
};

/* The layouts are made in a context of their own, at 72 units per inch and
 * without hinting, so that a measure holds at any scale and on any surface
 * the page is later drawn on: on a PDF page and in a print preview alike. */
void
report_styles_init (CareerReport *report)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  report->font_map = pango_cairo_font_map_new ();
  report->context = pango_font_map_create_context (report->font_map);
  pango_cairo_context_set_resolution (report->context, 72);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (report->context, options);
  pango_context_set_round_glyph_positions (report->context, FALSE);
  cairo_font_options_destroy (options);

  for (guint i = 0; i < REPORT_N_STYLES; i++)
    {
      PangoFontDescription *font = pango_font_description_from_string (FONT_FAMILY);

      pango_font_description_set_absolute_size (font, style_specs[i].size * PANGO_SCALE);
      if (style_specs[i].bold)
        pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      report->fonts[i] = font;
    }
}

/* A paragraph of @text wrapped to @width: at word boundaries, and inside a
 * word too long for the width (a URL), without inventing hyphens. */
PangoLayout *
report_layout_new (CareerReport   *report,
                   const char     *text,
                   ReportStyle     style,
                   double          width,
                   PangoAlignment  alignment)
{
  PangoLayout *layout = pango_layout_new (report->context);
  PangoAttrList *attrs = pango_attr_list_new ();
  gsize length;

  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  pango_layout_set_font_description (layout, report->fonts[style]);
  pango_layout_set_width (layout, (int) floor (MAX (width, 1) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_text (layout, text ? text : "", -1);

  length = strlen (pango_layout_get_text (layout));
  report->laid_out_bytes += length;
  report->longest_layout = MAX (report->longest_layout, length);
  return layout;
}

/* @text, or its first @max_chars characters and an ellipsis when it is
 * longer */
char *
report_text_shorten (const char *text,
                     gsize       max_chars)
{
  const char *end = text;

  for (gsize n = 0; n < max_chars && *end != '\0'; n++)
    end = g_utf8_next_char (end);
  if (*end == '\0')
    return g_strdup (text);
  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}

/* Pages and their marks */

void
report_page_free (gpointer data)
{
  ReportPage *page = data;

  for (guint i = 0; i < page->items->len; i++)
    g_clear_object (&g_array_index (page->items, ReportItem, i).layout);
  g_array_unref (page->items);
  g_free (page->section);
  g_free (page);
}

ReportPage *
report_add_page (CareerReport *report,
                 const char   *section)
{
  ReportPage *page = g_new0 (ReportPage, 1);

  page->items = g_array_new (FALSE, TRUE, sizeof (ReportItem));
  page->section = g_strdup (section);
  g_ptr_array_add (report->pages, page);
  return page;
}

void
report_page_add_text (ReportPage  *page,
                      PangoLayout *layout,
                      ReportColor  color,
                      double       x,
                      double       y)
{
  ReportItem item = { REPORT_ITEM_TEXT, color, x, y, 0, 0, g_object_ref (layout), 0 };

  g_array_append_val (page->items, item);
}

void
report_page_add_rect (ReportPage  *page,
                      ReportColor  color,
                      double       x,
                      double       y,
                      double       width,
                      double       height)
{
  ReportItem item = { REPORT_ITEM_RECT, color, x, y, width, height, NULL, 0 };

  g_array_append_val (page->items, item);
}

void
report_page_add_line (ReportPage  *page,
                      ReportColor  color,
                      double       x0,
                      double       y0,
                      double       x1,
                      double       y1)
{
  ReportItem item = { REPORT_ITEM_LINE, color, x0, y0, x1 - x0, y1 - y0, NULL, 0 };

  g_array_append_val (page->items, item);
}

/* Rows */

static void
clear_block (gpointer data)
{
  ReportBlock *block = data;

  g_clear_object (&block->layout);
}

static void
clear_cell (gpointer data)
{
  ReportCell *cell = data;

  g_clear_pointer (&cell->text, g_free);
  g_clear_pointer (&cell->blocks, g_array_unref);
}

/* An empty cell, with no text yet */
static void
cell_init (ReportCell     *cell,
           ReportStyle     style,
           ReportColor     color,
           double          x,
           double          width,
           PangoAlignment  alignment)
{
  *cell = (ReportCell) { NULL, style, color, x, MAX (width, 1), alignment, NULL, 0 };
  cell->blocks = g_array_new (FALSE, TRUE, sizeof (ReportBlock));
  g_array_set_clear_func (cell->blocks, clear_block);
}

/* Puts @layout (@cell's now) under the other blocks of @cell */
static void
cell_add_block (ReportCell  *cell,
                PangoLayout *layout,
                gsize        start)
{
  ReportBlock block = { layout, start, 0 };
  PangoRectangle logical;

  /* A block without text is still a line: an empty line of the text */
  pango_layout_get_extents (layout, NULL, &logical);
  block.height = (double) (logical.y + logical.height) / PANGO_SCALE;
  g_array_append_val (cell->blocks, block);
  cell->height += block.height;
}

/* Where a line that fills the window @layout of @text breaks: at the last
 * place a cursor can stand before the window's end, so that no character
 * loses the marks on it; at the end when there is none */
static gsize
forced_break (PangoLayout *layout,
              const char  *text)
{
  const PangoLogAttr *attrs;
  int n_attrs;

  attrs = pango_layout_get_log_attrs_readonly (layout, &n_attrs);
  for (int i = n_attrs - 2; i > 0; i--)
    if (attrs[i].is_cursor_position)
      return g_utf8_offset_to_pointer (text, i) - text;
  return strlen (text);
}

/* Lays out the text of @cell: whole when it is short, else a window at a
 * time, so that the time it takes grows with the length of the text, not
 * with its square */
static void
cell_lay_out (ReportCell   *cell,
              CareerReport *report)
{
  const char *text = cell->text;
  gsize length = strlen (text);
  gsize start = 0;
  /* Two bytes to an em of the width: a line of letters holds fewer, and one
   * of any script not ten times as many (emoji sequences, stacked marks),
   * so that a window holds a few lines at least.  It is the same for every
   * window: one sized after the lines before could hold hundreds of lines
   * of a word after a line of characters without width. */
  gsize window = (gsize) (cell->width / style_specs[cell->style].size * 2) * BLOCK_LINES;

  g_array_set_size (cell->blocks, 0);
  cell->height = 0;
  if (length == 0)
    return;

  window = CLAMP (window, BLOCK_MIN_BYTES, BLOCK_MAX_BYTES);
  while (length - start > window)
    {
      gsize end = start + window;
      g_autofree char *part = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      GSList *lines;
      PangoLayoutLine *kept = NULL;
      guint n_kept = 0;
      int next;

      /* At a character's start */
      while ((text[end] & 0xc0) == 0x80)
        end--;
      part = g_strndup (text + start, end - start);
      layout = report_layout_new (report, part, cell->style, cell->width, cell->alignment);

      for (lines = pango_layout_get_lines_readonly (layout); lines->next; lines = lines->next)
        {
          kept = lines->data;
          n_kept++;
        }

      if (n_kept == 0)
        {
          /* Not one whole line in the window: marks on marks, or characters
           * without width.  The line ends with the window. */
          end = forced_break (layout, part);
          if (part[end] != '\0')
            {
              part[end] = '\0';
              g_clear_object (&layout);
              layout = report_layout_new (report, part, cell->style, cell->width,
                                          cell->alignment);
            }
          cell_add_block (cell, g_steal_pointer (&layout), start);
          start += end;
          continue;
        }

      /* The lines but the last, without the line break or the spaces they
       * end with: pango lets spaces at the end of a wrapped line go past
       * its width but counts them at the end of a text */
      end = kept->start_index + kept->length;
      while (end > (gsize) kept->start_index)
        {
          char *c = g_utf8_find_prev_char (part, part + end);

          if (!g_unichar_isspace (g_utf8_get_char (c)))
            break;
          end = c - part;
        }
      next = ((PangoLayoutLine *) lines->data)->start_index;
      part[end] = '\0';
      cell_add_block (cell, report_layout_new (report, part, cell->style, cell->width,
                                               cell->alignment),
                      start);
      start += next;
    }

  cell_add_block (cell, report_layout_new (report, text + start, cell->style, cell->width,
                                           cell->alignment),
                  start);
}

ReportRow *
report_row_new (void)
{
  ReportRow *row = g_new0 (ReportRow, 1);

  row->cells = g_array_new (FALSE, TRUE, sizeof (ReportCell));
  g_array_set_clear_func (row->cells, clear_cell);
  return row;
}

void
report_row_free (ReportRow *row)
{
  if (row == NULL)
    return;
  g_array_unref (row->cells);
  g_free (row);
}

void
report_row_add_cell (ReportRow      *row,
                     CareerReport   *report,
                     const char     *text,
                     ReportStyle     style,
                     ReportColor     color,
                     double          x,
                     double          width,
                     PangoAlignment  alignment)
{
  ReportCell cell;

  cell_init (&cell, style, color, x, width, alignment);
  cell.text = report_text_shorten (text ? text : "", REPORT_MAX_TEXT_CHARS);
  cell_lay_out (&cell, report);
  g_array_append_val (row->cells, cell);
}

/* Sets the style of one cell, measuring it again */
void
report_row_set_style (ReportRow    *row,
                      CareerReport *report,
                      guint         index,
                      ReportStyle   style)
{
  ReportCell *cell;

  g_return_if_fail (index < row->cells->len);

  cell = &g_array_index (row->cells, ReportCell, index);
  cell->style = style;
  cell_lay_out (cell, report);
}

double
report_row_get_height (ReportRow *row)
{
  double height = 0;

  for (guint i = 0; i < row->cells->len; i++)
    height = MAX (height, g_array_index (row->cells, ReportCell, i).height);
  return row->pad_top + height + row->pad_bottom;
}

/* Where each cell of @row breaks for @room points of text: the byte index
 * of its first line that does not fit (-1 when all fit), and the height of
 * the lines that do not.  Returns whether some line fits and some does not.
 * It looks no further than that line: at a page's lines, not the text's. */
static gboolean
find_split (ReportRow *row,
            double     room,
            gssize    *split_at,
            double    *rest_height)
{
  gboolean any_fits = FALSE;
  gboolean any_left = FALSE;

  *rest_height = 0;
  for (guint i = 0; i < row->cells->len; i++)
    {
      ReportCell *cell = &g_array_index (row->cells, ReportCell, i);
      gssize first_left = -1;
      double top = 0;

      for (guint b = 0; b < cell->blocks->len && first_left < 0; b++)
        {
          ReportBlock *block = &g_array_index (cell->blocks, ReportBlock, b);
          PangoLayoutIter *iter = pango_layout_get_iter (block->layout);

          do
            {
              PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
              int y0, y1;

              pango_layout_iter_get_line_yrange (iter, &y0, &y1);
              if (top + (double) y1 / PANGO_SCALE <= room)
                {
                  if (line->length > 0)
                    any_fits = TRUE;
                }
              else
                {
                  first_left = (gssize) block->start + line->start_index;
                  *rest_height = MAX (*rest_height,
                                      cell->height - top - (double) y0 / PANGO_SCALE);
                  break;
                }
            }
          while (pango_layout_iter_next_line (iter));
          pango_layout_iter_free (iter);
          top += block->height;
        }

      split_at[i] = first_left;
      if (first_left >= 0)
        any_left = TRUE;
    }

  return any_fits && any_left;
}

/* Moves the lines of @cell from @split_at, the byte where one starts, to
 * @rest, a new cell.  The blocks after the one the line is in move as they
 * are; only that block is laid out again, in two: a part ending where a
 * line ended breaks into the same lines, and so does one starting where a
 * line started. */
static void
cell_split (ReportCell   *cell,
            CareerReport *report,
            gsize         split_at,
            ReportCell   *rest)
{
  guint b = 0;
  ReportBlock *block;
  const char *block_text;
  gsize block_start, offset;
  g_autofree char *head = NULL;

  while (b + 1 < cell->blocks->len &&
         g_array_index (cell->blocks, ReportBlock, b + 1).start <= split_at)
    b++;
  block = &g_array_index (cell->blocks, ReportBlock, b);
  block_text = pango_layout_get_text (block->layout);
  block_start = block->start;
  offset = split_at - block_start;

  rest->text = g_strdup (cell->text + split_at);
  if (offset == 0)
    cell_add_block (rest, g_object_ref (block->layout), 0);
  else
    cell_add_block (rest, report_layout_new (report, block_text + offset, cell->style,
                                             cell->width, cell->alignment),
                    0);
  for (guint j = b + 1; j < cell->blocks->len; j++)
    {
      ReportBlock *moved = &g_array_index (cell->blocks, ReportBlock, j);

      cell_add_block (rest, g_object_ref (moved->layout), moved->start - split_at);
    }

  /* What stays, without the spaces or the line break it ends with */
  head = g_strndup (block_text, offset);
  g_strchomp (head);
  g_array_set_size (cell->blocks, b);
  cell->height = 0;
  for (guint j = 0; j < cell->blocks->len; j++)
    cell->height += g_array_index (cell->blocks, ReportBlock, j).height;
  if (*head != '\0')
    cell_add_block (cell, report_layout_new (report, head, cell->style, cell->width,
                                             cell->alignment),
                    block_start);
  cell->text[split_at] = '\0';
  g_strchomp (cell->text);
}

/* Splits @row after the lines of each cell that fit in @available points.
 * @row keeps those lines; the rest of each cell goes to the returned row.
 * Returns %NULL when no line of any cell fits, or when every line does. */
static ReportRow *
split_row (ReportRow    *row,
           CareerReport *report,
           double        available)
{
  double room = available - row->pad_top - row->pad_bottom;
  g_autofree gssize *split_at = g_new0 (gssize, row->cells->len);
  double rest_height;
  ReportRow *rest;

  if (!find_split (row, room, split_at, &rest_height))
    return NULL;

  /* Not one line alone on the next page: take another with it when the
   * first part keeps a line */
  if (rest_height < MIN_REST_HEIGHT)
    {
      g_autofree gssize *again = g_new0 (gssize, row->cells->len);
      double again_height;

      if (find_split (row, room - (MIN_REST_HEIGHT - rest_height), again, &again_height))
        memcpy (split_at, again, sizeof (gssize) * row->cells->len);
    }

  rest = report_row_new ();
  rest->pad_top = row->pad_top;
  rest->pad_bottom = row->pad_bottom;
  rest->has_background = row->has_background;
  rest->background = row->background;
  rest->rule_above = FALSE;

  for (guint i = 0; i < row->cells->len; i++)
    {
      ReportCell *cell = &g_array_index (row->cells, ReportCell, i);
      ReportCell copy;

      cell_init (&copy, cell->style, cell->color, cell->x, cell->width, cell->alignment);
      if (split_at[i] < 0)
        copy.text = g_strdup ("");
      else
        cell_split (cell, report, split_at[i], &copy);
      g_array_append_val (rest->cells, copy);
    }

  return rest;
}

/* The flow */

void
report_flow_init (ReportFlow   *flow,
                  CareerReport *report)
{
  memset (flow, 0, sizeof *flow);
  flow->report = report;
  flow->left = CAREER_REPORT_SIDE_MARGIN;
  flow->right = report->width - CAREER_REPORT_SIDE_MARGIN;
  flow->top = 72;
  flow->bottom = report->height - 66;
  flow->y = flow->top;
}

void
report_flow_clear (ReportFlow *flow)
{
  g_clear_pointer (&flow->section, g_free);
}

double
report_flow_width (ReportFlow *flow)
{
  return flow->right - flow->left;
}

static void
emit_row (ReportFlow *flow,
          ReportRow  *row)
{
  double height = report_row_get_height (row);

  if (row->has_background)
    report_page_add_rect (flow->page, row->background, flow->left, flow->y,
                          flow->right - flow->left, height);
  if (row->rule_above)
    report_page_add_line (flow->page, REPORT_COLOR_RULE, flow->left, flow->y,
                          flow->right, flow->y);

  for (guint i = 0; i < row->cells->len; i++)
    {
      ReportCell *cell = &g_array_index (row->cells, ReportCell, i);
      double y = flow->y + row->pad_top;

      for (guint b = 0; b < cell->blocks->len; b++)
        {
          ReportBlock *block = &g_array_index (cell->blocks, ReportBlock, b);

          if (pango_layout_get_character_count (block->layout) > 0)
            report_page_add_text (flow->page, block->layout, cell->color,
                                  flow->left + cell->x, y);
          y += block->height;
        }
    }

  flow->y += height;
}

/* The height of the rows a table repeats at the top of a page: its heading
 * and its group's caption, a line or two each.  On a page so small that
 * they would take more than a third of it, they are not repeated. */
static double
repeated_height (ReportFlow *flow)
{
  double height = 0;

  if (flow->table != NULL)
    {
      if (flow->table->heading != NULL)
        height += report_row_get_height (flow->table->heading);
      if (flow->table->caption != NULL)
        height += report_row_get_height (flow->table->caption);
    }
  return height <= (flow->bottom - flow->top) / 3 ? height : 0;
}

void
report_flow_new_page (ReportFlow *flow)
{
  flow->page = report_add_page (flow->report, flow->section);
  flow->y = flow->top;

  /* The table being placed goes on with its heading and group caption */
  if (repeated_height (flow) > 0)
    {
      if (flow->table->heading != NULL)
        emit_row (flow, flow->table->heading);
      if (flow->table->caption != NULL)
        emit_row (flow, flow->table->caption);
    }
  flow->fresh = TRUE;
}

static double
fresh_page_room (ReportFlow *flow)
{
  return flow->bottom - flow->top - repeated_height (flow);
}

/* Makes sure @height points are left on the page, starting a new one when
 * not (unless the page is fresh: then nothing would be gained). */
void
report_flow_keep (ReportFlow *flow,
                  double      height)
{
  if (flow->page == NULL)
    report_flow_new_page (flow);
  else if (flow->y + height > flow->bottom && !flow->fresh)
    report_flow_new_page (flow);
}

void
report_flow_space (ReportFlow *flow,
                   double      height)
{
  /* Never a page of its own: what comes next starts the next page */
  if (flow->page == NULL || flow->fresh)
    return;
  flow->y = MIN (flow->y + height, flow->bottom);
}

/* Places @row (still the caller's) under what is on the page. */
void
report_flow_place_row (ReportFlow *flow,
                       ReportRow  *row)
{
  ReportRow *owned = NULL;

  if (flow->page == NULL)
    report_flow_new_page (flow);

  for (;;)
    {
      double height = report_row_get_height (row);
      double available = flow->bottom - flow->y;
      ReportRow *rest;

      if (height <= available + 0.001)
        break;

      if (!flow->fresh &&
          ((height <= fresh_page_room (flow) && height <= SPLIT_ROW_HEIGHT) ||
           available < MIN_SPLIT_HEIGHT))
        {
          report_flow_new_page (flow);
          continue;
        }

      /* Taller than a page: as many lines as fit here, the rest after */
      rest = split_row (row, flow->report, available);
      if (rest == NULL)
        {
          if (!flow->fresh)
            {
              report_flow_new_page (flow);
              continue;
            }
          /* Not one line fits on an empty page: a page smaller than a line,
           * which career_report_new() does not allow. */
          g_warn_if_reached ();
          break;
        }

      emit_row (flow, row);
      report_flow_new_page (flow);
      report_row_free (owned);
      owned = row = rest;
    }

  emit_row (flow, row);
  flow->fresh = FALSE;
  report_row_free (owned);
}

ReportRow *
report_paragraph_new (ReportFlow  *flow,
                      const char  *text,
                      ReportStyle  style,
                      ReportColor  color)
{
  ReportRow *row = report_row_new ();

  row->pad_bottom = 6;
  report_row_add_cell (row, flow->report, text, style, color, 0, report_flow_width (flow),
                       PANGO_ALIGN_LEFT);
  return row;
}

void
report_flow_paragraph (ReportFlow  *flow,
                       const char  *text,
                       ReportStyle  style,
                       ReportColor  color)
{
  ReportRow *row = report_paragraph_new (flow, text, style, color);

  report_flow_place_row (flow, row);
  report_row_free (row);
}

/* The room for a chart under @above points of text and a heading, on one
 * page: @height, or less on a small page */
double
report_flow_chart_height (ReportFlow *flow,
                          double      height,
                          double      above)
{
  return MAX (MIN (height, flow->bottom - flow->top - above - HEADING_ROOM), 72);
}

/* A heading, kept on one page with @keep_after points of what follows */
void
report_flow_heading (ReportFlow  *flow,
                     const char  *text,
                     ReportStyle  style,
                     double       keep_after)
{
  ReportRow *row = report_row_new ();

  row->pad_top = style == REPORT_STYLE_H1 ? 18 : 10;
  row->pad_bottom = style == REPORT_STYLE_H1 ? 10 : 5;
  report_row_add_cell (row, flow->report, text, style,
                       style == REPORT_STYLE_H1 ? REPORT_COLOR_ACCENT : REPORT_COLOR_TEXT,
                       0, report_flow_width (flow), PANGO_ALIGN_LEFT);
  if (flow->fresh && flow->page != NULL)
    row->pad_top = 0;
  report_flow_keep (flow, report_row_get_height (row) + keep_after);
  if (flow->fresh)
    row->pad_top = 0;
  report_flow_place_row (flow, row);
  report_row_free (row);
}

/* Starts a section (level 0, on a page of its own when @new_page) or a part
 * of one (level 1), with its heading and its entry in the outline. */
void
report_flow_begin_section (ReportFlow *flow,
                           const char *title,
                           guint       level,
                           gboolean    new_page)
{
  ReportOutline entry = { NULL, 0, level };

  if (level == 0)
    {
      g_free (flow->section);
      flow->section = g_strdup (title);
    }

  if (flow->page == NULL || (new_page && !flow->fresh))
    report_flow_new_page (flow);
  if (level == 0 && flow->fresh)
    {
      g_free (flow->page->section);
      flow->page->section = g_strdup (title);
    }

  report_flow_heading (flow, title, level == 0 ? REPORT_STYLE_H1 : REPORT_STYLE_H2, 48);

  entry.title = g_strdup (title);
  entry.page = flow->report->pages->len - 1;
  g_array_append_val (flow->report->outline, entry);
}

/* A chart across the content width, @height tall or as tall as a page
 * allows */
void
report_flow_chart (ReportFlow     *flow,
                   ReportItemKind  kind,
                   guint           chart,
                   double          height)
{
  ReportItem item = { kind, REPORT_COLOR_TEXT, 0, 0, 0, 0, NULL, chart };

  height = MIN (height, flow->bottom - flow->top - 8);
  report_flow_keep (flow, height);
  item.x = flow->left;
  item.y = flow->y;
  item.width = report_flow_width (flow);
  item.height = height;
  g_array_append_val (flow->page->items, item);
  flow->y += height + 8;
  flow->fresh = FALSE;
}

/* Tables */

ReportTable *
report_table_new (ReportFlow                 *flow,
                  guint                       n_columns,
                  const double               *fractions,
                  const char * const         *headings,
                  const PangoAlignment       *alignments)
{
  ReportTable *table = g_new0 (ReportTable, 1);
  double width = report_flow_width (flow);
  double x = 0;

  g_return_val_if_fail (n_columns > 0 && n_columns <= G_N_ELEMENTS (table->x), table);

  table->n_columns = n_columns;
  for (guint i = 0; i < n_columns; i++)
    {
      table->x[i] = x;
      table->width[i] = i + 1 == n_columns ? width - x : floor (width * fractions[i]);
      table->alignment[i] = alignments ? alignments[i] : PANGO_ALIGN_LEFT;
      x += table->width[i];
    }

  /* On a narrow page no column gets too narrow for a few characters: the
   * widest column gives up what the others lack */
  for (guint i = 0; i < n_columns; i++)
    {
      guint widest = 0;

      for (guint j = 1; j < n_columns; j++)
        if (table->width[j] > table->width[widest])
          widest = j;
      if (table->width[i] < MIN_COLUMN_WIDTH &&
          table->width[widest] - (MIN_COLUMN_WIDTH - table->width[i]) >= MIN_COLUMN_WIDTH)
        {
          table->width[widest] -= MIN_COLUMN_WIDTH - table->width[i];
          table->width[i] = MIN_COLUMN_WIDTH;
        }
    }
  for (guint i = 1; i < n_columns; i++)
    table->x[i] = table->x[i - 1] + table->width[i - 1];

  if (headings != NULL)
    {
      table->heading = table_row_new (flow, table, headings, REPORT_STYLE_TABLE_HEAD);
      table->heading->has_background = TRUE;
      table->heading->background = REPORT_COLOR_HEAD_BG;
      table->heading->rule_above = FALSE;
    }
  return table;
}

void
report_table_free (ReportTable *table)
{
  if (table == NULL)
    return;
  report_row_free (table->heading);
  report_row_free (table->caption);
  g_free (table);
}

/* Starts placing @table (still the caller's) with its heading row, kept with
 * the first rows */
void
report_table_begin (ReportFlow  *flow,
                    ReportTable *table)
{
  double heading = table->heading ? report_row_get_height (table->heading) : 0;

  report_flow_keep (flow, heading + CAPTION_KEEP);
  if (table->heading != NULL)
    report_flow_place_row (flow, table->heading);
  flow->table = table;
  flow->fresh = FALSE;
}

void
report_table_end (ReportFlow *flow)
{
  if (flow->table != NULL)
    {
      g_clear_pointer (&flow->table->caption, report_row_free);
      if (flow->page != NULL && !flow->fresh)
        report_page_add_line (flow->page, REPORT_COLOR_RULE, flow->left, flow->y,
                              flow->right, flow->y);
    }
  flow->table = NULL;
  report_flow_space (flow, 10);
}

static ReportRow *
caption_row (ReportFlow *flow,
             const char *text)
{
  ReportRow *row = report_row_new ();

  row->pad_top = 4;
  row->pad_bottom = 4;
  row->has_background = TRUE;
  row->background = REPORT_COLOR_GROUP_BG;
  report_row_add_cell (row, flow->report, text, REPORT_STYLE_CELL_BOLD, REPORT_COLOR_TEXT,
                       REPORT_CELL_PAD, report_flow_width (flow) - 2 * REPORT_CELL_PAD,
                       PANGO_ALIGN_LEFT);
  return row;
}

/* A group of rows under a caption; @continued is the caption repeated on
 * the pages the group goes on to */
void
report_table_group (ReportFlow *flow,
                    const char *caption,
                    const char *continued)
{
  ReportTable *table = flow->table;
  ReportRow *row;

  g_return_if_fail (table != NULL);

  g_clear_pointer (&table->caption, report_row_free);
  row = caption_row (flow, caption);
  report_flow_keep (flow, report_row_get_height (row) + CAPTION_KEEP);
  report_flow_place_row (flow, row);
  report_row_free (row);
  table->caption = caption_row (flow, continued);
}

static ReportRow *
table_row_new (ReportFlow         *flow,
               ReportTable        *t,
               const char * const *texts,
               ReportStyle         style)
{
  ReportRow *row = report_row_new ();

  row->pad_top = 3;
  row->pad_bottom = 3;
  row->rule_above = TRUE;
  for (guint i = 0; i < t->n_columns; i++)
    report_row_add_cell (row, flow->report, texts[i] ? texts[i] : "", style,
                         REPORT_COLOR_TEXT, t->x[i] + REPORT_CELL_PAD,
                         t->width[i] - 2 * REPORT_CELL_PAD, t->alignment[i]);
  return row;
}

ReportRow *
report_table_row_new (ReportFlow         *flow,
                      const char * const *texts,
                      ReportStyle         style)
{
  g_return_val_if_fail (flow->table != NULL, report_row_new ());

  return table_row_new (flow, flow->table, texts, style);
}

void
report_table_row (ReportFlow         *flow,
                  const char * const *texts,
                  ReportStyle         style)
{
  ReportRow *row = report_table_row_new (flow, texts, style);

  report_flow_place_row (flow, row);
  report_row_free (row);
}

/* A line under the last row, from column @from_column to the right edge:
 * a warning or a note about the row */
ReportRow *
report_table_note_new (ReportFlow *flow,
                       guint       from_column,
                       const char *text,
                       ReportColor color)
{
  ReportTable *table = flow->table;
  ReportRow *row = report_row_new ();
  double x;

  g_return_val_if_fail (table != NULL && from_column < table->n_columns, row);

  x = table->x[from_column] + REPORT_CELL_PAD;
  row->pad_bottom = 3;
  report_row_add_cell (row, flow->report, text, REPORT_STYLE_SMALL, color, x,
                       report_flow_width (flow) - x - REPORT_CELL_PAD, PANGO_ALIGN_LEFT);
  return row;
}

void
report_table_note (ReportFlow *flow,
                   guint       from_column,
                   const char *text,
                   ReportColor color)
{
  ReportRow *row = report_table_note_new (flow, from_column, text, color);

  report_flow_place_row (flow, row);
  report_row_free (row);
}

/* Places @rows (still the caller's) on one page when they are short enough
 * to: a row with the notes under it */
void
report_flow_place_rows (ReportFlow *flow,
                        GPtrArray  *rows)
{
  double total = 0;

  for (guint i = 0; i < rows->len; i++)
    total += report_row_get_height (g_ptr_array_index (rows, i));
  if (total <= SPLIT_ROW_HEIGHT && total <= fresh_page_room (flow))
    report_flow_keep (flow, total);

  for (guint i = 0; i < rows->len; i++)
    report_flow_place_row (flow, g_ptr_array_index (rows, i));
}
