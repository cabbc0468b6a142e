/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "CareerExport"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "career-chart-private.h"
#include "career-format.h"
#include "career-radar-chart.h"
#include "career-skill.h"

/*
 * The radar chart lays itself out inside (0, 0, width, height) without
 * clipping: the legend takes the rows it needs at the bottom, and the radius
 * of the rings is the largest at which every axis label, placed just outside
 * the outer ring, stays inside the rest.  Labels that would collide are
 * wrapped narrower, then set smaller; when even the smallest labels do not
 * fit, the chart is drawn without them rather than outside its box.
 */

#define MIN_FONT_PX     8.0
#define MAX_FONT_PX     15.0
#define MAX_LABEL_LINES 3

typedef struct
{
  double font_px;     /* axis labels and legend */
  double margin;      /* around the whole chart */
  double spacing;     /* between the plot and the legend */
  double line_width;  /* series outlines */
} Metrics;

static double
sanitize (double value,
          double max_value)
{
  if (!isfinite (value))
    return 0;
  return CLAMP (value, 0, max_value);
}

static double
get_max_value (const CareerRadarData *data)
{
  return data->max_value > 0 && isfinite (data->max_value)
         ? data->max_value : CAREER_SKILL_LEVEL_MAX;
}

static double
get_value (const CareerRadarSeries *series,
           guint                    axis)
{
  return series->values != NULL ? series->values[axis] : 0;
}

static const char *
get_axis_label (const CareerRadarData *data,
                guint                  axis)
{
  if (data->axis_labels == NULL || data->axis_labels[axis] == NULL)
    return "";
  return data->axis_labels[axis];
}

static void
metrics_init (Metrics *m,
              double   width,
              double   height)
{
  double unit = MIN (width, height);

  /* 11.4 px at 320 px, 12.9 px at 360, the largest from 420 */
  m->font_px = CLAMP (unit / 28, MIN_FONT_PX, MAX_FONT_PX);
  m->margin = ceil (m->font_px / 2);
  m->spacing = ceil (m->font_px * 0.75);
  m->line_width = CLAMP (unit / 180, 1.5, 3.0);
}

static gboolean
boxes_overlap (const CareerChartLabel *a,
               const CareerChartLabel *b,
               double                  gap)
{
  return a->x < b->x + b->box.width + gap && b->x < a->x + a->box.width + gap &&
         a->y < b->y + b->box.height + gap && b->y < a->y + a->box.height + gap;
}

static gboolean
box_inside (const CareerChartLabel *label,
            double                  x,
            double                  y,
            double                  width,
            double                  height)
{
  return label->x >= x && label->y >= y &&
         label->x + label->box.width <= x + width &&
         label->y + label->box.height <= y + height;
}

/* How a label hangs from its anchor point on a ray at (dx, dy): outward from
 * the ring.  Horizontally it is left-aligned on the right side and
 * right-aligned on the left, centered only near the vertical axis;
 * vertically it slides from below the anchor (at the bottom) to above it (at
 * the top).  Returns the box's offsets from the anchor as factors of its size. */
static void
label_hang (double  dx,
            double  dy,
            double *fx,
            double *fy)
{
  double sx = CLAMP (3 * dx, -1.0, 1.0);

  *fx = -(1 - sx) / 2;
  *fy = -(1 - dy) / 2;
}

static PangoAlignment
label_alignment (double dx)
{
  if (dx > 1.0 / 3)
    return PANGO_ALIGN_LEFT;
  if (dx < -1.0 / 3)
    return PANGO_ALIGN_RIGHT;
  return PANGO_ALIGN_CENTER;
}

static void
radar_path (cairo_t      *cr,
            const double *dx,
            const double *dy,
            const double *radii,
            guint         n,
            double        cx,
            double        cy)
{
  cairo_new_path (cr);
  for (guint i = 0; i < n; i++)
    cairo_line_to (cr, cx + radii[i] * dx[i], cy + radii[i] * dy[i]);
  cairo_close_path (cr);
}

typedef struct
{
  guint   n;
  double *dx, *dy;            /* the axes' unit vectors, clockwise from the top */
  double *widths;             /* wrap width of each label */
  CareerChartLabel *labels;
  double  cx, cy;             /* the center */
  double  bx, by, bw, bh;     /* the box to stay in */
  double  outer;              /* the largest radius the box allows */
  double  font_px;
  PangoWrapMode wrap;
  double  pad;                /* between the outer ring and the labels */
  double  radius;
  guint   binding;            /* the label that limits the radius, or G_MAXUINT */
} RadarLayout;

static double
default_label_width (const RadarLayout *l)
{
  return MIN (l->bw, MAX (l->bw * 0.3, l->font_px * 6));
}

/* Sets the labels in the current font and widths, then finds the largest
 * radius R at which every label, hung outside the ring at R + pad, stays in
 * the box.  Each bound is linear in d = R + pad. */
static void
radar_layout_run (RadarLayout           *l,
                  cairo_t               *cr,
                  const CareerRadarData *data,
                  double                 line_width)
{
  double d = G_MAXDOUBLE;

  l->pad = ceil (l->font_px * 0.45) + line_width;
  l->binding = G_MAXUINT;

  for (guint i = 0; i < l->n; i++)
    {
      CareerChartLabel *label = &l->labels[i];
      double w, h, fx, fy, bound = G_MAXDOUBLE;

      career_chart_label_init (label, cr, get_axis_label (data, i), l->font_px, l->widths[i],
                               MAX_LABEL_LINES, l->wrap, label_alignment (l->dx[i]));
      w = label->box.width;
      h = label->box.height;
      label_hang (l->dx[i], l->dy[i], &fx, &fy);

      /* x = cx + d·dx + fx·w must lie in [bx, bx + bw − w], y likewise */
      if (l->dx[i] < -1e-9)
        bound = MIN (bound, (l->cx + fx * w - l->bx) / -l->dx[i]);
      else if (l->dx[i] > 1e-9)
        bound = MIN (bound, (l->bx + l->bw - w - l->cx - fx * w) / l->dx[i]);
      if (l->dy[i] < -1e-9)
        bound = MIN (bound, (l->cy + fy * h - l->by) / -l->dy[i]);
      else if (l->dy[i] > 1e-9)
        bound = MIN (bound, (l->by + l->bh - h - l->cy - fy * h) / l->dy[i]);

      if (bound < d)
        {
          d = bound;
          l->binding = i;
        }
    }

  l->radius = d - l->pad;
  if (l->radius >= l->outer)
    {
      l->radius = l->outer;
      l->binding = G_MAXUINT;
    }

  for (guint i = 0; i < l->n; i++)
    {
      double fx, fy;

      label_hang (l->dx[i], l->dy[i], &fx, &fy);
      l->labels[i].x = l->cx + (l->radius + l->pad) * l->dx[i] + fx * l->labels[i].box.width;
      l->labels[i].y = l->cy + (l->radius + l->pad) * l->dy[i] + fy * l->labels[i].box.height;
    }
}

/* Whether the labels are inside the box and apart, and the rings not too
 * small.  With @narrowed, narrows the wider label of each colliding pair and
 * says whether any could still be narrowed. */
static gboolean
radar_layout_ok (RadarLayout *l,
                 gboolean    *narrowed)
{
  gboolean ok = l->radius >= MIN (l->bw, l->bh) * 0.22;

  for (guint i = 0; i < l->n; i++)
    {
      if (!box_inside (&l->labels[i], l->bx, l->by, l->bw, l->bh))
        ok = FALSE;

      for (guint j = i + 1; j < l->n; j++)
        {
          guint k;
          double narrower;

          if (!boxes_overlap (&l->labels[i], &l->labels[j], l->font_px * 0.25))
            continue;

          ok = FALSE;
          if (narrowed == NULL)
            continue;

          k = l->labels[i].box.width >= l->labels[j].box.width ? i : j;
          narrower = MIN (l->widths[k], l->labels[k].box.width) * 0.85;
          if (narrower >= l->font_px * 4)
            {
              l->widths[k] = narrower;
              *narrowed = TRUE;
            }
        }
    }

  /* Long labels make the rings small: narrow them all */
  if (narrowed != NULL && !*narrowed && l->radius < MIN (l->bw, l->bh) * 0.22)
    for (guint i = 0; i < l->n; i++)
      if (l->widths[i] * 0.85 >= l->font_px * 4)
        {
          l->widths[i] *= 0.85;
          *narrowed = TRUE;
        }

  return ok;
}

/* Lays the labels out: wraps colliding ones narrower, then shrinks the font;
 * only when whole words cannot fit at any size does it break words.  Then
 * wraps the label that limits the radius onto more lines while that makes
 * the rings larger.  Returns %FALSE when no labels fit. */
static gboolean
radar_layout_solve (RadarLayout           *l,
                    cairo_t               *cr,
                    const CareerRadarData *data,
                    double                 line_width)
{
  const PangoWrapMode wraps[] = { PANGO_WRAP_WORD, PANGO_WRAP_WORD_CHAR };
  double font_px = l->font_px;
  gboolean found = FALSE;

  for (guint w = 0; w < G_N_ELEMENTS (wraps) && !found; w++)
    {
      l->wrap = wraps[w];
      l->font_px = font_px;
      for (guint i = 0; i < l->n; i++)
        l->widths[i] = default_label_width (l);

      for (guint attempt = 0; attempt < 100 && l->outer > 0; attempt++)
        {
          gboolean narrowed = FALSE;

          radar_layout_run (l, cr, data, line_width);
          if (radar_layout_ok (l, &narrowed))
            {
              found = TRUE;
              break;
            }

          if (!narrowed)
            {
              if (l->font_px <= MIN_FONT_PX)
                break;
              l->font_px = MAX (l->font_px - 1, MIN_FONT_PX);
              for (guint i = 0; i < l->n; i++)
                l->widths[i] = default_label_width (l);
            }
        }
    }

  if (!found)
    return FALSE;

  /* Each step wraps the label that limits the radius; when the opposite
   * label then limits it to about the same, the next step wraps that one. */
  {
    g_autofree double *best = g_memdup2 (l->widths, sizeof (double) * l->n);
    double best_radius = l->radius;

    for (guint step = 0; step < 8 * l->n && l->binding != G_MAXUINT; step++)
      {
        guint k = l->binding;
        double saved = l->widths[k];
        double narrower = MIN (l->widths[k], l->labels[k].box.width) * 0.85;

        if (narrower < l->font_px * 4)
          break;

        l->widths[k] = narrower;
        radar_layout_run (l, cr, data, line_width);
        if (!radar_layout_ok (l, NULL) || l->labels[k].broken)
          {
            l->widths[k] = saved;
            break;
          }

        if (l->radius > best_radius + 0.5)
          {
            best_radius = l->radius;
            memcpy (best, l->widths, sizeof (double) * l->n);
          }
        else if (l->radius < best_radius - 0.5)
          break;
      }

    memcpy (l->widths, best, sizeof (double) * l->n);
    radar_layout_run (l, cr, data, line_width);
  }

  return TRUE;
}

/* Draws the radar chart in the box, moved up or down so that, with the
 * legend that follows it, it sits in the middle of the chart's height.
 * Returns the bottom of what it drew, or NAN when it drew nothing. */
static double
draw_radar (cairo_t               *cr,
            const CareerRadarData *data,
            const CareerPalette   *palette,
            const Metrics         *m,
            double                 bx,
            double                 by,
            double                 bw,
            double                 bh)
{
  guint n = data->n_axes;
  double max_value = get_max_value (data);
  g_autofree double *dx = g_new (double, n);
  g_autofree double *dy = g_new (double, n);
  g_autofree double *widths = g_new (double, n);
  g_autofree double *radii = g_new (double, n);
  g_autofree CareerChartLabel *labels = g_new0 (CareerChartLabel, n);
  double dot = m->line_width * 1.3;
  RadarLayout l = {
    .n = n, .dx = dx, .dy = dy, .widths = widths, .labels = labels,
    .cx = bx + bw / 2, .cy = by + bh / 2, .bx = bx, .by = by, .bw = bw, .bh = bh,
    .outer = MIN (bw, bh) / 2 - m->line_width - dot,
    .font_px = m->font_px,
  };
  double cx = l.cx, cy = l.cy, radius, font_px, top, bottom, shift;
  gboolean show_labels;
  guint n_rings;

  for (guint i = 0; i < n; i++)
    {
      double angle = -G_PI / 2 + 2 * G_PI * i / n;

      dx[i] = cos (angle);
      dy[i] = sin (angle);
      widths[i] = default_label_width (&l);
    }

  show_labels = radar_layout_solve (&l, cr, data, m->line_width);
  radius = l.radius;
  font_px = l.font_px;
  if (!show_labels)
    {
      /* Better no labels than labels on top of each other or outside */
      radius = l.outer;
      for (guint i = 0; i < n; i++)
        career_chart_label_clear (&labels[i]);
    }

  if (radius < 2)
    {
      bottom = NAN;
      goto out;
    }

  /* What the chart takes up, to center it with the legend */
  top = cy - radius - dot;
  bottom = cy;
  for (guint i = 0; i < n; i++)
    {
      bottom = MAX (bottom, cy + radius * dy[i] + dot);
      if (show_labels)
        {
          top = MIN (top, labels[i].y);
          bottom = MAX (bottom, labels[i].y + labels[i].box.height);
        }
    }
  shift = by + (bh - (bottom - top)) / 2 - top;
  shift = CLAMP (shift, by - top, by + bh - bottom);
  bottom += shift;
  cairo_save (cr);
  cairo_translate (cr, 0, shift);

  /* Rings at every whole value (for many, at quarters) and the axes */
  cairo_set_dash (cr, NULL, 0, 0);
  cairo_set_line_width (cr, MAX (1, m->line_width / 2));
  career_color_set_source (cr, &palette->grid, 1);
  n_rings = max_value <= 10 ? (guint) floor (max_value) : 4;
  for (guint k = 1; k <= n_rings; k++)
    {
      double r = radius * (max_value <= 10 ? k / max_value : k / 4.0);

      for (guint i = 0; i < n; i++)
        radii[i] = r;
      radar_path (cr, dx, dy, radii, n, cx, cy);
      cairo_stroke (cr);
    }
  if (max_value <= 10 && floor (max_value) != max_value)
    {
      for (guint i = 0; i < n; i++)
        radii[i] = radius;
      radar_path (cr, dx, dy, radii, n, cx, cy);
      cairo_stroke (cr);
    }
  for (guint i = 0; i < n; i++)
    {
      cairo_move_to (cr, cx, cy);
      cairo_line_to (cr, cx + radius * dx[i], cy + radius * dy[i]);
    }
  cairo_stroke (cr);

  /* Fills first, so that no fill hides another series' outline */
  for (guint s = 0; s < data->n_series; s++)
    {
      const CareerRadarSeries *series = &data->series[s];

      if (!series->filled)
        continue;

      for (guint i = 0; i < n; i++)
        radii[i] = radius * sanitize (get_value (series, i), max_value) / max_value;
      radar_path (cr, dx, dy, radii, n, cx, cy);
      career_color_set_source (cr, career_palette_get_series_color (palette, series->color),
                               palette->fill_alpha);
      cairo_fill (cr);
    }

  cairo_set_line_width (cr, m->line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  for (guint s = 0; s < data->n_series; s++)
    {
      const CareerRadarSeries *series = &data->series[s];

      for (guint i = 0; i < n; i++)
        radii[i] = radius * sanitize (get_value (series, i), max_value) / max_value;
      career_color_set_source (cr, career_palette_get_series_color (palette, series->color), 1);

      radar_path (cr, dx, dy, radii, n, cx, cy);
      career_chart_set_dash (cr, series->dashed, m->line_width);
      cairo_stroke (cr);

      cairo_set_dash (cr, NULL, 0, 0);
      for (guint i = 0; i < n; i++)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, cx + radii[i] * dx[i], cy + radii[i] * dy[i], dot, 0, 2 * G_PI);
        }
      cairo_fill (cr);
    }

  /* The ring values, just inside each ring beside the first axis, over the
   * series with a halo of the background so that lines do not hide them */
  if (max_value <= 10 && n_rings > 0 && radius / max_value > font_px)
    {
      cairo_set_line_width (cr, 3);
      cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
      for (guint k = 1; k <= n_rings; k++)
        {
          g_autofree char *text = career_format_number (k, 0);
          CareerChartLabel tick = { NULL, };

          career_chart_label_init (&tick, cr, text, font_px * 0.75, radius, 1, PANGO_WRAP_WORD,
                                   PANGO_ALIGN_LEFT);
          tick.x = cx + m->line_width + 2;
          tick.y = cy - radius * k / max_value + 1;
          if (palette->background.alpha > 0)
            {
              cairo_move_to (cr, tick.x - tick.box.x, tick.y - tick.box.y);
              pango_cairo_layout_path (cr, tick.layout);
              career_color_set_source (cr, &palette->background, 1);
              cairo_stroke (cr);
            }
          career_color_set_source (cr, &palette->muted, 1);
          career_chart_label_draw (cr, &tick);
          career_chart_label_clear (&tick);
        }
    }

  career_color_set_source (cr, &palette->foreground, 1);
  for (guint i = 0; i < n && show_labels; i++)
    career_chart_label_draw (cr, &labels[i]);
  cairo_restore (cr);

out:
  for (guint i = 0; i < n; i++)
    career_chart_label_clear (&labels[i]);

  return bottom;
}

/* With one or two axes there is no polygon: one group of bars per axis,
 * centered like the radar.  Returns the bottom of what it drew, or NAN. */
static double
draw_bars (cairo_t               *cr,
           const CareerRadarData *data,
           const CareerPalette   *palette,
           const Metrics         *m,
           double                 bx,
           double                 by,
           double                 bw,
           double                 bh)
{
  double max_value = get_max_value (data);
  double label_gap = ceil (m->font_px * 0.25), group_gap = m->font_px;
  double bar, bar_gap, used, y, labels_h = 0, bottom = NAN;
  guint n_bars = data->n_axes * data->n_series;
  g_autofree CareerChartLabel *labels = g_new0 (CareerChartLabel, data->n_axes);
  gboolean fits = TRUE;

  for (guint i = 0; i < data->n_axes; i++)
    {
      career_chart_label_init (&labels[i], cr, get_axis_label (data, i), m->font_px, bw, 1,
                               PANGO_WRAP_WORD, PANGO_ALIGN_LEFT);
      labels_h += labels[i].box.height + label_gap;
      fits = fits && labels[i].box.width <= bw;  /* even "…" is too wide in a sliver */
    }
  labels_h += group_gap * (data->n_axes - 1);

  /* Bars as thick as the text, thinner when the box is short */
  bar = n_bars > 0 ? (bh - labels_h) / n_bars : 0;
  bar_gap = MIN (bar * 0.25, m->font_px * 0.3);
  bar = MIN (bar - bar_gap, m->font_px);
  used = labels_h + n_bars * (bar + bar_gap);

  if (fits && labels_h <= bh && (n_bars == 0 || bar >= 2))
    {
      y = by + MAX (0, (bh - used) / 2);

      for (guint i = 0; i < data->n_axes; i++)
        {
          if (i > 0)
            y += group_gap;

          labels[i].x = bx;
          labels[i].y = y;
          career_color_set_source (cr, &palette->foreground, 1);
          career_chart_label_draw (cr, &labels[i]);
          y += labels[i].box.height + label_gap;

          for (guint s = 0; s < data->n_series; s++)
            {
              const CareerRadarSeries *series = &data->series[s];
              double length = bw * sanitize (get_value (series, i), max_value) / max_value;

              career_color_set_source (cr, &palette->grid, 1);
              cairo_rectangle (cr, bx, y, bw, bar);
              cairo_fill (cr);
              career_color_set_source (cr, career_palette_get_series_color (palette,
                                                                             series->color), 1);
              cairo_rectangle (cr, bx, y, length, bar);
              cairo_fill (cr);
              y += bar + bar_gap;
            }
        }
      bottom = y;
    }

  for (guint i = 0; i < data->n_axes; i++)
    career_chart_label_clear (&labels[i]);

  return bottom;
}

/**
 * career_radar_chart_draw:
 * @cr: any cairo context: a widget's snapshot, an image or a PDF page
 * @width: the width of the chart in @cr's user units
 * @height: its height
 *
 * Draws @data inside the rectangle (0, 0, @width, @height) of @cr: the
 * background, grid rings at every whole value, the axes with their labels,
 * every series as a closed polygon and a legend below.  Nothing is drawn
 * outside the rectangle, and nothing is clipped.  With fewer than 3 axes the
 * series are drawn as bars.  @cr's state is left as it was.
 */
void
career_radar_chart_draw (cairo_t               *cr,
                         const CareerRadarData *data,
                         const CareerPalette   *palette,
                         double                 width,
                         double                 height)
{
  g_autofree CareerChartLegendItem *items = NULL;
  double legend_h, plot_h, below, bottom = NAN;
  Metrics m;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (palette != NULL);
  g_return_if_fail (data->n_axes == 0 || data->axis_labels != NULL);
  g_return_if_fail (data->n_series == 0 || data->series != NULL);

  if (!career_chart_begin (cr, palette, width, height))
    return;

  metrics_init (&m, width, height);
  items = g_new0 (CareerChartLegendItem, data->n_series + 1);
  for (guint s = 0; s < data->n_series; s++)
    {
      const CareerRadarSeries *series = &data->series[s];

      items[s] = (CareerChartLegendItem) {
        .name = series->name, .color = series->color,
        .dashed = series->dashed, .filled = series->filled,
      };
    }
  legend_h = career_chart_legend_layout (cr, items, data->n_series, m.font_px,
                                         width - 2 * m.margin);
  if (legend_h > 0 && legend_h + 2 * m.margin > height)
    legend_h = 0;  /* no room: the chart without its legend */

  below = legend_h > 0 ? legend_h + m.spacing : 0;
  plot_h = height - 2 * m.margin - below;
  if (plot_h > 0 && width > 2 * m.margin)
    {
      if (data->n_axes >= 3)
        bottom = draw_radar (cr, data, palette, &m, m.margin, m.margin,
                             width - 2 * m.margin, plot_h);
      else if (data->n_axes > 0)
        bottom = draw_bars (cr, data, palette, &m, m.margin, m.margin,
                            width - 2 * m.margin, plot_h);
    }

  /* The legend right under the chart, or alone in the middle */
  if (legend_h > 0)
    {
      double legend_top = career_chart_legend_top (legend_h, bottom, height, m.margin, m.spacing);

      career_chart_legend_draw (cr, items, data->n_series, palette, m.font_px, m.line_width, 0,
                                width, legend_top);
    }

  career_chart_legend_clear (items, data->n_series);
  career_chart_end (cr);
}

/**
 * career_radar_chart_describe:
 *
 * A description of the chart for screen readers that states every figure:
 * "Radar chart of 3 series over 9 skill areas, from 0 to 4. AI Engineer:
 * Algorithms and Optimization 2.1, ...; Machine Learning Engineer: ...".
 *
 * Returns: (transfer full): the text
 */
char *
career_radar_chart_describe (const CareerRadarData *data)
{
  g_autofree char *n_series_text = NULL;
  g_autofree char *n_axes_text = NULL;
  g_autofree char *max_text = NULL;
  GString *text;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (data->n_axes == 0 || data->axis_labels != NULL, NULL);
  g_return_val_if_fail (data->n_series == 0 || data->series != NULL, NULL);

  /* Translators: fills the first %s of "Radar chart of %1$s over %2$s, from 0 to %3$s." */
  n_series_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u series", "%u series", data->n_series),
                                   data->n_series);
  /* Translators: fills the second %s of "Radar chart of %1$s over %2$s, from 0 to %3$s." */
  n_axes_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u skill area", "%u skill areas", data->n_axes),
                                 data->n_axes);
  max_text = career_format_number (get_max_value (data), 1);

  text = g_string_new (NULL);
  if (data->n_axes >= 3)
    /* Translators: the start of the description of a chart for screen readers:
     * "Radar chart of 3 series over 9 skill areas, from 0 to 4." */
    g_string_append_printf (text, _("Radar chart of %1$s over %2$s, from 0 to %3$s."),
                            n_series_text, n_axes_text, max_text);
  else
    /* Translators: the same with bars, drawn when there are fewer than 3 areas */
    g_string_append_printf (text, _("Bar chart of %1$s over %2$s, from 0 to %3$s."),
                            n_series_text, n_axes_text, max_text);

  for (guint s = 0; s < data->n_series; s++)
    {
      const CareerRadarSeries *series = &data->series[s];
      const char *name = series->name != NULL ? series->name : "";
      g_autoptr(GString) values = g_string_new (NULL);

      for (guint i = 0; i < data->n_axes; i++)
        {
          double value = get_value (series, i);
          g_autofree char *number = career_format_number (isfinite (value) ? value : 0, 1);

          if (i > 0)
            /* Translators: between the figures of one series in a chart's description */
            g_string_append (values, C_("chart description", ", "));
          /* Translators: one figure in a chart's description: an area and its value,
           * "Mathematics and Statistics 2.5" */
          g_string_append_printf (values, C_("chart description", "%1$s %2$s"),
                                  get_axis_label (data, i), number);
        }

      /* Translators: between the series in a chart's description */
      g_string_append (text, s > 0 ? C_("chart description", "; ") : " ");
      if (data->n_axes > 0)
        /* Translators: a series in a chart's description: its name, then its figures */
        g_string_append_printf (text, C_("chart description", "%1$s: %2$s"), name, values->str);
      else
        g_string_append (text, name);
    }

  if (data->n_series > 0)
    /* Translators: the end of the description of a chart */
    g_string_append (text, C_("chart description", "."));

  return g_string_free (text, FALSE);
}

/**
 * career_radar_chart_data_from_profile:
 * @profile: the areas and series, the person's levels last if there are any
 * @data: (out caller-allocates): the chart's data; it points into @profile
 *   and @series, which must outlive it
 * @series: (out caller-allocates) (array length=max_series): room for the series
 * @max_series: the room in @series; the profile's series beyond it are left out
 *
 * The chart of a profile as the Compare view and the PDF both draw it: each
 * series in the palette's color of its position in @profile, so that a role
 * has the same color in both when they list the roles in the same order; the
 * roles filled, the person's levels a dashed outline on top, so that what
 * they have reads against what is asked.
 */
void
career_radar_chart_data_from_profile (const CareerAreaProfile *profile,
                                      CareerRadarData         *data,
                                      CareerRadarSeries       *series,
                                      guint                    max_series)
{
  guint n;

  g_return_if_fail (profile != NULL);
  g_return_if_fail (data != NULL);
  g_return_if_fail (series != NULL || max_series == 0);

  n = MIN (profile->n_series, max_series);
  for (guint i = 0; i < n; i++)
    {
      gboolean levels = i == n - 1 && n > 2;

      series[i] = (CareerRadarSeries) {
        profile->series_names[i], profile->values[i], i, levels, !levels,
      };
    }

  *data = (CareerRadarData) {
    profile->n_areas, (const char * const *) profile->area_names, n, series, 4,
  };
}
