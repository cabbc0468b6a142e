/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerExport"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "career-chart-private.h"
#include "career-format.h"
#include "career-timeline-chart.h"

/*
 * The timeline chart lays itself out inside (0, 0, width, height) without
 * clipping: the legend takes the rows it needs at the bottom, the date labels
 * a row above it, the value labels a column on the left, and the plot the
 * rest.  The date ticks are the finest of days, weeks, months, quarters,
 * years… whose labels do not collide.  When the box is too small for the
 * labels, the chart is drawn without them (then without the legend) rather
 * than outside its box.
 *
 * Dates are shown in the local time zone, the way a person remembers them.
 */

#define MIN_FONT_PX     8.0
#define MAX_FONT_PX     13.0
#define MAX_Y_LINES     11
#define MAX_LISTED      20    /* values listed in the description of a step series */

#define SECONDS_PER_DAY   86400.0
#define SECONDS_PER_MONTH 2629746.0   /* a mean Gregorian month */
#define SECONDS_PER_YEAR  31556952.0

typedef struct
{
  double font_px;     /* every label */
  double margin;      /* around the whole chart */
  double spacing;     /* between the date labels and the legend */
  double gap;         /* between a label and what it labels */
  double line_width;  /* series lines */
  double dot;         /* radius of the points */
  double tick;        /* length of the date ticks */
} Metrics;

typedef enum
{
  UNIT_DAY,
  UNIT_MONTH,
  UNIT_YEAR,
} UnitKind;

typedef struct
{
  UnitKind kind;
  guint    count;
} Unit;

/* From fine to coarse; days and weeks only for short spans */
static const Unit units[] = {
  { UNIT_DAY, 1 }, { UNIT_DAY, 2 }, { UNIT_DAY, 7 }, { UNIT_DAY, 14 },
  { UNIT_MONTH, 1 }, { UNIT_MONTH, 2 }, { UNIT_MONTH, 3 }, { UNIT_MONTH, 6 },
  { UNIT_YEAR, 1 }, { UNIT_YEAR, 2 }, { UNIT_YEAR, 5 }, { UNIT_YEAR, 10 },
  { UNIT_YEAR, 20 }, { UNIT_YEAR, 50 }, { UNIT_YEAR, 100 }, { UNIT_YEAR, 250 },
  { UNIT_YEAR, 500 }, { UNIT_YEAR, 1000 }, { UNIT_YEAR, 2500 },
};

typedef struct
{
  guint             n;
  double           *x;        /* where each tick goes */
  CareerChartLabel *labels;
} Ticks;

/* What the data spans */
typedef struct
{
  gboolean has_points;
  gint64   t0, t1;        /* the earliest and latest time of a drawn point */
  double   v0, v1;        /* the value range of the plot, v0 < v1 */
} Range;

/* Where the plot goes */
typedef struct
{
  double left, top, right, bottom;     /* the plot's box */
  double x0, x1;                       /* where t0 and t1 go */
} Plot;

static void
metrics_init (Metrics *m,
              double   width,
              double   height)
{
  /* 12 px at 360 × 220, 10 px at 300 × 200, the largest from 390 × 208 */
  m->font_px = CLAMP (MIN (width / 30, height / 16), MIN_FONT_PX, MAX_FONT_PX);
  m->margin = ceil (m->font_px / 2);
  m->spacing = ceil (m->font_px * 0.75);
  m->gap = ceil (m->font_px * 0.5);
  m->line_width = CLAMP (MIN (width, height) / 120, 1.5, 2.5);
  m->dot = m->line_width * 1.5;
  m->tick = ceil (m->font_px * 0.35);
}

static void
ticks_clear (Ticks *ticks)
{
  for (guint i = 0; i < ticks->n; i++)
    career_chart_label_clear (&ticks->labels[i]);
  g_clear_pointer (&ticks->labels, g_free);
  g_clear_pointer (&ticks->x, g_free);
  ticks->n = 0;
}

/* Writes @value through the data's value format, which holds one "%s" (or
 * "%1$s") and any number of "%%".  Translations are text, not trusted
 * printf formats: nothing else is expanded. */
static char *
format_value (const CareerTimelineData *data,
              double                    value,
              guint                     decimals)
{
  g_autofree char *number = career_format_number (value + 0.0, decimals);
  gboolean used = FALSE;
  GString *text;

  if (data->value_format == NULL)
    return g_steal_pointer (&number);

  text = g_string_new (NULL);
  for (const char *p = data->value_format; *p != '\0'; p++)
    {
      if (p[0] == '%' && p[1] == '%')
        {
          g_string_append_c (text, '%');
          p++;
        }
      else if (p[0] == '%' && p[1] == 's' && !used)
        {
          g_string_append (text, number);
          used = TRUE;
          p++;
        }
      else if (p[0] == '%' && p[1] == '1' && p[2] == '$' && p[3] == 's' && !used)
        {
          g_string_append (text, number);
          used = TRUE;
          p += 3;
        }
      else
        {
          g_string_append_c (text, *p);
        }
    }

  return g_string_free (text, FALSE);
}

/* The name of @value in the data's value labels, or NULL */
static const char *
get_value_name (const CareerTimelineData *data,
                double                    value)
{
  if (data->value_labels == NULL || !isfinite (value) || value < 0 ||
      value != floor (value) || value > 1000)
    return NULL;

  for (guint i = 0; data->value_labels[i] != NULL; i++)
    if (i == (guint) value)
      return data->value_labels[i];
  return NULL;
}

static const char *
get_series_name (const CareerTimelineSeries *series)
{
  return series->name != NULL ? series->name : "";
}

static gboolean
point_valid (const CareerTimelineSeries *series,
             guint                       i)
{
  return series->times != NULL && series->values != NULL && isfinite (series->values[i]);
}

static guint
series_get_n_points (const CareerTimelineSeries *series)
{
  return series->times != NULL && series->values != NULL ? series->n_points : 0;
}

static void
range_init (Range                    *range,
            const CareerTimelineData *data)
{
  double lo = INFINITY, hi = -INFINITY;

  *range = (Range) { FALSE, 0, 0, 0, 1 };

  for (guint s = 0; s < data->n_series; s++)
    {
      const CareerTimelineSeries *series = &data->series[s];

      for (guint i = 0; i < series_get_n_points (series); i++)
        {
          if (!point_valid (series, i))
            continue;

          if (!range->has_points)
            {
              range->t0 = range->t1 = series->times[i];
              range->has_points = TRUE;
            }
          range->t0 = MIN (range->t0, series->times[i]);
          range->t1 = MAX (range->t1, series->times[i]);
          lo = MIN (lo, series->values[i]);
          hi = MAX (hi, series->values[i]);
        }
    }

  if (isfinite (data->min_value) && isfinite (data->max_value) &&
      data->max_value > data->min_value)
    {
      range->v0 = data->min_value;
      range->v1 = data->max_value;
    }
  else if (range->has_points && hi > lo)
    {
      range->v0 = lo;
      range->v1 = hi;
    }
  else if (range->has_points)
    {
      range->v0 = lo - 1;
      range->v1 = lo + 1;
    }

  /* A range too wide or too narrow for doubles to split */
  if (!isfinite (range->v1 - range->v0) || range->v1 - range->v0 < 1e-9 * MAX (1, fabs (range->v0)))
    {
      range->v0 = 0;
      range->v1 = 1;
    }
}

/* The step between the value gridlines: 1, 2, 2.5 or 5 times a power of 10,
 * the smallest that gives at most @max_lines lines; with @whole, no fractions
 * (there are no half levels) */
static double
value_step (const Range *range,
            guint        max_lines,
            gboolean     whole)
{
  double span = range->v1 - range->v0;
  double base = pow (10, floor (log10 (span / MAX (max_lines, 2))) - 1);

  for (int e = 0; e < 6; e++, base *= 10)
    {
      const double factors[] = { 1, 2, 2.5, 5 };

      for (guint f = 0; f < G_N_ELEMENTS (factors); f++)
        {
          double step = base * factors[f];
          double lines = floor (range->v1 / step + 1e-9) - ceil (range->v0 / step - 1e-9) + 1;

          /* 2.5 is for tens and more: no quarter levels */
          if ((factors[f] == 2.5 && step < 10) || (whole && step < 1))
            continue;
          if (lines <= max_lines)
            return step;
        }
    }
  return span;
}

static guint
step_decimals (double step)
{
  for (guint d = 0; d < 3; d++)
    {
      double scaled = step * pow (10, d);

      if (fabs (scaled - round (scaled)) < 1e-6 * scaled)
        return d;
    }
  return 3;
}

static double
map_value (const Plot  *plot,
           const Range *range,
           double       value)
{
  value = CLAMP (value, range->v0, range->v1);
  return plot->bottom - (plot->bottom - plot->top) * (value - range->v0) / (range->v1 - range->v0);
}

static double
map_time (const Plot  *plot,
          const Range *range,
          gint64       time)
{
  double span = (double) range->t1 - (double) range->t0;

  if (span <= 0)
    return (plot->x0 + plot->x1) / 2;
  return plot->x0 + (plot->x1 - plot->x0) * (((double) time - (double) range->t0) / span);
}

static GDateTime *
local_date_time (int year,
                 int month,
                 int day)
{
  if (year < 1 || year > 9999)
    return NULL;
  return g_date_time_new_local (year, month, day, 0, 0, 0);
}

static const char *
unit_format (const Unit *unit)
{
  switch (unit->kind)
    {
    case UNIT_DAY:
      /* Translators: a date on the time axis of a chart, for ticks a day or a
       * week apart; see g_date_time_format(), for example "%-d %b" or "%b %-d" */
      return C_("chart axis", "%-d %b");
    case UNIT_MONTH:
      /* Translators: a month on the time axis of a chart; see
       * g_date_time_format(), for example "%b %Y" */
      return C_("chart axis", "%b %Y");
    case UNIT_YEAR:
    default:
      /* Translators: a year on the time axis of a chart; see g_date_time_format() */
      return C_("chart axis", "%Y");
    }
}

/* The dates of the ticks of @unit between t0 and t1, or FALSE when there
 * would be more than @max */
static gboolean
unit_dates (const Unit  *unit,
            const Range *range,
            guint        max,
            GPtrArray   *dates)
{
  g_autoptr(GDateTime) first = g_date_time_new_from_unix_local (range->t0);
  g_autoptr(GDateTime) last = g_date_time_new_from_unix_local (range->t1);
  double seconds = unit->kind == UNIT_DAY ? SECONDS_PER_DAY
                   : unit->kind == UNIT_MONTH ? SECONDS_PER_MONTH : SECONDS_PER_YEAR;
  int year, month, day;
  guint index, guard;
  GDate date;

  if (first == NULL || last == NULL)
    return FALSE;
  if (((double) range->t1 - (double) range->t0) / (seconds * unit->count) > max + 2)
    return FALSE;

  /* Candidates from the one at or before t0 on: every day, or every
   * count-th month or year counted from year 0 */
  g_date_time_get_ymd (first, &year, &month, &day);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  index = unit->kind == UNIT_MONTH ? ((guint) year * 12 + (guint) month - 1) / unit->count
          : unit->kind == UNIT_YEAR ? (guint) year / unit->count : 0;
  guard = unit->kind == UNIT_DAY ? (max + 3) * unit->count + 2 : max + 4;

  for (guint i = 0; i < guard; i++)
    {
      g_autoptr(GDateTime) tick = NULL;
      gboolean is_tick = TRUE;
      gint64 time;

      switch (unit->kind)
        {
        case UNIT_DAY:
          if (i > 0)
            g_date_add_days (&date, 1);
          if (unit->count < 7)
            is_tick = g_date_get_julian (&date) % unit->count == 0;
          else
            is_tick = g_date_get_weekday (&date) == G_DATE_MONDAY &&
                      (g_date_get_julian (&date) - 1) / 7 % (unit->count / 7) == 0;
          year = g_date_get_year (&date);
          month = g_date_get_month (&date);
          day = g_date_get_day (&date);
          break;

        case UNIT_MONTH:
          year = (int) ((index + i) * unit->count / 12);
          month = (int) ((index + i) * unit->count % 12) + 1;
          day = 1;
          break;

        case UNIT_YEAR:
        default:
          year = (int) ((index + i) * unit->count);
          month = day = 1;
          break;
        }

      if (!is_tick)
        continue;
      tick = local_date_time (year, month, day);
      if (tick == NULL)
        {
          if (year < 1)
            continue;
          break;
        }

      time = g_date_time_to_unix (tick);
      if (time > range->t1)
        break;
      if (time >= range->t0)
        {
          if (dates->len >= max)
            return FALSE;
          g_ptr_array_add (dates, g_steal_pointer (&tick));
        }
    }

  return TRUE;
}

/* Sets the labels of @dates and places them centered under their ticks,
 * inside (left, right).  Returns whether they stay @min_gap apart. */
static gboolean
ticks_place (Ticks         *ticks,
             cairo_t       *cr,
             GPtrArray     *dates,
             const char    *format,
             const Metrics *m,
             const Plot    *plot,
             const Range   *range,
             double         left,
             double         right,
             double         top)
{
  gboolean ok = TRUE;

  ticks->n = dates->len;
  ticks->x = g_new0 (double, MAX (dates->len, 1));
  ticks->labels = g_new0 (CareerChartLabel, MAX (dates->len, 1));

  for (guint i = 0; i < dates->len; i++)
    {
      g_autofree char *text = g_date_time_format (g_ptr_array_index (dates, i), format);
      CareerChartLabel *label = &ticks->labels[i];

      ticks->x[i] = map_time (plot, range, g_date_time_to_unix (g_ptr_array_index (dates, i)));
      career_chart_label_init (label, cr, text != NULL ? text : "", m->font_px, right - left, 1,
                               PANGO_WRAP_WORD, PANGO_ALIGN_LEFT);
      label->x = CLAMP (ticks->x[i] - label->box.width / 2.0, left, right - label->box.width);
      label->y = top;
      if (label->box.width > right - left)
        ok = FALSE;
      if (i > 0 && label->x < ticks->labels[i - 1].x + ticks->labels[i - 1].box.width + 1.5 * m->font_px)
        ok = FALSE;
    }

  return ok;
}

/* Picks the finest unit whose labels fit and sets them in @ticks: at least
 * two ticks when some unit gives two; else, for points within a day, their
 * date under their middle; else one tick. */
static void
ticks_solve (Ticks         *ticks,
             cairo_t       *cr,
             const Metrics *m,
             const Plot    *plot,
             const Range   *range,
             double         left,
             double         right,
             double         top)
{
  guint max = (guint) CLAMP ((right - left) / (m->font_px * 2.5), 1, 60);
  int fallback = -1;

  *ticks = (Ticks) { 0, };
  if (!range->has_points)
    return;

  for (guint u = 0; u < G_N_ELEMENTS (units); u++)
    {
      g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);

      if (!unit_dates (&units[u], range, max, dates) || dates->len == 0)
        continue;

      if (ticks_place (ticks, cr, dates, unit_format (&units[u]), m, plot, range,
                       left, right, top))
        {
          if (dates->len >= 2)
            return;
          if (fallback < 0)
            fallback = (int) u;
        }
      ticks_clear (ticks);
    }

  /* One tick will do, unless the points are within a day: then their date
   * says more than a midnight at one end */
  if (fallback >= 0 && (double) range->t1 - (double) range->t0 >= SECONDS_PER_DAY)
    {
      g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);

      unit_dates (&units[fallback], range, max, dates);
      if (!ticks_place (ticks, cr, dates, unit_format (&units[fallback]), m, plot, range,
                        left, right, top))
        ticks_clear (ticks);
      return;
    }

  /* Within one day: that day's date, under the middle of the points */
  if ((double) range->t1 - (double) range->t0 < SECONDS_PER_DAY)
    {
      g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func ((GDestroyNotify) g_date_time_unref);
      GDateTime *date = g_date_time_new_from_unix_local (range->t0 / 2 + range->t1 / 2);

      if (date == NULL)
        return;
      g_ptr_array_add (dates, date);
      /* Translators: the date of the points of a chart when they are all on
       * one day; see g_date_time_format(), for example "%-d %b %Y" */
      if (!ticks_place (ticks, cr, dates, C_("chart axis", "%-d %b %Y"), m, plot, range,
                        left, right, top))
        ticks_clear (ticks);
    }
}

/* The pen that draws a series' line, as straight lines or steps */
typedef struct
{
  cairo_t  *cr;
  gboolean  steps;
  gboolean  down;      /* a run of points has begun */
  double    last_y;
} Pen;

static void
pen_to (Pen    *pen,
        double  x,
        double  y)
{
  if (!pen->down)
    cairo_move_to (pen->cr, x, y);
  else if (pen->steps)
    {
      cairo_line_to (pen->cr, x, pen->last_y);
      cairo_line_to (pen->cr, x, y);
    }
  else
    cairo_line_to (pen->cr, x, y);
  pen->down = TRUE;
  pen->last_y = y;
}

/* The points that fall in one pixel column: only the first, the lowest, the
 * highest and the last of them can be told apart on screen, so only they go
 * into the path.  That keeps a history of 100 000 changes as fast to draw as
 * one of a thousand. */
typedef struct
{
  gboolean used;
  double   column;
  guint    index[4];   /* first, lowest, highest, last */
  double   x[4], y[4];
} Column;

static void
column_flush (Column *column,
              Pen    *pen)
{
  guint order[4] = { 0, 1, 2, 3 };

  if (!column->used)
    return;

  /* The lowest and the highest in the order they came */
  if (column->index[2] < column->index[1])
    {
      order[1] = 2;
      order[2] = 1;
    }
  for (guint k = 0; k < 4; k++)
    {
      guint j = order[k];
      gboolean repeat = FALSE;

      for (guint l = 0; l < k; l++)
        repeat = repeat || column->index[order[l]] == column->index[j];
      if (!repeat)
        pen_to (pen, column->x[j], column->y[j]);
    }
  column->used = FALSE;
}

static void
column_add (Column *column,
            Pen    *pen,
            guint   index,
            double  x,
            double  y)
{
  double c = floor (x);

  if (column->used && c != column->column)
    column_flush (column, pen);

  if (!column->used)
    {
      column->used = TRUE;
      column->column = c;
      for (guint k = 0; k < 4; k++)
        {
          column->index[k] = index;
          column->x[k] = x;
          column->y[k] = y;
        }
      return;
    }

  /* On screen y grows downwards: the lowest value has the largest y */
  if (y > column->y[1])
    {
      column->index[1] = index;
      column->x[1] = x;
      column->y[1] = y;
    }
  if (y < column->y[2])
    {
      column->index[2] = index;
      column->x[2] = x;
      column->y[2] = y;
    }
  column->index[3] = index;
  column->x[3] = x;
  column->y[3] = y;
}

static void
draw_series (cairo_t                    *cr,
             const CareerTimelineData   *data,
             const CareerTimelineSeries *series,
             const CareerPalette        *palette,
             const Metrics              *m,
             const Plot                 *plot,
             const Range                *range)
{
  guint n = series_get_n_points (series), n_valid = 0;
  Pen pen = { cr, data->steps, FALSE, 0 };
  Column column = { FALSE, };
  double last_dot_x = NAN, last_dot_y = NAN;
  gboolean all_dots;

  for (guint i = 0; i < n; i++)
    n_valid += point_valid (series, i);
  if (n_valid == 0)
    return;

  career_color_set_source (cr, career_palette_get_series_color (palette, series->color), 1);
  cairo_set_line_width (cr, m->line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  career_chart_set_dash (cr, series->dashed, m->line_width);

  cairo_new_path (cr);
  for (guint i = 0; i < n; i++)
    {
      if (!point_valid (series, i))
        {
          /* A gap */
          column_flush (&column, &pen);
          pen.down = FALSE;
          continue;
        }

      column_add (&column, &pen, i, map_time (plot, range, series->times[i]),
                  map_value (plot, range, series->values[i]));
    }
  column_flush (&column, &pen);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  /* Every point as a dot while they stand apart; a point with no line to a
   * neighbour always */
  all_dots = n_valid <= (plot->x1 - plot->x0) / (m->dot * 4) + 1;
  for (guint i = 0; i < n; i++)
    {
      gboolean alone = (i == 0 || !point_valid (series, i - 1)) &&
                       (i + 1 == n || !point_valid (series, i + 1));
      double x, y;

      if (!point_valid (series, i) || !(all_dots || alone))
        continue;

      /* Once per pixel is enough */
      x = map_time (plot, range, series->times[i]);
      y = map_value (plot, range, series->values[i]);
      if (fabs (x - last_dot_x) < 1 && fabs (y - last_dot_y) < 1)
        continue;
      last_dot_x = x;
      last_dot_y = y;
      cairo_new_sub_path (cr);
      cairo_arc (cr, x, y, m->dot, 0, 2 * G_PI);
    }
  cairo_fill (cr);
}

typedef struct
{
  guint             n;
  double           *values;
  CareerChartLabel *labels;
  double            width;     /* of the widest label */
  double            height;    /* of the tallest */
} ValueAxis;

static void
value_axis_clear (ValueAxis *axis)
{
  for (guint i = 0; i < axis->n; i++)
    career_chart_label_clear (&axis->labels[i]);
  g_clear_pointer (&axis->labels, g_free);
  g_clear_pointer (&axis->values, g_free);
  axis->n = 0;
}

/* The gridlines of the value axis and their labels: the value names when
 * there are some for every line and they take at most a third of the width,
 * else the numbers */
static void
value_axis_init (ValueAxis                *axis,
                 cairo_t                  *cr,
                 const CareerTimelineData *data,
                 const Range              *range,
                 const Metrics            *m,
                 double                    plot_h,
                 double                    width)
{
  guint max_lines = (guint) CLAMP (floor (plot_h / (m->font_px * 2.8)) + 1, 2, MAX_Y_LINES);
  double step = value_step (range, max_lines, data->steps || data->value_labels != NULL);
  double first = ceil (range->v0 / step - 1e-9);
  gboolean names = data->value_labels != NULL;

  *axis = (ValueAxis) { 0, };
  axis->values = g_new0 (double, MAX_Y_LINES + 1);
  axis->labels = g_new0 (CareerChartLabel, MAX_Y_LINES + 1);
  for (guint i = 0; i <= MAX_Y_LINES; i++)
    {
      double value = (first + i) * step;

      if (value > range->v1 + 1e-9 * step)
        break;
      axis->values[axis->n++] = value;
      names = names && get_value_name (data, value) != NULL;
    }

  for (int pass = names ? 0 : 1; pass < 2; pass++)
    {
      gboolean whole = TRUE;

      axis->width = axis->height = 0;
      for (guint i = 0; i < axis->n; i++)
        {
          g_autofree char *text = pass == 0
                                  ? g_strdup (get_value_name (data, axis->values[i]))
                                  : format_value (data, axis->values[i], step_decimals (step));

          career_chart_label_init (&axis->labels[i], cr, text, m->font_px, width / 3, 1,
                                   PANGO_WRAP_WORD, PANGO_ALIGN_LEFT);
          axis->width = MAX (axis->width, axis->labels[i].box.width);
          axis->height = MAX (axis->height, axis->labels[i].box.height);
          whole = whole && !pango_layout_is_ellipsized (axis->labels[i].layout);
        }
      if (whole)
        break;
    }
}

/* The plot and its labels; returns the bottom of what it drew */
static double
draw_plot (cairo_t                  *cr,
           const CareerTimelineData *data,
           const CareerPalette      *palette,
           const Metrics            *m,
           double                    width,
           double                    bottom)
{
  ValueAxis axis = { 0, };
  Ticks ticks = { 0, };
  Range range;
  Plot plot;
  double pad = m->dot + m->line_width / 2, label_h, x_top;
  gboolean labels = TRUE;

  range_init (&range, data);

  /* The height of a date label, to leave room for the row */
  {
    CareerChartLabel sample = { NULL, };

    career_chart_label_init (&sample, cr, "Ágy 0123456789", m->font_px, width, 1,
                             PANGO_WRAP_WORD, PANGO_ALIGN_LEFT);
    label_h = sample.box.height;
    career_chart_label_clear (&sample);
  }

  for (int attempt = 0; attempt < 2; attempt++)
    {
      labels = attempt == 0;
      value_axis_clear (&axis);
      plot.top = m->margin + pad;
      plot.bottom = bottom - pad;
      plot.left = m->margin + pad;
      plot.right = width - m->margin - pad;
      if (labels)
        {
          plot.top = MAX (plot.top, m->margin + label_h / 2);
          plot.bottom = bottom - label_h - m->gap - MAX (label_h / 2, m->tick);
          value_axis_init (&axis, cr, data, &range, m, plot.bottom - plot.top, width);
          plot.left = m->margin + axis.width + m->gap;
        }
      else
        value_axis_init (&axis, cr, data, &range, m, plot.bottom - plot.top, width);

      if (plot.right - plot.left >= m->font_px * 6 && plot.bottom - plot.top >= m->font_px * 3)
        break;
      if (!labels)
        {
          value_axis_clear (&axis);
          return NAN;
        }
    }

  if (plot.right - plot.left < 2 || plot.bottom - plot.top < 2)
    {
      value_axis_clear (&axis);
      return NAN;
    }

  plot.x0 = plot.left + pad;
  plot.x1 = plot.right - pad;
  x_top = plot.bottom + MAX (label_h / 2, m->tick) + m->gap / 2;

  /* Gridlines, from the bottom one, which is the time axis */
  cairo_set_line_width (cr, 1);
  career_color_set_source (cr, &palette->grid, 1);
  for (guint i = 0; i < axis.n; i++)
    {
      double y = round (map_value (&plot, &range, axis.values[i])) + 0.5;

      y = MIN (y, plot.bottom);
      cairo_move_to (cr, plot.left, y);
      cairo_line_to (cr, plot.right, y);
    }
  cairo_stroke (cr);

  if (labels)
    {
      career_color_set_source (cr, &palette->muted, 1);
      for (guint i = 0; i < axis.n; i++)
        {
          CareerChartLabel *label = &axis.labels[i];

          label->x = plot.left - m->gap - label->box.width;
          label->y = map_value (&plot, &range, axis.values[i]) - label->box.height / 2.0;
          label->y = CLAMP (label->y, m->margin, bottom - label->box.height);
          career_chart_label_draw (cr, label);
        }

      ticks_solve (&ticks, cr, m, &plot, &range, m->margin, width - m->margin, x_top);
      career_color_set_source (cr, &palette->grid, 1);
      for (guint i = 0; i < ticks.n; i++)
        {
          double x = round (ticks.x[i]) + 0.5;

          cairo_move_to (cr, x, plot.bottom);
          cairo_line_to (cr, x, plot.bottom + m->tick);
        }
      cairo_stroke (cr);
      career_color_set_source (cr, &palette->muted, 1);
      for (guint i = 0; i < ticks.n; i++)
        career_chart_label_draw (cr, &ticks.labels[i]);
    }

  for (guint s = 0; s < data->n_series; s++)
    draw_series (cr, data, &data->series[s], palette, m, &plot, &range);

  ticks_clear (&ticks);
  value_axis_clear (&axis);

  return labels ? x_top + label_h : plot.bottom + pad;
}

/**
 * career_timeline_chart_draw:
 * @cr: any cairo context: a widget's snapshot, an image or a PDF page
 * @width: the width of the chart in @cr's user units
 * @height: its height
 *
 * Draws @data inside the rectangle (0, 0, @width, @height) of @cr: the
 * background, value gridlines with their labels on the left, date ticks
 * below, every series as a line (a step line with @data's steps) with a dot
 * at each point, and a legend below when there is more than one series.
 * Points all at one time are drawn in the middle.  Nothing is drawn outside
 * the rectangle, and nothing is clipped.  @cr's state is left as it was.
 */
void
career_timeline_chart_draw (cairo_t                  *cr,
                            const CareerTimelineData *data,
                            const CareerPalette      *palette,
                            double                    width,
                            double                    height)
{
  g_autofree CareerChartLegendItem *items = NULL;
  double legend_h, bottom;
  Metrics m;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (palette != NULL);
  g_return_if_fail (data->n_series == 0 || data->series != NULL);

  if (!career_chart_begin (cr, palette, width, height))
    return;

  metrics_init (&m, width, height);
  items = g_new0 (CareerChartLegendItem, data->n_series + 1);
  for (guint s = 0; s < data->n_series; s++)
    {
      const CareerTimelineSeries *series = &data->series[s];

      items[s] = (CareerChartLegendItem) {
        .name = series->name, .color = series->color, .dashed = series->dashed,
      };
    }
  /* A legend only for two series or more, and only when the plot keeps most
   * of the height */
  legend_h = data->n_series >= 2
             ? career_chart_legend_layout (cr, items, data->n_series, m.font_px,
                                           width - 2 * m.margin)
             : 0;
  if (legend_h > 0 && legend_h + m.spacing > (height - 2 * m.margin) * 0.4)
    legend_h = 0;

  bottom = height - m.margin - (legend_h > 0 ? legend_h + m.spacing : 0);
  bottom = draw_plot (cr, data, palette, &m, width, bottom);

  if (legend_h > 0)
    {
      double legend_top = career_chart_legend_top (legend_h, bottom, height, m.margin, m.spacing);

      career_chart_legend_draw (cr, items, data->n_series, palette, m.font_px, m.line_width, m.dot,
                                width, legend_top);
    }

  career_chart_legend_clear (items, data->n_series);
  career_chart_end (cr);
}

static char *
format_date (gint64 time)
{
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (time);
  char *text = NULL;

  if (date != NULL)
    /* Translators: a date in the description of a chart for screen readers;
     * see g_date_time_format(), for example "%-d %B %Y" or "%B %-d, %Y" */
    text = g_date_time_format (date, C_("chart description", "%-d %B %Y"));
  return text != NULL ? text : g_strdup_printf ("%" G_GINT64_FORMAT, time);
}

/* A value with its name when it has one: "Proficient (3)" */
static char *
format_named_value (const CareerTimelineData *data,
                    double                    value)
{
  g_autofree char *number = format_value (data, value, 1);
  const char *name = get_value_name (data, value);

  if (name == NULL)
    return g_steal_pointer (&number);
  /* Translators: a value with its name in the description of a chart,
   * "Proficient (3)" */
  return g_strdup_printf (C_("chart description", "%1$s (%2$s)"), name, number);
}

static void
describe_series (GString                    *text,
                 const CareerTimelineData   *data,
                 const CareerTimelineSeries *series)
{
  const char *name = get_series_name (series);
  guint n = 0, first = 0, last = 0;

  for (guint i = 0; i < series_get_n_points (series); i++)
    if (point_valid (series, i))
      {
        if (n++ == 0)
          first = i;
        last = i;
      }

  g_string_append_c (text, ' ');
  if (n == 0)
    {
      /* Translators: a series without points in the description of a chart */
      g_string_append_printf (text, C_("chart description", "%s: no data."), name);
    }
  else if (n == 1)
    {
      g_autofree char *value = format_named_value (data, series->values[first]);
      g_autofree char *date = format_date (series->times[first]);

      /* Translators: a series of one point in the description of a chart:
       * "Python: Proficient (3) on 4 March 2025." */
      g_string_append_printf (text, C_("chart description", "%1$s: %2$s on %3$s."),
                              name, value, date);
    }
  else
    {
      double change = series->values[last] - series->values[first];
      g_autofree char *n_text = NULL;
      g_autofree char *from_value = format_named_value (data, series->values[first]);
      g_autofree char *from_date = format_date (series->times[first]);
      g_autofree char *to_value = format_named_value (data, series->values[last]);
      g_autofree char *to_date = format_date (series->times[last]);
      g_autofree char *change_value = format_value (data, fabs (change), 1);
      g_autofree char *change_text = NULL;

      /* Translators: fills "%2$s" of "%1$s: %2$s, from %3$s on %4$s to %5$s on %6$s, %7$s." */
      n_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u point", "%u points", n), n);
      if (fabs (change) < 0.05)
        /* Translators: the change of a series in the description of a chart */
        change_text = g_strdup (C_("chart description", "no change"));
      else if (change > 0)
        /* Translators: the change of a series in the description of a chart, "up 20 %" */
        change_text = g_strdup_printf (C_("chart description", "up %s"), change_value);
      else
        /* Translators: the change of a series in the description of a chart, "down 1" */
        change_text = g_strdup_printf (C_("chart description", "down %s"), change_value);

      /* Translators: a series in the description of a chart: "Progress: 5 points,
       * from 30 % on 1 March 2025 to 50 % on 5 March 2025, up 20 %." */
      g_string_append_printf (text, C_("chart description", "%1$s: %2$s, from %3$s on %4$s "
                                       "to %5$s on %6$s, %7$s."),
                              name, n_text, from_value, from_date, to_value, to_date,
                              change_text);

      /* The levels in order, the latest ones when there are many */
      if (data->steps)
        {
          g_autoptr(GString) list = g_string_new (NULL);
          guint skip = n > MAX_LISTED ? n - MAX_LISTED : 0, k = 0;

          for (guint i = first; i <= last; i++)
            {
              g_autofree char *value = NULL;
              g_autofree char *date = NULL;

              if (!point_valid (series, i) || k++ < skip)
                continue;

              value = format_named_value (data, series->values[i]);
              date = format_date (series->times[i]);
              if (list->len > 0)
                /* Translators: between the values listed in a chart's description */
                g_string_append (list, C_("chart description", ", "));
              /* Translators: a value and its date in the description of a chart,
               * "Proficient (3) on 4 March 2025" */
              g_string_append_printf (list, C_("chart description", "%1$s on %2$s"), value, date);
            }

          g_string_append_c (text, ' ');
          if (skip == 0)
            /* Translators: the values of a series, listed in the description of a chart */
            g_string_append_printf (text, C_("chart description", "In order: %s."), list->str);
          else
            /* Translators: the last values of a series, listed in the description of a chart */
            g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "The last %1$u in order: %2$s.",
                                                    "The last %1$u in order: %2$s.",
                                                    MAX_LISTED),
                                    MAX_LISTED, list->str);
        }
    }
}

/**
 * career_timeline_chart_describe:
 *
 * A description of the chart for screen readers that states its figures:
 * "Line chart of 1 series over time, from 0 % to 100 %. Progress: 5 points,
 * from 30 % on 1 March 2025 to 50 % on 5 March 2025, up 20 %."  With steps,
 * the values of each series follow in order (the last 20 when there are
 * more), with their names when the data has value labels.
 *
 * Returns: (transfer full): the text
 */
char *
career_timeline_chart_describe (const CareerTimelineData *data)
{
  g_autofree char *n_series_text = NULL;
  g_autofree char *min_text = NULL;
  g_autofree char *max_text = NULL;
  GString *text;
  Range range;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (data->n_series == 0 || data->series != NULL, NULL);

  range_init (&range, data);
  /* Translators: fills "%1$s" of "Line chart of %1$s over time, from %2$s to %3$s." */
  n_series_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u series", "%u series", data->n_series),
                                   data->n_series);
  min_text = format_value (data, range.v0, 1);
  max_text = format_value (data, range.v1, 1);

  text = g_string_new (NULL);
  if (data->steps)
    /* Translators: the start of the description of a chart of levels over time
     * for screen readers: "Step chart of 1 series over time, from 0 to 4." */
    g_string_append_printf (text, _("Step chart of %1$s over time, from %2$s to %3$s."),
                            n_series_text, min_text, max_text);
  else
    /* Translators: the start of the description of a chart of figures over time
     * for screen readers: "Line chart of 1 series over time, from 0 % to 100 %." */
    g_string_append_printf (text, _("Line chart of %1$s over time, from %2$s to %3$s."),
                            n_series_text, min_text, max_text);

  for (guint s = 0; s < data->n_series; s++)
    describe_series (text, data, &data->series[s]);

  return g_string_free (text, FALSE);
}
